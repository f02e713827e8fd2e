import type { Status } from "../dataset-schema";
import { statusGlyphs, statusLabels } from "../status";

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
