/**
 * Moves focus to the page's main heading: where to go when the focused control disappears, or when another
 * view has opened. Without a heading (the data is still loading), <main> itself takes focus. Returns whether
 * focus found a place.
 */
export function focusMainHeading(): boolean {
  const target =
    document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
  if (!target) return false;
  if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.focus();
  return document.activeElement === target;
}
