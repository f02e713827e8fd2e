import { type Party, partySchema } from "@/features/commitments/status-event-schema";
import { z } from "@/lib/zod";
import { type LocalEvent, localEventSchema } from "./update-events";

// What this browser keeps of the updates store, version by version. The store is persisted by zustand's
// `persist` under a version number; a value saved by an older tracker is brought up to date by the
// migrations below before it is read. Every version has a fixture in storage-fixtures/ (a value as that
// version saved it), and a test reads each one through the migrations, so that no update saved by an
// earlier tracker is ever lost.

export const UPDATES_STORAGE_VERSION = 2;

/** `authorSide` is optional: version 1 saved none before the tracker asked for it (no new version needed). */
export type PersistedUpdates = { events: LocalEvent[]; authorName: string; authorSide?: Party };

/**
 * `migrations[n]` turns the state saved by version n into the state of version n + 1. Version 1 is the
 * first; add an entry (and a fixture) with each new version.
 */
export const migrations: Record<number, (state: unknown) => unknown> = {
  // Version 2 adds review events to the log. A version 1 log is a valid version 2 log as it is; the number
  // changed so that an older tracker, which cannot read a review, keeps such a log aside instead of
  // dropping its reviews.
  1: (state) => state,
};

/** The state brought up to the current version, or null when it cannot be (saved by a newer tracker). */
export function migratePersisted(state: unknown, fromVersion: number): unknown | null {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > UPDATES_STORAGE_VERSION) return null;
  let migrated = state;
  for (let version = fromVersion; version < UPDATES_STORAGE_VERSION; version += 1) {
    const step = migrations[version];
    if (!step) return null;
    migrated = step(migrated);
  }
  return migrated;
}

// A preference that does not read back (a side that is not us or fr) is dropped: the person is asked again.
const persistedShape = z.object({
  events: z.array(z.unknown()),
  authorName: z.catch(z.string().check(z.maxLength(200)), ""),
  authorSide: z.catch(z.optional(partySchema), undefined),
});

/** Reads back what was stored: valid events are kept, anything else is returned apart, to be kept aside. */
export function readPersisted(persisted: unknown): { state: PersistedUpdates; unreadable: unknown[] } {
  const shape = persistedShape.safeParse(persisted);
  if (!shape.success) return { state: { events: [], authorName: "" }, unreadable: [persisted] };
  const events: LocalEvent[] = [];
  const unreadable: unknown[] = [];
  for (const raw of shape.data.events) {
    const event = localEventSchema.safeParse(raw);
    if (event.success) events.push(event.data);
    else unreadable.push(raw);
  }
  const { authorName, authorSide } = shape.data;
  return { state: { events, authorName, ...(authorSide ? { authorSide } : {}) }, unreadable };
}

const storedValueShape = z.object({ state: z.unknown(), version: z.number() });

/**
 * The valid events of a value as it is stored (`{ state, version }`), brought up to date; none when it
 * cannot be read. Reports nothing: what a save reads to keep another tab's events.
 */
export function eventsOfStoredValue(value: unknown): LocalEvent[] {
  const stored = storedValueShape.safeParse(value);
  const state = stored.success ? migratePersisted(stored.data.state, stored.data.version) : null;
  return state === null ? [] : readPersisted(state).state.events;
}
