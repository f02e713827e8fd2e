import { ProgressBar } from "@/components/ui/progress-bar";
import { paths } from "@/config/paths";
import type { Initiative } from "@/features/commitments/dataset-schema";
import { localize } from "@/features/commitments/localize";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { progressPercent, type StatusCounts } from "../progress";
import { StatusSummary } from "./status-summary";

type InitiativeProgressCardProps = {
  initiative: Initiative;
  counts: StatusCounts;
  /** Filters are narrowing the counts: say so, so that "0% done" under a status filter is not misread. */
  filtered: boolean;
};

export function InitiativeProgressCard({ initiative, counts, filtered }: InitiativeProgressCardProps) {
  const title = localize(initiative.title);
  const percent = progressPercent(counts);
  const counted = Object.values(counts).reduce((sum, count) => sum + count, 0) - counts.dropped;
  const headingId = `initiative-${initiative.id}`;
  return (
    <article className="card initiative-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="initiative-card__summary">{localize(initiative.summary)}</p>
      {counted + counts.dropped === 0 ? (
        <p className="initiative-card__empty">No commitment of this initiative matches the filters.</p>
      ) : (
        <>
          <div className="initiative-card__progress">
            <p className="initiative-card__percent">
              {percent === null ? "No commitment counts toward progress" : `${Math.round(percent)}% done`}
            </p>
            <ProgressBar percent={percent ?? 0} label={`Progress of ${title}`} />
            <p className="initiative-card__detail">
              {counts.done} of {counted} done
              {filtered ? ` among the commitments that match the filters` : ""}
              {counts.dropped > 0 ? ` (${counts.dropped} dropped, not counted)` : ""}
            </p>
          </div>
          <StatusSummary counts={counts} />
        </>
      )}
      <LinkWithFilters to={paths.initiative.href(initiative.id)} className="button">
        Open the {title} board
      </LinkWithFilters>
    </article>
  );
}
