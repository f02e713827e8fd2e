import { useId } from "react";
import { formatDay } from "@/lib/days";
import type { BurnUpPoint } from "../burn-up";

type BurnUpChartProps = { series: readonly BurnUpPoint[] };

const shortDay = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dayTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The chart in words: where done and the total started and ended. */
export function burnUpSummary(series: readonly BurnUpPoint[]): string {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return "Nothing to show.";
  if (series.length === 1 || first.day === last.day) {
    return `On ${formatDay(last.day)}, ${last.done} of ${last.total} commitments counted (all but dropped) were done.`;
  }
  return `From ${formatDay(first.day)} to ${formatDay(last.day)}, done went from ${first.done} to ${last.done}, and the total counted (all but dropped) from ${first.total} to ${last.total}.`;
}

/** A step line through the series, in a 100 × 100 box (the SVG stretches it to its size). */
function stepPath(
  series: readonly BurnUpPoint[],
  value: (point: BurnUpPoint) => number,
  top: number,
): string {
  const start = dayTime(series[0]?.day ?? "");
  const span = Math.max(dayTime(series.at(-1)?.day ?? "") - start, 1);
  const x = (point: BurnUpPoint) => (series.length === 1 ? 100 : ((dayTime(point.day) - start) / span) * 100);
  const y = (point: BurnUpPoint) => 100 - (value(point) / top) * 100;
  return series
    .map((point, index) =>
      index === 0 ? `M ${series.length === 1 ? 0 : x(point)} ${y(point)}` : `H ${x(point)} V ${y(point)}`,
    )
    .join(" ");
}

/**
 * Done and the total over time, drawn by hand (no chart library in the board's chunk). The drawing is an
 * image named by its summary sentence; the numbers are in a table for whoever wants them exactly.
 */
export function BurnUpChart({ series }: BurnUpChartProps) {
  const id = useId();
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return null;
  const top = Math.max(1, ...series.map((point) => point.total), ...series.map((point) => point.done));
  const summary = burnUpSummary(series);
  return (
    <section className="burn-up" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Progress over time</h2>
      <p id={`${id}-summary`}>{summary}</p>
      <div className="burn-up__plot">
        <div className="burn-up__y" aria-hidden="true">
          <span>{top}</span>
          <span>0</span>
        </div>
        <svg
          className="burn-up__svg"
          role="img"
          aria-labelledby={`${id}-title`}
          viewBox="0 0 100 100"
          preserveAspectRatio="none"
        >
          <title id={`${id}-title`}>{`Progress over time. ${summary}`}</title>
          <line className="burn-up__grid" x1="0" y1="0" x2="100" y2="0" vectorEffect="non-scaling-stroke" />
          <line className="burn-up__grid" x1="0" y1="50" x2="100" y2="50" vectorEffect="non-scaling-stroke" />
          <line
            className="burn-up__axis"
            x1="0"
            y1="100"
            x2="100"
            y2="100"
            vectorEffect="non-scaling-stroke"
          />
          <path
            className="burn-up__total"
            d={stepPath(series, (p) => p.total, top)}
            vectorEffect="non-scaling-stroke"
          />
          <path
            className="burn-up__done"
            d={stepPath(series, (p) => p.done, top)}
            vectorEffect="non-scaling-stroke"
          />
        </svg>
      </div>
      <div className="burn-up__x" aria-hidden="true">
        <span>{shortDay.format(dayTime(first.day))}</span>
        {last.day !== first.day && <span>{shortDay.format(dayTime(last.day))}</span>}
      </div>
      <ul className="burn-up__legend" aria-hidden="true">
        <li>
          <span className="burn-up__key burn-up__key--done" /> Done
        </li>
        <li>
          <span className="burn-up__key burn-up__key--total" /> Total (all but dropped)
        </li>
      </ul>
      <details className="burn-up__data">
        <summary>The chart's data, day by day</summary>
        <table>
          <caption className="visually-hidden">
            Done and total (all but dropped) at the end of each day
          </caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Done</th>
              <th scope="col">Total (all but dropped)</th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.day}>
                <th scope="row">
                  <time dateTime={point.day}>{formatDay(point.day)}</time>
                </th>
                <td>{point.done}</td>
                <td>{point.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
