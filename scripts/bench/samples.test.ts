import { describe, expect, it } from "vitest";
import { failedKey, median, readKey } from "./samples";

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones, whatever the order", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it("is null, not 0, when there is no value (every run failed)", () => {
    expect(median([])).toBeNull();
  });
});

describe("failedKey and readKey", () => {
  it("name a measure's failed runs so that the comparison reads them back apart", () => {
    expect(readKey(failedKey("keystroke → list updated"))).toEqual({
      measure: "keystroke → list updated",
      failed: true,
    });
    expect(readKey("keystroke → list updated")).toEqual({
      measure: "keystroke → list updated",
      failed: false,
    });
  });
});
