import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { AsOfLock } from "@/features/filters/components/as-of-lock";
import { BulkUpdateForm } from "@/features/status/components/bulk-update-form";
import { useTracker } from "../use-tracker";
import { CommitmentTable } from "./commitment-table";
import { ViewFilters } from "./view-filters";

export function CommitmentListRoute() {
  const { t } = useTranslation(["commitments", "app"]);
  const { dataset, visible, filters } = useTracker();
  // The selection is ids in state, not checked boxes in the page: the table renders only the rows in view,
  // and "select all shown" must reach the rows it has not rendered.
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(() => new Set());
  // Only what the filter shows counts as selected: a hidden row is never updated unseen.
  const selected = useMemo(
    () => visible.filter((item) => selectedIds.has(item.commitment.id)),
    [visible, selectedIds],
  );
  const toggle = useCallback(
    (id: string) =>
      setSelectedIds((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const allShownSelected = visible.length > 0 && selected.length === visible.length;
  const toggleAll = useCallback(
    () => setSelectedIds(allShownSelected ? new Set() : new Set(visible.map((item) => item.commitment.id))),
    [allShownSelected, visible],
  );
  const clear = useCallback(() => setSelectedIds(new Set()), []);
  if (!dataset) return null;
  return (
    <>
      <title>{t("app:documentTitle", { page: t("list.title") })}</title>
      <h1>{t("list.title")}</h1>
      <ViewFilters />
      {visible.length === 0 ? (
        <p className="empty">{t("list.empty")}</p>
      ) : (
        <>
          <AsOfLock asOf={filters.asOf}>
            <BulkUpdateForm selected={selected} onClearSelection={clear} />
          </AsOfLock>
          <CommitmentTable
            items={visible}
            initiatives={dataset.initiatives}
            selectedIds={selectedIds}
            selectedCount={selected.length}
            onToggle={toggle}
            onToggleAll={toggleAll}
          />
        </>
      )}
    </>
  );
}
