import type { Dataset } from "@/features/commitments/dataset-schema";
import type { LocalEvent } from "./update-events";
import { activeReviewEvents, activeStatusEvents } from "./update-events";

// Stale items (issue 6; decision 013): a commitment whose statuses nobody has looked at for a while. Any status
// event or review event counts as a look, published or made in this browser, if it was made by "now" (the
// end of the as-of day, or the present).

const DAY = 24 * 60 * 60 * 1000;

export type Staleness = {
  /** Commitments not reviewed in `days` days by `now`. */
  staleIds: ReadonlySet<string>;
  /** When each commitment was last reviewed by `now`, in milliseconds; absent: never. */
  lastReviewed: ReadonlyMap<string, number>;
  days: number;
};

/**
 * When a commitment never reviewed counts from: the announcement's date, else the data file's date. Every
 * commitment exists since the announcement; a file republished later did not review what it left unchanged.
 */
export function neverReviewedSince(dataset: Pick<Dataset, "source" | "updatedAt">): number {
  return Date.parse(dataset.source.date ? `${dataset.source.date}T00:00:00Z` : dataset.updatedAt);
}

/** Each commitment's newest review (a status or review event, published or this browser's active ones) by `now`. */
export function lastReviewTimes(
  commitments: Dataset["commitments"],
  localEvents: readonly LocalEvent[],
  now: number,
): Map<string, number> {
  const newest = new Map<string, number>();
  const saw = (commitmentId: string, at: string) => {
    const time = Date.parse(at);
    if (time > now) return;
    const known = newest.get(commitmentId);
    if (known === undefined || time > known) newest.set(commitmentId, time);
  };
  for (const commitment of commitments) for (const event of commitment.history) saw(commitment.id, event.at);
  for (const event of activeStatusEvents(localEvents)) saw(event.commitmentId, event.at);
  for (const event of activeReviewEvents(localEvents)) saw(event.commitmentId, event.at);
  return newest;
}

/** Which commitments are stale at `now` when `days` without a review makes one stale. */
export function staleness(
  dataset: Pick<Dataset, "commitments" | "source" | "updatedAt">,
  localEvents: readonly LocalEvent[],
  now: number,
  days: number,
): Staleness {
  const lastReviewed = lastReviewTimes(dataset.commitments, localEvents, now);
  const since = neverReviewedSince(dataset);
  const limit = now - days * DAY;
  const staleIds = new Set<string>();
  for (const commitment of dataset.commitments) {
    if ((lastReviewed.get(commitment.id) ?? since) < limit) staleIds.add(commitment.id);
  }
  return { staleIds, lastReviewed, days };
}
