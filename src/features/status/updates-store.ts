import { create } from "zustand";
import { type PersistStorage, persist } from "zustand/middleware";
import type { Party, Status } from "@/features/commitments/dataset-schema";
import { createId } from "@/lib/create-id";
import { parseUntrustedJson } from "@/lib/safe-json";
import { createSafeJsonStorage, keepAside, type StorageProblem } from "@/lib/safe-json-storage";
import { buildStatusBatch, type Identity, type StatusChange as RecordedChange } from "./build-changes";
import { type ChangeProblem, checkChange } from "./change-rules";
import {
  eventsOfStoredValue,
  migratePersisted,
  type PersistedUpdates,
  readPersisted,
  UPDATES_STORAGE_VERSION,
} from "./persisted-updates";
import {
  type LocalEvent,
  type LocalStatusEvent,
  lastUndoableBatch,
  mergeEventLogs,
  retractedBatches,
} from "./update-events";

export const UPDATES_STORAGE_KEY = "us-fr-tracker:updates";
export { UPDATES_STORAGE_VERSION } from "./persisted-updates";

export type StatusChange = { party: Party; status: Status; from?: Status };

export type ChangeRequest = {
  changes: readonly RecordedChange[];
  reason?: string | undefined;
  evidenceUrl?: string | undefined;
};
/** A recorded batch (what "Undo" takes back), or why nothing was recorded. */
export type ChangeResult =
  | { ok: true; batchId: string; events: LocalStatusEvent[] }
  | { ok: false; problems: ChangeProblem[] };

type UpdatesState = {
  events: LocalEvent[];
  authorName: string;
  /** The person's own side: the side they change by default. Unset until they say. */
  authorSide: Party | undefined;
  actions: {
    /**
     * Records one user action, over one or many commitments, as one batch; refuses (records nothing) a change
     * without a reason where one is required, or with an evidence link that is not http(s).
     */
    changesRecorded: (request: ChangeRequest) => ChangeResult;
    /** One commitment's sides: returns the batch id, or null if nothing changed or the change was refused. */
    statusChanged: (input: {
      commitmentId: string;
      changes: StatusChange[];
      note?: string;
      evidenceUrl?: string;
    }) => string | null;
    lastUpdateUndone: () => void;
    /** Takes back one batch (a toast's Undo), unless it is already undone. */
    batchUndone: (batchId: string) => void;
    /** Adds the updates of an imported file that this browser lacks; returns how many that was. */
    updatesImported: (events: readonly LocalEvent[]) => number;
    authorNameChanged: (name: string) => void;
    identityChanged: (identity: Identity) => void;
    /** Records that the statuses of a commitment were reviewed, unchanged; returns its batch id. */
    reviewMarked: (input: { commitmentId: string }) => string;
    /** Takes back one review (its batch), whatever was recorded since. */
    reviewUndone: (batchId: string) => void;
  };
};

/**
 * What went wrong with the browser's storage. A store of its own, not persisted: reporting a problem must
 * never trigger a save (a refused save would report again, without end), and it exists before the updates
 * store reads its saved state, which happens while that store is being created.
 */
const useStorageProblemStore = create<{ problem: StorageProblem | null }>()(() => ({ problem: null }));
const reportProblem = (problem: StorageProblem) => useStorageProblemStore.setState({ problem });
const savedAgain = () => {
  const { problem } = useStorageProblemStore.getState();
  if (problem && problem.kind !== "unreadable") useStorageProblemStore.setState({ problem: null });
};

/** The valid events stored right now, without reporting anything: what a save must not drop. */
function storedEvents(): LocalEvent[] {
  try {
    return eventsOfStoredValue(
      parseUntrustedJson(globalThis.localStorage?.getItem(UPDATES_STORAGE_KEY) ?? "null"),
    );
  } catch {
    return [];
  }
}

const safeStorage = createSafeJsonStorage<PersistedUpdates>(reportProblem, savedAgain);

// Read, merge, write: a save never drops events that another tab saved a moment before.
const mergingStorage: PersistStorage<PersistedUpdates> = {
  ...safeStorage,
  setItem: (name, value) =>
    safeStorage.setItem(name, {
      ...value,
      state: { ...value.state, events: mergeEventLogs(value.state.events, storedEvents()) },
    }),
};

/** The event that undoes a batch (every undo is one: the log is only ever appended to). */
function retractionOf(batchId: string): LocalEvent {
  return { kind: "retraction", id: createId(), batchId, at: new Date().toISOString() };
}

