import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatList, formatNumber } from "./intl-format";

describe("formatting per language", () => {
  it("writes days the way each language does", () => {
    expect(formatDate("en", "2026-03-03")).toBe("March 3, 2026");
    expect(formatDate("fr", "2026-03-03")).toBe("3 mars 2026");
  });
  it("keeps a date-only value on its day in any time zone", () => {
    expect(formatDate("en", "2026-01-01")).toBe("January 1, 2026");
  });
  it("formats numbers and lists per language", () => {
    expect(formatNumber("en", 12345.5)).toBe("12,345.5");
    expect(formatNumber("fr", 12345.5)).toBe("12\u202f345,5");
    expect(formatNumber("fr", 0.25, { style: "percent" })).toBe("25\u00a0%");
    expect(formatList("en", ["A", "B", "C"])).toBe("A, B, and C");
    expect(formatList("fr", ["A", "B", "C"])).toBe("A, B et C");
  });
  it("includes the time for a moment", () => {
    expect(formatDateTime("fr", new Date(2026, 2, 3, 9, 30))).toBe("3 mars 2026 à 09:30");
  });
});
