import type { Party } from "@/features/commitments/dataset-schema";
import type { Filters } from "@/features/filters/filter-params";

/** With exactly one side filtered, boards and progress show that side's statuses (DESIGN.md). */
export function onlyParty(filters: Filters): Party | null {
  return filters.party.length === 1 ? (filters.party[0] ?? null) : null;
}
