import { describe, expect, it } from "vitest";
import { failedKey, LONGEST_TASK, median, msText, readKey } from "./samples";

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

describe("msText", () => {
  it("shows a median in whole milliseconds", () => {
    expect(msText("keystroke → list updated", 40.8)).toBe("41 ms");
    expect(msText(LONGEST_TASK, 107.4)).toBe("107 ms");
  });

  it("says no task reached the Long Tasks API's 50 ms, rather than that the longest took 0 ms", () => {
    expect(msText(LONGEST_TASK, 0)).toBe("< 50 ms");
    expect(msText("keystroke → list updated", 0)).toBe("0 ms");
  });

  it("does not show the mean of no long task and one as a task's length", () => {
    expect(msText(LONGEST_TASK, median([0, 0, 61, 76]) as number)).toBe("< 50 ms");
    expect(msText(LONGEST_TASK, 50)).toBe("50 ms");
  });
});
