// English texts of this browser's updates: the status form, the history, undo, download and import, and
// what is said about the browser's storage. The source of the keys: the French file has the same ones.
export const status = {
  form: {
    title: "Update status",
    statusOf: "Status — {{side}}",
    note: "Note (optional)",
    name: "Your name (optional, remembered in this browser)",
    save: "Save update",
    nothingToSave: "Nothing to save: choose a new status for a side first.",
    saved: "Saved: {{changes}}.",
  },
  history: {
    title: "History of updates",
    empty: "No update yet: the statuses are as published with the announcement.",
    pending: "made in this browser, not yet published",
    undone: "undone",
    superseded: "made in this browser; the published file is newer",
    evidence: "Evidence",
  },
  local: {
    label: "Updates made in this browser",
    pending_one:
      "{{count, number}} status comes from updates made in this browser, not yet in the published file.",
    pending_other:
      "{{count, number}} statuses come from updates made in this browser, not yet in the published file.",
    undo: "Undo last update",
    last: "Last update: {{description}}",
    undone: "Undone: {{description}}.",
  },
  page: {
    title: "Your updates",
    lede: "Status updates made here are kept in this browser until they appear in the published data file. A file of them keeps them safe if the browser is cleared, moves them to another browser, or goes to whoever publishes the data.",
    download: "Download",
    holds_one: "This browser holds {{count, number}} status update (undone ones aside)",
    holds_other: "This browser holds {{count, number}} status updates (undone ones aside)",
    unpublished_one: "; {{count, number}} commitment shows a status not yet in the published file.",
    unpublished_other: "; {{count, number}} commitments show a status not yet in the published file.",
    import: "Import",
    importText:
      "Adds the updates of a downloaded file that this browser does not have yet. Nothing already here is changed or lost, and importing the same file twice adds nothing the second time.",
  },
  download: {
    button: "Download updates",
    done_one: "Downloaded {{count, number}} update as {{fileName}}.",
    done_other: "Downloaded {{count, number}} updates as {{fileName}}.",
  },
  import: {
    label: "Import updates from a file",
    refused: "Nothing was imported from {{fileName}}",
    imported_one: "Imported {{count, number}} update from {{fileName}}",
    imported_other: "Imported {{count, number}} updates from {{fileName}}",
    already_one: "1 update of the file was already in this browser, and is kept once.",
    already_other: "{{count}} updates of the file were already in this browser, and are kept once.",
    skipped_one: "1 entry is not a valid update and was left out:",
    skipped_other: "{{count}} entries are not a valid update and were left out:",
    skippedWhatToDo_one:
      "To add the entry left out, correct it in the file as said above and import the file again, or have the file made again with “Download updates” and not edited by hand. Importing again adds only what this browser lacks: nothing is added twice.",
    skippedWhatToDo_other:
      "To add the entries left out, correct them in the file as said above and import the file again, or have the file made again with “Download updates” and not edited by hand. Importing again adds only what this browser lacks: nothing is added twice.",
    tooLarge:
      "The file is {{size}} MB: far larger than any file of updates. Choose the file made by “Download updates”.",
    unreadable: "The file could not be read.",
    /** Why a file of updates is refused (features/status/updates-file.ts). */
    cannotRead:
      "The file cannot be read: <detail>{{detail}}</detail>. It is not a file of updates saved by this tracker (use “Download updates” to make one).",
    notJson:
      "The file cannot be read: it is not valid JSON (<detail>{{detail}}</detail>). It is not a file of updates saved by this tracker (use “Download updates” to make one).",
    refusedKey:
      'The file cannot be read: it has a key named "{{key}}" (at {{path}}), which is never allowed. It is not a file of updates saved by this tracker (use “Download updates” to make one).',
    notOurs: "It is not a file of updates saved by this tracker (use “Download updates” to make one).",
    otherVersion:
      "The file was saved by another version of the tracker (file version {{version}}; this one reads version {{supported}}). Nothing was imported.",
  },
  keptAside: {
    title: "Saved values that could not be read",
    text: "This browser once held saved updates that the tracker could not read. They were kept aside, unchanged. Download one to recover its updates by hand.",
    characters: "({{count, number}} characters)",
    download: "Download",
    downloadKey: "Download {{key}}",
  },
  storage: {
    unreadableTitle: "Some saved updates could not be read",
    unreadableText:
      "What this browser had saved was damaged or came from another version of the tracker. The updates that could be read are shown.",
    keptAside:
      "The rest was kept aside, unchanged, under the storage key <key>{{key}}</key>; it is listed on <link>Your updates</link>.",
    notKeptAside:
      "The browser's storage is full, so the rest could not be kept aside: download it now, before closing this tab.",
    downloadUnreadable: "Download what could not be read",
    notSavedTitle: "Your updates are not being saved on this device",
    notSavedText:
      "The browser refused to store them (<reason>{{reason}}</reason>). They stay in this tab until you close it. Download them to a file now to keep them; you can import that file later, here or in another browser. Freeing some space or allowing site data lets the tracker save again.",
    full: "its storage for this site is full",
    denied: "it does not allow this site to store data",
    unavailable: "this browser does not allow the tracker to store data",
  },
} as const;
