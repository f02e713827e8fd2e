import type { Status } from "../dataset-schema";
import { statusLabels } from "../status";

// A shape per status, so that status is never told by colour alone.
export const statusGlyphs: Record<Status, string> = {
  not_started: "○",
  in_progress: "◐",
  at_risk: "▲",
  done: "✓",
  dropped: "✕",
};

type StatusBadgeProps = { status: Status };

export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <span className={`status-badge status--${status}`}>
      <span className="status-badge__glyph" aria-hidden="true">
        {statusGlyphs[status]}
      </span>
      {statusLabels[status].en}
    </span>
  );
}
