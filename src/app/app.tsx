import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { datasetQueryOptions } from "@/features/commitments/api/dataset-query";
import { connectFiltersToRouter } from "@/features/filters/filters-store";
import { syncUpdatesAcrossTabs } from "@/features/status/updates-store";
import { createQueryClient } from "@/lib/query-client";
import { createAppRouter } from "./router";

const queryClient = createQueryClient();
const router = createAppRouter();
connectFiltersToRouter(router, {
  knownIds: () => queryClient.getQueryData(datasetQueryOptions().queryKey)?.dataset ?? null,
});
syncUpdatesAcrossTabs();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
