/**
 * Finishes a scroll to the end of the page that a long list cut short.
 *
 * A long list renders only the rows near the window and guesses the height of the others (decision 009). A
 * scroll to the end (End, the scroll bar dragged down, a flick) is aimed by the browser at the end as it was
 * when the scroll began; the rows rendered on the way are measured, the page grows or shrinks under the
 * scroll, and it can stop short of the end (by up to a screen, measured in Chromium). When a scroll
 * that reached the end, moving down, is over and the window is no longer there, this takes it there.
 */
export function reachedPageEnd(offset: number, end: number, endWhenScrollBegan: number) {
  return offset >= Math.min(end, endWhenScrollBegan) - 1;
}

/** What the reader does to scroll on their own: from then on, nothing is finished for them. */
const READER_INPUT = ["wheel", "touchstart", "keydown", "mousedown"] as const;

let lists = 0;
/** The scroll under way: from its first event to its `scrollend`, or to the reader's next input. */
let scroll: { endWhenBegan: number; began: "down" | "up"; reachedEnd: boolean } | null = null;
let lastOffset = 0;
const pageEnd = () => document.documentElement.scrollHeight - window.innerHeight;

function onScroll() {
  const offset = window.scrollY;
  scroll ??= { endWhenBegan: pageEnd(), began: offset > lastOffset ? "down" : "up", reachedEnd: false };
  // Only a scroll that set off downwards is finished: one that began at the end and went up is the reader's.
  if (scroll.began === "down" && reachedPageEnd(offset, pageEnd(), scroll.endWhenBegan))
    scroll.reachedEnd = true;
  lastOffset = offset;
}

function onScrollEnd() {
  const end = pageEnd();
  if (scroll?.reachedEnd && window.scrollY < end - 1) window.scrollTo({ top: end, behavior: "instant" });
  scroll = null;
}

function onReaderInput() {
  scroll = null;
}

/** Called by each long list while it renders only some of its items; one set of listeners serves them all. */
export function stayAtPageEnd() {
  lists += 1;
  if (lists === 1) {
    lastOffset = window.scrollY;
    document.addEventListener("scroll", onScroll, { passive: true });
    document.addEventListener("scrollend", onScrollEnd);
    for (const type of READER_INPUT)
      window.addEventListener(type, onReaderInput, { capture: true, passive: true });
  }
  return () => {
    lists -= 1;
    if (lists > 0) return;
    document.removeEventListener("scroll", onScroll);
    document.removeEventListener("scrollend", onScrollEnd);
    for (const type of READER_INPUT) window.removeEventListener(type, onReaderInput, { capture: true });
    scroll = null;
  };
}
