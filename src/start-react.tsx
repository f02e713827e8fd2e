import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { showStartFailure } from "./app/start-failure";

// React and the app, loaded by main.tsx once the data worker and the first view's code have been started.
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root, {
  // An error no route's boundary caught leaves React nothing to show, and index.html's "Loading…" would stay
  // on screen for good (decision 020): say instead what to do, as when React itself could not be loaded.
  onUncaughtError: (error) => {
    reportError(error);
    showStartFailure();
  },
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
