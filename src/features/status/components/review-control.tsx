import { useState } from "react";
import { useTranslation } from "react-i18next";
import { announce } from "@/components/ui/live-announcer";
import { dayOf } from "@/lib/days";
import { useFormat } from "@/lib/intl-format";
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
  const { t } = useTranslation("time");
  const format = useFormat();
  const { reviewMarked, reviewUndone } = useUpdateActions();
  const [batchId, setBatchId] = useState<string | null>(null);
  // The review just made, while it stands (another tab, or Undo, may take it back).
  const standing = batchId !== null && activeReviewEvents(events).some((event) => event.batchId === batchId);
  return (
    <section className="review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t("review.heading")}</h2>
      <p>
        {lastReviewed === undefined
          ? t("review.never")
          : t("review.last", { day: format.date(dayOf(lastReviewed)) })}{" "}
        <StaleFlag commitmentId={commitmentId} />
      </p>
      <p className="review__actions">
        <button
          type="button"
          className="button"
          aria-describedby="review-explained"
          onClick={() => {
            setBatchId(reviewMarked({ commitmentId }));
            announce(t("review.announceMarked"));
          }}
        >
          {t("review.mark")}
        </button>
        {standing && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              reviewUndone(batchId);
              announce(t("review.announceUndone"));
            }}
          >
            {t("review.undo")}
          </button>
        )}
      </p>
      <p id="review-explained" className="form-hint">
        {standing ? t("review.marked") : t("review.explained")}
      </p>
    </section>
  );
}
