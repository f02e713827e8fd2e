import { useTranslation } from "react-i18next";
import { StackedBar } from "@/components/ui/stacked-bar";
import { statusGlyphs } from "@/features/commitments/status";
import { statusIds } from "@/features/commitments/status-event-schema";
import type { StatusCounts } from "../progress";

type StatusSummaryProps = { counts: StatusCounts };

/** The split by status: a bar for the eye and the counts as text for everyone. */
export function StatusSummary({ counts }: StatusSummaryProps) {
  const { t } = useTranslation(["boards", "commitments"]);
  return (
    <div className="status-summary">
      <StackedBar
        segments={statusIds.map((status) => ({
          key: status,
          count: counts[status],
          className: `status--${status}`,
        }))}
      />
      <ul className="status-summary__legend" aria-label={t("board.byStatus")}>
        {statusIds.map((status) => (
          <li key={status} className={counts[status] === 0 ? "is-zero" : undefined}>
            <span className={`legend-swatch status--${status}`} aria-hidden="true">
              {statusGlyphs[status]}
            </span>
            {t(`commitments:status.${status}`)}: <strong>{counts[status]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
