/// <reference types="vitest/config" />
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { firstPagePlugin, scriptHashSource } from "./scripts/first-page-plugin.ts";
import { headersFile, parseHeadersFile, securityHeaders } from "./src/config/security-headers.ts";

// BASE_PATH lets one build be hosted under a sub-path, e.g. BASE_PATH=/tracker/ npm run build.
const base = process.env.BASE_PATH ?? "/";

/**
 * Writes the security headers to dist/_headers, for hosts that read that file (README, "Deploying"), with
 * the hash of index.html's inline script in the policy; `vite preview` (and so the e2e suite) sends the
 * headers of the build it serves, read from that file: what is tested is what is deployed.
 */
function headersFilePlugin(dataUrl: string | undefined, inlineScript: () => Promise<string>): Plugin {
  return {
    name: "tracker-headers-file",
    async generateBundle() {
      const headers = securityHeaders(dataUrl, [scriptHashSource(await inlineScript())]);
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile(headers) });
    },
    configurePreviewServer(server) {
      const file = resolve(server.config.root, server.config.build.outDir, "_headers");
      if (!existsSync(file)) throw new Error(`${file} is missing: build before previewing (npm run build)`);
      server.middlewares.use((_request, response, next) => {
        // Read on every request (a few hundred bytes): a build made while the preview runs brings its own hash.
        for (const [name, value] of Object.entries(parseHeadersFile(readFileSync(file, "utf8")))) {
          response.setHeader(name, value);
        }
        next();
      });
    },
  };
}

/**
 * index.html preloads React's chunk (start-react.tsx) and what it imports, next to the small first script
 * that imports it after starting the data worker (main.tsx): downloaded at once, evaluated second. These
 * links count in the size budget like the first script itself (scripts/initial-js.ts).
 */
function preloadReactPlugin(entry: string): Plugin {
  let base = "/"; // the build's own (`--base` or BASE_PATH), known once the config is resolved
  return {
    name: "tracker-preload-react",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === "chunk");
        const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(entry));
        if (!start) throw new Error(`No chunk for ${entry}: the page would load React late`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        visit(start.fileName);
        return [...files]
          .filter((file) => !html.includes(`${base}${file}"`))
          .map((file) => ({
            tag: "link",
            attrs: { rel: "modulepreload", crossorigin: true, href: `${base}${file}` },
            injectTo: "head" as const,
          }));
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const firstPage = firstPagePlugin();
  return {
    base,
    plugins: [
      react(),
      firstPage.plugin,
      headersFilePlugin(loadEnv(mode, process.cwd(), "VITE_").VITE_DATA_URL, firstPage.script),
      preloadReactPlugin("/src/start-react.tsx"),
    ],
    resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
    build: { target: "es2022" },
    // The data worker loads zod and the schema with import() while its fetch runs (decision 010): a worker
    // split in chunks is an ES module worker.
    worker: { format: "es" },
    // The e2e suite runs against `vite preview`: under the build's own headers (headersFilePlugin).
    preview: { port: 4173, strictPort: true },
    test: {
      include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
      environment: "node",
      setupFiles: ["src/testing/setup-tests.ts"],
      restoreMocks: true,
    },
  };
});
