import type { QueryClient } from "@tanstack/react-query";
import { type ComponentType, createElement } from "react";
import { createBrowserRouter, Navigate, type RouteObject, useLocation } from "react-router";
import { paths } from "@/config/paths";
import { AppLoading } from "./routes/app-loading";
import { RouteError } from "./routes/route-error";

function ToOverview() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: paths.overview.href(), search }} replace />;
}

/**
 * A view whose code loads when it is first visited (decision 008). Each view has its own error boundary, so a
 * failing view keeps the header, filters and navigation.
 */
const lazyView = (path: string | undefined, load: () => Promise<ComponentType>): RouteObject => ({
  ...(path === undefined ? { index: true } : { path }),
  lazy: async () => ({ Component: await load() }),
  errorElement: <RouteError />,
});

export function createAppRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(
    [
      {
        path: "/",
        errorElement: <RouteError standalone />,
        HydrateFallback: AppLoading,
        // The layout, its stores and what they validate load with the first view, in parallel with the data.
        lazy: async () => {
          const [{ RootLayout }, { connectStores }] = await Promise.all([
            import("./routes/root-layout"),
            import("./connect-stores"),
          ]);
          connectStores(router, queryClient);
          return { Component: RootLayout };
        },
        children: [
          lazyView(undefined, () => import("./routes/overview-route").then((m) => m.OverviewRoute)),
          // The boards are listed on the overview; a trimmed address goes there, keeping its filters.
          { path: "/initiatives", element: <ToOverview />, errorElement: <RouteError /> },
          lazyView(paths.initiative.pattern, () =>
            import("./routes/initiative-board-route").then((m) => m.InitiativeBoardRoute),
          ),
          lazyView(paths.commitments.pattern, () =>
            import("./routes/commitment-list-route").then((m) => m.CommitmentListRoute),
          ),
          lazyView(paths.commitment.pattern, () =>
            import("./routes/commitment-detail-route").then((m) => m.CommitmentDetailRoute),
          ),
          lazyView(paths.changes.pattern, () => import("./routes/changes-route").then((m) => m.ChangesRoute)),
          lazyView(paths.updates.pattern, () => import("./routes/updates-route").then((m) => m.UpdatesRoute)),
          lazyView("*", () =>
            import("./routes/not-found").then((m) => () => createElement(m.NotFound, { what: "page" })),
          ),
        ],
      },
    ],
    // Hosted under a sub-path, the router works below it (vite's `base`, e.g. /tracker/).
    { basename: import.meta.env.BASE_URL.replace(/\/$/, "") || "/" },
  );
  return router;
}
