// Every route's path pattern and the builder of its links, in one place (DESIGN.md, "Routes").
export const paths = {
  overview: { pattern: "/", href: () => "/" },
  initiative: {
    pattern: "/initiatives/:initiativeId",
    href: (initiativeId: string) => `/initiatives/${encodeURIComponent(initiativeId)}`,
  },
  commitments: { pattern: "/commitments", href: () => "/commitments" },
  commitment: {
    pattern: "/commitments/:commitmentId",
    href: (commitmentId: string) => `/commitments/${encodeURIComponent(commitmentId)}`,
  },
  updates: { pattern: "/updates", href: () => "/updates" },
  accessibility: { pattern: "/accessibility", href: () => "/accessibility" },
  changes: { pattern: "/changes", href: () => "/changes" },
} as const;

export type View = keyof typeof paths;

const segments = (path: string) => path.toLowerCase().split("/").filter(Boolean);

/**
 * The view a path most likely shows (the router decides; a wrong guess only loads a view's code early), or
 * null. `pathname` is below the base path.
 */
export function viewOfPath(pathname: string): View | null {
  const actual = segments(pathname);
  for (const [view, { pattern }] of Object.entries(paths) as [View, { pattern: string }][]) {
    const expected = segments(pattern);
    if (
      expected.length === actual.length &&
      expected.every((part, index) => part.startsWith(":") || part === actual[index])
    )
      return view;
  }
  return null;
}

/**
 * The view an address of this build most likely shows, before the router has run (the first script, and
 * index.html's inline script). `pathname` is the whole path; `basePath` the build's base, ending in "/".
 */
export function viewOfAddress(pathname: string, basePath: string): View | null {
  return viewOfPath(pathname.slice(basePath.length - 1));
}
