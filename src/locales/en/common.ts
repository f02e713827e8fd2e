// English texts of the app's frame (header, navigation, buttons, language switch, loading) and of the
// overview's heading and introduction: what a page shows before its data, which index.html holds too,
// rendered at build time (decision 020). The French file has the same keys: its type is derived from this
// one, so a key missing in French fails the type-check.
export const common = {
  siteTitle: "US–France commitments",
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    overview: "Overview",
    commitments: "All commitments",
    changes: "Changes",
    updates: "Your updates",
  },
  copyLink: "Copy link",
  language: {
    /** The switch names the other language, in that language (its button carries lang="fr"). */
    switchTo: "Français",
  },
  loading: "Loading commitments…",
  overview: {
    title: "Progress on the US–France commitments",
    lede: "Each initiative of the announcement on space and cybersecurity, with how many of its commitments are done.",
  },
} as const;
