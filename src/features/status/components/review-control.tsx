import { useState } from "react";
import { announce } from "@/components/ui/live-announcer";
import { formatDay } from "@/lib/days";
import { activeReviewEvents, type LocalEvent } from "../update-events";
import { useUpdateActions } from "../updates-store";
import { StaleFlag } from "./stale-flag";

type ReviewControlProps = {
  commitmentId: string;
  /** When the statuses were last reviewed (a status or review event), in milliseconds; undefined: never. */
  lastReviewed: number | undefined;
  events: readonly LocalEvent[];
};

/** When the statuses were last looked at, and "Mark as reviewed": a review event, without a status change. */
export function ReviewControl({ commitmentId, lastReviewed, events }: ReviewControlProps) {
  const { reviewMarked, reviewUndone } = useUpdateActions();
  const [batchId, setBatchId] = useState<string | null>(null);
  // The review just made, while it stands (another tab, or Undo, may take it back).
  const standing = batchId !== null && activeReviewEvents(events).some((event) => event.batchId === batchId);
  return (
    <section className="review" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <p>
        {lastReviewed === undefined
          ? "No one has updated or reviewed these statuses yet."
          : `Statuses last updated or reviewed on ${formatDay(lastReviewed)}.`}{" "}
        <StaleFlag commitmentId={commitmentId} />
      </p>
      <p className="review__actions">
        <button
          type="button"
          className="button"
          aria-describedby="review-explained"
          onClick={() => {
            setBatchId(reviewMarked({ commitmentId }));
            announce("Marked as reviewed: the statuses are unchanged.");
          }}
        >
          Mark as reviewed
        </button>
        {standing && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              reviewUndone(batchId);
              announce("Review undone.");
            }}
          >
            Undo review
          </button>
        )}
      </p>
      <p id="review-explained" className="form-hint">
        {standing
          ? "Marked as reviewed today: the statuses are unchanged."
          : "Records that you checked the statuses and they still hold, without changing them."}
      </p>
    </section>
  );
}
