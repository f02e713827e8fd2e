import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import type { ParsedDataset } from "../parse-dataset";
import { datasetQueryOptions, lastGoodCopyQueryOptions } from "./dataset-query";
import type { LastGoodCopy } from "./last-good-copy";

export type DatasetSource = {
  /** The published file: loading, failing, or loaded. */
  query: UseQueryResult<ParsedDataset>;
  /** The copy kept by an earlier visit, shown only while the file itself cannot be had. */
  fallback: LastGoodCopy | null;
  /** What the views show: the file, or else the kept copy. */
  parsed: ParsedDataset | undefined;
};

/** The data the tracker shows, and where it came from. */
export function useDataset(): DatasetSource {
  // The load started with the page (app.tsx); if it has already failed for good, mounting the layout must
  // not start it again ("Try again" does).
  const query = useQuery({ ...datasetQueryOptions(), retryOnMount: false });
  // The kept copy is read once the file has failed to arrive (not on every visit), and only when nothing
  // fresher is on screen. A new attempt resets the query's failure count and error, not `errorUpdateCount`:
  // the copy stays on screen while the next attempt is under way.
  const failing = !query.data && (query.failureCount > 0 || query.errorUpdateCount > 0);
  const copy = useQuery({ ...lastGoodCopyQueryOptions(), enabled: failing });
  const fallback = query.data ? null : (copy.data ?? null);
  return { query, fallback, parsed: query.data ?? fallback ?? undefined };
}
