import { SafeExternalLink } from "@/components/ui/safe-external-link";
import type { Commitment } from "@/features/commitments/dataset-schema";
import { partyLabels, statusLabels } from "@/features/commitments/status";
import { type HistoryEntryState, historyEntries } from "../history-entries";
import type { LocalEvent } from "../update-events";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

const stateTags: Record<HistoryEntryState, string | null> = {
  published: null,
  pending: "made in this browser, not yet published",
  undone: "undone",
  superseded: "made in this browser; the published file is newer",
};

type UpdateHistoryProps = { commitment: Commitment; localEvents: readonly LocalEvent[]; publishedAt: string };

export function UpdateHistory({ commitment, localEvents, publishedAt }: UpdateHistoryProps) {
  const entries = historyEntries(commitment, localEvents, publishedAt);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History of updates</h2>
      {entries.length === 0 ? (
        <p>No update yet: the statuses are as published with the announcement.</p>
      ) : (
        <ol className="history">
          {entries.map(({ event, state }) => (
            <li key={event.id} className={`history__entry history__entry--${state}`}>
              <p>
                <time dateTime={event.at}>{dateFormat.format(new Date(event.at))}</time> —{" "}
                {event.author ? `${event.author}: ` : ""}
                {partyLabels[event.party].en} → <strong>{statusLabels[event.status].en}</strong>
                {stateTags[state] && (
                  <span className={`history-tag history-tag--${state}`}>{stateTags[state]}</span>
                )}
              </p>
              {event.note && <p className="history__note">{event.note}</p>}
              {event.evidenceUrl && <SafeExternalLink href={event.evidenceUrl}>Evidence</SafeExternalLink>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
