import { type Party, type Status, statusIds } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";

export type StatusCounts = Record<Status, number>;

/**
 * The status a board sorts a commitment by: its overall status, or one side's when the view is narrowed to
 * that side (DESIGN.md: party=fr shows France's statuses). Undefined when that side is not a party.
 */
export function boardStatus(item: ResolvedCommitment, party: Party | null): Status | undefined {
  return party ? item.statuses[party] : item.overall;
}

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

/** Progress of a group = done ÷ (all − dropped), as a percentage; null when nothing counts. */
export function progressPercent(counts: StatusCounts): number | null {
  const total = statusIds.reduce((sum, status) => sum + counts[status], 0);
  const counted = total - counts.dropped;
  return counted === 0 ? null : (counts.done / counted) * 100;
}
