import { describe, expect, it } from "vitest";
import { checkChange, needsReason } from "./change-rules";

describe("needsReason", () => {
  it("is true for Done, At risk and Dropped only", () => {
    expect(needsReason(["done"])).toBe(true);
    expect(needsReason(["at_risk"])).toBe(true);
    expect(needsReason(["dropped"])).toBe(true);
    expect(needsReason(["in_progress", "not_started"])).toBe(false);
    expect(needsReason(["in_progress", "done"])).toBe(true);
    expect(needsReason([])).toBe(false);
  });
});

describe("checkChange", () => {
  it("refuses Done without a reason, and a blank reason counts as none", () => {
    for (const reason of [undefined, "", "   \n "]) {
      const checked = checkChange({ targets: ["done"], reason });
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        // A key, worded where it is shown (it names the statuses in the page's language).
        expect(checked.problems).toEqual([{ field: "reason", text: { key: "reasonRequired" } }]);
      }
    }
  });
  it("accepts In progress without a reason, leaving the reason out", () => {
    expect(checkChange({ targets: ["in_progress"], reason: " " })).toEqual({
      ok: true,
      reason: undefined,
      evidenceUrl: undefined,
    });
  });
  it("trims the reason and cuts it at the schema's length", () => {
    const checked = checkChange({ targets: ["at_risk"], reason: `  ${"a".repeat(2100)} ` });
    expect(checked.ok && checked.reason).toHaveLength(2000);
  });
  it("accepts http and https evidence links, trimmed", () => {
    for (const link of ["https://example.org/minutes.pdf", " http://example.org/a?b=c#d "]) {
      const checked = checkChange({ targets: ["done"], reason: "Signed.", evidenceUrl: link });
      expect(checked).toEqual({ ok: true, reason: "Signed.", evidenceUrl: link.trim() });
    }
  });
  it("refuses any other kind of link, with a clear message", () => {
    for (const link of [
      "javascript:alert(1)",
      "ftp://example.org/a",
      "example.org",
      "data:text/html,x",
      "https://",
    ]) {
      const checked = checkChange({ targets: ["in_progress"], evidenceUrl: link });
      expect(checked).toEqual({
        ok: false,
        problems: [{ field: "evidenceUrl", text: { key: "evidenceNotHttp" } }],
      });
    }
  });
  it("reports both problems at once", () => {
    const checked = checkChange({ targets: ["dropped"], evidenceUrl: "javascript:void 0" });
    expect(checked.ok ? [] : checked.problems.map((problem) => problem.field)).toEqual([
      "reason",
      "evidenceUrl",
    ]);
  });
});
