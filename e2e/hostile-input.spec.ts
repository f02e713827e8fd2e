import type { Page } from "@playwright/test";
import type { Dataset } from "@/features/commitments/dataset-schema";
import { parseFilterParams } from "@/features/filters/filter-params";
import { fillIn } from "@/lib/message";
import { filters as enFilters } from "@/locales/en/filters";
import {
  test as base,
  boardColumn,
  bundledDataset,
  expect,
  filterSummary,
  listedRows,
  openFilterGroup,
  seedStoredUpdates,
} from "./fixtures";
import { controlPayload, MARKER_PATTERN, payloads } from "./xss-payloads";

// Issue 3: hostile strings in the data file, the address and the browser's storage are shown as text, never
// run, and never turn into elements. Every payload goes through every field and parameter. To keep the file
// fast, the app is loaded once per test and then walked from page to page without reloading.
// Shown nowhere, and so checked only for running nothing: the data file's title, the source's publisher and
// text, owners, and the French texts (the French interface does not exist yet).

const N = payloads.length;
/** Payload i, counting around the list: fields of one item get different payloads. */
const p = (i: number) => payloads[i % N] as string;

// ─── The detector ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Runs in every document before the app: reports each element that markup from a payload would have made.
 * Self-contained, since Playwright sends it to the browser as source text.
 */
function watchForPayloadElements() {
  const markerPattern = /xss\d{3}/i;
  // The app renders none of these inside #root; outside it, the build's own head elements carry no marker.
  const foreign = new Set(
    "script noscript style link meta base iframe frame frameset object embed applet img image picture svg math video audio source track canvas marquee template body html head xmp plaintext portal".split(
      " ",
    ),
  );
  // Attributes where the app legitimately puts data text: accessible names and form values.
  const textAttributes = new Set(["aria-label", "aria-valuetext", "value"]);
  const urlAttributes = new Set(
    "src srcdoc action formaction data xlink:href background poster codebase cite ping srcset".split(" "),
  );
  const safeHref = /^(https?:|\/(?!\/)|#)/i;
  // Browsers read a URL with its spaces and control characters left out: "java\tscript:" is javascript:.
  const scriptScheme = /^(javascript|vbscript|data):/i;
  const snippet = (element: Element) => element.outerHTML.slice(0, 160);

  const problemsOf = (element: Element): string[] => {
    const problems: string[] = [];
    const tag = element.localName;
    // Outside #root, an element is a payload's when its own tag, or the code of a script or style, has a marker.
    const own = (element.cloneNode(false) as Element).outerHTML;
    const code = tag === "script" || tag === "style" ? (element.textContent ?? "") : "";
    // The app's own drawings (the burn-up chart, the clock icon) are <svg>s with one of its classes and no
    // marker; a payload's <svg> is still caught by its handlers, scripts and links below, or by its marker.
    const appDrawing =
      tag === "svg" &&
      /^(burn-up__svg|clock-icon)$/.test(element.getAttribute("class") ?? "") &&
      !markerPattern.test(element.outerHTML);
    if (foreign.has(tag) && !appDrawing && (element.closest("#root") || markerPattern.test(own + code))) {
      problems.push(`element <${tag}> made: ${snippet(element)}`);
    }
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) problems.push(`event handler attribute ${name}: ${snippet(element)}`);
      else if (markerPattern.test(name)) problems.push(`attribute named from a payload: ${snippet(element)}`);
      else if (lower === "href" || lower === "xlink:href") {
        if (!safeHref.test(value)) problems.push(`link to ${value}: ${snippet(element)}`);
      } else if (
        urlAttributes.has(lower) &&
        scriptScheme.test(
          Array.from(value)
            .filter((c) => c > " ")
            .join(""),
        )
      ) {
        problems.push(`${name} to ${value}: ${snippet(element)}`);
      } else if (!textAttributes.has(lower) && markerPattern.test(value)) {
        problems.push(`payload in attribute ${name}: ${snippet(element)}`);
      }
    }
    return problems;
  };

  const report = (problems: string[]) => {
    for (const problem of problems) (window as unknown as XssWindow).__xssElement?.(problem);
  };
  (window as unknown as XssWindow).__xssScan = () => [
    ...Array.from(document.querySelectorAll("*")).flatMap(problemsOf),
    // What a person could click: only http(s) addresses, paths of the app and fragments.
    ...Array.from(document.querySelectorAll("a[href], area[href]"))
      .map((link) => link.getAttribute("href") ?? "")
      .filter((href) => !/^(https?:|\/|#)/i.test(href))
      .map((href) => `clickable link to ${href}`),
  ];
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes" && record.target instanceof Element) report(problemsOf(record.target));
      for (const node of Array.from(record.addedNodes)) {
        if (node instanceof Element) {
          report([node, ...Array.from(node.querySelectorAll("*"))].flatMap(problemsOf));
        }
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

type XssWindow = {
  __xss?: (marker: string) => void;
  __xssElement?: (problem: string) => void;
  __xssScan?: () => string[];
};

type Detector = {
  /** What payloads did so far: code run, dialogs, frames, popups, requests elsewhere, elements made. */
  findings: string[];
  /** Expects nothing found so far, and nothing wrong in the page as it is now. */
  expectClean: () => Promise<void>;
};

const test = base.extend<{ detector: Detector }>({
  detector: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://localhost").origin;
      const findings: string[] = [];
      // A payload that runs calls __xss(marker); exposed functions exist in every frame of the page.
      await page.exposeFunction("__xss", (found: string) => findings.push(`ran: ${found}`));
      await page.exposeFunction("__xssElement", (problem: string) => findings.push(problem));
      await page.addInitScript(watchForPayloadElements);
      page.on("dialog", (dialog) => {
        findings.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      // The app has no frames, opens no windows and asks nothing of other sites.
      page.on("frameattached", (frame) => findings.push(`frame attached: ${frame.url()}`));
      page.on("popup", (popup) => findings.push(`popup: ${popup.url()}`));
      page.on("request", (request) => {
        const url = request.url();
        const ours = request.isNavigationRequest() && request.frame() === page.mainFrame();
        if (!url.startsWith(`${origin}/`) || (!ours && MARKER_PATTERN.test(url))) {
          findings.push(`request: ${url}`);
        }
      });
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame() && !frame.url().startsWith(`${origin}/`)) {
          findings.push(`navigated away: ${frame.url()}`);
        }
      });
      await use({
        findings,
        expectClean: async () => {
          const inPage = await page.evaluate(
            () => (window as unknown as XssWindow).__xssScan?.() ?? ["no scan"],
          );
          expect(inPage, "elements made from payloads, and links that are not http(s)").toEqual([]);
          expect(page.frames(), "frames in the page").toHaveLength(1);
          expect(findings, "what payloads did").toEqual([]);
        },
      });
      expect(findings, "what payloads did after the last check").toEqual([]);
    },
    { auto: true },
  ],
});

