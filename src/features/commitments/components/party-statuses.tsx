import { useTranslation } from "react-i18next";
import type { ResolvedCommitment } from "../resolved-commitment";
import { DEFAULT_STATUS } from "../status";
import { StatusBadge } from "./status-badge";

type PartyStatusesProps = { item: ResolvedCommitment };

/** Each side's status, marking those that come from an update made in this browser. */
export function PartyStatuses({ item }: PartyStatusesProps) {
  const { t } = useTranslation("commitments");
  return (
    <ul className="party-statuses">
      {item.commitment.parties.map((party) => (
        <li key={party}>
          <span className="party-statuses__party">{t(`party.${party}`)}:</span>{" "}
          <StatusBadge status={item.statuses[party] ?? DEFAULT_STATUS} />
          {item.pendingParties.includes(party) && (
            <span className="pending-tag" title={t("updatedHereHint")}>
              {t("updatedHere")}
              <span className="visually-hidden">{t("notYetPublished")}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
