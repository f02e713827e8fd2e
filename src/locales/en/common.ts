// English texts of the app's frame (header, navigation, language switch, loading). The French file has the
// same keys: its type is derived from this one, so a key missing in French fails the type-check.
export const common = {
  siteTitle: "US–France commitments",
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    overview: "Overview",
    commitments: "All commitments",
    updates: "Your updates",
  },
  language: {
    /** The switch names the other language, in that language (its button carries lang="fr"). */
    switchTo: "Français",
  },
  loading: "Loading commitments…",
} as const;
