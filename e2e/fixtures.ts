import { readFileSync } from "node:fs";
import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import type { Dataset } from "@/features/commitments/dataset-schema";
import { emptyFilters, type Filters, serializeFilterParams } from "@/features/filters/filter-params";
import { UPDATES_STORAGE_VERSION } from "@/features/status/persisted-updates";

/** A person as the tracker remembers them after their first update. */
export type Person = { name: string; side: "us" | "fr" };
export const CLAIRE: Person = { name: "Claire Martin", side: "fr" };

/** The data file that ships with the app, read fresh for each test that wants to change a copy of it. */
export function bundledDataset(): Dataset {
  return JSON.parse(readFileSync("public/data/commitments.json", "utf8")) as Dataset;
}

type DataResponse = { status?: number; body: string | object; contentType?: string };

type Watched = { errors: string[]; violations: string[] };

type Fixtures = {
  /** Serves the given response at the data file's address instead of the bundled file. */
  serveData: (response: DataResponse) => Promise<void>;
  /** Opens a view with filters written by the app's own serializer, as a shared link would be. */
  openView: (path: string, filters?: Partial<Filters>) => Promise<void>;
  /** Uncaught errors of any page of the test: any one left here fails the test. */
  pageErrors: string[];
  /** Content-Security-Policy violations of any page of the test: any one left here fails the test. */
  cspViolations: string[];
  /** A second browser (a colleague's), watched like the first. */
  newBrowserContext: () => Promise<BrowserContext>;
  watched: Watched;
  /**
   * Who this browser already knows (as after a first update that asked for a name and side), in every tab of
   * the test; none by default, so the first update asks. Set per file or test: `test.use({ person: CLAIRE })`.
   */
  person: Person | null;
  rememberedPerson: undefined;
};

const CSP_VIOLATION = "CSP violation:";
/** The browser's own console notice of a violation: the cspViolations fixture reports the same event. */
const isPolicyNotice = (text: string) =>
  text.startsWith(CSP_VIOLATION) ||
  /Content Security Policy|Trusted ?Types?|TrustedHTML|TrustedScript/.test(text);

