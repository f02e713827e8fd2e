import type { Page } from "@playwright/test";
import { afterNextPaint, expect, holdRequests, recordLayoutShifts, test } from "./fixtures";

// index.html holds the page before the data, once per language and kind of address, and its inline script
// picks one before anything paints (decision 020). These tests look at that page while the app's code is
// held back, as on a slow connection: what a person sees before any file of the app has arrived.

const OVERVIEW_EN = "Progress on the US–France commitments";
const OVERVIEW_FR = "Avancement des engagements franco-américains";

/** Opens `path` with the app's code held, and returns what lets it through. */
async function openWithoutCode(page: Page, path: string) {
  const release = await holdRequests(page, "**/assets/*.js");
  // Not until "load" (nor "domcontentloaded"): both wait for the module scripts, which are held.
  await page.goto(path, { waitUntil: "commit" });
  // One page shows once the style sheet applies (the others are display: none; before it, all would count).
  await expect(page.getByRole("main")).toHaveCount(1);
  return release;
}

test("at /, the page as served shows the overview's heading and introduction and the navigation", async ({
  page,
}) => {
  const release = await openWithoutCode(page, "/");
  await expect(page.getByRole("heading", { level: 1, name: OVERVIEW_EN })).toBeVisible();
  await expect(
    page.getByText("Each initiative of the announcement on space and cybersecurity"),
  ).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Loading commitments…");
  const navigation = page.getByRole("navigation", { name: "Main" });
  await expect(navigation.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await expect(navigation.getByRole("link", { name: "All commitments" })).toHaveAttribute(
    "href",
    "/commitments",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Only the page picked shows: no French, and not the bilingual fallback.
  await expect(page.getByText(OVERVIEW_FR).filter({ visible: true })).toHaveCount(0);
  await expect(page.getByText("Chargement des engagements…").filter({ visible: true })).toHaveCount(0);
  release();
  await expect(page.getByRole("article", { name: "Space cooperation" })).toBeVisible();
});

test("at another address, the page as served only says that commitments are loading", async ({ page }) => {
  const release = await openWithoutCode(page, "/commitments?status=done");
  await expect(page.getByRole("status")).toHaveText("Loading commitments…");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveCount(4);
  release();
  await expect(page.getByRole("heading", { level: 1, name: "All commitments" })).toBeVisible();
});

test("a link followed before the app has loaded keeps the address's filters and language", async ({
  page,
}) => {
  const release = await openWithoutCode(page, "/?status=done&lang=fr");
  await page
    .getByRole("navigation", { name: "Principale" })
    .getByRole("link", { name: "Tous les engagements" })
    .click();
  await expect(page).toHaveURL(/\/commitments\?status=done&lang=fr$/);
  release();
  await expect(page.getByRole("heading", { level: 1, name: "Tous les engagements" })).toBeVisible();
  await expect(page.getByText(/ sur 16 correspond(ent)? aux filtres\.$/)).toBeVisible(); // the filter holds
});

test.describe("the page as served is in the language the app will show", () => {
  test("a French link", async ({ page }) => {
    const release = await openWithoutCode(page, "/?lang=fr");
    await expect(page.getByRole("heading", { level: 1, name: OVERVIEW_FR })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("Chargement des engagements…");
    await expect(page.getByRole("button", { name: "English" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    release();
    await expect(page.getByRole("article", { name: "Coopération spatiale" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: OVERVIEW_FR })).toBeVisible();
  });

  test("French chosen earlier in this browser", async ({ page }) => {
    await page.addInitScript(() => {
      if (location.protocol.startsWith("http") && !localStorage.getItem("us-fr-tracker:preferences")) {
        localStorage.setItem("us-fr-tracker:preferences", JSON.stringify({ state: { language: "fr" } }));
      }
    });
    const release = await openWithoutCode(page, "/");
    await expect(page.getByRole("heading", { level: 1, name: OVERVIEW_FR })).toBeVisible();
    release();
    await expect(page.getByRole("article", { name: "Coopération spatiale" })).toBeVisible();
  });

  test.describe("a browser set to French", () => {
    test.use({ locale: "fr-FR" });
    test("and a link that asks for English", async ({ page }) => {
      const release = await openWithoutCode(page, "/");
      await expect(page.getByRole("heading", { level: 1, name: OVERVIEW_FR })).toBeVisible();
      release();
      await expect(page.getByRole("article", { name: "Coopération spatiale" })).toBeVisible();
      const releaseAgain = await openWithoutCode(page, "/?lang=en");
      await expect(page.getByRole("heading", { level: 1, name: OVERVIEW_EN })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      releaseAgain();
      await expect(page.getByRole("article", { name: "Space cooperation" })).toBeVisible();
    });
  });
});

test("on a phone, the heading painted first stays where it is while the app and then the data arrive", async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const layoutShifts = await recordLayoutShifts(page);
  const releaseData = await holdRequests(page, "**/data/commitments.json");
  const releaseCode = await openWithoutCode(page, "/");
  const heading = page.getByRole("heading", { level: 1, name: OVERVIEW_EN });
  await expect(heading).toBeVisible();
  await afterNextPaint(page);
  const first = await heading.boundingBox();
  releaseCode();
  // The layout's own loading page, footer included: the app has run, the data is still held.
  await expect(page.getByRole("link", { name: "Accessibility: partially conformant" })).toBeAttached();
  await afterNextPaint(page);
  expect(await heading.boundingBox()).toEqual(first);
  releaseData();
  await expect(page.getByRole("article", { name: "Space cooperation" })).toBeVisible();
  await afterNextPaint(page);
  expect(await heading.boundingBox()).toEqual(first);
  expect(await layoutShifts()).toEqual([]);
});

test("where the policy does not allow the inline script, the page still starts, in both languages first", async ({
  page,
  cspViolations,
}) => {
  // A host serving an older policy, without the hash of this build's inline script.
  await page.route("/", async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    const policy = headers["content-security-policy"] ?? "";
    expect(policy).toMatch(/'sha256-[^']+'/);
    headers["content-security-policy"] = policy.replace(/ 'sha256-[^']+'/g, "");
    await route.fulfill({ response, headers });
  });
  const release = await openWithoutCode(page, "/");
  await expect(page.getByText("Loading commitments… · Chargement des engagements…")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
  release();
  await expect(page.getByRole("heading", { level: 1, name: OVERVIEW_EN })).toBeVisible();
  await expect(page.getByRole("article", { name: "Space cooperation" })).toBeVisible();
  await expect.poll(() => cspViolations.length).toBe(1);
  expect(cspViolations[0]).toContain("script-src");
  cspViolations.length = 0; // expected here; anywhere else one fails the test
});
