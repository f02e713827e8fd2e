// The page's first script is only this and head-start.ts: it starts the data file's worker and the first
// view's code loading, then React, the router and the query client (start-react.tsx), which index.html has
// been downloading alongside (modulepreload, vite.config.ts). Evaluating React takes the main thread for a
// while; started first, the worker and its download run meanwhile instead of after it (decision 010).
import "./app/head-start";
import "./app/styles.css";
import { showStartFailure } from "./app/start-failure";

import("./start-react").catch(showStartFailure);
