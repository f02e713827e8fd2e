import { env } from "@/config/env";
import { viewOfAddress } from "@/config/paths";
import { startDatasetLoad } from "@/features/commitments/api/fetch-dataset-in-worker";
import { loadLayout, viewModules } from "./route-modules";

// The first module the page runs, before React, the router and the query client are even evaluated
// (main.tsx imports it first; package.json lists it in "sideEffects" so that the import is kept). What the
// first view needs and can load without React starts here, in parallel (decision 010):
// - the data file, in its worker (the dataset query takes this load over when it first runs);
startDatasetLoad(env.dataUrl);
// - the code of the layout and of the view at this address, which the router would otherwise ask for only
//   once React and the router have run. Not <link rel="modulepreload">: that code stays out of the first
//   script's budget (`npm run size`), and the router's import() of the same modules gets these loads.
const view = viewOfAddress(location.pathname, env.basePath);
for (const load of [loadLayout, ...(view ? [viewModules[view]] : [])]) {
  load().catch(() => undefined); // a failure shows when the router imports it (RouteError)
}
