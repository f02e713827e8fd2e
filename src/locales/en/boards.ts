// English texts of the overview and the initiative boards. The source of the keys: French has the same ones.
export const boards = {
  overview: {
    documentTitle: "Overview",
    oneSide: " Statuses are one side's, as filtered.",
  },
  card: {
    empty: "No commitment of this initiative matches the filters.",
    nothingCounts: "No commitment counts toward progress",
    percentDone: "{{percent}}% done",
    progressOf: "Progress of {{title}}",
    doneOf_one: "{{count}} of {{counted}} done",
    doneOf_other: "{{count}} of {{counted}} done",
    amongFiltered: " among the commitments that match the filters",
    dropped_one: " ({{count}} dropped, not counted)",
    dropped_other: " ({{count}} dropped, not counted)",
    open: "Open the {{title}} board",
  },
  board: {
    nothingCounts: "Nothing counts toward progress yet.",
    hintOneSide: "Columns and moves are {{side}}'s status.",
    hintEverySide:
      "Moving a card sets the status of every side. To move one side's status only, choose that side in the Side filter.",
    empty: "No commitment of this initiative matches the filters.",
    /** "Moved “…” to Done (United States and France)." */
    moved: "Moved “{{title}}” to {{status}} ({{sides}}).",
    columnSide: " ({{side}})",
    none: "None",
    /** After a column's count, for screen readers: "12 commitments". */
    countNoun_one: "commitment",
    countNoun_other: "commitments",
    byStatus: "Commitments by status",
    everySide: "every side",
    moveTo: "Move to…",
    setTo: "Set {{scope}} to",
  },
} as const;
