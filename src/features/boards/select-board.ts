import type { Initiative, Party } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";

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
