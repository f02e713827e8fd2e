import { queryOptions } from "@tanstack/react-query";
import { env } from "@/config/env";
import { DatasetError, DatasetLoadError } from "../dataset-errors";
import { loadDataset, readKeptCopyInWorker } from "./fetch-dataset-in-worker";

/** Tries after the first, 1, 2 and 4 seconds apart (lib/query-client). */
export const MAX_NETWORK_RETRIES = 3;
/** While the file cannot be had, the tracker keeps asking for it this often (and at once when back online). */
export const RETRY_WHILE_FAILING_MS = 30_000;

export function isTransient(error: Error): boolean {
  if (error instanceof DatasetError) return false;
  if (error instanceof DatasetLoadError) return error.transient;
  return true;
}

/** The published data file: fetched, parsed and validated once, shared by every view. */
export function datasetQueryOptions(url: string = env.dataUrl) {
  return queryOptions({
    queryKey: ["dataset", url],
    // Fetched, validated and kept as the last good copy in a worker, off the main thread (decision 008); the
    // first load starts before React does (app/head-start.ts, decision 010).
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: 5 * 60 * 1000,
    // The fetch itself tells an offline device apart (fetch-dataset), so the query runs even then instead of
    // pausing silently: the page can say what is happening.
    networkMode: "always",
    // A file that is wrong or missing will be just as wrong a second later: only network and server
    // failures are tried again, with backoff (lib/query-client).
    retry: (failureCount, error) => isTransient(error) && failureCount < MAX_NETWORK_RETRIES,
    // After the retries, keep trying now and then: a copy on screen is no reason to stop.
    refetchInterval: (query) =>
      query.state.error && isTransient(query.state.error) ? RETRY_WHILE_FAILING_MS : false,
  });
}

/** The copy of the file kept by the last visit that loaded it: what shows while the file cannot be had. */
export function lastGoodCopyQueryOptions(url: string = env.dataUrl) {
  return queryOptions({
    queryKey: ["last-good-copy", url],
    // Read and validated in a worker too (its code and IndexedDB's load only then): a large copy would block
    // the page for seconds (decision 010).
    queryFn: () => readKeptCopyInWorker(url),
    staleTime: Number.POSITIVE_INFINITY,
    // It reads this browser's IndexedDB: being offline is exactly when it is needed.
    networkMode: "always",
    retry: false,
  });
}
