// What run-bench.ts records and compare.ts reads back: one median rule, one name for failed runs.

/** The middle value (the mean of the two middle ones for an even count); null when there is none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const FAILED = " (failed)";

/** The key under which a measure's failed runs are counted (each failed run adds a 1). */
export const failedKey = (measure: string) => `${measure}${FAILED}`;

/** The measure a key of the report is about, and whether the key counts its failed runs. */
export function readKey(key: string): { measure: string; failed: boolean } {
  return key.endsWith(FAILED)
    ? { measure: key.slice(0, -FAILED.length), failed: true }
    : { measure: key, failed: false };
}

/** The measure the Long Tasks API gives, which reports only tasks longer than 50 ms. */
export const LONGEST_TASK = "longest main-thread task during load";

/**
 * A median as the tables show it. A longest task under 50 ms is one the API cannot have reported: 0 when
 * no task was longer (not a task of 0 ms), or the mean of 0 and a long task's length for an even count.
 */
export function msText(measure: string, ms: number): string {
  return measure === LONGEST_TASK && ms < 50 ? "< 50 ms" : `${Math.round(ms)} ms`;
}
