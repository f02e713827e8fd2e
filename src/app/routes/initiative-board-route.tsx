import { useCallback, useDeferredValue, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { announce } from "@/components/ui/live-announcer";
import { ProgressBar } from "@/components/ui/progress-bar";
import { paths } from "@/config/paths";
import { burnUpSeries } from "@/features/boards/burn-up";
import { BurnUpChart } from "@/features/boards/components/burn-up-chart";
import { type MoveRequest, StatusBoard } from "@/features/boards/components/status-board";
import { countByStatus, progressPercent } from "@/features/boards/progress";
import { initiativeItems } from "@/features/boards/select-board";
import { Localized, useLocalize } from "@/features/commitments/components/localized";
import { useLabels } from "@/features/commitments/use-labels";
import { AsOfLock } from "@/features/filters/components/as-of-lock";
import { onlyParty } from "@/features/filters/filter-params";
import { endOfDayUtc, groupByCommitment, statusTimelines } from "@/features/status/resolve-as-of";
import { offerUndo } from "@/features/status/undo-toast-store";
import { activeStatusEvents } from "@/features/status/update-events";
import { useUpdateActions } from "@/features/status/updates-store";
import { useFormat } from "@/lib/intl-format";
import { useTracker } from "../use-tracker";
import { NotFound } from "./not-found";
import { ViewFilters } from "./view-filters";

export function InitiativeBoardRoute() {
  const { initiativeId = "" } = useParams();
  const { dataset, visible, filters, events } = useTracker();
  const { changesRecorded } = useUpdateActions();
  const { t } = useTranslation(["boards", "app", "team"]);
  const labels = useLabels();
  const localize = useLocalize();
  const format = useFormat();
  const initiative = dataset.initiatives.find((candidate) => candidate.id === initiativeId);
  const party = onlyParty(filters);
  const items = useMemo(() => initiativeItems(visible, initiativeId, party), [visible, initiativeId, party]);
  const percent = useMemo(() => progressPercent(countByStatus(items, party)), [items, party]);
  // The chart ends at the as-of day, or now; it counts the cards of the board (the filters apply). It follows
  // a change in a render of its own, which React may put off: re-reading the histories of a board of 10,000
  // cards takes ≈150 ms, and a moved card must land at once.
  const chartItems = useDeferredValue(items);
  const chartEvents = useDeferredValue(events);
  const series = useMemo(() => {
    const local = groupByCommitment(activeStatusEvents(chartEvents));
    const histories = chartItems.map((item) => ({
      parties: item.commitment.parties,
      changes: statusTimelines(item.commitment, local.get(item.commitment.id) ?? [], dataset.updatedAt),
    }));
    return burnUpSeries(histories, filters.asOf ? endOfDayUtc(filters.asOf) : Date.now(), party);
  }, [chartItems, chartEvents, dataset.updatedAt, filters.asOf, party]);

  // The board says which sides a move sets (StatusBoard); here it is recorded, said, and offered for undoing.
  const move = useCallback(
    ({ item, target, changes, reason, evidenceUrl }: MoveRequest) => {
      if (filters.asOf) return []; // a past day is read-only (the menus and the drag are disabled too)
      const result = changesRecorded({ changes, reason, evidenceUrl });
      if (!result.ok) return result.problems;
      const message = t("board.moved", {
        title: localize(item.commitment.title),
        status: labels.status(target),
        sides: labels.parties(changes.map((change) => change.party)),
      });
      announce(message);
      offerUndo(result.batchId, {
        kind: "moved",
        title: item.commitment.title,
        status: target,
        parties: changes.map((change) => change.party),
      });
      return [];
    },
    [changesRecorded, t, labels, localize, filters.asOf],
  );

  if (!initiative) {
    const near = dataset.initiatives.find((candidate) => candidate.id === initiativeId.trim().toLowerCase());
    return (
      <NotFound
        what="initiative"
        id={initiativeId}
        {...(near
          ? { suggestion: { href: paths.initiative.href(near.id), label: localize(near.title) } }
          : {})}
      />
    );
  }

  const title = localize(initiative.title);

  return (
    <>
      <title>{t("app:documentTitle", { page: title })}</title>
      <h1>
        <Localized text={initiative.title} />
      </h1>
      <p className="lede">
        <Localized text={initiative.summary} />
      </p>
      <ViewFilters />
      <div className="board-progress">
        <p>
          {percent === null
            ? t("board.nothingCounts")
            : t("card.percentDone", { percent: format.number(Math.round(percent)) })}
        </p>
        <ProgressBar percent={percent ?? 0} label={t("card.progressOf", { title })} />
      </div>
      <p className="board-hint">
        {party ? t("board.hintOneSide", { side: labels.party(party) }) : t("board.hintEverySide")}{" "}
        {t("team:board.hintDrag")}
      </p>
      {items.length === 0 ? (
        <p className="empty">{t("board.empty")}</p>
      ) : (
        <>
          <AsOfLock asOf={filters.asOf}>
            {/* Keyed by initiative: another board starts with no card waiting for focus. */}
            <StatusBoard
              key={initiative.id}
              items={items}
              party={party}
              onMove={move}
              readOnly={filters.asOf !== null}
            />
          </AsOfLock>
          <BurnUpChart series={series} />
        </>
      )}
    </>
  );
}
