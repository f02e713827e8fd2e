import { describe, expect, it } from "vitest";
import { i18n } from "@/lib/i18n";
import { burnUpSummary } from "./burn-up-chart";

const en = i18n.getFixedT("en", "time");
const fr = i18n.getFixedT("fr", "time");

describe("burnUpSummary", () => {
  const series = [
    { day: "2026-02-09", done: 0, total: 8 },
    { day: "2026-03-06", done: 1, total: 8 },
    { day: "2026-03-12", done: 1, total: 7 },
  ];

  it("says where done and the total started and ended", () => {
    expect(burnUpSummary(series, en, "en")).toBe(
      "From February 9, 2026 to March 12, 2026, done went from 0 to 1, and the total counted (all but dropped) from 8 to 7.",
    );
    expect(burnUpSummary(series, fr, "fr")).toBe(
      "Du 9 février 2026 au 12 mars 2026, les engagements réalisés sont passés de 0 à 1, et le total compté (tous sauf les abandonnés) de 8 à 7.",
    );
  });

  it("tells a single day as it is", () => {
    expect(burnUpSummary([{ day: "2026-03-12", done: 2, total: 5 }], en, "en")).toBe(
      "On March 12, 2026, 2 of 5 commitments counted (all but dropped) were done.",
    );
  });
});
