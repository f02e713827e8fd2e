import { type ResolvedCommitment, statusForView } from "@/features/commitments/resolved-commitment";
import { type Party, type Status, statusIds } from "@/features/commitments/status-event-schema";

export type StatusCounts = Record<Status, number>;

/** The status a board sorts a commitment by (one side's when narrowed to it). */
export const boardStatus = statusForView;

export function countByStatus(
  items: readonly ResolvedCommitment[],
  party: Party | null = null,
): StatusCounts {
  const counts = Object.fromEntries(statusIds.map((status) => [status, 0])) as StatusCounts;
  for (const item of items) {
    const status = boardStatus(item, party);
    if (status) counts[status] += 1;
  }
  return counts;
}

/** The items of each board column, in one pass (a board of 100,000 cards is grouped once, not per column). */
export function groupByBoardStatus(
  items: readonly ResolvedCommitment[],
  party: Party | null = null,
): Record<Status, ResolvedCommitment[]> {
  const columns = Object.fromEntries(statusIds.map((status) => [status, []])) as unknown as Record<
    Status,
    ResolvedCommitment[]
  >;
  for (const item of items) {
    const status = boardStatus(item, party);
    if (status) columns[status].push(item);
  }
  return columns;
}

/** Progress of a group = done ÷ (all − dropped), as a percentage; null when nothing counts. */
export function progressPercent(counts: StatusCounts): number | null {
  const total = statusIds.reduce((sum, status) => sum + counts[status], 0);
  const counted = total - counts.dropped;
  return counted === 0 ? null : (counts.done / counted) * 100;
}
