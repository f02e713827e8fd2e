import { useTranslation } from "react-i18next";
import { useFilterActions } from "../filters-store";

type ChangesRangeProps = {
  /** The days shown, both included (YYYY-MM-DD). */
  from: string;
  to: string;
  /** The latest day that can be chosen: today, or the as-of day. */
  max: string;
};

/** The Changes view's range of days, in the address (`from`, `to`) like every other filter. */
export function ChangesRange({ from, to, max }: ChangesRangeProps) {
  const { t } = useTranslation("time");
  const { filtersChanged } = useFilterActions();
  return (
    <fieldset className="changes-range">
      <legend>{t("changes.days")}</legend>
      <label>
        {t("changes.from")}
        <input
          type="date"
          value={from}
          max={to}
          onChange={(event) => {
            if (event.target.value && event.target.value <= to) filtersChanged({ from: event.target.value });
          }}
        />
      </label>
      <label>
        {t("changes.to")}
        <input
          type="date"
          value={to}
          min={from}
          max={max}
          onChange={(event) => {
            const value = event.target.value;
            if (value && value >= from && value <= max) filtersChanged({ to: value });
          }}
        />
      </label>
    </fieldset>
  );
}
