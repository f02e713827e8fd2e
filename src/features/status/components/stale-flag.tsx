import { createContext, memo, useContext } from "react";
import { useTranslation } from "react-i18next";
import { ClockIcon } from "@/components/ui/clock-icon";
import type { Staleness } from "../staleness";

/**
 * Which commitments are stale, for the flags on cards and rows. A context, so that a memoised card or row
 * does not render again for a change of staleness: only the flags that read it do.
 */
export const StalenessContext = createContext<Staleness | null>(null);

type StaleFlagProps = { commitmentId: string };

/** "Not reviewed in 90 days", with an icon, where a commitment is stale: never told by colour alone. */
export function StaleFlag({ commitmentId }: StaleFlagProps) {
  const staleness = useContext(StalenessContext);
  // Every flag on screen runs this when any status changes (the staleness is new then): the words render
  // only where they show, and again only when the number of days changed.
  return staleness?.staleIds.has(commitmentId) ? <StaleTag days={staleness.days} /> : null;
}

const StaleTag = memo(function StaleTag({ days }: { days: number }) {
  const { t } = useTranslation("time");
  return (
    <span className="stale-tag">
      <ClockIcon /> {t("stale.flag", { count: days })}
    </span>
  );
});
