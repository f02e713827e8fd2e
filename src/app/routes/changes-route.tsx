import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "@/features/commitments/use-labels";
import { ChangesRange } from "@/features/filters/components/changes-range";
import { localToday } from "@/features/filters/filters-store";
import {
  changesReport,
  type GroupChangesBy,
  groupChanges,
  listChanges,
  type Wording,
} from "@/features/status/changes";
import { ChangeList } from "@/features/status/components/change-list";
import { CopyReportButton } from "@/features/status/components/copy-report-button";
import { addDays, endOfDayUtc, startOfDayUtc } from "@/lib/days";
import { useFormat } from "@/lib/intl-format";
import { useTracker } from "../use-tracker";
import { ViewFilters } from "./view-filters";

export function ChangesRoute() {
  const { t } = useTranslation("time");
  const format = useFormat();
  const { dataset, visible, events, filters } = useTracker();
  const [by, setBy] = useState<GroupChangesBy>("initiative");
  // By default the last 7 days, ending today (or the as-of day: nothing after it is shown).
  const last = filters.asOf ?? localToday();
  const to = filters.to && filters.to < last ? filters.to : last;
  const from = filters.from && filters.from <= to ? filters.from : addDays(to, -6);
  const labels = useLabels();
  const wording: Wording = useMemo(() => ({ t, lang: format.lang, labels }), [t, format.lang, labels]);
  const commitments = useMemo(
    () => new Map(dataset.commitments.map((commitment) => [commitment.id, commitment])),
    [dataset],
  );
  const changes = useMemo(
    () =>
      listChanges(
        visible.map((item) => item.commitment),
        events,
        dataset.updatedAt,
        startOfDayUtc(from),
        endOfDayUtc(to),
      ),
    [visible, events, dataset.updatedAt, from, to],
  );
  const groups = useMemo(
    () => groupChanges(changes, by, commitments, dataset.initiatives, wording.lang),
    [changes, by, commitments, dataset.initiatives, wording.lang],
  );
  const report = useMemo(
    () => changesReport(groups, commitments, { from, to }, wording),
    [groups, commitments, from, to, wording],
  );
  const range = { from: format.date(from), to: format.date(to) };

  return (
    <>
      <title>{t("changes.pageTitle")}</title>
      <h1>{t("changes.heading")}</h1>
      <p className="lede">{t("changes.lede", { ...range, count: changes.length })}</p>
      <ViewFilters />
      <div className="changes-controls">
        <ChangesRange from={from} to={to} max={last} />
        <fieldset className="changes-group-by">
          <legend>{t("changes.groupBy")}</legend>
          {(["initiative", "day"] as const).map((option) => (
            <label key={option} className="checkbox">
              <input
                type="radio"
                name="changes-group-by"
                value={option}
                checked={by === option}
                onChange={() => setBy(option)}
              />
              {option === "initiative" ? t("changes.byInitiative") : t("changes.byDay")}
            </label>
          ))}
        </fieldset>
      </div>
      {changes.length === 0 ? (
        <p className="empty">{t("changes.empty", range)}</p>
      ) : (
        <>
          <CopyReportButton text={report} />
          <ChangeList groups={groups} commitments={commitments} wording={wording} />
        </>
      )}
    </>
  );
}
