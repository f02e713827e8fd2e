import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/lib/intl-format";
import { isRealDate } from "../filter-params";
import { localToday, useFilterActions } from "../filters-store";

type AsOfPickerProps = { asOf: string | null };

/** A native date field that sets `asOf`: the view as it stood at the end of that day. Empty: today. */
export function AsOfPicker({ asOf }: AsOfPickerProps) {
  const { t } = useTranslation("time");
  const format = useFormat();
  const { filtersChanged } = useFilterActions();
  const [hint, setHint] = useState("");
  // The latest day the field offers. Read again when the field takes focus: the filter groups render only when
  // a filter changes, and a page left open past midnight must offer the new day.
  const [today, setToday] = useState(localToday);
  return (
    <div className="as-of-picker">
      <label htmlFor="filter-as-of">{t("asOf.pickerLabel")}</label>
      <input
        id="filter-as-of"
        type="date"
        max={today}
        onFocus={() => setToday(localToday())}
        // Controlled by the address: Back/Forward or "Back to today" change the field too.
        value={asOf ?? ""}
        aria-describedby="filter-as-of-hint"
        onChange={(event) => {
          const value = event.target.value;
          // A half-typed date reads as "" too, but is a bad input: wait for the rest of it.
          if (value === "" && event.target.validity.badInput) return;
          if (value === "") {
            setHint("");
            filtersChanged({ asOf: null });
          } else if (!isRealDate(value)) {
            setHint(t("asOf.pickerWhole"));
          } else if (value > localToday()) {
            // The clock, not `today`: a date typed without focusing again is checked against the real day.
            setHint(t("asOf.pickerFuture", { day: format.date(value) }));
          } else {
            setHint("");
            filtersChanged({ asOf: value });
          }
        }}
      />
      <span id="filter-as-of-hint" className="as-of-picker__hint">
        {hint || (asOf ? "" : t("asOf.pickerEmpty"))}
      </span>
    </div>
  );
}
