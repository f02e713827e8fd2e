import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { announce } from "@/components/ui/live-announcer";
import { Message } from "@/components/ui/message";
import { paths } from "@/config/paths";
import { Localized, useLocalize } from "@/features/commitments/components/localized";
import { PartyStatuses } from "@/features/commitments/components/party-statuses";
import { StatusBadge } from "@/features/commitments/components/status-badge";
import { useLabels } from "@/features/commitments/use-labels";
import { AsOfLock } from "@/features/filters/components/as-of-lock";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { ReviewControl } from "@/features/status/components/review-control";
import { StaleFlag } from "@/features/status/components/stale-flag";
import { type SavedUpdate, StatusUpdateForm } from "@/features/status/components/status-update-form";
import { UpdateHistory } from "@/features/status/components/update-history";
import { commitmentAsOf, endOfDayUtc } from "@/features/status/resolve-as-of";
import { offerUndo } from "@/features/status/undo-toast-store";
import { activeStatusEvents } from "@/features/status/update-events";
import { useTracker } from "../use-tracker";
import { NotFound } from "./not-found";
import { ViewFilters } from "./view-filters";

export function CommitmentDetailRoute() {
  const { commitmentId = "" } = useParams();
  // Keyed by id: another commitment's page starts fresh (no "Saved" message or draft carried over).
  return <CommitmentDetail key={commitmentId} commitmentId={commitmentId} />;
}

function CommitmentDetail({ commitmentId }: { commitmentId: string }) {
  const { dataset, all, events, problems, filters, stale } = useTracker();
  const [saved, setSaved] = useState<SavedUpdate | null>(null);
  const { t } = useTranslation(["commitments", "app"]);
  const labels = useLabels();
  const localize = useLocalize();
  const item = all.find((candidate) => candidate.commitment.id === commitmentId);
  if (!item) {
    if (problems.some((problem) => problem.commitmentId === commitmentId)) {
      return (
        <Message tone="warning" titleAs="h1" title={t("detail.notShownTitle", { id: commitmentId })}>
          <p>{t("detail.notShownText")}</p>
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
      <title>{t("app:documentTitle", { page: title })}</title>
      {initiative && (
        <p className="breadcrumb">
          <LinkWithFilters to={paths.initiative.href(initiative.id)}>
            <Localized text={initiative.title} />
          </LinkWithFilters>
        </p>
      )}
      <h1>
        <Localized text={commitment.title} />
      </h1>
      <p className="detail__overall">
        {t("detail.overall")} <StatusBadge status={item.overall} />
        {item.diverging && <span className="diverging-tag">{t("sidesDiffer")}</span>}
        <StaleFlag commitmentId={commitment.id} />
      </p>
      <p>
        <Localized text={commitment.description} />
      </p>
      <figure className="source-quote">
        {/* The announcement's words, verbatim and in English whatever the page's language (WCAG 3.1.2). */}
        <blockquote cite={dataset.source.url} lang="en">
          <p>{commitment.sourceQuote}</p>
        </blockquote>
        <figcaption>
          {t("detail.quoteFrom", { title: "\uE000" })
            .split("\uE000")
            .map((part, index) =>
              index === 0
                ? part
                : [
                    <span key="title" lang="en">
                      {dataset.source.title}
                    </span>,
                    part,
                  ],
            )}
        </figcaption>
        {commitment.sourceQuoteTranslation?.fr && (
          // A translation, said to be one: the quote above is what was announced.
          <div className="source-quote__translation" lang="fr">
            <p className="source-quote__translation-label">{t("detail.translation")}</p>
            <p>{commitment.sourceQuoteTranslation.fr}</p>
          </div>
        )}
      </figure>
      <dl className="facts">
        <dt>{t("detail.parties")}</dt>
        <dd>{labels.parties(commitment.parties)}</dd>
        {commitment.lead && (
          <>
            <dt>{t("detail.ledBy")}</dt>
            <dd>{labels.party(commitment.lead)}</dd>
          </>
        )}
        <dt>{t("detail.themes")}</dt>
        <dd>{themes.map((theme) => localize(theme.title)).join(", ") || t("detail.none")}</dd>
        {commitment.sectors && (
          <>
            {/* Sector ids (civil, commercial…) have no translation in the data: shown as English. */}
            <dt>{t("detail.sectors")}</dt>
            <dd lang="en">{commitment.sectors.map((sector) => sector.replaceAll("-", " ")).join(", ")}</dd>
          </>
        )}
        <dt>{t("detail.eachSide")}</dt>
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
            offerUndo(update.batchId, {
              kind: "saved",
              title: item.commitment.title,
              changes: update.changes,
            });
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
      {/* After the commitment, not between its status and its text: here the bar finds other commitments. */}
      <ViewFilters />
    </article>
  );
}
