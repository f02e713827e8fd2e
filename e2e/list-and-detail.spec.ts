import { bundledDataset, expect, listedTitles, test } from "./fixtures";

test("the list shows every commitment and sorts by a column, in the URL", async ({ page }) => {
  await page.goto("/commitments");
  const titles = await listedTitles(page);
  expect(titles).toHaveLength(16);
  expect(titles[0]).toBe(
    "Enhance cooperation across the civil, commercial and national security sectors of space",
  );

  await page.getByRole("button", { name: "Commitment" }).click();
  await expect(page).toHaveURL(/\?sort=title$/);
  await expect(page.getByRole("columnheader", { name: "Commitment" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  const sorted = await listedTitles(page);
  expect(sorted).toEqual([...titles].sort((a, b) => a.localeCompare(b)));

  await page.getByRole("button", { name: "Commitment" }).click();
  await expect(page).toHaveURL(/\?sort=-title$/);
  expect(await listedTitles(page)).toEqual([...sorted].reverse());
});

test("sorting by last update puts the newest change first", async ({ page }) => {
  await page.goto("/commitments/cyber-nato-policy");
  await page.getByLabel("Status — United States").selectOption("In progress");
  await page.getByRole("button", { name: "Save update" }).click();
  await page.getByRole("link", { name: "All commitments" }).click();
  await page.getByRole("button", { name: "Last update", exact: true }).click();
  await expect(page).toHaveURL(/\?sort=-updated$/);
  expect((await listedTitles(page))[0]).toBe("Update NATO cyber policy with partners");
});

test("a commitment's page shows its description, the quotation and one status control per side", async ({
  page,
}) => {
  await page.goto("/commitments");
  await page
    .getByRole("link", { name: "U.S. support for the Paris Call for Trust and Security in Cyberspace" })
    .click();
  await expect(page).toHaveURL(/\/commitments\/cyber-paris-call$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "U.S. support for the Paris Call for Trust and Security in Cyberspace",
  );
  const quote = page.getByRole("blockquote");
  const expected = bundledDataset().commitments.find((c) => c.id === "cyber-paris-call")?.sourceQuote ?? "";
  await expect(quote).toHaveText(expected);
  await expect(page.getByRole("figure")).toContainText("From the announcement");
  await expect(page.getByLabel("Status — United States")).toHaveValue("not_started");
  await expect(page.getByLabel("Status — France")).toHaveValue("not_started");
  await expect(page.getByRole("button", { name: "Save update" })).toBeDisabled();
  await expect(page.getByText("No update yet")).toBeVisible();
});

test("a commitment of one side has one status control", async ({ page }) => {
  await page.goto("/commitments/cyber-cybercrime");
  await expect(page.getByLabel("Status — United States")).toBeVisible();
  await expect(page.getByLabel("Status — France")).toHaveCount(0);
});

test("the history lists updates newest first", async ({ page }) => {
  await page.goto("/commitments/space-economy");
  for (const status of ["In progress", "At risk"]) {
    await page.getByLabel("Status — United States").selectOption(status);
    await page.getByRole("button", { name: "Save update" }).click();
    await expect(page.getByLabel("Status — United States")).toHaveValue(
      status === "At risk" ? "at_risk" : "in_progress",
    );
  }
  const entries = page.getByRole("region", { name: "History of updates" }).getByRole("listitem");
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("United States → At risk");
  await expect(entries.last()).toContainText("United States → In progress");
});

test("an unknown commitment or path gets a not-found page with a way back", async ({ page }) => {
  await page.goto("/commitments/no-such-thing");
  await expect(page.getByRole("heading", { level: 1, name: "No commitment “no-such-thing”" })).toBeVisible();
  await page.getByRole("link", { name: "see all commitments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All commitments" })).toBeVisible();

  await page.goto("/this/is/not/a/page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the overview" })).toBeVisible();
});
