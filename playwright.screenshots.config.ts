import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run screenshot`: pictures of each view for the README and for looking at what we built.
export default defineConfig({
  ...base,
  testDir: "scripts",
  testMatch: "**/*.shot.ts",
  reporter: [["list"]],
});
