import type { Dataset } from "@/features/commitments/dataset-schema";
import { localize } from "@/features/commitments/localize";
import { applyFilters } from "@/features/filters/apply-filters";
import { emptyFilters, type Filters } from "@/features/filters/filter-params";
import { resolveCommitments } from "@/features/status/resolve-statuses";

/** What the list shows for these filters, worked out with the app's own filtering: its count line and first row. */
export function expectedList(dataset: Dataset, patch: Partial<Filters>) {
  const all = resolveCommitments(dataset.commitments, [], dataset.updatedAt);
  const visible = applyFilters(all, { ...emptyFilters, ...patch }, dataset);
  const first = visible[0];
  return {
    count: visible.length,
    countText:
      visible.length === all.length
        ? `All ${all.length} commitments shown.`
        : `${visible.length} of ${all.length} commitments match the filters.`,
    firstRow: first ? localize(first.commitment.title) : "",
  };
}
