import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { datasetQueryOptions } from "@/features/commitments/api/dataset-query";
import { createQueryClient } from "@/lib/query-client";
import { createAppRouter } from "./router";

const queryClient = createQueryClient();
// The data file starts loading now, in its worker, while the views' code is still on its way.
void queryClient.prefetchQuery(datasetQueryOptions());
const router = createAppRouter(queryClient);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
