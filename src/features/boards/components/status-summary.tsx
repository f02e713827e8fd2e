import { StackedBar } from "@/components/ui/stacked-bar";
import { statusIds } from "@/features/commitments/dataset-schema";
import { statusGlyphs, statusLabels } from "@/features/commitments/status";
import type { StatusCounts } from "../progress";

type StatusSummaryProps = { counts: StatusCounts };

/** The split by status: a bar for the eye and the counts as text for everyone. */
export function StatusSummary({ counts }: StatusSummaryProps) {
  return (
    <div className="status-summary">
      <StackedBar
        segments={statusIds.map((status) => ({
          key: status,
          count: counts[status],
          className: `status--${status}`,
        }))}
      />
      <ul className="status-summary__legend" aria-label="Commitments by status">
        {statusIds.map((status) => (
          <li key={status} className={counts[status] === 0 ? "is-zero" : undefined}>
            <span className={`legend-swatch status--${status}`} aria-hidden="true">
              {statusGlyphs[status]}
            </span>
            {statusLabels[status].en}: <strong>{counts[status]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
