import { describe, expect, it } from "vitest";
import { movesWindowOnResize, type ResizeContext } from "./scroll-on-resize";

// A list from 200 px to 20,200 px down the page, seen through a window 800 px tall.
const inTheMiddle: ResizeContext = {
  itemStart: 5_000,
  itemEnd: 5_040,
  delta: -20,
  isFirstMeasure: true,
  scrollOffset: 4_800,
  viewportHeight: 800,
  listEnd: 20_200,
  scrolling: null,
};
const aboveTheWindow = { itemStart: 4_700, itemEnd: 4_740 };
const acrossTheTop = { itemStart: 4_780, itemEnd: 4_820 };
const atTheEnd = { scrollOffset: 19_400, itemStart: 19_300, itemEnd: 19_340 };

describe("movesWindowOnResize", () => {
  it("leaves the window alone for an item in or below it", () => {
    expect(movesWindowOnResize(inTheMiddle)).toBe(false);
    expect(movesWindowOnResize({ ...inTheMiddle, itemStart: 9_000, itemEnd: 9_040, delta: 30 })).toBe(false);
  });

  it("follows an item first measured with its top above the window, as the library does", () => {
    expect(movesWindowOnResize({ ...inTheMiddle, ...acrossTheTop })).toBe(true);
    expect(movesWindowOnResize({ ...inTheMiddle, ...aboveTheWindow, scrolling: "backward" })).toBe(true);
  });

  it("follows a re-measured item only when it is wholly above and the reader is not scrolling back up", () => {
    const again = { ...inTheMiddle, isFirstMeasure: false };
    expect(movesWindowOnResize({ ...again, ...acrossTheTop })).toBe(false);
    expect(movesWindowOnResize({ ...again, ...aboveTheWindow })).toBe(true);
    expect(movesWindowOnResize({ ...again, ...aboveTheWindow, scrolling: "backward" })).toBe(false);
  });

  it("never moves the window while the reader scrolls forward, which would cut that scroll short", () => {
    expect(movesWindowOnResize({ ...inTheMiddle, ...aboveTheWindow, scrolling: "forward" })).toBe(false);
    const again = { ...inTheMiddle, ...aboveTheWindow, isFirstMeasure: false, scrolling: "forward" as const };
    expect(movesWindowOnResize(again)).toBe(false);
  });

  it("at the list's end, follows an item that grew and leaves one that shrank to the browser", () => {
    expect(movesWindowOnResize({ ...inTheMiddle, ...atTheEnd, delta: 25 })).toBe(true);
    expect(movesWindowOnResize({ ...inTheMiddle, ...atTheEnd, delta: 25, scrolling: "forward" })).toBe(true);
    expect(movesWindowOnResize({ ...inTheMiddle, ...atTheEnd, delta: -25 })).toBe(false);
  });

  it("counts the end as in view when the window shows what follows the list, or is within a pixel of it", () => {
    const grew = { ...inTheMiddle, delta: 25, itemStart: 20_000, itemEnd: 20_040 };
    expect(movesWindowOnResize({ ...grew, scrollOffset: 19_700 })).toBe(true);
    expect(movesWindowOnResize({ ...grew, scrollOffset: 19_399 })).toBe(true);
    expect(movesWindowOnResize({ ...grew, scrollOffset: 19_398 })).toBe(false);
  });
});
