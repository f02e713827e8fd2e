/** Moves focus to the page's main heading: where to go when the focused control disappears. */
export function focusMainHeading() {
  const heading = document.querySelector<HTMLElement>("main h1");
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
