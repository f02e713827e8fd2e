// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";

const load = async () => (await import("./preferences-store")).usePreferencesStore;

describe("preferences store", () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules(); // each test reads storage afresh, as a page load does
  });

  it("remembers the language chosen", async () => {
    const store = await load();
    store.getState().actions.languageRemembered("fr");
    expect(JSON.parse(localStorage.getItem("us-fr-tracker:preferences") ?? "{}")).toMatchObject({
      state: { language: "fr" },
      version: 1,
    });
  });

  it("reads back a remembered language", async () => {
    localStorage.setItem(
      "us-fr-tracker:preferences",
      JSON.stringify({ state: { language: "fr" }, version: 1 }),
    );
    expect((await load()).getState().language).toBe("fr");
  });

  it("falls back to no choice when the stored value is not valid", async () => {
    localStorage.setItem(
      "us-fr-tracker:preferences",
      JSON.stringify({ state: { language: "de" }, version: 1 }),
    );
    expect((await load()).getState().language).toBeNull();
    localStorage.setItem("us-fr-tracker:preferences", JSON.stringify({ state: "nonsense", version: 1 }));
    expect((await load()).getState().language).toBeNull();
  });

  it("keeps the days after which a commitment is stale: 90 by default, a valid change saved", async () => {
    const store = await load();
    expect(store.getState().staleAfterDays).toBe(90);
    expect(store.getState().actions.staleAfterDaysChanged(30)).toBe(true);
    expect(JSON.parse(localStorage.getItem("us-fr-tracker:preferences") ?? "{}")).toMatchObject({
      state: { staleAfterDays: 30 },
    });
    vi.resetModules();
    expect((await load()).getState().staleAfterDays).toBe(30);
  });

  it.each([0, -5, 2.5, 100_000, Number.NaN])("refuses %s days and keeps the last value", async (days) => {
    const store = await load();
    expect(store.getState().actions.staleAfterDaysChanged(days)).toBe(false);
    expect(store.getState().staleAfterDays).toBe(90);
  });

  it("reads a stored stale setting that is not valid as 90 days, keeping the language", async () => {
    localStorage.setItem(
      "us-fr-tracker:preferences",
      JSON.stringify({ state: { language: "fr", staleAfterDays: "forever" }, version: 1 }),
    );
    const store = await load();
    expect(store.getState().staleAfterDays).toBe(90);
    expect(store.getState().language).toBe("fr");
  });
});
