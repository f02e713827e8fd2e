import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { createStore, set } from "idb-keyval";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildCommitment, buildDataset } from "@/testing/dataset-builders";

const URL = "https://data.example.org/commitments.json";
const LOADED_AT = new Date("2026-03-01T12:00:00.000Z");

type CopyModule = typeof import("./last-good-copy");

/** The module keeps its IndexedDB store once opened: a fresh copy of it for each test's fresh database. */
async function loadModule(): Promise<CopyModule> {
  vi.resetModules();
  return import("./last-good-copy");
}

/** Stores a value as an older tracker (or a damaged browser profile) might have left it. */
function storeRaw(url: string, value: unknown): Promise<void> {
  return set(url, value, createStore("us-fr-tracker", "last-good-dataset"));
}

beforeEach(() => {
  vi.stubGlobal("indexedDB", new IDBFactory());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the last good copy of the data file", () => {
  it("is read back as the file it was, with when it was loaded", async () => {
    const { keepLastGoodCopy, readLastGoodCopy } = await loadModule();
    const dataset = buildDataset();
    await keepLastGoodCopy(URL, JSON.stringify(dataset), LOADED_AT);
    expect(await readLastGoodCopy(URL)).toEqual({
      dataset,
      problems: [],
      loadedAt: "2026-03-01T12:00:00.000Z",
    });
  });

  it("is null when nothing was kept", async () => {
    const { readLastGoodCopy } = await loadModule();
    expect(await readLastGoodCopy(URL)).toBeNull();
  });

  it("is kept for each address apart", async () => {
    const { keepLastGoodCopy, readLastGoodCopy } = await loadModule();
    const other = "https://mirror.example.org/commitments.json";
    await keepLastGoodCopy(URL, JSON.stringify(buildDataset({ id: "main" })), LOADED_AT);
    await keepLastGoodCopy(other, JSON.stringify(buildDataset({ id: "mirror" })), LOADED_AT);
    expect((await readLastGoodCopy(URL))?.dataset.id).toBe("main");
    expect((await readLastGoodCopy(other))?.dataset.id).toBe("mirror");
  });

  it("is replaced by the newer copy of the same address", async () => {
    const { keepLastGoodCopy, readLastGoodCopy } = await loadModule();
    await keepLastGoodCopy(URL, JSON.stringify(buildDataset({ id: "older" })), LOADED_AT);
    await keepLastGoodCopy(URL, JSON.stringify(buildDataset({ id: "newer" })), new Date("2026-03-02"));
    expect(await readLastGoodCopy(URL)).toMatchObject({
      dataset: { id: "newer" },
      loadedAt: "2026-03-02T00:00:00.000Z",
    });
  });

  it("keeps what the file says is wrong, to show it again", async () => {
    const { keepLastGoodCopy, readLastGoodCopy } = await loadModule();
    const text = JSON.stringify(buildDataset({ commitments: [buildCommitment({ initiativeId: "moon" })] }));
    await keepLastGoodCopy(URL, text, LOADED_AT);
    expect((await readLastGoodCopy(URL))?.problems).toEqual([
      expect.objectContaining({ path: "commitments[0]", commitmentId: "space-dialogue" }),
    ]);
  });

  it.each([
    ["plain text", "the file"],
    ["a copy without its time", { text: JSON.stringify(buildDataset()) }],
    ["a copy whose time is not a time", { text: JSON.stringify(buildDataset()), loadedAt: "yesterday" }],
    ["a copy whose text is not text", { text: buildDataset(), loadedAt: LOADED_AT.toISOString() }],
  ])("is null when what is stored is %s", async (_case, stored) => {
    const { readLastGoodCopy } = await loadModule();
    await storeRaw(URL, stored);
    expect(await readLastGoodCopy(URL)).toBeNull();
  });

  it.each([
    ["not JSON", "{not json"],
    ["a file this tracker does not read", JSON.stringify(buildDataset({ schemaVersion: 2 as 1 }))],
    ["a file with a refused key", '{"__proto__":{}}'],
  ])("is null when the stored text is %s", async (_case, text) => {
    const { readLastGoodCopy } = await loadModule();
    await storeRaw(URL, { text, loadedAt: LOADED_AT.toISOString() });
    expect(await readLastGoodCopy(URL)).toBeNull();
  });
});

describe("a browser without IndexedDB", () => {
  beforeEach(() => {
    vi.stubGlobal("indexedDB", {
      open: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });

  it("keeps no copy, without throwing", async () => {
    const { keepLastGoodCopy } = await loadModule();
    await expect(keepLastGoodCopy(URL, JSON.stringify(buildDataset()), LOADED_AT)).resolves.toBeUndefined();
  });

  it("reads no copy, without throwing", async () => {
    const { readLastGoodCopy } = await loadModule();
    await expect(readLastGoodCopy(URL)).resolves.toBeNull();
  });
});
