import { Link, useLocation } from "react-router";
import { ClockIcon } from "@/components/ui/clock-icon";
import { formatDay } from "@/lib/days";
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
  const { pathname } = useLocation();
  const day = formatDay(asOf);
  return (
    <section className="as-of-banner" aria-labelledby="as-of-title">
      <p id="as-of-title" className="as-of-banner__title">
        <ClockIcon /> Showing the tracker as it stood at the end of {day}
      </p>
      <p>
        Statuses are those of the published history by the end of that day (UTC).{" "}
        {includesLocalUpdates
          ? "They include updates made in this browser by then that are not published yet: someone opening this link sees the published statuses without them."
          : "Anyone opening this link sees the same statuses."}
      </p>
      <p>
        <Link className="button" to={{ pathname, search: serializeFilterParams({ ...filters, asOf: null }) }}>
          Back to today
        </Link>
      </p>
    </section>
  );
}
