// index.html's page as served (decision 020): the page before the data, in its own element beside the
// app's root, shown until the app has a page of its own to show (the layout, or an error). It is not
// replaced by an identical page rendered by React: a paint that is taken off the page a moment after it
// was made is not counted as the largest contentful paint (5 loads of 15 here, when React rendered its copy
// 100 ms after the first paint), and it was work for nothing.

import type { View } from "@/config/paths";
import type { Lang } from "@/lib/languages";

/** The id of the element index.html holds its first pages in. */
export const FIRST_PAGE_ID = "first-page";

/** The kinds of address index.html has a first page for: the overview, and any other. */
export const firstPageKinds = ["overview", "other"] as const;
type FirstPageKind = (typeof firstPageKinds)[number];

/** The kind of first page a view gets. */
export const firstPageKindOf = (view: View | null): FirstPageKind =>
  view === "overview" ? "overview" : "other";

/**
 * A first page's `data-first-page`, and the value the inline script gives <html> to pick it (styles.css
 * shows the page whose value matches).
 */
export const firstPageKey = (lang: Lang, kind: FirstPageKind) => `${lang} ${kind}`;

/** Takes index.html's page off, at the moment the app shows its own. */
export function removeFirstPage(): void {
  document.getElementById(FIRST_PAGE_ID)?.remove();
}
