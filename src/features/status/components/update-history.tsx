import { SafeExternalLink } from "@/components/ui/safe-external-link";
import type { Commitment, StatusEvent } from "@/features/commitments/dataset-schema";
import { partyLabels, statusLabels } from "@/features/commitments/status";
import { type LocalEvent, retractedBatches } from "../update-events";

type HistoryEntry = { event: StatusEvent; source: "published" | "local"; undone: boolean };

/** The published history and this browser's updates, newest first. Undone updates stay, marked as such. */
export function historyEntries(commitment: Commitment, localEvents: readonly LocalEvent[]): HistoryEntry[] {
  const retracted = retractedBatches(localEvents);
  const publishedIds = new Set(commitment.history.map((event) => event.id));
  const local: HistoryEntry[] = localEvents
    .filter(
      (event) =>
        event.kind === "status" && event.commitmentId === commitment.id && !publishedIds.has(event.id),
    )
    .map((event) => ({
      event: event as StatusEvent,
      source: "local",
      undone: event.kind === "status" && retracted.has(event.batchId),
    }));
  const published: HistoryEntry[] = commitment.history.map((event) => ({
    event,
    source: "published",
    undone: false,
  }));
  return [...published, ...local].sort((a, b) => Date.parse(b.event.at) - Date.parse(a.event.at));
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

type UpdateHistoryProps = { commitment: Commitment; localEvents: readonly LocalEvent[] };

export function UpdateHistory({ commitment, localEvents }: UpdateHistoryProps) {
  const entries = historyEntries(commitment, localEvents);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History of updates</h2>
      {entries.length === 0 ? (
        <p>No update yet: the statuses are as published with the announcement.</p>
      ) : (
        <ol className="history">
          {entries.map(({ event, source, undone }) => (
            <li
              key={event.id}
              className={undone ? "history__entry history__entry--undone" : "history__entry"}
            >
              <p>
                <time dateTime={event.at}>{dateFormat.format(new Date(event.at))}</time> —{" "}
                {event.author ? `${event.author}: ` : ""}
                {partyLabels[event.party].en} → <strong>{statusLabels[event.status].en}</strong>
                {source === "local" && <span className="pending-tag">made in this browser</span>}
                {undone && <span className="undone-tag">undone</span>}
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