// ─── Data ───────────────────────────────────────────────────────────────────────────────────────────────────

const initiativeId = (i: number) => `initiative-${i}`;
const themeId = (i: number) => `theme-${i}`;
const commitmentId = (i: number) => `commitment-${i}`;
/** Plain text on even items, both languages on odd ones: the data file accepts either form. */
const text = (i: number, at: number) => (i % 2 === 0 ? p(at) : { en: p(at), fr: p(at + 1) });

// Which payload item i carries in each field. Over all i, every payload goes through every field.
const field = {
  initiativeTitle: (i: number) => p(i),
  initiativeSummary: (i: number) => p(i + 1),
  themeTitle: (i: number) => p(i + 2),
  title: (i: number) => p(i + 3),
  description: (i: number) => p(i + 4),
  sourceQuote: (i: number) => p(i + 5),
  owners: (i: number) => [p(i + 6), p(i + 7)],
  note: (i: number) => p(i + 8),
  author: (i: number) => p(i + 9),
  evidenceQuery: (i: number) => p(i + 10),
};
/** Commitment i belongs to initiative i and has themes i and i + 20. */
const themesOf = (i: number) => [i, (i + 20) % N];

/** The bundled file with a payload in every text field: N initiatives, themes and commitments. */
function hostileDataset(): Dataset {
  const bundled = bundledDataset();
  return {
    ...bundled,
    title: { en: payloads.join(" "), fr: payloads.join(" ") },
    source: {
      ...bundled.source,
      title: payloads.join(" "),
      publisher: payloads.join(" "),
      text: payloads.join("\n"),
    },
    initiatives: payloads.map((_, i) => ({
      id: initiativeId(i),
      title: text(i, i),
      summary: text(i, i + 1),
    })),
    themes: payloads.map((_, i) => ({ id: themeId(i), title: text(i, i + 2) })),
    commitments: payloads.map((_, i) => ({
      id: commitmentId(i),
      initiativeId: initiativeId(i),
      title: text(i, i + 3),
      description: text(i, i + 4),
      sourceQuote: field.sourceQuote(i),
      parties: ["us", "fr"],
      themes: themesOf(i).map(themeId),
      owners: field.owners(i),
      statuses: { us: "in_progress", fr: "not_started" },
      history: [
        {
          id: `event-${i}`,
          commitmentId: commitmentId(i),
          party: "us",
          status: "in_progress",
          note: field.note(i),
          author: field.author(i),
          // An http(s) link may carry anything in its query: it stays a link, the payload escaped in its href.
          evidenceUrl: `https://evidence.example/report?${field.evidenceQuery(i)}`,
          at: "2026-11-01T09:00:00Z",
        },
      ],
    })),
  };
}

