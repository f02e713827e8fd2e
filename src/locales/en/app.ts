// English texts of the app's pages that no feature owns: the document title, not found, a view that failed,
// the footer. The source of the keys: the French file has the same ones.
export const app = {
  /** Every page's document title: "Overview — US–France commitments tracker". */
  documentTitle: "{{page}} — US–France commitments tracker",
  notFound: {
    documentTitle: "Not found",
    page: "Page not found",
    initiative: "No initiative “{{id}}”",
    commitment: "No commitment “{{id}}”",
    pageText: "This address does not match any page of the tracker.",
    initiativeText:
      "The data file has no initiative with this id. The link may be mistyped, or the initiative may have been renamed.",
    commitmentText:
      "The data file has no commitment with this id. The link may be mistyped, or the commitment may have been renamed.",
    didYouMean: "Did you mean <link>{{label}}</link>?",
    goOverview: "<overview>Go to the overview</overview> or <all>see all commitments</all>.",
  },
  error: {
    documentTitle: "Something went wrong",
    title: "Something went wrong",
    view: "This view could not be shown.",
    startFailed:
      "The tracker could not finish loading. Check your connection and reload the page; your updates are safe in this browser.",
    safe: "Your updates are safe in this browser. <overview>Go back to the overview</overview> or reload the page.",
  },
  footer: {
    source: "Source: “<title>{{title}}</title>”. Data updated <date>{{date}}</date>.",
  },
  opensInNewTab: " (opens in a new tab)",
} as const;
