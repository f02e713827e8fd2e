import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migratePersisted, readPersisted, UPDATES_STORAGE_VERSION } from "./persisted-updates";
import { activeStatusEvents } from "./update-events";

type Fixture = {
  expected: { events: number; active: number; authorName: string };
  stored: { state: unknown; version: number };
};

const fixturesDir = join(import.meta.dirname, "storage-fixtures");
const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(fixturesDir, name), "utf8")) as Fixture) }));

describe("stored updates of every version", () => {
  it("has a fixture for every version up to the current one", () => {
    const versions = fixtures.map((fixture) => fixture.stored.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: UPDATES_STORAGE_VERSION }, (_, index) => index + 1));
  });

  it.each(fixtures)("reads every update of $name, brought up to date", ({ stored, expected }) => {
    const migrated = migratePersisted(stored.state, stored.version);
    expect(migrated).not.toBeNull();
    const { state, unreadable } = readPersisted(migrated);
    expect(unreadable).toEqual([]);
    expect(state.events).toHaveLength(expected.events);
    expect(activeStatusEvents(state.events)).toHaveLength(expected.active);
    expect(state.authorName).toBe(expected.authorName);
  });
});

describe("migratePersisted", () => {
  it("returns the current version's state as it is", () => {
    const state = { events: [], authorName: "" };
    expect(migratePersisted(state, UPDATES_STORAGE_VERSION)).toBe(state);
  });

  it.each([UPDATES_STORAGE_VERSION + 1, 0, -1, 1.5, Number.NaN])(
    "cannot read version %s (a newer tracker's, or none)",
    (version) => {
      expect(migratePersisted({ events: [] }, version)).toBeNull();
    },
  );
});

describe("readPersisted", () => {
  it("sets apart what is not a valid event and keeps the rest", () => {
    const valid = { kind: "retraction", id: "r1", batchId: "b1", at: "2026-01-01T00:00:00Z" };
    const { state, unreadable } = readPersisted({ events: [valid, { kind: "other" }], authorName: "A" });
    expect(state.events).toEqual([valid]);
    expect(unreadable).toEqual([{ kind: "other" }]);
  });

  it("sets apart a whole value of the wrong shape", () => {
    expect(readPersisted("nonsense")).toEqual({
      state: { events: [], authorName: "" },
      unreadable: ["nonsense"],
    });
  });
});
