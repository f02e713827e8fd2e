import { createBrowserRouter, Navigate, useLocation } from "react-router";
import { paths } from "@/config/paths";
import { CommitmentDetailRoute } from "./routes/commitment-detail-route";
import { CommitmentListRoute } from "./routes/commitment-list-route";
import { InitiativeBoardRoute } from "./routes/initiative-board-route";
import { NotFound } from "./routes/not-found";
import { OverviewRoute } from "./routes/overview-route";
import { RootLayout } from "./routes/root-layout";
import { RouteError } from "./routes/route-error";
import { UpdatesRoute } from "./routes/updates-route";

function ToOverview() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: paths.overview.href(), search }} replace />;
}

// Each view has its own error boundary, so a failing view keeps the header, filters and navigation.
const child = (path: string, element: React.ReactNode) => ({ path, element, errorElement: <RouteError /> });

export function createAppRouter() {
  return createBrowserRouter(
    [
      {
        path: "/",
        element: <RootLayout />,
        errorElement: <RouteError standalone />,
        children: [
          { index: true, element: <OverviewRoute />, errorElement: <RouteError /> },
          // The boards are listed on the overview; a trimmed address goes there, keeping its filters.
          child("/initiatives", <ToOverview />),
          child(paths.initiative.pattern, <InitiativeBoardRoute />),
          child(paths.commitments.pattern, <CommitmentListRoute />),
          child(paths.commitment.pattern, <CommitmentDetailRoute />),
          child(paths.updates.pattern, <UpdatesRoute />),
          child("*", <NotFound what="page" />),
        ],
      },
    ],
    // Hosted under a sub-path, the router works below it (vite's `base`, e.g. /tracker/).
    { basename: import.meta.env.BASE_URL.replace(/\/$/, "") || "/" },
  );
}
