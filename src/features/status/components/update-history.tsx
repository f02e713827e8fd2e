import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { SafeExternalLink } from "@/components/ui/safe-external-link";
import type { Commitment } from "@/features/commitments/dataset-schema";
import { useFormat } from "@/lib/intl-format";
import { historyEntries } from "../history-entries";
import type { Say } from "../say";
import { dayFormatter, timelineLine } from "../timeline";
import type { LocalEvent } from "../update-events";

/** Where an evidence link leads, so the reader sees it before following it. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

type UpdateHistoryProps = { commitment: Commitment; localEvents: readonly LocalEvent[]; publishedAt: string };

/** The published history and this browser's updates, newest first, each told as a sentence. */
export function UpdateHistory({ commitment, localEvents, publishedAt }: UpdateHistoryProps) {
  const { t } = useTranslation("status");
  const format = useFormat();
  const entries = historyEntries(commitment, localEvents, publishedAt);
  const day = useMemo(() => dayFormatter({ locale: format.lang === "fr" ? "fr" : "en-GB" }), [format.lang]);
  const say: Say = (key, values) => String(t(key as never, values as never));
  const singleParty = commitment.parties.length === 1;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t("history.title")}</h2>
      {entries.length === 0 ? (
        <p>{t("history.empty")}</p>
      ) : (
        <ol className="history">
          {entries.map(({ event, state }) => (
            <li key={event.id} className={`history__entry history__entry--${state}`}>
              <p className="history__line">{timelineLine(event, { singleParty, day, say })}</p>
              <p className="history__meta">
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                {state !== "published" && (
                  <span className={`history-tag history-tag--${state}`}>{t(`history.${state}`)}</span>
                )}
                {event.evidenceUrl && (
                  <SafeExternalLink href={event.evidenceUrl}>
                    {t("history.evidence")} ({hostOf(event.evidenceUrl)})
                  </SafeExternalLink>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
