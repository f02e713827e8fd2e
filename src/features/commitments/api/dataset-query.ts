import { queryOptions } from "@tanstack/react-query";
import { env } from "@/config/env";
import { DatasetError } from "../parse-dataset";
import { DatasetLoadError } from "./fetch-dataset";
import { fetchDatasetInWorker } from "./fetch-dataset-in-worker";

const MAX_NETWORK_RETRIES = 3;

function isTransient(error: Error): boolean {
  if (error instanceof DatasetError) return false;
  if (error instanceof DatasetLoadError) return error.transient;
  return true;
}

/** The published data file: fetched, parsed and validated once, shared by every view. */
export function datasetQueryOptions(url: string = env.dataUrl) {
  return queryOptions({
    queryKey: ["dataset", url],
    queryFn: ({ signal }) => fetchDatasetInWorker(url, signal),
    staleTime: 5 * 60 * 1000,
    // A file that is wrong or missing will be just as wrong a second later: only network and server
    // failures are tried again, with backoff (lib/query-client).
    retry: (failureCount, error) => isTransient(error) && failureCount < MAX_NETWORK_RETRIES,
  });
}
