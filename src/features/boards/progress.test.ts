import { describe, expect, it } from "vitest";
import type { Party, Status } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { overallStatus } from "@/features/commitments/status";
import { buildCommitment } from "@/testing/dataset-builders";
import { countByStatus, progressPercent } from "./progress";
import { initiativeItems, initiativesShown } from "./select-board";

function item(us: Status, fr?: Status): ResolvedCommitment {
  const parties: Party[] = fr ? ["us", "fr"] : ["us"];
  const statuses = fr ? { us, fr } : { us };
  return {
    commitment: buildCommitment({ parties, statuses }),
    statuses,
    overall: overallStatus(parties, statuses),
    diverging: false,
    pendingParties: [],
  };
}

describe("countByStatus", () => {
  const items = [
    item("done", "done"),
    item("done", "at_risk"),
    item("in_progress"),
    item("dropped", "dropped"),
  ];

  it("counts overall statuses", () => {
    expect(countByStatus(items)).toEqual({ not_started: 0, in_progress: 1, at_risk: 1, done: 1, dropped: 1 });
  });

  it("counts one side's statuses, skipping commitments that side is not party to", () => {
    expect(countByStatus(items, "fr")).toEqual({
      not_started: 0,
      in_progress: 0,
      at_risk: 1,
      done: 1,
      dropped: 1,
    });
  });
});

describe("progressPercent", () => {
  it("is done ÷ (all − dropped)", () => {
    expect(progressPercent({ not_started: 1, in_progress: 1, at_risk: 0, done: 2, dropped: 4 })).toBe(50);
  });

  it("is null when there is nothing to count", () => {
    expect(progressPercent({ not_started: 0, in_progress: 0, at_risk: 0, done: 0, dropped: 3 })).toBeNull();
  });
});

describe("initiativeItems", () => {
  it("keeps one initiative's commitments, and with one side only those it is party to", () => {
    const space = item("done", "done");
    const usOnly = { ...item("done"), commitment: buildCommitment({ id: "us-only", parties: ["us"] }) };
    const cyber = { ...item("done"), commitment: buildCommitment({ id: "c", initiativeId: "cyber" }) };
    expect(initiativeItems([space, usOnly, cyber], "space", null)).toEqual([space, usOnly]);
    expect(initiativeItems([space, usOnly, cyber], "space", "fr")).toEqual([space]);
  });
});

describe("initiativesShown", () => {
  it("shows every initiative unless the filter names some", () => {
    const initiatives = [
      { id: "a", title: "A", summary: "a" },
      { id: "b", title: "B", summary: "b" },
    ];
    expect(initiativesShown(initiatives, [])).toEqual(initiatives);
    expect(initiativesShown(initiatives, ["b"]).map((i) => i.id)).toEqual(["b"]);
  });
});
