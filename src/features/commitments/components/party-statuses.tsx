import type { ResolvedCommitment } from "../resolved-commitment";
import { DEFAULT_STATUS, partyLabels } from "../status";
import { StatusBadge } from "./status-badge";

type PartyStatusesProps = { item: ResolvedCommitment };

/** Each side's status, marking those that come from an update made in this browser. */
export function PartyStatuses({ item }: PartyStatusesProps) {
  return (
    <ul className="party-statuses">
      {item.commitment.parties.map((party) => (
        <li key={party}>
          <span className="party-statuses__party">{partyLabels[party].en}:</span>{" "}
          <StatusBadge status={item.statuses[party] ?? DEFAULT_STATUS} />
          {item.pendingParties.includes(party) && (
            <span className="pending-tag" title="Changed in this browser; not in the published file yet">
              updated here<span className="visually-hidden">, not yet published</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
