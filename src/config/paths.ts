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
