import { expect, listedTitles, openFilterGroup, test } from "./fixtures";

test("a copied link opened in a fresh browser shows exactly the same commitments", async ({
  page,
  browser,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/commitments");
  await openFilterGroup(page, "Side");
  await page.getByRole("checkbox", { name: "United States" }).check();
  await page.getByRole("searchbox", { name: "Search commitments" }).fill("cyber");
  await page.getByRole("button", { name: "Commitment" }).click();
  const expected = await listedTitles(page);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(16);

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(other.getByRole("searchbox", { name: "Search commitments" })).toHaveValue("cyber");
  await expect(other.getByRole("rowheader")).toHaveCount(expected.length);
  expect(await listedTitles(other)).toEqual(expected);
  await fresh.close();
});

test("search finds commitments by words of their text and quote, ignoring case and accents", async ({
  page,
}) => {
  await page.goto("/commitments");
  const search = page.getByRole("searchbox", { name: "Search commitments" });
  await search.fill("nato policy");
  // The three commitments of that sentence share its quote, which names NATO.
  expect(await listedTitles(page)).toEqual([
    "Continue international cybersecurity engagement with partners",
    "Take action against cybercrime with partners",
    "Update NATO cyber policy with partners",
  ]);
  await search.fill("obsérvatory climate");
  expect(await listedTitles(page)).toEqual(["The United States joins the Space Climate Observatory (SCO)"]);
  await expect(page.getByText("1 of 16 commitments match the filters.")).toBeVisible();
});

test("Back and Forward step through filter changes; typing a search is one step", async ({ page }) => {
  await page.goto("/commitments");
  await openFilterGroup(page, "Status");
  await page.getByRole("checkbox", { name: "Not started" }).check();
  await expect(page).toHaveURL(/\?status=not_started$/);
  await page.getByRole("searchbox", { name: "Search commitments" }).pressSequentially("space");
  await expect(page).toHaveURL(/\?q=space&status=not_started$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/commitments$/);
  await expect(page.getByRole("searchbox", { name: "Search commitments" })).toHaveValue("");
  await expect(page.getByRole("rowheader")).toHaveCount(16);

  await page.goForward();
  await expect(page).toHaveURL(/\?q=space&status=not_started$/);
  await expect(page.getByRole("searchbox", { name: "Search commitments" })).toHaveValue("space");
});

test("filters stay the same from view to view", async ({ page, openView }) => {
  await openView("/commitments", { theme: ["climate"] });
  expect(await listedTitles(page)).toHaveLength(2);
  await page.getByRole("link", { name: "Work together on the climate crisis" }).click();
  await expect(page).toHaveURL(/\/commitments\/space-climate-crisis\?theme=climate$/);
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page).toHaveURL(/\/\?theme=climate$/);
  await expect(
    page.getByRole("article", { name: "Space cooperation" }).getByText("0 of 2 done"),
  ).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(3);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("unknown or malformed parts of a link are ignored, and the page says which", async ({ page }) => {
  await page.goto(
    "/commitments?status=done,finished&party=de&colour=red&initiative=moon&sort=size&asOf=2026-02-30",
  );
  const notice = page.getByRole("alert").filter({ hasText: "Part of this link was not used" });
  for (const part of [
    "colour=red is not a filter this tracker knows",
    "status=finished is not a status",
    "party=de is not a party",
    "sort=size is not a sort order",
    "asOf=2026-02-30 is not a date",
    "initiative=moon is not an initiative of this data",
  ]) {
    await expect(notice).toContainText(part);
  }
  // status=done still applies: nothing is done yet.
  await expect(page.getByText("No commitment matches the filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole("rowheader")).toHaveCount(16);
});

test("text from a link is shown as text, never run", async ({ page }) => {
  await page.goto(
    `/commitments?q=${encodeURIComponent('<img src=x onerror="window.__xss=1">')}&zz=<script>window.__xss=2</script>`,
  );
  await expect(page.getByRole("alert")).toContainText("zz=<script>");
  await expect(page.getByRole("searchbox", { name: "Search commitments" })).toHaveValue(
    '<img src=x onerror="window.__xss=1">',
  );
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("main img, main script")).toHaveCount(0);
});
