import { z } from "zod";
import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { Party, Status } from "@/features/commitments/dataset-schema";
import { createId } from "@/lib/create-id";
import { createSafeJsonStorage, keepAside, type StorageProblem } from "@/lib/safe-json-storage";
import {
  type LocalEvent,
  type LocalStatusEvent,
  lastUndoableBatch,
  localEventSchema,
  mergeEventLogs,
} from "./update-events";

export const UPDATES_STORAGE_KEY = "us-fr-tracker:updates";
export const UPDATES_STORAGE_VERSION = 1;

export type StatusChange = { party: Party; status: Status };

type UpdatesState = {
  events: LocalEvent[];
  authorName: string;
  actions: {
    statusChanged: (input: { commitmentId: string; changes: StatusChange[]; note?: string }) => void;
    lastUpdateUndone: () => void;
    authorNameChanged: (name: string) => void;
  };
};

type PersistedUpdates = Pick<UpdatesState, "events" | "authorName">;

const persistedShape = z.object({ events: z.array(z.unknown()), authorName: z.string().max(200).catch("") });

/** Reads back what was stored: valid events are kept, anything else is kept aside and reported. */
function readPersisted(persisted: unknown): { state: PersistedUpdates; unreadable: unknown[] } {
  const shape = persistedShape.safeParse(persisted);
  if (!shape.success) return { state: { events: [], authorName: "" }, unreadable: [persisted] };
  const events: LocalEvent[] = [];
  const unreadable: unknown[] = [];
  for (const raw of shape.data.events) {
    const event = localEventSchema.safeParse(raw);
    if (event.success) events.push(event.data);
    else unreadable.push(raw);
  }
  return { state: { events, authorName: shape.data.authorName }, unreadable };
}

/**
 * What went wrong with the browser's storage. A store of its own, not persisted: reporting a problem must
 * never trigger a save (a refused save would report again, without end), and it exists before the updates
 * store reads its saved state, which happens while that store is being created.
 */
const useStorageProblemStore = create<{ problem: StorageProblem | null }>()(() => ({ problem: null }));
const reportProblem = (problem: StorageProblem) => useStorageProblemStore.setState({ problem });

export const useUpdatesStore = create<UpdatesState>()(
  persist(
    (set, get) => ({
      events: [],
      authorName: "",
      actions: {
        statusChanged: ({ commitmentId, changes, note }) => {
          if (changes.length === 0) return;
          const batchId = createId();
          const at = new Date().toISOString();
          const author = get().authorName.trim();
          const trimmedNote = note?.trim().slice(0, 2000); // the schema's limit: longer would not read back
          const added = changes.map(
            (change): LocalStatusEvent => ({
              kind: "status",
              id: createId(),
              batchId,
              commitmentId,
              party: change.party,
              status: change.status,
              at,
              ...(trimmedNote ? { note: trimmedNote } : {}),
              ...(author ? { author } : {}),
            }),
          );
          set({ events: [...get().events, ...added] });
        },
        lastUpdateUndone: () => {
          const batch = lastUndoableBatch(get().events);
          const batchId = batch[0]?.batchId;
          if (!batchId) return;
          const retraction: LocalEvent = {
            kind: "retraction",
            id: createId(),
            batchId,
            at: new Date().toISOString(),
          };
          set({ events: [...get().events, retraction] });
        },
        authorNameChanged: (name) => set({ authorName: name.slice(0, 200) }),
      },
    }),
    {
      name: UPDATES_STORAGE_KEY,
      version: UPDATES_STORAGE_VERSION,
      storage: createSafeJsonStorage<PersistedUpdates>(reportProblem),
      partialize: ({ events, authorName }) => ({ events, authorName }),
      // Version 1 is the first; a value from another version (a newer tracker in this browser) is kept aside.
      migrate: (persisted, version) => {
        const asideKey = keepAside(UPDATES_STORAGE_KEY, JSON.stringify({ state: persisted, version }));
        reportProblem({ kind: "unreadable", asideKey });
        return { events: [], authorName: "" };
      },
      // Stored events join those in memory as a set union: a second tab's writes never replace ours.
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current; // nothing stored yet
        const { state, unreadable } = readPersisted(persisted);
        if (unreadable.length > 0) {
          const asideKey = keepAside(UPDATES_STORAGE_KEY, JSON.stringify(unreadable));
          reportProblem({ kind: "unreadable", asideKey });
        }
        return {
          ...current,
          events: mergeEventLogs(current.events, state.events),
          // Of a single preference the stored value wins, so two tabs agree instead of writing back in turn.
          authorName: state.authorName || current.authorName,
        };
      },
    },
  ),
);

export const useUpdateEvents = () => useUpdatesStore((state) => state.events);
export const useAuthorName = () => useUpdatesStore((state) => state.authorName);
export const useStorageProblem = () => useStorageProblemStore((state) => state.problem);
export const useUpdateActions = () => useUpdatesStore((state) => state.actions);

/**
 * Another tab wrote the log: merge it into ours (a set union) and write the union back, so that updates made
 * at the same moment in two tabs are both kept. A write of an identical value fires no further event.
 */
export function syncUpdatesAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== UPDATES_STORAGE_KEY) return;
    void Promise.resolve(useUpdatesStore.persist.rehydrate()).then(() => useUpdatesStore.setState({}));
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}
