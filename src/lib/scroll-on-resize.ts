/** Where a measured item and the window stood just before the item's new height is applied. */
export type ResizeContext = {
  /** The item's top and bottom in the page, with the height known until now. */
  itemStart: number;
  itemEnd: number;
  /** How much taller (positive) or shorter (negative) the item has turned out to be. */
  delta: number;
  /** True the first time this item is measured (until then its height was a guess). */
  isFirstMeasure: boolean;
  /** The window's top and height, and where the whole list ends in the page. */
  scrollOffset: number;
  viewportHeight: number;
  listEnd: number;
  /** Which way the reader is scrolling, if a scroll is under way. */
  scrolling: "forward" | "backward" | null;
};

/**
 * Whether to move the window by an item's change of height (`@tanstack/virtual-core`'s
 * `shouldAdjustScrollPositionOnItemSizeChange`), so that what the reader sees stays put.
 *
 * 1. At the list's end (End pressed, or scrolled to the footer), an item that grew is followed, so the reader
 *    stays at the end; one that shrank is not: the browser already pulls the window up as the page shortens,
 *    and moving it too would leave it short of the end by that much.
 * 2. While the reader scrolls forward, never: the move is a scroll of its own, which ends the browser's scroll
 *    (the End key's, a flick's) where it is, short of where it was going.
 * 3. Otherwise the library's own rule: an item measured for the first time when its top is above the window;
 *    a re-measured one when it is wholly above and the reader is not scrolling back up. The library does not
 *    export it (virtual-core 3.19.11, `resizeItem`), so it is restated here and `@tanstack/react-virtual` is
 *    pinned in package.json: compare the two when upgrading it.
 */
export function movesWindowOnResize(context: ResizeContext): boolean {
  const { itemStart, itemEnd, delta, isFirstMeasure, scrollOffset, viewportHeight, listEnd, scrolling } =
    context;
  const atTheEnd = listEnd - (scrollOffset + viewportHeight) <= 1;
  if (atTheEnd) return delta > 0;
  if (scrolling === "forward") return false;
  return isFirstMeasure ? itemStart < scrollOffset : itemEnd <= scrollOffset && scrolling !== "backward";
}
