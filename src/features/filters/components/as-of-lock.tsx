import type { ReactNode } from "react";
import { formatDay } from "@/lib/days";

type AsOfLockProps = { asOf: string | null; children: ReactNode };

/**
 * Controls that change statuses, disabled while the page shows a past day: a change is made today, and
 * would not show on the page one is looking at. The fieldset disables every control inside it at once.
 */
export function AsOfLock({ asOf, children }: AsOfLockProps) {
  if (!asOf) return children;
  return (
    <fieldset className="as-of-lock" disabled>
      <legend className="as-of-lock__note">
        You are looking at {formatDay(asOf)}: go back to today to make changes.
      </legend>
      {children}
    </fieldset>
  );
}
