import type { Commitment, Party, Status, StatusEvent } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { DEFAULT_STATUS, statusOf } from "@/features/commitments/status";
import { publishedTimeOf, resolvedFrom } from "./resolve-statuses";
import type { LocalStatusEvent } from "./update-events";

// The tracker as it stood at a moment (issue 6, "as of a date"; decision 013). Each side of a commitment
// has a timeline of statuses: the published history, this browser's updates, and the data file's own
// statuses, which count from when the file set them (publishedTimeOf). The status at a moment is the
// timeline's last entry at or before it. At the end of time this is exactly resolveCommitment (today's
// view): a test holds the two together.

/** Where a timeline entry comes from. At the same instant, local < history < file (the published side wins). */
export type TimelineSource = "local" | "history" | "file";
export type TimelineEntry = { at: number; status: Status; source: TimelineSource; event?: StatusEvent };

const rank: Record<TimelineSource, number> = { local: 0, history: 1, file: 2 };

/** The end of a day (YYYY-MM-DD) in UTC, in milliseconds: an as-of date means "by the end of that day". */
export { endOfDayUtc } from "@/lib/days";

/** The local events of one commitment that the published file does not already hold (same id). */
function unpublishedOf(commitment: Commitment, localEvents: readonly LocalStatusEvent[]) {
  const publishedIds = new Set(commitment.history.map((event) => event.id));
  return localEvents.filter((event) => event.commitmentId === commitment.id && !publishedIds.has(event.id));
}

/** Each side's statuses over time, oldest first. `localEvents` are this browser's active status events. */
export function statusTimelines(
  commitment: Commitment,
  localEvents: readonly LocalStatusEvent[],
  publishedAt?: string,
): Record<Party, TimelineEntry[]> {
  const unpublished = unpublishedOf(commitment, localEvents);
  const timelines = {} as Record<Party, TimelineEntry[]>;
  for (const party of commitment.parties) {
    const entries: TimelineEntry[] = [
      ...commitment.history
        .filter((event) => event.party === party)
        .map(
          (event): TimelineEntry => ({
            at: Date.parse(event.at),
            status: event.status,
            source: "history",
            event,
          }),
        ),
      ...unpublished
        .filter((event) => event.party === party)
        .map(
          (event): TimelineEntry => ({
            at: Date.parse(event.at),
            status: event.status,
            source: "local",
            event,
          }),
        ),
      {
        at: publishedTimeOf(commitment, party, publishedAt),
        status: statusOf(commitment.statuses, party),
        source: "file",
      },
    ];
    // Stable: entries of the same instant and source keep the order they were recorded in.
    timelines[party] = entries.sort((a, b) => a.at - b.at || rank[a.source] - rank[b.source]);
  }
  return timelines;
}

/** The last entry at or before `time`, if any. */
export function entryAt(timeline: readonly TimelineEntry[], time: number): TimelineEntry | undefined {
  let found: TimelineEntry | undefined;
  for (const entry of timeline) {
    if (entry.at > time) break;
    found = entry;
  }
  return found;
}

/**
 * A commitment as it stood at `time` (milliseconds): each side's status is the newest of the published
 * history and this browser's updates made by then, or the file's status if the file had set it by then,
 * else Not started.
 */
export function resolveCommitmentAsOf(
  commitment: Commitment,
  localEvents: readonly LocalStatusEvent[],
  publishedAt: string | undefined,
  time: number,
): ResolvedCommitment {
  const timelines = statusTimelines(commitment, localEvents, publishedAt);
  const statuses: ResolvedCommitment["statuses"] = {};
  const pendingParties: Party[] = [];
  for (const party of commitment.parties) {
    const entry = entryAt(timelines[party], time);
    statuses[party] = entry?.status ?? DEFAULT_STATUS;
    if (entry?.source === "local") pendingParties.push(party);
  }
  let last: StatusEvent | undefined;
  for (const event of [...commitment.history, ...unpublishedOf(commitment, localEvents)]) {
    const at = Date.parse(event.at);
    if (at <= time && (!last || at >= Date.parse(last.at))) last = event;
  }
  return resolvedFrom(commitment, statuses, pendingParties, last);
}

/** Every commitment as it stood at `time`, each looking at its own local events only. */
export function resolveCommitmentsAsOf(
  commitments: readonly Commitment[],
  localEvents: readonly LocalStatusEvent[],
  publishedAt: string | undefined,
  time: number,
): ResolvedCommitment[] {
  const byCommitment = groupByCommitment(localEvents);
  return commitments.map((commitment) =>
    resolveCommitmentAsOf(commitment, byCommitment.get(commitment.id) ?? [], publishedAt, time),
  );
}

/** Events grouped by the commitment they are about. */
export function groupByCommitment<T extends { commitmentId: string }>(
  events: readonly T[],
): Map<string, T[]> {
  const byCommitment = new Map<string, T[]>();
  for (const event of events) {
    const list = byCommitment.get(event.commitmentId);
    if (list) list.push(event);
    else byCommitment.set(event.commitmentId, [event]);
  }
  return byCommitment;
}

/** A commitment with only the published history made by `time`: what its page lists as of that day. */
export function commitmentAsOf(commitment: Commitment, time: number): Commitment {
  const history = commitment.history.filter((event) => Date.parse(event.at) <= time);
  return history.length === commitment.history.length ? commitment : { ...commitment, history };
}
