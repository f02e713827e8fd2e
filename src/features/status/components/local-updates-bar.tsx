import { announce } from "@/components/ui/live-announcer";
import { localize } from "@/features/commitments/localize";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { describeChanges } from "@/features/commitments/status";
import { focusMainHeading } from "@/lib/focus-main-heading";
import { lastUndoableBatch } from "../update-events";
import { useUpdateActions, useUpdateEvents, useUpdatesStore } from "../updates-store";

type LocalUpdatesBarProps = {
  /** Every commitment (not only the filtered ones): what this browser changed is counted over all. */
  items: readonly ResolvedCommitment[];
};

/** Says how many statuses come from this browser's updates, and undoes the last one. */
export function LocalUpdatesBar({ items }: LocalUpdatesBarProps) {
  const events = useUpdateEvents();
  const { lastUpdateUndone } = useUpdateActions();
  const pending = items.reduce((sum, item) => sum + item.pendingParties.length, 0);
  const lastBatch = lastUndoableBatch(events);
  const first = lastBatch[0];
  if (pending === 0 && !first) return null;
  const lastItem = first && items.find((item) => item.commitment.id === first.commitmentId);
  const description = first
    ? `${lastItem ? localize(lastItem.commitment.title) : first.commitmentId} — ${describeChanges(lastBatch)}`
    : "";
  const undo = () => {
    lastUpdateUndone();
    announce(`Undone: ${description}.`);
    // With nothing left to undo this button goes away: give focus a place to land.
    if (lastUndoableBatch(useUpdatesStore.getState().events).length === 0) focusMainHeading();
  };
  return (
    <section className="local-updates" aria-label="Updates made in this browser">
      <p>
        {pending === 1 ? "1 status comes" : `${pending} statuses come`} from updates made in this browser, not
        yet in the published file.
      </p>
      {first && (
        <p className="local-updates__undo">
          <button type="button" className="button" onClick={undo} aria-describedby="last-update">
            Undo last update
          </button>
          <span id="last-update" className="local-updates__what">
            Last update: {description}
          </span>
        </p>
      )}
    </section>
  );
}
