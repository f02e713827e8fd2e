import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { movesWindowOnResize } from "./scroll-on-resize";
import { stayAtPageEnd } from "./stay-at-page-end";

type WindowListOptions = {
  count: number;
  /** A first guess of an item's height in pixels; each rendered item is then measured. */
  estimateSize: number;
  /** Up to this many items, all are rendered: a short list needs no windowing (decision 009). */
  renderAllUpTo: number;
  overscan?: number;
  /** Space between items (a flex `gap`), in pixels. */
  gap?: number;
};

/**
 * Renders only the items of a long list that are in (or near) the window, in the page's own scroll: the
 * list stays in the document flow, so the page scrolls, finds and prints as before. Returns the items to
 * render and the space to leave before and after them for the rest.
 */
export function useWindowList<E extends HTMLElement>({
  count,
  estimateSize,
  renderAllUpTo,
  overscan = 8,
  gap = 0,
}: WindowListOptions) {
  const listRef = useRef<E>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const windowed = count > renderAllUpTo;
  // Where the list starts in the page: anything above it (notices, filters) may change height.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !windowed) return;
    const update = () => {
      const top = list.getBoundingClientRect().top + window.scrollY;
      setScrollMargin((current) => (Math.abs(current - top) < 1 ? current : top));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [windowed]);
  // End, or the scroll bar dragged down, must reach the last item though the page changes under the scroll.
  useEffect(() => (windowed ? stayAtPageEnd() : undefined), [windowed]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    overscan,
    scrollMargin,
    gap,
    enabled: windowed,
  });
  // When a measured item moves the window: the library's rule, except during a scroll down and at the end.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, delta, instance) =>
    movesWindowOnResize({
      itemStart: item.start,
      itemEnd: item.end,
      delta,
      isFirstMeasure: !instance.itemSizeCache.has(item.key),
      scrollOffset: instance.scrollOffset ?? 0,
      viewportHeight: instance.scrollRect?.height ?? 0,
      listEnd: instance.getTotalSize() + instance.options.scrollMargin,
      scrolling: instance.isScrolling ? instance.scrollDirection : null,
    });
  const items = windowed
    ? virtualizer.getVirtualItems().map((item) => ({ index: item.index, key: item.key }))
    : Array.from({ length: count }, (_, index) => ({ index, key: index }));
  const rendered = virtualizer.getVirtualItems();
  const first = rendered[0];
  const last = rendered.at(-1);
  const spaceBefore = windowed && first ? first.start - scrollMargin : 0;
  const spaceAfter = windowed && last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  return {
    listRef,
    items,
    spaceBefore,
    spaceAfter,
    /** Give to each rendered item (with `data-index`), so that its real height is used. */
    measureItem: windowed ? virtualizer.measureElement : undefined,
    /**
     * Makes sure the item is rendered, scrolling the window to it only when it is not: the scroll reads the
     * page's layout at once (tens of milliseconds on a board of thousands of cards, decision 018). A rendered
     * item that must be seen scrolls itself into view.
     */
    renderItem: (index: number) => {
      if (windowed && !items.some((item) => item.index === index)) {
        virtualizer.scrollToIndex(index, { align: "center" });
      }
    },
  };
}
