import { useTranslation } from "react-i18next";
import type { Status } from "../dataset-schema";
import { statusGlyphs } from "../status";

type StatusBadgeProps = { status: Status };

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation("commitments");
  return (
    <span className={`status-badge status--${status}`}>
      <span className="status-badge__glyph" aria-hidden="true">
        {statusGlyphs[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
