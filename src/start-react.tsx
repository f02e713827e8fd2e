import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";

// React and the app, loaded by main.tsx once the data worker and the first view's code have been started.
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
