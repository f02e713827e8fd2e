import { localize } from "@/features/commitments/localize";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { partyLabels, statusLabels } from "@/features/commitments/status";
import { lastUndoableBatch } from "../update-events";
import { useUpdateActions, useUpdateEvents } from "../updates-store";

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
  return (
    <section className="local-updates" aria-label="Updates made in this browser">
      <p>
        {pending === 1 ? "1 status comes" : `${pending} statuses come`} from updates made in this browser, not
        yet in the published file.
      </p>
      {first && (
        <p className="local-updates__undo">
          <button type="button" className="button" onClick={lastUpdateUndone} aria-describedby="last-update">
            Undo last update
          </button>
          <span id="last-update" className="local-updates__what">
            Last update: {lastItem ? localize(lastItem.commitment.title) : first.commitmentId} —{" "}
            {lastBatch
              .map((event) => `${partyLabels[event.party].en} → ${statusLabels[event.status].en}`)
              .join(", ")}
          </span>
        </p>
      )}
    </section>
  );
}
