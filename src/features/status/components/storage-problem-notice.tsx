import { Message } from "@/components/ui/message";
import { useStorageProblem } from "../updates-store";

/** Tells the person at once when their updates are not, or could not be, kept in this browser. */
export function StorageProblemNotice() {
  const problem = useStorageProblem();
  if (!problem) return null;
  switch (problem.kind) {
    case "unreadable":
      return (
        <Message tone="warning" title="Some saved updates could not be read">
          <p>
            What this browser had saved was damaged or came from another version of the tracker. It was kept
            aside, unchanged, under the storage key <code>{problem.asideKey}</code>; the updates that could be
            read are shown.
          </p>
        </Message>
      );
    case "not-saved":
    case "unavailable":
      return (
        <Message tone="error" title="Your updates are not being saved on this device">
          <p>
            The browser refused to store them ({problem.reason}). They stay in this tab until you close it:
            keep it open, and free some space or allow site data, then make a change again to save everything.
          </p>
        </Message>
      );
  }
}
