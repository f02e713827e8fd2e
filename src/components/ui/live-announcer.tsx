import { create } from "zustand";

// One polite live region for the whole app, always rendered, so screen readers hear what changed (a status
// moved, an update undone) even when the element that caused it has gone.
const useAnnouncement = create<{ message: string; count: number }>()(() => ({ message: "", count: 0 }));

export function announce(message: string) {
  useAnnouncement.setState(({ count }) => ({ message, count: count + 1 }));
}

export function LiveAnnouncer() {
  const message = useAnnouncement((state) => state.message);
  const count = useAnnouncement((state) => state.count);
  // The same words twice in a row are still a new event: a trailing no-break space alternates to say so.
  return (
    <p className="visually-hidden" role="status" data-testid="live-announcer">
      {message}
      {count % 2 === 1 ? "\u00a0" : ""}
    </p>
  );
}
