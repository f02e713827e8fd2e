import { useState } from "react";
import { useParams } from "react-router";
import { paths } from "@/config/paths";
import { PartyStatuses } from "@/features/commitments/components/party-statuses";
import { StatusBadge } from "@/features/commitments/components/status-badge";
import { localize } from "@/features/commitments/localize";
import { partyLabels } from "@/features/commitments/status";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { StatusUpdateForm } from "@/features/status/components/status-update-form";
import { UpdateHistory } from "@/features/status/components/update-history";
import { useTracker } from "../use-tracker";
import { NotFound } from "./not-found";

export function CommitmentDetailRoute() {
  const { commitmentId } = useParams();
  const { dataset, all, events } = useTracker();
  const [saved, setSaved] = useState("");
  if (!dataset) return null;
  const item = all.find((candidate) => candidate.commitment.id === commitmentId);
  if (!item) return <NotFound what="commitment" id={commitmentId ?? ""} />;

  const { commitment } = item;
  const title = localize(commitment.title);
  const initiative = dataset.initiatives.find((candidate) => candidate.id === commitment.initiativeId);
  const themes = dataset.themes.filter((theme) => commitment.themes.includes(theme.id));
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
            <dd>{commitment.sectors.join(", ")}</dd>
          </>
        )}
        <dt>Each side</dt>
        <dd>
          <PartyStatuses item={item} />
        </dd>
      </dl>
      <StatusUpdateForm key={JSON.stringify(item.statuses)} item={item} onSaved={setSaved} />
      <p role="status" className="saved-message">
        {saved}
      </p>
      <UpdateHistory commitment={commitment} localEvents={events} />
    </article>
  );
}
