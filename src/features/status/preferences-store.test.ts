// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";

const KEY = "us-fr-tracker:preferences";

async function loadStore() {
  vi.resetModules();
  return (await import("./preferences-store")).usePreferencesStore;
}

beforeEach(() => localStorage.clear());

describe("the preferences store", () => {
  it("starts at 90 days, and saves a valid change", async () => {
    const store = await loadStore();
    expect(store.getState().staleAfterDays).toBe(90);
    expect(store.getState().actions.staleAfterDaysChanged(30)).toBeNull();
    expect(JSON.parse(localStorage.getItem(KEY) ?? "null")).toEqual({
      state: { staleAfterDays: 30 },
      version: 1,
    });
    expect((await loadStore()).getState().staleAfterDays).toBe(30);
  });

  it.each([0, -5, 2.5, 100_000, Number.NaN])(
    "refuses %s days, saying why, and keeps the last value",
    async (days) => {
      const store = await loadStore();
      expect(store.getState().actions.staleAfterDaysChanged(days)).toMatch(/must/);
      expect(store.getState().staleAfterDays).toBe(90);
    },
  );

  it("reads a stored value that is not valid as the default", async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { staleAfterDays: "forever" }, version: 1 }));
    expect((await loadStore()).getState().staleAfterDays).toBe(90);
  });
});
