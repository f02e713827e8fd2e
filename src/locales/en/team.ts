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
  },
  timeline: {
    it: "it",
    statusOf: { us: "the United States’ status", fr: "France’s status" },
    whoWithSide: "{{name}} ({{side}})",
    byMoved: "{{who}} moved {{subject}} from {{from}} to {{to}} on {{day}}",
    bySet: "{{who}} set {{subject}} to {{to}} on {{day}}",
    moved: "{{subject}} moved from {{from}} to {{to}} on {{day}}",
    set: "{{subject}} was set to {{to}} on {{day}}",
  },
  board: {
    hintDrag:
      "Drag a card to another column, or use its “Move to…” button; you are asked for a reason either way.",
    dragHandle: "Drag “{{title}}”",
  },
} as const;
