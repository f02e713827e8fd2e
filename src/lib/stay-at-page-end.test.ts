import { describe, expect, it } from "vitest";
import { reachedPageEnd } from "./stay-at-page-end";

describe("reachedPageEnd", () => {
  it("is true at the page's end, within a pixel", () => {
    expect(reachedPageEnd(10_000, 10_000, 10_000)).toBe(true);
    expect(reachedPageEnd(9_999, 10_000, 10_000)).toBe(true);
    expect(reachedPageEnd(9_998, 10_000, 10_000)).toBe(false);
  });

  it("is true where the end was when the scroll began, though the page has grown since", () => {
    expect(reachedPageEnd(10_000, 10_600, 10_000)).toBe(true);
    expect(reachedPageEnd(9_400, 10_600, 10_000)).toBe(false);
  });

  it("is true at the new end of a page that has shrunk under the scroll", () => {
    expect(reachedPageEnd(9_300, 9_300, 10_000)).toBe(true);
  });
});
