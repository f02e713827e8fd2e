import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { datasetQueryOptions, lastGoodCopyQueryOptions } from "@/features/commitments/api/dataset-query";
import { connectFiltersToRouter } from "@/features/filters/filters-store";
import { syncUpdatesAcrossTabs } from "@/features/status/updates-store";
import { createQueryClient } from "@/lib/query-client";
import { createAppRouter } from "./router";

const queryClient = createQueryClient();
const router = createAppRouter();
connectFiltersToRouter(router, {
  // The data on screen: the published file, or the kept copy shown while the file cannot be had.
  knownIds: () =>
    queryClient.getQueryData(datasetQueryOptions().queryKey)?.dataset ??
    queryClient.getQueryData(lastGoodCopyQueryOptions().queryKey)?.dataset ??
    null,
});
syncUpdatesAcrossTabs();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
