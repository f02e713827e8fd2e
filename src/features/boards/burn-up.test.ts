import { describe, expect, it } from "vitest";
import { type BurnUpPoint, burnUpSeries, type CommitmentHistory } from "./burn-up";

const t = (iso: string) => Date.parse(iso);
const END = t("2026-03-10T23:59:59.999Z");

const a: CommitmentHistory = {
  parties: ["us", "fr"],
  changes: {
    us: [
      { at: t("2026-03-02T10:00:00Z"), status: "in_progress" },
      { at: t("2026-03-05T10:00:00Z"), status: "done" },
    ],
    fr: [{ at: t("2026-03-05T11:00:00Z"), status: "done" }],
  },
};
const b: CommitmentHistory = {
  parties: ["us"],
  changes: { us: [{ at: t("2026-03-07T10:00:00Z"), status: "dropped" }] },
};
const c: CommitmentHistory = { parties: ["fr"], changes: {} };

describe("burnUpSeries", () => {
  it("counts done and all but dropped at the end of each day something changed, up to the end day", () => {
    expect(burnUpSeries([a, b, c], END, null)).toEqual<BurnUpPoint[]>([
      { day: "2026-03-01", done: 0, total: 3 },
      { day: "2026-03-02", done: 0, total: 3 },
      { day: "2026-03-05", done: 1, total: 3 },
      { day: "2026-03-07", done: 1, total: 2 },
      { day: "2026-03-10", done: 1, total: 2 },
    ]);
  });

  it("stops at the end (an as-of date)", () => {
    expect(burnUpSeries([a, b, c], t("2026-03-05T10:30:00Z"), null)).toEqual([
      { day: "2026-03-01", done: 0, total: 3 },
      { day: "2026-03-02", done: 0, total: 3 },
      { day: "2026-03-05", done: 0, total: 3 },
    ]);
  });

  it("counts one side's status when narrowed to it, and only that side's commitments", () => {
    expect(burnUpSeries([a, b, c], END, "fr").at(-1)).toEqual({ day: "2026-03-10", done: 1, total: 2 });
    expect(burnUpSeries([a, b, c], END, "us").find((p) => p.day === "2026-03-05")).toEqual({
      day: "2026-03-05",
      done: 1,
      total: 2,
    });
  });

  it("starts from statuses with no known time, and has one point when nothing changed", () => {
    const undated: CommitmentHistory = {
      parties: ["us"],
      changes: { us: [{ at: Number.NEGATIVE_INFINITY, status: "done" }] },
    };
    expect(burnUpSeries([undated, c], END, null)).toEqual([{ day: "2026-03-10", done: 1, total: 2 }]);
    expect(burnUpSeries([], END, null)).toEqual([{ day: "2026-03-10", done: 0, total: 0 }]);
  });
});
