import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Browsers cannot be downloaded on our machines: use the system Chromium when there is one (README).
const systemChromium =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
// Ports of the two preview servers; E2E_PORT and E2E_SUBPATH_PORT move them when these are taken.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4174);
/** A second build, served under a sub-path, proves the app works wherever it is hosted. */
export const SUBPATH_ORIGIN = `http://localhost:${SUBPATH_PORT}`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // The e2e suite runs against the production build (`npm run test:e2e` builds first).
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      // Never reuse a server already running: it could be serving another build than the one under test.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-subpath --base /tracker/ --port ${SUBPATH_PORT} --strictPort`,
      url: `${SUBPATH_ORIGIN}/tracker/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
