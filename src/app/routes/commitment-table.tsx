import { memo, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocalize } from "@/features/commitments/components/localized";
import type { Initiative } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { SortableHeader } from "@/features/filters/components/sortable-header";
import { useWindowList } from "@/lib/use-window-list";
import { CommitmentRow } from "./commitment-row";

type CommitmentTableProps = {
  items: readonly ResolvedCommitment[];
  initiatives: readonly Initiative[];
  selectedIds: ReadonlySet<string>;
  /** How many of the rows shown are selected. */
  selectedCount: number;
  onToggle: (commitmentId: string) => void;
  onToggleAll: () => void;
};

const COLUMNS = 6;

/**
 * Every commitment as a table. A long table renders only the rows near the window; aria-rowcount and each
 * row's aria-rowindex tell assistive technology how many rows there are and where each one is. Memoised: the
 * route renders again when the address follows a search (after the list, decision 019), with the same rows.
 */
export const CommitmentTable = memo(function CommitmentTable({
  items,
  initiatives,
  selectedIds,
  selectedCount,
  onToggle,
  onToggleAll,
}: CommitmentTableProps) {
  const selectAll = useRef<HTMLInputElement>(null);
  const { t } = useTranslation(["commitments", "team"]);
  const localize = useLocalize();
  // Some but not all selected: the box says so (a property only, there is no attribute for it).
  useEffect(() => {
    if (selectAll.current)
      selectAll.current.indeterminate = selectedCount > 0 && selectedCount < items.length;
  }, [selectedCount, items.length]);
  const initiativeTitle = useMemo(
    () => new Map(initiatives.map((initiative) => [initiative.id, localize(initiative.title)])),
    [initiatives, localize],
  );
  const rows = useWindowList<HTMLTableSectionElement>({
    count: items.length,
    estimateSize: 72,
    renderAllUpTo: 100,
  });
  const spacer = (height: number) =>
    height > 0 && (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row that only holds the height of rows not rendered; nothing in it can take focus
      <tr aria-hidden="true" className="commitment-table__spacer">
        <td colSpan={COLUMNS} style={{ height }} />
      </tr>
    );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so that keyboard users can scroll it sideways on a narrow screen (axe: scrollable-region-focusable)
    <section className="table-wrapper" aria-label={t("list.tableLabel")} tabIndex={0}>
      <table className="commitment-table" aria-rowcount={items.length + 1}>
        <caption className="visually-hidden">{t("list.caption")}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <td className="select-cell">
              <input
                ref={selectAll}
                type="checkbox"
                aria-label={t("team:list.selectAll", { count: items.length })}
                checked={selectedCount > 0 && selectedCount === items.length}
                onChange={onToggleAll}
              />
            </td>
            <SortableHeader sortKey="title" label={t("list.commitment")} />
            <SortableHeader sortKey="initiative" label={t("list.initiative")} />
            <SortableHeader sortKey="status" label={t("list.status")} />
            <th scope="col">{t("list.eachSide")}</th>
            <SortableHeader sortKey="updated" label={t("list.lastUpdate")} />
          </tr>
        </thead>
        <tbody ref={rows.listRef}>
          {spacer(rows.spaceBefore)}
          {rows.items.map(({ index }) => {
            const item = items[index] as ResolvedCommitment;
            return (
              <CommitmentRow
                key={item.commitment.id}
                item={item}
                initiativeTitle={initiativeTitle.get(item.commitment.initiativeId)}
                rowIndex={index + 2}
                index={index}
                measureRef={rows.measureItem}
                selected={selectedIds.has(item.commitment.id)}
                onToggle={onToggle}
              />
            );
          })}
          {spacer(rows.spaceAfter)}
        </tbody>
      </table>
    </section>
  );
});
