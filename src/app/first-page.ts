// index.html's page as served (decision 020): the page before the data, in its own element beside the
// app's root, shown until the app has a page of its own to show (the layout, or an error). It is not
// replaced by an identical page rendered by React: a paint that is taken off the page a moment after it
// was made is not counted as the largest contentful paint (5 loads of 15 here, when React rendered its copy
// 100 ms after the first paint), and it was work for nothing.

const FIRST_PAGE_ID = "first-page";

/** Takes index.html's page off, at the moment the app shows its own. */
export function removeFirstPage(): void {
  document.getElementById(FIRST_PAGE_ID)?.remove();
}
