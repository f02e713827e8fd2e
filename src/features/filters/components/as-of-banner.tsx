import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ClockIcon } from "@/components/ui/clock-icon";
import { useFormat } from "@/lib/intl-format";
import { type Filters, serializeFilterParams } from "../filter-params";

type AsOfBannerProps = {
  asOf: string;
  /** The filters in effect: "Back to today" keeps them. */
  filters: Filters;
  /** Some status on screen comes from an update made in this browser by then, which a link does not carry. */
  includesLocalUpdates: boolean;
};

/** Says that the page shows a past day, how that day is read, and the way back to today. */
export function AsOfBanner({ asOf, filters, includesLocalUpdates }: AsOfBannerProps) {
  const { t } = useTranslation("time");
  const format = useFormat();
  const { pathname } = useLocation();
  return (
    <section className="as-of-banner" aria-labelledby="as-of-title">
      <p id="as-of-title" className="as-of-banner__title">
        <ClockIcon /> {t("asOf.title", { day: format.date(asOf) })}
      </p>
      <p>
        {t("asOf.explained")} {includesLocalUpdates ? t("asOf.includesLocal") : t("asOf.sameForAll")}
      </p>
      <p>
        <Link className="button" to={{ pathname, search: serializeFilterParams({ ...filters, asOf: null }) }}>
          {t("asOf.backToToday")}
        </Link>
      </p>
    </section>
  );
}
