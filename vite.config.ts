/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { headersFile, securityHeaders } from "./src/config/security-headers.ts";

// BASE_PATH lets one build be hosted under a sub-path, e.g. BASE_PATH=/tracker/ npm run build.
const base = process.env.BASE_PATH ?? "/";

/** Writes the security headers to dist/_headers, for hosts that read that file (README, "Deploying"). */
function headersFilePlugin(headers: Record<string, string>): Plugin {
  return {
    name: "tracker-headers-file",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile(headers) });
    },
  };
}

export default defineConfig(({ mode }) => {
  const headers = securityHeaders(loadEnv(mode, process.cwd(), "VITE_").VITE_DATA_URL);
  return {
    base,
    plugins: [react(), headersFilePlugin(headers)],
    resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
    build: { target: "es2022" },
    // The data worker loads zod and the schema with import() while its fetch runs (decision 010): a worker
    // split in chunks is an ES module worker.
    worker: { format: "es" },
    // The e2e suite runs against `vite preview`: under the same headers as production.
    preview: { port: 4173, strictPort: true, headers },
    test: {
      include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
      environment: "node",
      setupFiles: ["src/testing/setup-tests.ts"],
      restoreMocks: true,
    },
  };
});
