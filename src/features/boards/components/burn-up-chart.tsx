import type { TFunction } from "i18next";
import { memo, useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, useFormat } from "@/lib/intl-format";
import type { Lang } from "@/lib/languages";
import type { BurnUpPoint } from "../burn-up";

type BurnUpChartProps = { series: readonly BurnUpPoint[] };

const dayTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The chart in words: where done and the total started and ended (a series has at least one point). */
export function burnUpSummary(series: readonly BurnUpPoint[], t: TFunction<"time">, lang: Lang): string {
  const first = series[0] ?? { day: "", done: 0, total: 0 };
  const last = series.at(-1) ?? first;
  if (first.day === last.day) {
    return t("burnUp.summaryOneDay", { day: formatDate(lang, last.day), done: last.done, total: last.total });
  }
  return t("burnUp.summary", {
    first: formatDate(lang, first.day),
    last: formatDate(lang, last.day),
    doneBefore: first.done,
    doneAfter: last.done,
    totalBefore: first.total,
    totalAfter: last.total,
  });
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
 * Memoised: its series changes in a deferred render, not in the one that moves a card (decision 018).
 */
export const BurnUpChart = memo(function BurnUpChart({ series }: BurnUpChartProps) {
  const { t } = useTranslation("time");
  const format = useFormat();
  const id = useId();
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return null;
  const top = Math.max(1, ...series.map((point) => point.total), ...series.map((point) => point.done));
  const summary = burnUpSummary(series, t, format.lang);
  return (
    <section className="burn-up" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("burnUp.heading")}</h2>
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
          <title id={`${id}-title`}>{t("burnUp.imageTitle", { summary })}</title>
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
        <span>{format.date(first.day, "medium")}</span>
        {last.day !== first.day && <span>{format.date(last.day, "medium")}</span>}
      </div>
      <ul className="burn-up__legend" aria-hidden="true">
        <li>
          <span className="burn-up__key burn-up__key--done" /> {t("burnUp.done")}
        </li>
        <li>
          <span className="burn-up__key burn-up__key--total" /> {t("burnUp.total")}
        </li>
      </ul>
      <details className="burn-up__data">
        <summary>{t("burnUp.data")}</summary>
        <table>
          <caption className="visually-hidden">
            Done and total (all but dropped) at the end of each day
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("burnUp.day")}</th>
              <th scope="col">{t("burnUp.done")}</th>
              <th scope="col">{t("burnUp.total")}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.day}>
                <th scope="row">
                  <time dateTime={point.day}>{format.date(point.day)}</time>
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
});
