import "@testing-library/jest-dom/vitest";
import { afterEach, beforeEach, vi } from "vitest";
// Components translate through the app's i18next instance, as in the app (English unless a test switches).
import "@/lib/i18n";

// A console.error during a test is a bug the test did not look for: fail it.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterEach(() => {
  if (consoleErrors.length > 0) {
    throw new Error(`console.error was called during the test:\n${consoleErrors.map(String).join("\n")}`);
  }
});
