// English texts of the accessibility statement (route /accessibility) and of the footer's link to it.
// The statement says what was checked and how: keep it in step with e2e/accessibility.spec.ts and
// e2e/keyboard.spec.ts, which are the checks it describes.
export const a11y = {
  footerLink: "Accessibility: partially conformant",
  title: "Accessibility statement",
  documentTitle: "Accessibility statement — US–France commitments tracker",
  intro:
    "The governments of the United States and France require their public-service software to be usable by everyone: France under the RGAA, the United States under Section 508. This statement covers the US–France commitments tracker, every view of it, in English and in French.",
  status: {
    heading: "Conformance status",
    text: "The tracker is partially conformant with RGAA 4.1, with the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, and with Section 508 (which refers to WCAG 2.0 level AA). “Partially” because of the non-conformities and limits listed below, and because no full audit of the 106 RGAA criteria has been made, so no conformance rate is claimed.",
    date: "Statement made on {{date}}, from the checks described here, run on that day.",
  },
  checked: {
    heading: "What was checked",
    views:
      "Every view, in both languages (English and French), in these states: the overview; an initiative's board (also narrowed to one side, with updates made in this browser, with nothing matching the filters, with its “Move to…” menu open, and with the dialog that asks why a card dropped there moves); the list of all commitments (also sorted, filtered, filtered to nothing, with every filter group open, with rows selected and the form that updates them together, and with the toast that offers to undo that update); a commitment's page (also with this browser's updates and their history, right after a save, with the status form's validation message, and with the dialog that asks for a name and side before a first update); Your updates (also with saved values that could not be read); the pages for an unknown address, an unknown commitment and an unknown initiative; this statement; the page while the app and while the data load; the data file missing, not JSON, and with some commitments left out; the copy kept by this browser shown while the file cannot be had; a link with parts that were not used; updates that could not be read, and a browser that refuses to save them; “Copy link” done, and refused with the address to copy by hand.",
    rules:
      "The automated rules of axe-core tagged wcag2a, wcag2aa, wcag21a, wcag21aa and wcag22aa, on each of those states: no violation is left.",
    keyboard:
      "Each task with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, Escape): filtering (opening a filter group, ticking a status, typing a search), opening a commitment from the list and from a board, changing each side's status with a reason (answering the name-and-side dialog of a first update), moving a card with “Move to…” and by dragging it from its handle (with what a screen reader is told at each step), copying the link, switching the language. Where focus lands after each step is checked.",
    focus:
      "Focus: visible on every link, button and field, with an outline of at least 3:1 contrast against what surrounds it; it moves to the new page's heading when the view changes, and follows a card that moved.",
    announcements:
      "Announcements: the text of the live regions after a status change, a card move and a filter change, in both languages.",
    targets:
      "Target size: every visible link, button, field and disclosure of each view measures at least 24 by 24 pixels, or has the spacing the criterion allows, at desktop width and at 320 pixels; links within sentences are excepted, as the criterion allows.",
    reflow:
      "Reflow: at 320 pixels wide, and at 400% zoom of a 1280-pixel window, no page scrolls sideways (the table of commitments scrolls in its own frame where needed) and nothing is cut off.",
    colour:
      "Colour: a status is never told by colour alone: each colour comes with a symbol and a word, and the coloured bar of each initiative on the overview has its counts written beside it.",
    motion:
      "Reduced motion: with “reduce motion” set in the system, no transition, animation or smooth scrolling is left.",
  },
  how: {
    heading: "How it was checked",
    tools:
      "Automated checks: axe-core {{axe}} through @axe-core/playwright, run by Playwright {{playwright}} in Chromium {{chromium}} (Debian), on the production build served under its Content-Security-Policy. The checks are part of the tracker's test suite and run on every change.",
    manual:
      "Manual checks: the accessibility tree (roles, names, states) of each view read through Playwright's accessibility snapshots; the words put in the live regions; screenshots at desktop width and at 320 pixels looked at; keyboard paths followed step by step.",
    notDone:
      "Not done: no test with a screen reader (NVDA, JAWS, VoiceOver, TalkBack), with voice control or with a screen magnifier, and no test in Firefox or Safari. People who use them are the best judges: please tell us what does not work.",
  },
  issues: {
    heading: "Known non-conformities and limits",
    dataText:
      "Notes and names that staff type into their updates are shown as they were written: their language is not marked when it differs from the page's. Where the data file gives no French text for a title or description, the English one is shown, marked as English.",
    browserMessages:
      "Some error details come from the browser itself (for example why it refused to store data) and are shown in the browser's language.",
    derogations: "Derogations: none claimed. Content not subject to the obligation: none.",
  },
  contact: {
    heading: "Report a problem",
    text: "If you cannot use part of the tracker, or meet a problem not listed here, contact the team that runs the tracker in your department. Say which page (the “Copy link” button gives its address), what you were trying to do, and which browser and assistive technology you use. They will give you the information another way if needed, and have the problem fixed.",
    recourse:
      "In France, if you get no satisfactory answer, you may refer the matter to the Défenseur des droits. In the United States, your agency's Section 508 program receives complaints.",
  },
} as const;
