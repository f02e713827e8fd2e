import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Filters } from "@/features/filters/filter-params";
import { bundledDataset, expect, keptCopies, seedStoredUpdates, test, untilPickedUp } from "./fixtures";
import { datasetWithHistory, TODAY } from "./history-data";

/**
 * WCAG 2.2 AA, automated part: axe on every view and state, in both languages (issue 4, item 3; the
 * accessibility statement lists these states). Each state is reached as a person would reach it, and axe
 * runs once the view has settled, with any dialog or disclosure of the state open.
 */

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const DATA = "**/data/commitments.json";
const LANGS = ["en", "fr"] as const;
type Lang = (typeof LANGS)[number];

/** Runs axe on the whole page; a failure lists each violation as rule, impact, element and what is wrong. */
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const readable = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? "?"}; ${violation.help}) at ${node.target.join(" > ")}:\n    ${(
          node.failureSummary ?? ""
        ).replaceAll("\n", "\n    ")}`,
    ),
  );
  expect(readable, `axe found ${readable.length} violation(s):\n${readable.join("\n")}`).toEqual([]);
}

/** For the first sign of a view: on a busy machine the first load of the app's code can take long. */
const patient = expect.configure({ timeout: 20_000 });

/** What every state needs: where to go, and what says it has settled. */
type StateContext = {
  page: Page;
  lang: Lang;
  /** Opens a path in the test's language, with these filters, as a shared link would. */
  open: (path: string, filters?: Partial<Filters>) => Promise<void>;
};

/** The page is in the test's language and shows its main heading. */
async function settled({ page, lang }: StateContext) {
  await patient(page.locator("html")).toHaveAttribute("lang", lang);
  await patient(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** The bundled file with its first commitment replaced by `change(first)`. */
function withFirstCommitment(change: (first: Record<string, unknown>) => Record<string, unknown>) {
  const dataset = bundledDataset();
  const [first, ...rest] = dataset.commitments;
  if (!first) throw new Error("the bundled data has commitments");
  return { ...dataset, commitments: [change(first), ...rest] };
}

const storedUpdatesV1 = () =>
  JSON.stringify(
    JSON.parse(readFileSync("src/features/status/storage-fixtures/updates-v1.json", "utf8")).stored,
  );

/** Answers the name-and-side prompt in whichever language the page is in (the second side: France). */
async function answerNamePromptAnyLanguage(page: Page) {
  const dialog = page.getByRole("dialog").filter({ has: page.getByRole("radio") });
  await dialog.getByRole("textbox").fill("Claire Martin");
  await dialog.getByRole("radio").nth(1).check();
  await dialog.locator("button[type=submit]").click();
  await expect(dialog).toBeHidden();
}

/** The first card of the first column that has one, on a board. */
const firstCard = (page: Page) => page.locator(".board__cards > li").first();

/** A file with a history of updates, on a fixed "today" (e2e/history-data.ts): the time views have content. */
async function withHistory(page: Page) {
  await page.clock.setFixedTime(TODAY);
  const body = JSON.stringify(datasetWithHistory());
  await page.route(DATA, (route) => route.fulfill({ contentType: "application/json", body }));
}

const states: { name: string; reach: (context: StateContext) => Promise<void> }[] = [
  {
    name: "the Changes view, with last week's updates",
    reach: async (context) => {
      await withHistory(context.page);
      await context.open("/changes");
      await settled(context);
      await expect(context.page.getByRole("listitem").first()).toBeVisible();
    },
  },
  {
    name: "the Changes view with nothing in its range (empty state)",
    reach: async (context) => {
      await withHistory(context.page);
      await context.open("/changes", { from: "2026-01-01", to: "2026-01-02" });
      await settled(context);
    },
  },
  {
    name: "a board as of a past day (banner, locked cards, burn-up chart)",
    reach: async (context) => {
      await withHistory(context.page);
      await context.open("/initiatives/space-cooperation", { asOf: "2026-03-03" });
      await settled(context);
      await expect(context.page.getByRole("img").first()).toBeVisible();
    },
  },
  {
    name: "the list filtered to stale items",
    reach: async (context) => {
      await withHistory(context.page);
      await context.open("/commitments", { stale: true });
      await settled(context);
    },
  },
  {
    name: "overview",
    reach: async (context) => {
      await context.open("/");
      await settled(context);
      await expect(context.page.getByRole("article")).toHaveCount(3);
    },
  },
  {
    name: "a board",
    reach: async (context) => {
      await context.open("/initiatives/space-cooperation");
      await settled(context);
      await expect(firstCard(context.page)).toBeVisible();
    },
  },
  {
    name: "a board narrowed to one side, with updates made in this browser",
    reach: async (context) => {
      await seedStoredUpdates(context.page, storedUpdatesV1());
      await context.open("/initiatives/space-cooperation", { party: ["fr"] });
      await settled(context);
      await expect(firstCard(context.page)).toBeVisible();
    },
  },
  {
    name: "a board with nothing matching the filters",
    reach: async (context) => {
      await context.open("/initiatives/space-cooperation", { q: "zzzz nothing like this" });
      await settled(context);
      await expect(context.page.locator(".empty")).toBeVisible();
    },
  },
  {
    name: "a board with “Move to…” open",
    reach: async (context) => {
      await context.open("/initiatives/space-cooperation");
      await settled(context);
      const card = firstCard(context.page);
      await card.locator(".move-to__button").click();
      await expect(card.getByRole("group")).toBeVisible();
      await expect(card.getByRole("group").getByRole("button").first()).toBeVisible();
    },
  },
  {
    name: "the list",
    reach: async (context) => {
      await context.open("/commitments");
      await settled(context);
      await expect(context.page.getByRole("table").getByRole("rowheader")).toHaveCount(16);
    },
  },
  {
    name: "the list, sorted",
    reach: async (context) => {
      await context.open("/commitments", { sort: { key: "status", direction: "desc" } });
      await settled(context);
      await expect(context.page.locator("th[aria-sort=descending]")).toHaveCount(1);
    },
  },
  {
    name: "the list, filtered",
    reach: async (context) => {
      await context.open("/commitments", { status: ["not_started"], party: ["fr"] });
      await settled(context);
      await expect(context.page.getByRole("table").getByRole("rowheader").first()).toBeVisible();
    },
  },
  {
    name: "the list, filtered to nothing (empty state)",
    reach: async (context) => {
      await context.open("/commitments", { q: "zzzz nothing like this" });
      await settled(context);
      await expect(context.page.locator(".empty")).toBeVisible();
    },
  },
  {
    name: "the list with every filter group open",
    reach: async (context) => {
      await context.open("/commitments", { theme: ["climate"] });
      await settled(context);
      const summaries = context.page.locator(".filter-bar summary");
      await expect(summaries).toHaveCount(4);
      for (const summary of await summaries.all()) await summary.click();
      await expect(context.page.locator(".filter-bar details[open]")).toHaveCount(4);
    },
  },
  {
    name: "a commitment's detail",
    reach: async (context) => {
      await context.open("/commitments/space-comprehensive-dialogue");
      await settled(context);
      await expect(context.page.getByRole("form")).toBeVisible();
    },
  },
  {
    name: "a commitment's detail with updates made here (history, undo)",
    reach: async (context) => {
      await seedStoredUpdates(context.page, storedUpdatesV1());
      await context.open("/commitments/space-climate-observatory");
      await settled(context);
      await expect(context.page.locator(".history__entry").first()).toBeVisible();
    },
  },
  {
    name: "the status update form with a validation message",
    reach: async (context) => {
      await context.open("/commitments/space-comprehensive-dialogue");
      await settled(context);
      const form = context.page.getByRole("form");
      // The button is aria-disabled (it keeps focus), so it is pressed, not clicked.
      await form.locator("button[type=submit]").press("Enter");
      await expect(form.getByRole("status").first()).toHaveText(/\S/);
    },
  },
  {
    name: "a commitment's detail just after a save",
    reach: async (context) => {
      await context.open("/commitments/space-comprehensive-dialogue");
      await settled(context);
      const form = context.page.getByRole("form");
      await form.getByRole("combobox").first().selectOption("in_progress");
      await form.locator("button[type=submit]").click();
      await answerNamePromptAnyLanguage(context.page);
      await expect(context.page.getByTestId("live-announcer")).toHaveText(/\S/);
      await expect(context.page.locator(".local-updates")).toBeVisible();
    },
  },
  {
    name: "the name-and-side dialog before a first update",
    reach: async (context) => {
      await context.open("/commitments/space-comprehensive-dialogue");
      await settled(context);
      const form = context.page.getByRole("form");
      await form.getByRole("combobox").first().selectOption("in_progress");
      await form.locator("button[type=submit]").click();
      const dialog = context.page.getByRole("dialog");
      await expect(dialog.getByRole("radio")).toHaveCount(2);
      // With its error shown: Continue pressed with no name.
      await dialog.locator("button[type=submit]").click();
      await expect(dialog.getByRole("alert")).toBeVisible();
    },
  },
  {
    name: "the list with rows selected and the bulk form, with a validation message",
    reach: async (context) => {
      await context.open("/commitments");
      await settled(context);
      const table = context.page.getByRole("table");
      await table.getByRole("row").nth(1).getByRole("checkbox").check();
      await table.getByRole("row").nth(2).getByRole("checkbox").check();
      const bulk = context.page.locator("form.bulk-update");
      await bulk.getByRole("combobox").nth(1).selectOption("done");
      await bulk.locator("button[type=submit]").click();
      await expect(bulk.locator(".field-error")).toBeVisible();
    },
  },
  {
    name: "the undo toast after a bulk update",
    reach: async (context) => {
      await context.open("/commitments");
      await settled(context);
      const table = context.page.getByRole("table");
      await table.getByRole("row").nth(1).getByRole("checkbox").check();
      await table.getByRole("row").nth(2).getByRole("checkbox").check();
      const bulk = context.page.locator("form.bulk-update");
      await bulk.getByRole("combobox").nth(1).selectOption("in_progress");
      await bulk.locator("button[type=submit]").click();
      await answerNamePromptAnyLanguage(context.page);
      const toast = context.page.locator(".undo-toast");
      await expect(toast.getByRole("button").first()).toBeVisible();
      await toast.hover(); // it stays while hovered, however long axe takes
    },
  },
  {
    name: "the move dialog after a card is dropped (keyboard drag)",
    reach: async (context) => {
      await context.open("/initiatives/space-cooperation");
      await settled(context);
      const page = context.page;
      const said = page.locator("[id^='DndLiveRegion']");
      await firstCard(page).locator(".drag-handle").focus();
      await page.keyboard.press("Space");
      await expect(said).toHaveText(/\S/);
      await untilPickedUp(page);
      const pickedUp = await said.textContent();
      await page.keyboard.press("ArrowRight");
      await expect(said).not.toHaveText(pickedUp ?? "");
      await page.keyboard.press("Space");
      await answerNamePromptAnyLanguage(page);
      const dialog = page.locator("dialog.move-dialog");
      await expect(dialog).toBeVisible();
      // With its error shown: the move to In progress needs no reason, but a javascript: link is refused.
      await dialog.locator("input[type=url]").fill("javascript:alert(1)");
      await dialog.locator("button[type=submit]").click();
      await expect(dialog.locator(".field-error")).toBeVisible();
    },
  },
  {
    name: "Your updates",
    reach: async (context) => {
      await context.open("/updates");
      await settled(context);
    },
  },
  {
    name: "Your updates, with updates and a value kept aside",
    reach: async (context) => {
      await seedStoredUpdates(context.page, "{ this is not what the tracker saved");
      await context.open("/updates");
      await settled(context);
      await expect(context.page.locator(".kept-aside")).toBeVisible();
    },
  },
  {
    name: "not found (unknown path)",
    reach: async (context) => {
      await context.open("/no/such/page");
      await settled(context);
    },
  },
  {
    name: "not found (unknown commitment id)",
    reach: async (context) => {
      await context.open("/commitments/no-such-commitment");
      await settled(context);
    },
  },
  {
    name: "not found (unknown initiative, with a suggestion)",
    reach: async (context) => {
      await context.open("/initiatives/Space-Cooperation");
      await settled(context);
      await expect(context.page.getByRole("main").getByRole("link").first()).toBeVisible();
    },
  },
  {
    name: "the accessibility statement",
    reach: async (context) => {
      await context.open("/accessibility");
      await settled(context);
    },
  },
  {
    name: "loading the data",
    reach: async (context) => {
      // Held until the test ends: axe runs while the page waits for the file.
      await context.page.route(DATA, () => new Promise<void>(() => {}));
      await context.open("/commitments");
      await expect(context.page.locator("html")).toHaveAttribute("lang", context.lang);
      await expect(context.page.getByRole("main").getByRole("status")).toBeVisible();
    },
  },
  {
    name: "loading the app's code",
    reach: async (context) => {
      let held = false;
      await context.page.route("**/assets/root-layout-*.js", () => {
        held = true;
        return new Promise<void>(() => {});
      });
      await context.open("/");
      await expect(context.page.getByRole("main").getByRole("status")).toBeVisible();
      expect(held, "the layout's code was held").toBe(true);
    },
  },
  {
    name: "the first screen, before any code has run",
    reach: async (context) => {
      let held = false;
      await context.page.route("**/assets/index-*.js", () => {
        held = true;
        return new Promise<void>(() => {});
      });
      // Neither "load" nor DOMContentLoaded comes while a module script is held.
      await context.page.goto(`/?lang=${context.lang}`, { waitUntil: "commit" });
      // index.html's first page in the link's language (decision 020), with the overview's heading: one
      // page of the four once the style sheet applies.
      await expect(context.page.getByRole("main")).toHaveCount(1);
      await expect(context.page.getByRole("main")).toContainText(
        context.lang === "fr" ? "Chargement des engagements…" : "Loading commitments…",
      );
      expect(held, "the first script was held").toBe(true);
    },
  },
  {
    name: "React's code could not be downloaded",
    reach: async (context) => {
      await context.page.route(/\/assets\/start-react-[\w-]+\.js$/, (route) => route.abort("failed"));
      await context.open("/");
      await expect(context.page.getByRole("alert")).toBeVisible();
    },
  },
  {
    name: "data error: the file is missing (404)",
    reach: async (context) => {
      await context.page.route(DATA, (route) => route.fulfill({ status: 404, body: "Not found" }));
      await context.open("/");
      await settled(context);
      await expect(context.page.getByRole("alert").first()).toBeVisible();
    },
  },
  {
    name: "data error: the file is not JSON",
    reach: async (context) => {
      await context.page.route(DATA, (route) =>
        route.fulfill({ contentType: "application/json", body: "{ this is not json" }),
      );
      await context.open("/commitments");
      await settled(context);
      await expect(context.page.getByRole("alert").first()).toBeVisible();
    },
  },
  {
    name: "data error: some commitments left out, the rest shown",
    reach: async (context) => {
      const { title: _untitled, ...untitled } = bundledDataset().commitments[0] ?? {};
      await context.page.route(DATA, (route) => route.fulfill({ json: withFirstCommitment(() => untitled) }));
      await context.open("/commitments");
      await settled(context);
      await expect(context.page.getByRole("alert").first()).toBeVisible();
      await expect(context.page.getByRole("table").getByRole("rowheader")).toHaveCount(15);
    },
  },
  {
    name: "data error: the kept copy is shown",
    reach: async (context) => {
      const { page } = context;
      await context.open("/commitments");
      await settled(context);
      await expect.poll(() => page.evaluate(keptCopies)).toBe(1);
      await page.route(DATA, (route) => route.abort("connectionrefused"));
      await page.reload();
      await settled(context);
      await expect(page.getByRole("alert").first()).toBeVisible();
      await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(16);
    },
  },
  {
    name: "part of the link was ignored",
    reach: async (context) => {
      await context.page.goto(`/commitments?lang=${context.lang}&status=bogus&utm_x=1&colour=red`);
      await settled(context);
      await expect(context.page.getByRole("alert").first()).toBeVisible();
    },
  },
  {
    name: "storage problem: saved updates could not be read",
    reach: async (context) => {
      await seedStoredUpdates(context.page, "{ this is not what the tracker saved");
      await context.open("/commitments/space-economy");
      await settled(context);
      await expect(context.page.getByRole("alert").first()).toBeVisible();
    },
  },
  {
    name: "storage problem: the browser refuses to save",
    reach: async (context) => {
      await context.page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        };
      });
      await context.open("/commitments/space-economy");
      await settled(context);
      const form = context.page.getByRole("form");
      await form.getByRole("combobox").first().selectOption("in_progress");
      await form.locator("button[type=submit]").click();
      await answerNamePromptAnyLanguage(context.page);
      await expect(context.page.getByRole("alert").first()).toBeVisible();
    },
  },
  {
    name: "“Copy link” done",
    reach: async (context) => {
      await context.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await context.open("/commitments");
      await settled(context);
      await context.page.locator(".copy-link button").click();
      await expect(context.page.locator(".copy-link__status")).toHaveText(/\S/);
    },
  },
  {
    name: "“Copy link” refused: the address to copy by hand",
    reach: async (context) => {
      await context.page.addInitScript(() => {
        Object.defineProperty(navigator, "clipboard", {
          value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
        });
      });
      await context.open("/commitments");
      await settled(context);
      await context.page.locator(".copy-link button").click();
      await expect(context.page.locator(".copy-link__fallback input")).toBeVisible();
    },
  },
];

for (const lang of LANGS) {
  test.describe(`axe, WCAG 2.2 AA, ${lang}`, () => {
    for (const state of states) {
      test(`${state.name} (${lang})`, async ({ page, openView }) => {
        test.slow(); // axe reads the whole page: seconds on a busy machine
        await state.reach({ page, lang, open: (path, filters = {}) => openView(path, { ...filters, lang }) });
        await expectNoAxeViolations(page);
      });
    }
  });
}