export const useUpdatesStore = create<UpdatesState>()(
  persist(
    (set, get) => ({
      events: [],
      authorName: "",
      authorSide: undefined,
      actions: {
        changesRecorded: ({ changes, reason, evidenceUrl }) => {
          if (changes.length === 0)
            return {
              ok: false,
              problems: [{ field: "status", text: { key: "nothingToSave" } }],
            };
          const checked = checkChange({
            targets: changes.map((change) => change.status),
            reason,
            evidenceUrl,
          });
          if (!checked.ok) return checked;
          const batchId = createId();
          const { authorName, authorSide } = get();
          const added = buildStatusBatch({
            changes,
            reason: checked.reason,
            evidenceUrl: checked.evidenceUrl,
            author: { name: authorName, ...(authorSide ? { side: authorSide } : {}) },
            at: new Date().toISOString(),
            batchId,
            newId: createId,
          });
          set({ events: [...get().events, ...added] });
          return { ok: true, batchId, events: added };
        },
        statusChanged: ({ commitmentId, changes, note, evidenceUrl }) => {
          const result = get().actions.changesRecorded({
            changes: changes.map((change) => ({ commitmentId, ...change })),
            reason: note,
            evidenceUrl,
          });
          return result.ok ? result.batchId : null;
        },
        lastUpdateUndone: () => {
          const batch = lastUndoableBatch(get().events);
          const batchId = batch[0]?.batchId;
          if (!batchId) return;
          set({ events: [...get().events, retractionOf(batchId)] });
        },
        batchUndone: (batchId) => {
          const events = get().events;
          if (retractedBatches(events).has(batchId)) return;
          if (!events.some((event) => event.kind === "status" && event.batchId === batchId)) return;
          set({ events: [...events, retractionOf(batchId)] });
        },
        updatesImported: (imported) => {
          const known = new Set(get().events.map((event) => event.id));
          const added = imported.filter((event) => !known.has(event.id));
          if (added.length > 0) set({ events: mergeEventLogs(get().events, added) });
          return new Set(added.map((event) => event.id)).size;
        },
        authorNameChanged: (name) => set({ authorName: name.slice(0, 200) }),
        identityChanged: ({ name, side }) => set({ authorName: name.trim().slice(0, 200), authorSide: side }),
        reviewMarked: ({ commitmentId }) => {
          const batchId = createId();
          const author = get().authorName.trim();
          const { authorSide } = get();
          const review: LocalEvent = {
            kind: "review",
            id: createId(),
            batchId,
            commitmentId,
            at: new Date().toISOString(),
            ...(author ? { author } : {}),
            ...(authorSide ? { authorSide } : {}),
          };
          set({ events: [...get().events, review] });
          return batchId;
        },
        reviewUndone: (batchId) => {
          const events = get().events;
          const isReview = events.some((event) => event.kind === "review" && event.batchId === batchId);
          const undone = events.some((event) => event.kind === "retraction" && event.batchId === batchId);
          if (!isReview || undone) return;
          set({ events: [...events, retractionOf(batchId)] });
        },
      },
    }),
    {
      name: UPDATES_STORAGE_KEY,
      version: UPDATES_STORAGE_VERSION,
      storage: mergingStorage,
      partialize: ({ events, authorName, authorSide }) => ({
        events,
        authorName,
        ...(authorSide ? { authorSide } : {}),
      }),
      // An older version's value is brought up to date (persisted-updates.ts); a newer tracker's value, which
      // this one cannot read, is kept aside untouched.
      migrate: (persisted, version) => {
        const migrated = migratePersisted(persisted, version);
        if (migrated !== null) return migrated as PersistedUpdates; // read and checked by `merge` below
        const raw = JSON.stringify({ state: persisted, version });
        reportProblem({ kind: "unreadable", asideKey: keepAside(UPDATES_STORAGE_KEY, raw), raw });
        return { events: [], authorName: "" };
      },
      // Once a damaged value is kept aside, save the readable part at once, so that the next load does not
      // copy the same damaged value aside again. Not when it could not be kept aside: the stored value is then
      // its only saved copy (the page offers it for download). Deferred: the store does not exist yet.
      onRehydrateStorage: () => () => {
        const problem = useStorageProblemStore.getState().problem;
        if (problem?.kind === "unreadable" && problem.asideKey !== null) {
          queueMicrotask(() => useUpdatesStore.setState({}));
        }
      },
      // Stored events join those in memory as a set union: a second tab's writes never replace ours.
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current; // nothing stored yet
        const { state, unreadable } = readPersisted(persisted);
        if (unreadable.length > 0) {
          const raw = JSON.stringify(unreadable);
          reportProblem({ kind: "unreadable", asideKey: keepAside(UPDATES_STORAGE_KEY, raw), raw });
        }
        return {
          ...current,
          events: mergeEventLogs(current.events, state.events),
          // Of a single preference the stored value wins, so two tabs agree instead of writing back in turn.
          authorName: state.authorName || current.authorName,
          authorSide: state.authorSide ?? current.authorSide,
        };
      },
    },
  ),
);

export const useUpdateEvents = () => useUpdatesStore((state) => state.events);
export const useAuthorName = () => useUpdatesStore((state) => state.authorName);
export const useAuthorSide = () => useUpdatesStore((state) => state.authorSide);
export const useStorageProblem = () => useStorageProblemStore((state) => state.problem);
export const useUpdateActions = () => useUpdatesStore((state) => state.actions);

/**
 * Another tab wrote the log: merge it into ours (a set union). When ours holds events the stored log lacks
 * (two tabs saved at the same moment), write the union back; otherwise write nothing, so that two tabs
 * never answer each other's writes without end.
 */
export function syncUpdatesAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== UPDATES_STORAGE_KEY) return;
    void Promise.resolve(useUpdatesStore.persist.rehydrate()).then(() => {
      const storedIds = new Set(storedEvents().map((stored) => stored.id));
      if (useUpdatesStore.getState().events.some((mine) => !storedIds.has(mine.id)))
        useUpdatesStore.setState({});
    });
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}