/** A text as a pattern; whitespace matches any whitespace, since a page's text is compared as it is. */
const escapeRegExp = (value: string) =>
  value
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");

/** These texts, in this order, anywhere in an element's text. */
const inOrder = (...texts: string[]) => new RegExp(texts.map(escapeRegExp).join("[\\s\\S]*"));

/**
 * Follows an address inside the app without reloading it, as Back and Forward do: loops over payloads load
 * the app once. The first address of each loop is opened with page.goto, the way a shared link is.
 */
async function followInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

// ─── The control ────────────────────────────────────────────────────────────────────────────────────────────

test.describe("the detector", () => {
  // Without a Content-Security-Policy in the way, so that what the detector is shown really runs.
  test.use({ bypassCSP: true });

  test("catches a payload that runs, the element it makes, a frame and a javascript: link", async ({
    page,
    detector,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(3);
    await detector.expectClean();

    // Outside the app, as a page that put data into innerHTML would.
    await page.evaluate((payload) => {
      document.querySelector("main")?.insertAdjacentHTML("beforeend", payload);
    }, controlPayload);
    await expect.poll(() => detector.findings).toContain("ran: xss000");
    expect(detector.findings).toContainEqual(expect.stringMatching(/^element <img> made/));
    expect(detector.findings).toContainEqual(expect.stringMatching(/^event handler attribute onerror/));

    await page.evaluate(() => {
      document
        .querySelector("main")
        ?.insertAdjacentHTML(
          "beforeend",
          `<iframe srcdoc="<script>__xss('xss000 in a frame')</script>"></iframe><a href="javascript:__xss('xss000')">x</a>`,
        );
    });
    await expect.poll(() => detector.findings).toContain("ran: xss000 in a frame");
    expect(detector.findings).toContainEqual(expect.stringMatching(/^frame attached/));
    expect(detector.findings).toContainEqual(expect.stringMatching(/^link to javascript:/));
    await expect(detector.expectClean()).rejects.toThrow();

    detector.findings.length = 0; // caught, as it should be: the fixture's final check must not count these
  });
});

// ─── The data file ──────────────────────────────────────────────────────────────────────────────────────────

test.describe("text from the data file", () => {
  test.beforeEach(async ({ serveData }) => {
    await serveData({ body: hostileDataset() });
  });

  test("the overview and the filters show every initiative and theme as text", async ({ page, detector }) => {
    await page.goto("/");
    const cards = page.getByRole("article");
    await expect(cards.getByRole("heading", { level: 2 })).toHaveText(
      payloads.map((_, i) => field.initiativeTitle(i)),
    );
    await expect(cards).toContainText(payloads.map((_, i) => field.initiativeSummary(i)));
    await expect(cards.getByRole("link")).toHaveText(
      payloads.map((_, i) => `Open the ${field.initiativeTitle(i)} board`),
    );
    await expect(page.getByRole("contentinfo")).toContainText(`Source: “${payloads.join(" ")}”.`);
    for (const [group, label] of [
      ["Initiative", field.initiativeTitle],
      ["Theme", field.themeTitle],
    ] as const) {
      await openFilterGroup(page, group);
      await expect(page.getByRole("group", { name: group }).locator("label")).toHaveText(
        payloads.map((_, i) => label(i)),
      );
    }
    // A chosen theme is named, as text, in its filter's summary.
    await page
      .getByRole("group", { name: "Theme" })
      .getByRole("checkbox", { name: field.themeTitle(0), exact: true })
      .check();
    await expect(filterSummary(page, "Theme")).toHaveText(`Theme: ${field.themeTitle(0)}`);
    await detector.expectClean();
  });

  test("each initiative's board shows its title, summary and cards as text", async ({ page, detector }) => {
    test.slow(); // a page for each payload, on machines whose CPUs are shared
    await page.goto(`/initiatives/${initiativeId(0)}`);
    for (let i = 0; i < N; i += 1) {
      if (i > 0) await followInApp(page, `/initiatives/${initiativeId(i)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(field.initiativeTitle(i));
      await expect(page.getByRole("main")).toContainText(inOrder(field.initiativeSummary(i), field.title(i)));
      if (i === 0) {
        await expect(page).toHaveTitle(`${field.initiativeTitle(i)} — US–France commitments tracker`);
        await expect(boardColumn(page, /^In progress/).getByRole("heading", { level: 3 })).toHaveText(
          field.title(i),
        );
        await expect(
          page.getByRole("button", { name: `Move to… (${field.title(i)})`, exact: true }),
        ).toBeVisible();
      }
    }
    await detector.expectClean();
  });

  test("the list shows every commitment and its initiative as text", async ({ page, detector }) => {
    await page.goto("/commitments");
    await expect(listedRows(page)).toHaveText(payloads.map((_, i) => field.title(i)));
    await expect(page.locator('td[data-label="Initiative"]')).toHaveText(
      payloads.map((_, i) => field.initiativeTitle(i)),
    );
    // Sorting by title compares the payloads as words, and shows them as text all the same.
    await page.getByRole("button", { name: "Commitment" }).click();
    await expect(listedRows(page)).toHaveCount(N);
    await expect(listedRows(page).first()).not.toHaveText(field.title(0));
    await detector.expectClean();
  });

  test("each commitment's page shows its fields and history as text, and its evidence as an http link", async ({
    page,
    detector,
  }) => {
    test.slow(); // a page for each payload, on machines whose CPUs are shared
    await page.goto(`/commitments/${commitmentId(0)}`);
    const main = page.getByRole("main");
    for (let i = 0; i < N; i += 1) {
      if (i > 0) await followInApp(page, `/commitments/${commitmentId(i)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(field.title(i));
      await expect(page).toHaveTitle(`${field.title(i)} — US–France commitments tracker`);
      await expect(main).toContainText(
        inOrder(
          field.initiativeTitle(i),
          field.title(i),
          field.description(i),
          field.sourceQuote(i),
          `Themes${themesOf(i)
            .sort((a, b) => a - b) // in the file's order
            .map((theme) => field.themeTitle(theme))
            .join(", ")}`,
          field.author(i),
          "set the United States’ status to In progress on",
          field.note(i),
        ),
      );
      // An address is read without its tabs and line breaks, as browsers do.
      const evidence = `https://evidence.example/report?${field.evidenceQuery(i).replace(/[\t\n\r]/g, "")}`;
      await expect(
        main.getByRole("link", { name: "Evidence (evidence.example) (opens in a new tab)" }),
      ).toHaveAttribute("href", evidence);
      if (i === 0) {
        await expect(main.getByRole("link", { name: field.initiativeTitle(i), exact: true })).toBeVisible();
        await expect(main.getByRole("blockquote")).toHaveText(field.sourceQuote(i));
      }
    }
    await expect(main.getByRole("figure")).toContainText(`From the announcement “${payloads.join(" ")}”`);
    await detector.expectClean();
  });

  test("a mistyped address offers the near match by its title, as text", async ({ page, detector }) => {
    await page.goto(`/initiatives/${initiativeId(0).toUpperCase()}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `No initiative “${initiativeId(0).toUpperCase()}”`,
    );
    await expect(page.getByRole("link", { name: field.initiativeTitle(0), exact: true })).toBeVisible();
    // The suggestion is the same link for initiatives and commitments, and every title's sink is checked on
    // the list and the boards: a quarter of the payloads is enough here.
    for (let i = 0; i < N; i += 4) {
      const mistyped = commitmentId(i).toUpperCase();
      await followInApp(page, `/commitments/${mistyped}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`No commitment “${mistyped}”`);
      await expect(page.getByRole("link", { name: field.title(i), exact: true })).toBeVisible();
    }
    await detector.expectClean();
  });
});

/**
 * The bundled file, plus commitments that are each wrong in one way that puts payload i into a problem
 * message: evidenceUrl (javascript:, data: and the rest), the id, a status, a history event's id. All are
 * left out but those with an unknown status, which show in part (that side as not started).
 */
function rejectingDataset() {
  const bundled = bundledDataset();
  const [template] = bundled.commitments;
  if (!template) throw new Error("the bundled data has commitments");
  const event = (id: string, commitment: string, extra: object = {}) => ({
    id,
    commitmentId: commitment,
    party: "us",
    status: "done",
    at: "2026-11-01T09:00:00Z",
    ...extra,
  });
  const rejected = payloads.flatMap((payload, i) => [
    {
      ...template,
      id: `bad-evidence-${i}`,
      history: [event(`e-${i}`, `bad-evidence-${i}`, { evidenceUrl: payload })],
    },
    { ...template, id: payload },
    { ...template, id: `bad-status-${i}`, statuses: { us: payload, fr: "done" } },
    { ...template, id: `bad-event-${i}`, history: [event(payload, "space-sectors")] },
  ]);
  const first = bundled.commitments.length;
  /** What the problems list says of each, in file order. */
  const problems = payloads.flatMap((payload, i) => {
    const at = first + 4 * i;
    return [
      `bad-evidence-${i}: commitments[${at}].history[0].evidenceUrl must be an http: or https: address`,
      `${payload}: commitments[${at + 1}].id must be lowercase letters`,
      `bad-status-${i}: commitments[${at + 2}].statuses.us is ${JSON.stringify(payload)}, which is not a status`,
      `bad-event-${i}: commitments[${at + 3}] history event "${payload}" names commitment "space-sectors"`,
    ];
  });
  return {
    body: { ...bundled, commitments: [...bundled.commitments, ...rejected] },
    leftOut: rejected.length - payloads.length,
    shownInPart: payloads.length,
    problems,
  };
}

test("rejected values are listed as text, and a bad evidence address never becomes a link", async ({
  page,
  serveData,
  detector,
}) => {
  test.slow(); // a page for each payload, on machines whose CPUs are shared
  const { body, leftOut, shownInPart, problems } = rejectingDataset();
  await serveData({ body });
  await page.goto("/commitments");
  const alert = page.getByRole("alert").filter({ hasText: "left out" });
  const title = alert.getByText(
    `${leftOut} commitments were left out and ${shownInPart} commitments are shown in part: the data file has mistakes`,
  );
  // A file of some 200 commitments: reading it takes longer than the bundled one on a busy machine.
  await expect(title).toBeVisible({ timeout: 15_000 });
  await expect(alert.getByRole("listitem")).toContainText(problems);
  await expect(listedRows(page)).toHaveCount(16 + shownInPart);
  await expect(page.getByRole("link", { name: /Evidence/ })).toHaveCount(0);
  await detector.expectClean();

  // A rejected commitment's own address says so, naming its id as given.
  for (const id of ["bad-evidence-0", ...payloads]) {
    await followInApp(page, `/commitments/${encodeURIComponent(id)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Commitment “${id}” could not be shown`);
  }
  await detector.expectClean();
});

// ─── The address ────────────────────────────────────────────────────────────────────────────────────────────

/** What the "Part of this link was not used" notice lists for a query string, as the page words it. */
function ignoredLines(search: URLSearchParams): string[] {
  return parseFilterParams(search).ignored.map(
    ({ param, value, reason }) =>
      `${param}=${value.length > 60 ? `${value.slice(0, 60)}…` : value} ${fillIn(enFilters.ignored.reason[reason.key], reason.values)}.`,
  );
}

test.describe("the address", () => {
  test("payloads in every filter parameter and in an unknown one are listed as text", async ({
    page,
    detector,
  }) => {
    test.slow(); // a page for each payload, on machines whose CPUs are shared
    const notice = page.getByRole("alert").filter({ hasText: "Part of this link was not used" });
    for (let i = 0; i < N; i += 1) {
      const search = new URLSearchParams();
      for (const [k, name] of [
        "q",
        "status",
        "party",
        "initiative",
        "theme",
        "sort",
        "lang",
        "asOf",
      ].entries()) {
        search.append(name, p(i + k));
      }
      search.append(p(i + 8), p(i + 9)); // a parameter this tracker does not know
      const path = `/commitments?${search}`;
      if (i === 0) await page.goto(path);
      else await followInApp(page, path);
      await expect(page.getByRole("searchbox", { name: "Search commitments" })).toHaveValue(p(i));
      await expect(notice.getByRole("listitem")).toHaveText(ignoredLines(search));
    }
    await detector.expectClean();
  });

  test("payloads in the path are named as text on the not-found pages", async ({ page, detector }) => {
    test.slow(); // a page for each payload, on machines whose CPUs are shared
    // Both routes name the id the same way: payloads take turns between them.
    for (let i = 0; i < N; i += 1) {
      const [route, what] = i % 2 === 0 ? ["commitments", "commitment"] : ["initiatives", "initiative"];
      const path = `/${route}/${encodeURIComponent(p(i))}`;
      if (i === 0) await page.goto(path);
      else await followInApp(page, path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`No ${what} “${p(i)}”`);
    }
    // An unknown path is not repeated on the page: one address carries every payload.
    await followInApp(page, `/${payloads.map((payload) => encodeURIComponent(payload)).join("/")}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await detector.expectClean();
  });
});

// ─── The browser's storage ──────────────────────────────────────────────────────────────────────────────────

const KEY = "us-fr-tracker:updates";

/** Updates this browser saved on space-economy, newest last: payload i is a note, the next one its author. */
const savedEvents = payloads.map((payload, i) => ({
  kind: "status",
  id: payload, // ids are any text: payloads too
  batchId: `batch-${i}`,
  commitmentId: "space-economy",
  party: i % 2 === 0 ? "us" : "fr",
  status: "at_risk",
  note: payload,
  author: p(i + 1),
  at: new Date(Date.UTC(2026, 11, 1, 9, i)).toISOString(),
}));
const saved = (authorName: unknown, events: unknown[] = savedEvents) =>
  JSON.stringify({ state: { events, authorName, authorSide: "fr" }, version: 1 });
/** The line that says who the updates are recorded as, with a stored name (shown trimmed). */
const recordedAs = (name: string) => inOrder("Recorded as", name, "(France).");

test.describe("the browser's storage", () => {
  test("saved notes, authors and the person's name are shown as text", async ({
    page,
    context,
    detector,
  }) => {
    test.slow(); // a save for each payload, on machines whose CPUs are shared
    await seedStoredUpdates(page, saved(p(N - 1)));
    await page.goto("/commitments/space-economy");
    const history = page.getByRole("region", { name: "History of updates" }).getByRole("listitem");
    await expect(history).toHaveText(
      savedEvents
        .map(({ note, author, party }) =>
          inOrder(
            author,
            `set ${party === "us" ? "the United States’ status" : "France’s status"} to At risk on`,
            note,
          ),
        )
        .reverse(),
    );
    await expect(page.locator(".identity-line")).toHaveText(recordedAs(p(N - 1)));
    await detector.expectClean();

    // Another tab saves a new name: this one shows it, as text, within a moment.
    const otherTab = await context.newPage();
    await otherTab.goto("/favicon.svg");
    for (let i = 0; i < N; i += 1) {
      await otherTab.evaluate(([key, value]) => localStorage.setItem(key, value), [
        KEY,
        saved(p(i)),
      ] as const);
      await expect(page.locator(".identity-line")).toHaveText(recordedAs(p(i)));
    }
    await detector.expectClean();
  });

  test("stored values made of payloads are kept aside unchanged, reported, and run nothing", async ({
    page,
    detector,
  }) => {
    const notice = page.getByRole("alert").filter({ hasText: "Some saved updates could not be read" });
    const aside = () =>
      page.evaluate(
        (key) =>
          Object.entries(localStorage)
            .filter(([name]) => name.startsWith(`${key}:unreadable:`))
            .sort(([a], [b]) => a.localeCompare(b)), // the keys end with when they were set aside
        KEY,
      );
    const unreadableEvents = payloads.flatMap((payload, i) => [
      payload,
      { ...savedEvents[i], status: payload },
      { ...savedEvents[i], id: `with-evidence-${i}`, evidenceUrl: payload },
    ]);
    for (const [i, stored] of [
      payloads.join(""), // not JSON at all
      saved(payloads.join(""), unreadableEvents), // events the tracker cannot read, and a name too long
      JSON.stringify({ state: payloads, version: 99 }), // from another version of the tracker
    ].entries()) {
      if (i === 0) {
        await seedStoredUpdates(page, stored);
        await page.goto("/commitments/space-economy");
      } else {
        await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, stored] as const);
        await page.reload();
      }
      await expect(notice).toContainText(`${KEY}:unreadable:`);
      await expect(page.getByText("No update yet")).toBeVisible();
      await expect(page.getByText("Your first update asks for your name and side")).toBeVisible();
      await expect(page.locator("body")).not.toContainText(MARKER_PATTERN);
      await detector.expectClean();
    }
    const kept = (await aside()).map(([, value]) => value);
    expect(kept).toEqual([
      payloads.join(""),
      JSON.stringify(unreadableEvents),
      JSON.stringify({ state: payloads, version: 99 }),
    ]);
  });
});
