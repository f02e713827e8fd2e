import { useTranslation } from "react-i18next";
import { useFilterActions } from "../filters-store";

type StaleFilterProps = { checked: boolean; days: number };

/** `stale=1`: only the commitments whose statuses nobody has reviewed in the last `days` days. */
export function StaleFilter({ checked, days }: StaleFilterProps) {
  const { t } = useTranslation("time");
  const { filtersChanged } = useFilterActions();
  return (
    <label className="checkbox filter-bar__stale">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => filtersChanged({ stale: event.target.checked })}
      />
      {t("stale.flag", { count: days })}
    </label>
  );
}
