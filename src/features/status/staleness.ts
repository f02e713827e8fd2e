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

/**
 * The newest published review of each commitment by `from`, worked out once per data file: reading every
 * event's time is the expensive part at 100,000 commitments, and it does not change when this browser's
 * updates do. Valid for any "now" from `from` until `until`, the first published event after `from`.
 */
export type PublishedReviews = { newest: ReadonlyMap<string, number>; from: number; until: number };

export function publishedReviewTimes(commitments: Dataset["commitments"], from: number): PublishedReviews {
  const newest = new Map<string, number>();
  let until = Number.POSITIVE_INFINITY;
  for (const commitment of commitments) {
    for (const event of commitment.history) {
      const time = Date.parse(event.at);
      if (time > from) {
        until = Math.min(until, time);
        continue;
      }
      const known = newest.get(commitment.id);
      if (known === undefined || time > known) newest.set(commitment.id, time);
    }
  }
  return { newest, from, until };
}

/**
 * Each commitment's newest review (a status or review event, published or this browser's active ones) by
 * `now`. `published`, when it holds for `now`, saves reading every published event again.
 */
export function lastReviewTimes(
  commitments: Dataset["commitments"],
  localEvents: readonly LocalEvent[],
  now: number,
  published?: PublishedReviews,
): Map<string, number> {
  const holds = published !== undefined && published.from <= now && now < published.until;
  const newest = new Map((holds ? published : publishedReviewTimes(commitments, now)).newest);
  const saw = (commitmentId: string, at: string) => {
    const time = Date.parse(at);
    if (time > now) return;
    const known = newest.get(commitmentId);
    if (known === undefined || time > known) newest.set(commitmentId, time);
  };
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
  published?: PublishedReviews,
): Staleness {
  const lastReviewed = lastReviewTimes(dataset.commitments, localEvents, now, published);
  const since = neverReviewedSince(dataset);
  const limit = now - days * DAY;
  const staleIds = new Set<string>();
  for (const commitment of dataset.commitments) {
    if ((lastReviewed.get(commitment.id) ?? since) < limit) staleIds.add(commitment.id);
  }
  return { staleIds, lastReviewed, days };
}
