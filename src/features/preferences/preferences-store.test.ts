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
});
