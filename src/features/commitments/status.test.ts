import { describe, expect, it } from "vitest";
import type { Party, PartyStatuses, Status } from "./dataset-schema";
import { isDiverging, overallStatus, partyChangesForMove } from "./status";

const both: Party[] = ["us", "fr"];

describe("overallStatus", () => {
  it.each<[PartyStatuses, Status]>([
    [{}, "not_started"],
    [{ us: "dropped", fr: "dropped" }, "dropped"],
    [{ us: "done", fr: "done" }, "done"],
    [{ us: "done", fr: "dropped" }, "done"],
    [{ us: "at_risk", fr: "done" }, "at_risk"],
    [{ us: "at_risk", fr: "dropped" }, "at_risk"],
    [{ us: "not_started", fr: "not_started" }, "not_started"],
    [{ us: "not_started", fr: "dropped" }, "not_started"],
    [{ us: "not_started", fr: "done" }, "in_progress"],
    [{ us: "in_progress" }, "in_progress"],
  ])("derives %o as %s", (statuses, expected) => {
    expect(overallStatus(both, statuses)).toBe(expected);
  });

  it("reads only the commitment's own parties", () => {
    expect(overallStatus(["us"], { us: "done", fr: "at_risk" })).toBe("done");
  });
});

describe("isDiverging", () => {
  it("is true when the sides differ, counting a missing status as not started", () => {
    expect(isDiverging(both, { us: "done" })).toBe(true);
    expect(isDiverging(both, { us: "done", fr: "done" })).toBe(false);
    expect(isDiverging(both, {})).toBe(false);
  });

  it("is never true with a single party", () => {
    expect(isDiverging(["us"], { us: "done", fr: "at_risk" })).toBe(false);
  });
});

describe("partyChangesForMove", () => {
  it.each<[PartyStatuses, Status, Party[]]>([
    [{ us: "in_progress", fr: "not_started" }, "done", ["us", "fr"]],
    [{ us: "done", fr: "in_progress" }, "done", ["fr"]],
    [{ us: "in_progress", fr: "dropped" }, "done", ["us"]],
    [{ us: "dropped", fr: "dropped" }, "in_progress", ["us", "fr"]],
    [{ us: "dropped", fr: "done" }, "dropped", ["fr"]],
  ])("from %o to %s sets %o", (statuses, target, expected) => {
    expect(partyChangesForMove(both, statuses, target)).toEqual(expected);
  });

  it("makes the derived overall status the target for every target", () => {
    const start: PartyStatuses = { us: "at_risk", fr: "dropped" };
    for (const target of ["not_started", "in_progress", "at_risk", "done", "dropped"] as const) {
      const next = { ...start };
      for (const party of partyChangesForMove(both, start, target)) next[party] = target;
      expect(overallStatus(both, next)).toBe(target);
    }
  });
});
