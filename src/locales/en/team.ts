// English texts of the team features (issue 6): who and why, the timeline in words, bulk update, drag and
// drop, the undo toast. The source of the keys: the French file has the same ones.
export const team = {
  identity: {
    titleFirst: "Before your first update: who are you?",
    titleChange: "Who you are",
    explained:
      "Your name and side are recorded with each change, so colleagues on both sides know who changed what. They are remembered in this browser; you can change them later on the Your updates page.",
    name: "Your name",
    side: "Your side",
    nameMissing: "Give your name: it is shown with every change you make.",
    sideMissing: "Choose your side: the United States or France.",
    continue: "Continue",
    save: "Save",
    cancel: "Cancel",
    heading: "Who you are",
    notYet: "Your first update asks for your name and side, remembered in this browser.",
    giveNow: "Give them now",
    recordedAs: "Recorded as <name>{{name}}</name> ({{side}}).",
    changeButton: "Change name or side",
    yourSide: " (your side)",
    notSaved: "Not saved: say who you are to save an update.",
  },
  words: {
    reason: "Reason",
    requiredHere: "(required for this status)",
    requiredFor: "(required for {{statuses}})",
    evidence: "Evidence link",
    evidenceNote: "(optional, http:// or https://)",
  },
  toast: {
    label: "Last change",
    undo: "Undo",
    dismiss: "Dismiss",
    undone: "Undone: {{what}}.",
    saved: "Saved: {{what}} on “{{title}}”.",
    savedWhat: "{{what}} on “{{title}}”",
    moveWhat: "the move of “{{title}}” to {{status}}",
    bulkWhat_one: "{{side}} → {{status}} on {{count, number}} commitment",
    bulkWhat_other: "{{side}} → {{status}} on {{count, number}} commitments",
  },
  /** Why a change is refused (change-rules.ts): said next to the field. */
  rules: {
    nothingToSave: "Nothing to save: no status changed.",
    reasonRequired: "Give a reason: one is required for {{statuses}}.",
    evidenceNotHttp: "The evidence link must be a web address starting with http:// or https://.",
  },
  /** A side inside a sentence: "Set the United States to Done". */
  side: {
    inSentence: { us: "the United States", fr: "France" },
    /** Unused in English; French needs it ("le statut des États-Unis"). */
    of: { us: "of the United States", fr: "of France" },
  },
  bulk: {
    heading: "Update several at once",
    none: "None selected: tick the commitments to update.",
    selected_one: "{{count, number}} commitment selected.",
    selected_other: "{{count, number}} commitments selected.",
    clear: "Clear selection",
    side: "Side",
    newStatus: "New status",
    apply_one: "Set {{side}} to {{status}} on {{count, number}} commitment",
    apply_other: "Set {{side}} to {{status}} on {{count, number}} commitments",
    nothingSelected: "Nothing to update: select commitments with the checkboxes first.",
    /** The result, in parts (build-changes.ts): what changed, what was skipped and why. */
    set_one: "Set {{side}} to {{status}} on {{count, number}} commitment.",
    set_other: "Set {{side}} to {{status}} on {{count, number}} commitments.",
    nothing: "Nothing changed.",
    notParty_one: "{{count, number}} commitment skipped: {{side}} is not a party to it.",
    notParty_other: "{{count, number}} commitments skipped: {{side}} is not a party to them.",
    unchanged_one: "{{count, number}} commitment was already {{status}} for {{side}}.",
    unchanged_other: "{{count, number}} commitments were already {{status}} for {{side}}.",
  },
  list: {
    /** The table's select-all box. */
    selectAll_one: "Select the one commitment shown",
    selectAll_other: "Select all {{count, number}} shown",
    /** The updates bar, after a bulk update: "2 commitments — France → At risk". */
    bulkLast_one: "{{count, number}} commitment — {{changes}}",
    bulkLast_other: "{{count, number}} commitments — {{changes}}",
  },
  move: {
    title: "Move “{{title}}” to {{column}}",
    sets: "Sets {{changes}}.",
    confirm: "Move",
    cancel: "Cancel",
  },
  timeline: {
    it: "it",
    statusOf: { us: "the United States’ status", fr: "France’s status" },
    whoWithSide: "{{name}} ({{side}})",
    byMoved: "{{who}} moved {{subject}} from {{from}} to {{to}} on {{day}}",
    bySet: "{{who}} set {{subject}} to {{to}} on {{day}}",
    moved: "{{subject}} moved from {{from}} to {{to}} on {{day}}",
    set: "{{subject}} was set to {{to}} on {{day}}",
    /** The sentence and its reason, as one line. */
    withReason: "{{sentence}}: {{reason}}",
  },
  board: {
    hintDrag:
      "Drag a card to another column, or use its “Move to…” button; you are asked for a reason either way.",
    dragHandle: "Drag “{{title}}”",
  },
  /** What a screen reader is told while a card is dragged (drag-columns.ts); dnd-kit speaks them. */
  drag: {
    instructions:
      "To move this card to another column, press Space or Enter to pick it up, the arrow keys to choose a column, then Space or Enter to drop it. Escape cancels.",
    start:
      "Picked up “{{title}}” from the {{column}} column. Use the arrow keys to choose a column, Space or Enter to drop, Escape to cancel.",
    over: "“{{title}}” is over the {{column}} column.",
    notOver: "“{{title}}” is not over a column.",
    outside: "“{{title}}” was dropped outside the columns: nothing changed.",
    back: "“{{title}}” was dropped back on the {{column}} column: nothing changed.",
    dropped: "“{{title}}” was dropped on the {{column}} column. Give a reason to confirm the move.",
    cancel: "Move cancelled: “{{title}}” stays in the {{column}} column.",
  },
} as const;
