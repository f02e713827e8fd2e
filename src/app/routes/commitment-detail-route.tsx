import { useState } from "react";
import { useParams } from "react-router";
import { announce } from "@/components/ui/live-announcer";
import { Message } from "@/components/ui/message";
import { paths } from "@/config/paths";
import { PartyStatuses } from "@/features/commitments/components/party-statuses";
import { StatusBadge } from "@/features/commitments/components/status-badge";
import { localize } from "@/features/commitments/localize";
import { partyLabels } from "@/features/commitments/status";
import { AsOfLock } from "@/features/filters/components/as-of-lock";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { ReviewControl } from "@/features/status/components/review-control";
import { StaleFlag } from "@/features/status/components/stale-flag";
import { type SavedUpdate, StatusUpdateForm } from "@/features/status/components/status-update-form";
import { UpdateHistory } from "@/features/status/components/update-history";
import { commitmentAsOf, endOfDayUtc } from "@/features/status/resolve-as-of";
import { activeStatusEvents } from "@/features/status/update-events";
import { useTracker } from "../use-tracker";
import { NotFound } from "./not-found";

export function CommitmentDetailRoute() {
  const { commitmentId = "" } = useParams();
  // Keyed by id: another commitment's page starts fresh (no "Saved" message or draft carried over).
  return <CommitmentDetail key={commitmentId} commitmentId={commitmentId} />;
}

function CommitmentDetail({ commitmentId }: { commitmentId: string }) {
  const { dataset, all, events, problems, filters, stale } = useTracker();
  const [saved, setSaved] = useState<SavedUpdate | null>(null);
  const item = all.find((candidate) => candidate.commitment.id === commitmentId);
  if (!item) {
    if (problems.some((problem) => problem.commitmentId === commitmentId)) {
      return (
        <Message tone="warning" titleAs="h1" title={`Commitment “${commitmentId}” could not be shown`}>
          <p>
            The data file has mistakes in this commitment, listed above. It shows again once they are fixed.
          </p>
        </Message>
      );
    }
    const near = all.find((candidate) => candidate.commitment.id === commitmentId.trim().toLowerCase());
    return (
      <NotFound
        what="commitment"
        id={commitmentId}
        {...(near
          ? {
              suggestion: {
                href: paths.commitment.href(near.commitment.id),
                label: localize(near.commitment.title),
              },
            }
          : {})}
      />
    );
  }

  const { commitment } = item;
  const title = localize(commitment.title);
  const initiative = dataset.initiatives.find((candidate) => candidate.id === commitment.initiativeId);
  const themes = dataset.themes.filter((theme) => commitment.themes.includes(theme.id));
  // "Saved" stays only while that update stands: an Undo takes the message back with it.
  const savedStands = saved && activeStatusEvents(events).some((event) => event.batchId === saved.batchId);
  return (
    <article className="detail">
      <title>{`${title} — US–France commitments tracker`}</title>
      {initiative && (
        <p className="breadcrumb">
          <LinkWithFilters to={paths.initiative.href(initiative.id)}>
            {localize(initiative.title)}
          </LinkWithFilters>
        </p>
      )}
      <h1>{title}</h1>
      <p className="detail__overall">
        Overall: <StatusBadge status={item.overall} />
        {item.diverging && <span className="diverging-tag">Sides differ</span>}
        <StaleFlag commitmentId={commitment.id} />
      </p>
      <p>{localize(commitment.description)}</p>
      <figure className="source-quote">
        <blockquote cite={dataset.source.url}>
          <p>{commitment.sourceQuote}</p>
        </blockquote>
        <figcaption>From the announcement “{dataset.source.title}”</figcaption>
      </figure>
      <dl className="facts">
        <dt>Parties</dt>
        <dd>{commitment.parties.map((party) => partyLabels[party].en).join(" and ")}</dd>
        {commitment.lead && (
          <>
            <dt>Led by</dt>
            <dd>{partyLabels[commitment.lead].en}</dd>
          </>
        )}
        <dt>Themes</dt>
        <dd>{themes.map((theme) => localize(theme.title)).join(", ") || "None"}</dd>
        {commitment.sectors && (
          <>
            <dt>Sectors</dt>
            <dd>{commitment.sectors.map((sector) => sector.replaceAll("-", " ")).join(", ")}</dd>
          </>
        )}
        <dt>Each side</dt>
        <dd>
          <PartyStatuses item={item} />
        </dd>
      </dl>
      <AsOfLock asOf={filters.asOf}>
        <StatusUpdateForm
          item={item}
          onSaved={(update) => {
            setSaved(update);
            announce(update.message);
          }}
        />
        <p className="saved-message">{savedStands ? saved.message : ""}</p>
        <ReviewControl
          commitmentId={commitment.id}
          lastReviewed={stale.lastReviewed.get(commitment.id)}
          events={events}
        />
      </AsOfLock>
      {/* As of a past day, the history stops at that day. */}
      <UpdateHistory
        commitment={filters.asOf ? commitmentAsOf(commitment, endOfDayUtc(filters.asOf)) : commitment}
        localEvents={
          filters.asOf ? events.filter((e) => Date.parse(e.at) <= endOfDayUtc(filters.asOf ?? "")) : events
        }
        publishedAt={dataset.updatedAt}
      />
    </article>
  );
}
