import type { QueryClient } from "@tanstack/react-query";
import { type ComponentType, createElement } from "react";
import { createBrowserRouter, Navigate, type RouteObject, useLocation } from "react-router";
import { paths } from "@/config/paths";
import { loadLayout, viewModules } from "./route-modules";
import { RouteError } from "./routes/route-error";

function ToOverview() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: paths.overview.href(), search }} replace />;
}

/**
 * While the layout's code loads: nothing, because index.html's page as served is that page (decision 020)
 * and stays until the layout, or an error page, takes it off (first-page.ts).
 */
function FirstPageStays() {
  return null;
}

/** Stands for a view whose code could not be loaded: it throws the load's error as it renders. */
function ViewNotLoaded({ error }: { error: unknown }): never {
  throw error;
}

/**
 * A view whose code loads when it is first visited (decision 008). Each view has its own error boundary, so a
 * failing view keeps the header, filters and navigation.
 */
const lazyView = (path: string | undefined, load: () => Promise<ComponentType>): RouteObject => ({
  ...(path === undefined ? { index: true } : { path }),
  lazy: async () => {
    try {
      return { Component: await load() };
    } catch (error) {
      // The view's code could not be downloaded. A rejected `lazy` left <main> empty (the router showed no
      // boundary); a view that throws as it renders reaches this route's own errorElement, which says what
      // failed and how to get back.
      return { element: <ViewNotLoaded error={error} /> };
    }
  },
  errorElement: <RouteError />,
});

export function createAppRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(
    [
      {
        path: "/",
        errorElement: <RouteError standalone />,
        HydrateFallback: FirstPageStays,
        // The layout, its stores and what they validate load with the first view, in parallel with the data.
        lazy: async () => {
          const [{ RootLayout }, { connectStores }] = await loadLayout();
          connectStores(router, queryClient);
          return { Component: RootLayout };
        },
        children: [
          lazyView(undefined, () => viewModules.overview().then((m) => m.OverviewRoute)),
          // The boards are listed on the overview; a trimmed address goes there, keeping its filters.
          { path: "/initiatives", element: <ToOverview />, errorElement: <RouteError /> },
          lazyView(paths.initiative.pattern, () =>
            viewModules.initiative().then((m) => m.InitiativeBoardRoute),
          ),
          lazyView(paths.commitments.pattern, () =>
            viewModules.commitments().then((m) => m.CommitmentListRoute),
          ),
          lazyView(paths.commitment.pattern, () =>
            viewModules.commitment().then((m) => m.CommitmentDetailRoute),
          ),
          lazyView(paths.updates.pattern, () => viewModules.updates().then((m) => m.UpdatesRoute)),
          lazyView(paths.accessibility.pattern, () =>
            viewModules.accessibility().then((m) => m.AccessibilityRoute),
          ),
          lazyView(paths.changes.pattern, () => viewModules.changes().then((m) => m.ChangesRoute)),
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
