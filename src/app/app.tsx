import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { connectFiltersToRouter } from "@/features/filters/filters-store";
import { syncUpdatesAcrossTabs } from "@/features/status/updates-store";
import { createQueryClient } from "@/lib/query-client";
import { createAppRouter } from "./router";

const queryClient = createQueryClient();
const router = createAppRouter();
connectFiltersToRouter(router);
syncUpdatesAcrossTabs();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
