import type { Initiative, Party } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { boardStatus, type StatusCounts } from "./progress";

/**
 * The commitments of one initiative that a board or progress card shows: those of the filtered list, and,
 * when the view is narrowed to one side, only those that side is party to.
 */
export function initiativeItems(
  items: readonly ResolvedCommitment[],
  initiativeId: string,
  party: Party | null,
): ResolvedCommitment[] {
  return items.filter(
    (item) =>
      item.commitment.initiativeId === initiativeId && (!party || item.commitment.parties.includes(party)),
  );
}

/** The initiatives the overview shows a board for: all, or those the initiative filter names. */
export function initiativesShown(
  initiatives: readonly Initiative[],
  filtered: readonly string[],
): Initiative[] {
  return initiatives.filter((initiative) => filtered.length === 0 || filtered.includes(initiative.id));
}

/**
 * countByStatus(initiativeItems(items, id, party), party) for every initiative, in one pass over the items:
 * the overview of 100,000 commitments counts them once, not once per initiative.
 */
export function countsByInitiative(
  items: readonly ResolvedCommitment[],
  initiatives: readonly Pick<Initiative, "id">[],
  party: Party | null,
): Map<string, StatusCounts> {
  const zero = (): StatusCounts => ({ not_started: 0, in_progress: 0, at_risk: 0, done: 0, dropped: 0 });
  const counts = new Map(initiatives.map((initiative) => [initiative.id, zero()]));
  for (const item of items) {
    const forInitiative = counts.get(item.commitment.initiativeId);
    if (!forInitiative || (party && !item.commitment.parties.includes(party))) continue;
    const status = boardStatus(item, party);
    if (status) forInitiative[status] += 1;
  }
  return counts;
}
