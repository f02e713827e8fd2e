import type { paths } from "@/config/paths";

// The code of the layout and of each view, loaded on first use (decision 008). Kept apart from router.tsx,
// which needs React, so that head-start.ts can start the first view's code loading before React has run
// (decision 010); a second import() of a module gets the same load.

export const loadLayout = () => Promise.all([import("./routes/root-layout"), import("./connect-stores")]);

export const viewModules = {
  overview: () => import("./routes/overview-route"),
  initiative: () => import("./routes/initiative-board-route"),
  commitments: () => import("./routes/commitment-list-route"),
  commitment: () => import("./routes/commitment-detail-route"),
  updates: () => import("./routes/updates-route"),
  changes: () => import("./routes/changes-route"),
  accessibility: () => import("./routes/accessibility-route"),
} as const satisfies Record<keyof typeof paths, () => Promise<unknown>>;
