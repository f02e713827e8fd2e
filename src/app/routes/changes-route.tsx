import { useMemo, useState } from "react";
import { ChangesRange } from "@/features/filters/components/changes-range";
import { localToday } from "@/features/filters/filters-store";
import { changesReport, type GroupChangesBy, groupChanges, listChanges } from "@/features/status/changes";
import { ChangeList } from "@/features/status/components/change-list";
import { CopyReportButton } from "@/features/status/components/copy-report-button";
import { countOf } from "@/lib/count";
import { addDays, endOfDayUtc, formatDay, startOfDayUtc } from "@/lib/days";
import { useTracker } from "../use-tracker";

export function ChangesRoute() {
  const { dataset, visible, events, filters } = useTracker();
  const [by, setBy] = useState<GroupChangesBy>("initiative");
  // By default the last 7 days, ending today (or the as-of day: nothing after it is shown).
  const last = filters.asOf ?? localToday();
  const to = filters.to && filters.to < last ? filters.to : last;
  const from = filters.from && filters.from <= to ? filters.from : addDays(to, -6);
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
    () => groupChanges(changes, by, commitments, dataset.initiatives),
    [changes, by, commitments, dataset.initiatives],
  );
  const report = useMemo(
    () => changesReport(groups, commitments, { from, to }),
    [groups, commitments, from, to],
  );

  return (
    <>
      <title>Changes — US–France commitments tracker</title>
      <h1>Changes</h1>
      <p className="lede">
        Status updates to the commitments the filters show, published and made in this browser, from{" "}
        {formatDay(from)} to {formatDay(to)} (days in UTC): {countOf(changes.length, "change", "changes")}.
      </p>
      <div className="changes-controls">
        <ChangesRange from={from} to={to} max={last} />
        <fieldset className="changes-group-by">
          <legend>Group by</legend>
          {(["initiative", "day"] as const).map((option) => (
            <label key={option} className="checkbox">
              <input
                type="radio"
                name="changes-group-by"
                value={option}
                checked={by === option}
                onChange={() => setBy(option)}
              />
              {option === "initiative" ? "Initiative" : "Day"}
            </label>
          ))}
        </fieldset>
      </div>
      {changes.length === 0 ? (
        <p className="empty">
          Nothing changed from {formatDay(from)} to {formatDay(to)}. Choose earlier days or clear a filter to
          see more.
        </p>
      ) : (
        <>
          <CopyReportButton text={report} />
          <ChangeList groups={groups} commitments={commitments} />
        </>
      )}
    </>
  );
}
