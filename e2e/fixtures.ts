import { readFileSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";
import type { Dataset } from "@/features/commitments/dataset-schema";
import { emptyFilters, type Filters, serializeFilterParams } from "@/features/filters/filter-params";

/** The data file that ships with the app, read fresh for each test that wants to change a copy of it. */
export function bundledDataset(): Dataset {
  return JSON.parse(readFileSync("public/data/commitments.json", "utf8")) as Dataset;
}

type DataResponse = { status?: number; body: string | object; contentType?: string };

type Fixtures = {
  /** Serves the given response at the data file's address instead of the bundled file. */
  serveData: (response: DataResponse) => Promise<void>;
  /** Opens a view with filters written by the app's own serializer, as a shared link would be. */
  openView: (path: string, filters?: Partial<Filters>) => Promise<void>;
  /** Uncaught page errors: any one fails the test. */
  pageErrors: string[];
  /** Content-Security-Policy violations: any one left here fails the test. */
  cspViolations: string[];
};

const CSP_VIOLATION = "CSP violation:";
/** The browser's own console notice of a violation: the cspViolations fixture reports the same event. */
const isPolicyNotice = (text: string) =>
  text.startsWith(CSP_VIOLATION) ||
  /Content Security Policy|Trusted ?Types?|TrustedHTML|TrustedScript/.test(text);

export const test = base.extend<Fixtures>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      // Every page of the test reports what its policy blocked, before any of the page's own scripts run.
      await page.addInitScript((prefix) => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}`);
        });
      }, CSP_VIOLATION);
      page.on("console", (message) => {
        if (message.text().startsWith(CSP_VIOLATION)) violations.push(message.text());
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
      page.on("console", (message) => {
        const text = message.text();
        // Failed requests are logged by the browser itself; tests that cause them assert on the page instead.
        // Policy violations have a fixture of their own (cspViolations), and so does the browser's own
        // notice of one ("Refused to …", "This document requires 'TrustedHTML' …").
        if (
          message.type() === "error" &&
          !text.startsWith("Failed to load resource") &&
          !isPolicyNotice(text)
        ) {
          errors.push(`console.error: ${text}`);
        }
      });
      await use(errors);
      expect(errors, "uncaught errors on the page").toEqual([]);
    },
    { auto: true },
  ],
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

/** Sets one side's status on a commitment's page, as a person would, and waits until it is saved. */
export async function saveStatus(
  page: Page,
  commitmentId: string,
  side: "United States" | "France",
  status: string,
) {
  await page.goto(`/commitments/${commitmentId}`);
  await page.getByLabel(`Status — ${side}`).selectOption(status);
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByRole("main").getByText(new RegExp(`^Saved: .*${side} → ${status}`))).toBeVisible();
}
