// English texts of the filters, the link and the language of a view. The source of the keys.
export const filters = {
  bar: {
    label: "Filter commitments",
    search: "Search commitments",
    placeholder: "Words from a title, description or quote",
    status: "Status",
    statusOfSide: "Status ({{side}})",
    side: "Side",
    initiative: "Initiative",
    theme: "Theme",
    sidesDiffer: "Sides differ",
    selected: "{{count}} selected",
    clear: "Clear filters",
    all_one: "All {{count}} commitment shown.",
    all_other: "All {{count}} commitments shown.",
    matching_one: "{{count}} of {{total}} commitments match the filters.",
    matching_other: "{{count}} of {{total}} commitments match the filters.",
  },
  copy: {
    copied: "Link copied: it opens this exact view.",
    copiedWithUpdates:
      "Link copied. It holds these filters; your updates made in this browser are not in it, so others see the published statuses.",
    failed: "Your browser did not allow copying. Copy this address:",
  },
  sort: {
    sorted: "Sorted by {{label}}, {{direction}}.",
    ascending: "ascending",
    descending: "descending",
  },
  ignored: {
    title: "Part of this link was not used",
    rest: "The page shows everything else the link asked for. Change a filter to get a clean link.",
    /** Each reason follows the parameter it is about: "colour=red is not a filter this tracker knows." */
    reason: {
      unknownParam: "is not a filter this tracker knows",
      tooLong: "is longer than {{max}} characters; the rest was cut",
      notStatus: "is not a status",
      notParty: "is not a party (us or fr)",
      notId: "is not a valid id",
      notDiverging: "must be 1 or 0",
      notSort: "is not a sort order ({{keys}})",
      notLang: "is not a language (en or fr)",
      notDate: "is not a date like 2026-03-31",
      unknownInitiative: "is not an initiative of this data",
      unknownTheme: "is not a theme of this data",
      asOfFuture: "is a date in the future: these are today's statuses",
      afterTo: "is after to={{to}}",
      asOfNotYet: "is kept in the link, but past dates cannot be shown yet: these are today's statuses",
    },
  },
} as const;
