import { useTranslation } from "react-i18next";
import { ProgressBar } from "@/components/ui/progress-bar";
import { paths } from "@/config/paths";
import { Localized, useLocalize } from "@/features/commitments/components/localized";
import type { Initiative } from "@/features/commitments/dataset-schema";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { useFormat } from "@/lib/intl-format";
import { progressPercent, type StatusCounts } from "../progress";
import { StatusSummary } from "./status-summary";

type InitiativeProgressCardProps = {
  initiative: Initiative;
  counts: StatusCounts;
  /** Filters are narrowing the counts: say so, so that "0% done" under a status filter is not misread. */
  filtered: boolean;
};

export function InitiativeProgressCard({ initiative, counts, filtered }: InitiativeProgressCardProps) {
  const { t } = useTranslation("boards");
  const format = useFormat();
  const title = useLocalize()(initiative.title);
  const percent = progressPercent(counts);
  const counted = Object.values(counts).reduce((sum, count) => sum + count, 0) - counts.dropped;
  const headingId = `initiative-${initiative.id}`;
  return (
    <article className="card initiative-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Localized text={initiative.title} />
      </h2>
      <p className="initiative-card__summary">
        <Localized text={initiative.summary} />
      </p>
      {counted + counts.dropped === 0 ? (
        <p className="initiative-card__empty">{t("card.empty")}</p>
      ) : (
        <>
          <div className="initiative-card__progress">
            <p className="initiative-card__percent">
              {percent === null
                ? t("card.nothingCounts")
                : t("card.percentDone", { percent: format.number(Math.round(percent)) })}
            </p>
            <ProgressBar percent={percent ?? 0} label={t("card.progressOf", { title })} />
            <p className="initiative-card__detail">
              {t("card.doneOf", { count: counts.done, counted })}
              {filtered ? t("card.amongFiltered") : ""}
              {counts.dropped > 0 ? t("card.dropped", { count: counts.dropped }) : ""}
            </p>
          </div>
          <StatusSummary counts={counts} />
        </>
      )}
      <LinkWithFilters to={paths.initiative.href(initiative.id)} className="button">
        {t("card.open", { title })}
      </LinkWithFilters>
    </article>
  );
}
