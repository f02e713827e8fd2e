import type { QueryClient } from "@tanstack/react-query";
import { datasetQueryOptions, lastGoodCopyQueryOptions } from "@/features/commitments/api/dataset-query";
import { connectFiltersToRouter, type FiltersRouter } from "@/features/filters/filters-store";
import { syncUpdatesAcrossTabs } from "@/features/status/updates-store";

/**
 * Binds the filters to the router and the updates to other tabs. Called once, when the layout's code has
 * loaded: the stores (and the validation of what they read) are not part of the first script (decision 008).
 */
export function connectStores(router: FiltersRouter, queryClient: QueryClient) {
  connectFiltersToRouter(router, {
    // The data on screen: the published file, or the kept copy shown while the file cannot be had.
    knownIds: () =>
      queryClient.getQueryData(datasetQueryOptions().queryKey)?.dataset ??
      queryClient.getQueryData(lastGoodCopyQueryOptions().queryKey)?.dataset ??
      null,
  });
  syncUpdatesAcrossTabs();
}
