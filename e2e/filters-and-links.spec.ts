import {
  expect,
  expectListed,
  filterSummary,
  holdRequests,
  listedRows,
  openFilterGroup,
  saveStatus,
  test,
} from "./fixtures";

test("a copied link opened in a fresh browser shows exactly the same commitments", async ({
  page,
  newBrowserContext,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/commitments");
  await openFilterGroup(page, "Side");
  // In the filter's group: each row of the list has a checkbox too, named by its title.
  await page.getByRole("group", { name: "Side" }).getByRole("checkbox", { name: "United States" }).check();
  await page.getByRole("searchbox", { name: "Search commitments" }).fill("cyber");
  await page.getByRole("button", { name: "Commitment" }).click();
  await expect(page).toHaveURL(/\?q=cyber&party=us&sort=title$/);
  await expect(listedRows(page)).toHaveCount(8);
  const expected = await listedRows(page).allInnerTexts();

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("banner").getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The page's language goes in the copied link even when the address lacks it (decision 014).
  expect(copied).toBe(`${page.url()}&lang=en`);

  const other = await (await newBrowserContext()).newPage();
  await other.goto(copied);
  await expect(other.getByRole("searchbox", { name: "Search commitments" })).toHaveValue("cyber");
  await expectListed(other, expected);
});

test("search finds commitments by words of their text and quote, ignoring case and accents", async ({
  page,
}) => {
  await page.goto("/commitments");
  const search = page.getByRole("searchbox", { name: "Search commitments" });
  await search.fill("nato policy");
  // The three commitments of that sentence share its quote, which names NATO.
  await expectListed(page, [
    "Continue international cybersecurity engagement with partners",
    "Take action against cybercrime with partners",
    "Update NATO cyber policy with partners",
  ]);
  await search.fill("obsérvatory climate");
  await expectListed(page, ["The United States joins the Space Climate Observatory (SCO)"]);
  await expect(page.getByText("1 of 16 commitments match the filters.")).toBeVisible();
});

test("Back and Forward step through filter changes; a whole search is one step", async ({ page }) => {
  await page.goto("/commitments");
  await openFilterGroup(page, "Status");
  await page.getByRole("checkbox", { name: "Not started" }).check();
  await expect(page).toHaveURL(/\?status=not_started$/);
  await page.getByRole("searchbox", { name: "Search commitments" }).pressSequentially("space");
  await expect(page).toHaveURL(/\?q=space&status=not_started$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?status=not_started$/);
  await expect(page.getByRole("searchbox", { name: "Search commitments" })).toHaveValue("");
  await expect(page.getByRole("checkbox", { name: "Not started" })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/commitments$/);
  await expect(listedRows(page)).toHaveCount(16);

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/\?q=space&status=not_started$/);
  await expect(page.getByRole("searchbox", { name: "Search commitments" })).toHaveValue("space");
});

test("filters stay the same from view to view", async ({ page, openView }) => {
  await openView("/commitments", { theme: ["climate"] });
  await expect(listedRows(page)).toHaveCount(2);
  await page.getByRole("link", { name: "Work together on the climate crisis" }).click();
  await expect(page).toHaveURL(/\/commitments\/space-climate-crisis\?theme=climate$/);
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page).toHaveURL(/\/\?theme=climate$/);
  await expect(page.getByRole("article", { name: "Space cooperation" })).toContainText("0 of 2 done");
  await expect(page.getByRole("article")).toHaveCount(3);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("searchbox", { name: "Search commitments" })).toBeFocused();
});

test("a link followed while its view's code loads lands there, with what was typed meanwhile", async ({
  page,
}) => {
  await page.goto("/commitments");
  await expect(listedRows(page)).toHaveCount(16);
  const releaseView = await holdRequests(page, "**/assets/changes-route-*.js");
  await page.getByRole("navigation").getByRole("link", { name: "Changes" }).click();
  // The Changes view is still loading: the list stays, and the search box still types.
  await page.getByRole("searchbox", { name: "Search commitments" }).pressSequentially("space");
  await expect(page).toHaveURL(/\/commitments$/);
  releaseView();
  await expect(page.getByRole("heading", { level: 1, name: /Changes/ })).toBeVisible();
  await expect(page).toHaveURL(/\/changes\?q=space$/);
  await expect(page.getByRole("searchbox", { name: "Search commitments" })).toHaveValue("space");
});

test("the notice of ignored parts goes once a link leaves them out of the address", async ({ page }) => {
  await page.goto("/commitments?party=fr&colour=red");
  await expect(page.getByRole("alert")).toContainText("colour=red");
  await page.getByRole("navigation").getByRole("link", { name: "Overview" }).click();
  await expect(page).toHaveURL(/\/\?party=fr$/);
  await expect(page.getByRole("alert")).toHaveCount(0);
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
  await expectListed(page, []);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(notice).toBeHidden();
  await expect(listedRows(page)).toHaveCount(16);
});

test("tracking tags that mail adds to a link are dropped without a warning", async ({ page }) => {
  await page.goto("/commitments?party=fr&utm_source=mail&fbclid=abc");
  await expect(listedRows(page)).toHaveCount(8);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("changing any filter gives a clean link, without the parts that were ignored", async ({ page }) => {
  await page.goto("/commitments?initiative=moon&colour=red");
  await expect(page.getByRole("alert")).toContainText("initiative=moon");
  await expect(filterSummary(page, "Initiative")).toHaveText("Initiative"); // no "(1 selected)" for moon
  await page.getByRole("button", { name: "Status", exact: true }).click();
  await expect(page).toHaveURL(/\/commitments\?sort=status$/);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the link from DESIGN.md, France's commitments at risk, shows France's side", async ({
  page,
  openView,
}) => {
  await saveStatus(page, "space-climate-crisis", "France", "At risk");
  await saveStatus(page, "space-economy", "United States", "At risk");

  await openView("/commitments", { party: ["fr"], status: ["at_risk"] });
  await expectListed(page, ["Work together on the climate crisis"]);
  await expect(filterSummary(page, "Status")).toHaveText("Status (France): At risk");
  await openView("/initiatives/space-cooperation", { party: ["fr"], status: ["at_risk"] });
  await expect(page.getByRole("region", { name: /^At risk \(France\)/ }).getByRole("link")).toHaveText([
    "Work together on the climate crisis",
  ]);
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
