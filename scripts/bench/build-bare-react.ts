import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { type InitialJs, measureInitialJs } from "../initial-js";

/** Builds the bare React page with the app's Vite and React, into a temporary folder, and measures it. */
export async function measureBareReact(): Promise<InitialJs> {
  const outDir = mkdtempSync(join(tmpdir(), "bare-react-"));
  await build({
    configFile: false,
    root: fileURLToPath(new URL("./bare-react", import.meta.url)),
    plugins: [react()],
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, target: "es2022" },
  });
  return measureInitialJs(outDir);
}
