import { useTranslation } from "react-i18next";
import { announce } from "@/components/ui/live-announcer";
import { useLocalize } from "@/features/commitments/components/localized";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { useLabels } from "@/features/commitments/use-labels";
import { focusMainHeading } from "@/lib/focus-main-heading";
import { lastUndoableBatch } from "../update-events";
import { useUpdateActions, useUpdateEvents, useUpdatesStore } from "../updates-store";

type LocalUpdatesBarProps = {
  /** Every commitment (not only the filtered ones): what this browser changed is counted over all. */
  items: readonly ResolvedCommitment[];
};

/** Says how many statuses come from this browser's updates, and undoes the last one. */
export function LocalUpdatesBar({ items }: LocalUpdatesBarProps) {
  const { t } = useTranslation(["status", "team"]);
  const labels = useLabels();
  const localize = useLocalize();
  const events = useUpdateEvents();
  const { lastUpdateUndone } = useUpdateActions();
  const pending = items.reduce((sum, item) => sum + item.pendingParties.length, 0);
  const lastBatch = lastUndoableBatch(events);
  const first = lastBatch[0];
  if (pending === 0 && !first) return null;
  const lastItem = first && items.find((item) => item.commitment.id === first.commitmentId);
  // A bulk update is one batch over several commitments: say how many, not only the first.
  const commitmentsInBatch = new Set(lastBatch.map((event) => event.commitmentId)).size;
  const description = !first
    ? ""
    : commitmentsInBatch > 1
      ? t("team:list.bulkLast", { count: commitmentsInBatch, changes: labels.changes(lastBatch.slice(0, 1)) })
      : `${lastItem ? localize(lastItem.commitment.title) : first.commitmentId} — ${labels.changes(lastBatch)}`;
  const undo = () => {
    lastUpdateUndone();
    announce(t("local.undone", { description }));
    // With nothing left to undo this button goes away: give focus a place to land.
    if (lastUndoableBatch(useUpdatesStore.getState().events).length === 0) focusMainHeading();
  };
  return (
    <section className="local-updates" aria-label={t("local.label")}>
      <p>{t("local.pending", { count: pending })}</p>
      {first && (
        <p className="local-updates__undo">
          <button type="button" className="button" onClick={undo} aria-describedby="last-update">
            {t("local.undo")}
          </button>
          <span id="last-update" className="local-updates__what">
            {t("local.last", { description })}
          </span>
        </p>
      )}
    </section>
  );
}
