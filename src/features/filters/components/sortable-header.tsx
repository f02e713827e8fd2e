import { useTranslation } from "react-i18next";
import { announce } from "@/components/ui/live-announcer";
import type { Sort, SortKey } from "../filter-params";
import { useFilterActions, useFilters } from "../filters-store";

type SortableHeaderProps = { sortKey: SortKey; label: string };

// Newest first is what people want from "last update"; everything else starts A→Z.
const firstDirection = (key: SortKey): Sort["direction"] => (key === "updated" ? "desc" : "asc");

/** A column header that sorts the list by its column; the order lives in the URL like every filter. */
export function SortableHeader({ sortKey, label }: SortableHeaderProps) {
  const { t } = useTranslation("filters");
  const { sort } = useFilters();
  const { filtersChanged } = useFilterActions();
  const active = sort?.key === sortKey ? sort : null;
  const next: Sort = {
    key: sortKey,
    direction: active ? (active.direction === "asc" ? "desc" : "asc") : firstDirection(sortKey),
  };
  const ariaSort = active ? (active.direction === "asc" ? "ascending" : "descending") : "none";
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="sort-button"
        onClick={() => {
          filtersChanged({ sort: next });
          announce(
            t("sort.sorted", {
              label,
              direction: next.direction === "asc" ? t("sort.ascending") : t("sort.descending"),
            }),
          );
        }}
      >
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (active.direction === "asc" ? " ▲" : " ▼") : " ↕"}
        </span>
      </button>
    </th>
  );
}
