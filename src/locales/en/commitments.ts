// English texts of the commitments feature: the status vocabulary, the sides, a commitment's page, the list,
// and what is said about the data file. The source of the keys: the French file has the same ones.
export const commitments = {
  /** DESIGN.md, "Status vocabulary". */
  status: {
    not_started: "Not started",
    in_progress: "In progress",
    at_risk: "At risk",
    done: "Done",
    dropped: "Dropped",
  },
  party: { us: "United States", fr: "France" },
  /** "United States → Done". */
  change: "{{party}} → {{status}}",
  sidesDiffer: "Sides differ",
  updatedHere: "updated here",
  updatedHereHint: "Changed in this browser; not in the published file yet",
  notYetPublished: ", not yet published",
  count_one: "{{count, number}} commitment",
  count_other: "{{count, number}} commitments",
  list: {
    title: "All commitments",
    empty: "No commitment matches the filters. Clear a filter to see more.",
    tableLabel: "Commitments table",
    caption: "Commitments, with each side's status",
    commitment: "Commitment",
    initiative: "Initiative",
    status: "Status",
    eachSide: "Each side",
    lastUpdate: "Last update",
    noneYet: "None yet",
  },
  detail: {
    overall: "Overall:",
    quoteFrom: "From the announcement “{{title}}”",
    translation: "Translation",
    parties: "Parties",
    ledBy: "Led by",
    themes: "Themes",
    none: "None",
    sectors: "Sectors",
    eachSide: "Each side",
    notShownTitle: "Commitment “{{id}}” could not be shown",
    notShownText:
      "The data file has mistakes in this commitment, listed above. It shows again once they are fixed.",
  },
  data: {
    theFile: "(the file)",
    leftOut_one: "{{count, number}} commitment was left out",
    leftOut_other: "{{count, number}} commitments were left out",
    inPart_one: "{{count, number}} commitment is shown in part",
    inPart_other: "{{count, number}} commitments are shown in part",
    both: "{{first}} and {{second}}",
    fileHasMistakes: "{{parts}}: the data file has mistakes",
    copyHasMistakes: "{{parts}}: that copy has mistakes",
    tryAgain: "Try again",
    tryingAgain: "Trying again…",
    keptCopyTitle: "The data file could not be loaded: showing the copy this browser kept on {{date}}",
    onceCorrected: "Once a corrected file is published, Try again shows it.",
    attempt: "The tracker is trying again (attempt {{attempt}} of {{max}}).",
    triesEvery:
      "The tracker tries again every {{seconds}} seconds, and at once when the connection comes back.",
    keptMeanwhile: "Updates you make are kept in this browser meanwhile.",
    didNotLoad: "The data file did not load.",
    attemptPending: "The tracker is trying again (attempt {{attempt}} of {{max}})…",
    failedBefore: "The data file could not be loaded before; trying again…",
    notRefreshed: "The commitments could not be refreshed: showing the copy loaded {{date}}",
    notLoaded: "The commitments could not be loaded",
    notLoadedDocumentTitle: "Commitments could not be loaded",
    everythingElse:
      "Everything else is shown. Whoever edits the data file should fix these, then publish it again:",
  },
  /** Why the data file could not be had or used (features/commitments/dataset-errors.ts). */
  error: {
    tooLarge:
      "The data file is too large to open in a browser (at least {{size}} MB; the tracker reads up to {{max}} MB). Whoever publishes it should split it or remove old history.",
    offline:
      "This device is offline, so the data file could not be fetched. The tracker tries again once the connection is back.",
    unreachable:
      "The data file could not be reached. Check your network connection; the tracker tries again.",
    notFound:
      "The data file was not found (404) at {{url}}. Check the address, or tell whoever publishes it.",
    clientError:
      "The data file could not be loaded (error {{status}}) at {{url}}. Check the address, or tell whoever publishes it.",
    serverError:
      "The data file could not be loaded (error {{status}}) at {{url}}. The tracker tries again; if this lasts, tell whoever publishes it.",
    timeout:
      "Nothing of the data file arrived for {{seconds}} seconds. The connection may have stalled; the tracker tries again.",
    workerFailed: "The data file could not be read. Try again.",
    cannotRead:
      "The data file cannot be read: <detail>{{detail}}</detail>. Whoever edits it should fix it and publish it again.",
    cannotReadNotJson:
      "The data file cannot be read: it is not valid JSON (<detail>{{detail}}</detail>). Whoever edits it should fix it and publish it again.",
    cannotReadRefusedKey:
      'The data file cannot be read: it has a key named "{{key}}" (at {{path}}), which is never allowed. Whoever edits it should fix it and publish it again.',
    notFormat: "The data file is not in the expected format: <detail>{{detail}}</detail>.",
    repeatsId: 'The data file repeats an id: {{path}} "{{id}}" is used twice.',
    other: "{{detail}}",
  },
  /** What is wrong in a part of the data file, for whoever edits it (features/commitments/parse-dataset.ts). */
  problem: {
    usedTwice: '"{{id}}" is used twice',
    unknownInitiative: 'initiativeId "{{id}}" is not one of the file\'s initiatives',
    unknownTheme: 'theme "{{id}}" is not one of the file\'s themes',
    statusOfNonParty: 'statuses.{{party}} is given but "{{party}}" is not one of its parties',
    eventOfOtherCommitment: 'history event "{{event}}" names commitment "{{commitment}}"',
    eventOfNonParty: 'history event "{{event}}" is for "{{party}}", not one of its parties',
    duplicateCommitment: '"{{id}}" is used by an earlier commitment; this one was left out',
    unknownPartyStatus:
      "is {{value}}, which is not a status ({{vocabulary}}): the {{side}} side shows as {{shownAs}} until the file is fixed",
    unknownEventStatus:
      "is {{value}}, which is not a status ({{vocabulary}}): this history event is not shown",
  },
} as const;
