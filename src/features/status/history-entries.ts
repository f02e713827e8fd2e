import type { Commitment, StatusEvent } from "@/features/commitments/dataset-schema";
import { publishedTimeOf } from "./resolve-statuses";
import { type LocalEvent, retractedBatches } from "./update-events";

/**
 * published: in the data file. pending: made in this browser, in effect, not yet published. undone: taken
 * back with Undo. superseded: made in this browser, but the published file is newer.
 */
export type HistoryEntryState = "published" | "pending" | "undone" | "superseded";
export type HistoryEntry = { event: StatusEvent; state: HistoryEntryState };

/** The published history and this browser's updates to one commitment, newest first. Nothing is left out. */
export function historyEntries(
  commitment: Commitment,
  localEvents: readonly LocalEvent[],
  publishedAt?: string,
): HistoryEntry[] {
  const retracted = retractedBatches(localEvents);
  const publishedIds = new Set(commitment.history.map((event) => event.id));
  const local: HistoryEntry[] = [];
  for (const event of localEvents) {
    if (event.kind !== "status" || event.commitmentId !== commitment.id || publishedIds.has(event.id))
      continue;
    const { kind: _kind, batchId: _batchId, ...statusEvent } = event;
    const state: HistoryEntryState = retracted.has(event.batchId)
      ? "undone"
      : Date.parse(event.at) <= publishedTimeOf(commitment, event.party, publishedAt)
        ? "superseded"
        : "pending";
    local.push({ event: statusEvent, state });
  }
  const published = commitment.history.map((event): HistoryEntry => ({ event, state: "published" }));
  return [...published, ...local].sort((a, b) => Date.parse(b.event.at) - Date.parse(a.event.at));
}
