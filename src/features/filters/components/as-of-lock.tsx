import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/lib/intl-format";

type AsOfLockProps = { asOf: string | null; children: ReactNode };

/**
 * Controls that change statuses, disabled while the page shows a past day: a change is made today, and
 * would not show on the page one is looking at. The fieldset disables every control inside it at once.
 */
export function AsOfLock({ asOf, children }: AsOfLockProps) {
  const { t } = useTranslation("time");
  const format = useFormat();
  if (!asOf) return children;
  return (
    <fieldset className="as-of-lock" disabled>
      <legend className="as-of-lock__note">{t("asOf.locked", { day: format.date(asOf) })}</legend>
      {children}
    </fieldset>
  );
}
