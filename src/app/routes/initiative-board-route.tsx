import { useState } from "react";
import { useParams } from "react-router";
import { ProgressBar } from "@/components/ui/progress-bar";
import { StatusBoard } from "@/features/boards/components/status-board";
import { countByStatus, progressPercent } from "@/features/boards/progress";
import type { Status } from "@/features/commitments/dataset-schema";
import { localize } from "@/features/commitments/localize";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { partyChangesForMove, partyLabels, statusLabels } from "@/features/commitments/status";
import { useUpdateActions } from "@/features/status/updates-store";
import { useTracker } from "../use-tracker";
import { NotFound } from "./not-found";
import { onlyParty } from "./only-party";

export function InitiativeBoardRoute() {
  const { initiativeId } = useParams();
  const { dataset, visible, filters } = useTracker();
  const { statusChanged } = useUpdateActions();
  const [announcement, setAnnouncement] = useState("");
  if (!dataset) return null;
  const initiative = dataset.initiatives.find((candidate) => candidate.id === initiativeId);
  if (!initiative) return <NotFound what="initiative" id={initiativeId ?? ""} />;

  const party = onlyParty(filters);
  const items = visible.filter(
    (item) =>
      item.commitment.initiativeId === initiative.id && (!party || item.commitment.parties.includes(party)),
  );
  const title = localize(initiative.title);
  const percent = progressPercent(countByStatus(items, party));

  const move = (item: ResolvedCommitment, target: Status) => {
    const parties = party ? [party] : partyChangesForMove(item.commitment.parties, item.statuses, target);
    statusChanged({
      commitmentId: item.commitment.id,
      changes: parties.map((p) => ({ party: p, status: target })),
    });
    setAnnouncement(
      `Moved “${localize(item.commitment.title)}” to ${statusLabels[target].en}` +
        ` (${parties.map((p) => partyLabels[p].en).join(" and ")}).`,
    );
  };

  return (
    <>
      <title>{`${title} — US–France commitments tracker`}</title>
      <h1>{title}</h1>
      <p className="lede">{localize(initiative.summary)}</p>
      <div className="board-progress">
        <p>{percent === null ? "Nothing counts toward progress yet." : `${Math.round(percent)}% done`}</p>
        <ProgressBar percent={percent ?? 0} label={`Progress of ${title}`} />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {items.length === 0 ? (
        <p className="empty">No commitment of this initiative matches the filters.</p>
      ) : (
        <StatusBoard items={items} party={party} onMove={move} />
      )}
    </>
  );
}
