import { useTranslation } from "react-i18next";
import { SafeExternalLink } from "@/components/ui/safe-external-link";
import type { Commitment } from "@/features/commitments/dataset-schema";
import { useLabels } from "@/features/commitments/use-labels";
import { useFormat } from "@/lib/intl-format";
import { historyEntries } from "../history-entries";
import type { LocalEvent } from "../update-events";

type UpdateHistoryProps = { commitment: Commitment; localEvents: readonly LocalEvent[]; publishedAt: string };

export function UpdateHistory({ commitment, localEvents, publishedAt }: UpdateHistoryProps) {
  const { t } = useTranslation("status");
  const labels = useLabels();
  const format = useFormat();
  const entries = historyEntries(commitment, localEvents, publishedAt);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t("history.title")}</h2>
      {entries.length === 0 ? (
        <p>{t("history.empty")}</p>
      ) : (
        <ol className="history">
          {entries.map(({ event, state }) => (
            <li key={event.id} className={`history__entry history__entry--${state}`}>
              <p>
                <time dateTime={event.at}>{format.dateTime(event.at)}</time> —{" "}
                {event.author ? `${event.author}: ` : ""}
                {labels.party(event.party)} → <strong>{labels.status(event.status)}</strong>
                {state !== "published" && (
                  <span className={`history-tag history-tag--${state}`}>{t(`history.${state}`)}</span>
                )}
              </p>
              {event.note && <p className="history__note">{event.note}</p>}
              {event.evidenceUrl && (
                <SafeExternalLink href={event.evidenceUrl}>{t("history.evidence")}</SafeExternalLink>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