/** Records the uncaught errors and policy violations of every page of a browser context, tabs included. */
async function watch(context: BrowserContext, { errors, violations }: Watched) {
  // Each page reports what its policy blocked, before any of the page's own scripts run.
  await context.addInitScript((prefix) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}`);
    });
  }, CSP_VIOLATION);
  context.on("weberror", (webError) => errors.push(`${webError.error().name}: ${webError.error().message}`));
  context.on("console", (message) => {
    const text = message.text();
    if (text.startsWith(CSP_VIOLATION)) violations.push(text);
    // Failed requests are logged by the browser itself; tests that cause them assert on the page instead.
    // The browser's own notice of a violation ("Refused to …") is counted above, as a violation.
    else if (
      message.type() === "error" &&
      !text.startsWith("Failed to load resource") &&
      !isPolicyNotice(text)
    ) {
      errors.push(`console.error: ${text}`);
    }
  });
}

export const test = base.extend<Fixtures>({
  watched: [
    async ({ context }, use) => {
      const watched: Watched = { errors: [], violations: [] };
      await watch(context, watched);
      await use(watched);
      // Let messages already sent by the pages arrive before counting them.
      await Promise.all(context.pages().map((page) => page.evaluate(() => 0).catch(() => {})));
      expect(watched.errors, "uncaught errors on the page").toEqual([]);
      expect(watched.violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  person: [null, { option: true }],
  rememberedPerson: [
    async ({ context, person }, use) => {
      if (person) {
        // Only into an empty store, before the app's first script: what a reload then reads is the app's own.
        await context.addInitScript(
          ([key, value]) => {
            // Every document of the context runs this, about:blank too, which has no storage.
            if (!location.protocol.startsWith("http")) return;
            if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
          },
          [
            "us-fr-tracker:updates",
            JSON.stringify({
              state: { events: [], authorName: person.name, authorSide: person.side },
              version: UPDATES_STORAGE_VERSION,
            }),
          ] as const,
        );
      }
      await use(undefined);
    },
    { auto: true },
  ],
  pageErrors: async ({ watched }, use) => use(watched.errors),
  cspViolations: async ({ watched }, use) => use(watched.violations),
  newBrowserContext: async ({ browser, watched }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      await watch(context, watched);
      contexts.push(context);
      return context;
    });
    for (const context of contexts) await context.close();
  },
  serveData: async ({ page }, use) => {
    await use(async ({ status = 200, body, contentType = "application/json" }) => {
      await page.route("**/data/commitments.json", (route) =>
        route.fulfill({ status, contentType, body: typeof body === "string" ? body : JSON.stringify(body) }),
      );
    });
  },
  openView: async ({ page }, use) => {
    await use(async (path, filters = {}) => {
      await page.goto(`${path}${serializeFilterParams({ ...emptyFilters, ...filters })}`);
    });
  },
});

export { expect };

/** The list view's rows, by commitment title. */
export function listedRows(page: Page) {
  return page.getByRole("table").getByRole("rowheader");
}

/** Waits until the list view shows exactly these titles, in this order. */
export async function expectListed(page: Page, titles: string[]) {
  if (titles.length === 0) {
    await expect(page.getByText("No commitment matches the filters.")).toBeVisible();
  } else {
    await expect(listedRows(page)).toHaveText(titles);
  }
}

/** A board column, found by its heading. */
export function boardColumn(page: Page, status: RegExp | string) {
  return page.getByRole("region", { name: status });
}

/** The summary line of one of the filter bar's disclosures ("Status", "Side", "Initiative", "Theme"). */
export function filterSummary(page: Page, name: string) {
  return page.locator("summary").filter({ hasText: new RegExp(`^${name}`) });
}

/** Opens one of the filter bar's disclosures. */
export async function openFilterGroup(page: Page, name: string) {
  await filterSummary(page, name).click();
  await expect(page.getByRole("group", { name })).toBeVisible();
}

/**
 * Sets one side's status on a commitment's page, as a person would, with a reason, and waits until it is
 * saved. The browser must know the person already (the `person` option).
 */
export async function saveStatus(
  page: Page,
  commitmentId: string,
  side: "United States" | "France",
  status: string,
  reason = "Confirmed at the weekly meeting.",
) {
  await page.goto(`/commitments/${commitmentId}`);
  await page.getByLabel(`Status — ${side}`).selectOption(status);
  await page.getByLabel("Reason").fill(reason);
  await page.getByRole("button", { name: "Save update" }).click();
  const saved = page.getByRole("main").getByText(new RegExp(`^Saved: .*${side} → ${status}`));
  // A browser that does not know the person yet asks once (the `person` option skips it).
  await expect(saved.or(namePrompt(page))).toBeVisible();
  if (await namePrompt(page).isVisible()) await answerNamePrompt(page, CLAIRE.name, "France");
  await expect(saved).toBeVisible();
}

/**
 * Stores a value under the updates key before the app first loads, once: a reload then reads what the
 * tracker itself made of it, as it would in a browser that had saved the value earlier.
 */
export async function seedStoredUpdates(page: Page, raw: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    },
    ["us-fr-tracker:updates", raw] as const,
  );
}

/** How many copies of the data file the browser keeps (IndexedDB), read in the page
 * (`page.evaluate(keptCopies)`). */
export function keptCopies(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("us-fr-tracker");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("last-good-dataset")) return resolve(0);
      const count = db.transaction("last-good-dataset").objectStore("last-good-dataset").count();
      count.onsuccess = () => resolve(count.result);
    };
  });
}

/** The dialog that asks for a name and side before the first update. */
export function namePrompt(page: Page) {
  return page.getByRole("dialog", { name: "Before your first update: who are you?" });
}

/** Answers the name-and-side prompt as a person would. */
export async function answerNamePrompt(page: Page, name: string, side: "United States" | "France") {
  const dialog = namePrompt(page);
  await dialog.getByLabel("Your name").fill(name);
  await dialog.getByRole("radio", { name: side }).check();
  await dialog.getByRole("button", { name: "Continue" }).click();
  await expect(dialog).toBeHidden();
}

/** The dialog that asks why a card moves (after "Move to…" or a drop). */
export function moveDialog(page: Page) {
  return page.getByRole("dialog", { name: /^Move “/ });
}

/** Confirms a card's move with a reason, as a person would. */
export async function confirmMove(page: Page, reason = "Confirmed at the weekly meeting.") {
  const dialog = moveDialog(page);
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Move" }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Waits until a card picked up by keyboard can be moved. dnd-kit's keyboard sensor starts listening for the
 * arrows and Escape in a timer it sets at the pick-up, and React has already announced "Picked up" by then:
 * a key sent the moment the announcement shows can come before that timer and be lost (once in three full
 * runs of the suite). A person rarely presses that fast (10–27 ms here, ≈50–100 ms on a processor slowed
 * 4–6 ×: decision 010's fifth addendum); one turn of the page's timers lets dnd-kit's run first.
 */
export async function untilPickedUp(page: Page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Holds every request to `url` (a glob) until the function returned is called, as a slow connection would. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

type Shift = { value: number; moved: string[] };

/** Every layout shift of the page from its start, with the names of the elements that moved. */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node }[];
      })[]) {
        shifts.push({ value: entry.value, moved: entry.sources.map((s) => s.node?.nodeName ?? "?") });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
}

/** Waits until the browser has painted what the page shows now. */
export const afterNextPaint = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
