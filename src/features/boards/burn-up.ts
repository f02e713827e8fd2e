import type { Party, Status } from "@/features/commitments/dataset-schema";
import { DEFAULT_STATUS, overallStatus } from "@/features/commitments/status";

// The burn-up chart of a board (issue 6, "progress over time"): how many commitments were done, and how
// many counted toward progress (all but dropped), at the end of each day something changed.

/** A commitment's statuses over time, side by side: what the status feature's timelines give. */
export type CommitmentHistory = {
  parties: readonly Party[];
  changes: Partial<Record<Party, readonly { at: number; status: Status }[]>>;
};

export type BurnUpPoint = { day: string; done: number; total: number };

const DAY = 24 * 60 * 60 * 1000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The series, one point per UTC day on which something changed, from the day before the first change to
 * the day of `end` (included). Narrowed to one side, that side's status counts (as on the board).
 */
export function burnUpSeries(
  histories: readonly CommitmentHistory[],
  end: number,
  party: Party | null,
): BurnUpPoint[] {
  const statuses = histories.map(() => ({}) as Partial<Record<Party, Status>>);
  const shown = (index: number): Status | undefined => {
    const history = histories[index] as CommitmentHistory;
    if (party)
      return history.parties.includes(party) ? (statuses[index]?.[party] ?? DEFAULT_STATUS) : undefined;
    return overallStatus(history.parties, statuses[index] ?? {});
  };
  const changes: { at: number; index: number; party: Party; status: Status }[] = [];
  histories.forEach((history, index) => {
    for (const side of history.parties) {
      for (const change of history.changes[side] ?? []) {
        if (change.at <= end) changes.push({ at: change.at, index, party: side, status: change.status });
      }
    }
  });
  // Stable: a side's changes of the same instant keep their order (the last one stands).
  changes.sort((a, b) => a.at - b.at);

  let done = 0;
  let total = 0;
  const count = (index: number, sign: 1 | -1) => {
    const status = shown(index);
    if (status === undefined) return;
    if (status === "done") done += sign;
    if (status !== "dropped") total += sign;
  };
  for (let index = 0; index < histories.length; index += 1) count(index, 1);

  // Changes with no known time (a file without a date) are the starting point.
  let next = 0;
  while (next < changes.length && !Number.isFinite(changes[next]?.at)) {
    const change = changes[next++] as (typeof changes)[number];
    count(change.index, -1);
    (statuses[change.index] as Partial<Record<Party, Status>>)[change.party] = change.status;
    count(change.index, 1);
  }

  const points: BurnUpPoint[] = [];
  const first = changes[next];
  const lastDay = dayOf(end);
  points.push({ day: dayOf(first ? first.at - DAY : end), done, total });
  while (next < changes.length) {
    const day = dayOf((changes[next] as (typeof changes)[number]).at);
    while (next < changes.length && dayOf((changes[next] as (typeof changes)[number]).at) === day) {
      const change = changes[next++] as (typeof changes)[number];
      count(change.index, -1);
      (statuses[change.index] as Partial<Record<Party, Status>>)[change.party] = change.status;
      count(change.index, 1);
    }
    const point = { day, done, total };
    if (points.at(-1)?.day === day) points[points.length - 1] = point;
    else points.push(point);
  }
  if (points.at(-1)?.day !== lastDay && (points.at(-1)?.day ?? "") < lastDay)
    points.push({ day: lastDay, done, total });
  return points;
}
