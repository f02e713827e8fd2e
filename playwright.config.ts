import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Browsers cannot be downloaded here: use the system Chromium when there is one (DEVELOPERS.md).
const systemChromium =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const PORT = 4173;
/** A second build, served under a sub-path, proves the app works wherever it is hosted. */
export const SUBPATH_ORIGIN = "http://localhost:4174";

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
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: "npx vite preview --outDir dist-subpath --base /tracker/ --port 4174 --strictPort",
      url: `${SUBPATH_ORIGIN}/tracker/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
