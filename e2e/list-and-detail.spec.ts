import { bundledDataset, CLAIRE, expect, expectListed, listedRows, test } from "./fixtures";

test.use({ person: CLAIRE }); // updates are made by someone

const fileOrder = bundledDataset().commitments.map((c) =>
  typeof c.title === "string" ? c.title : c.title.en,
);

test("the list shows every commitment and sorts by a column, in the URL", async ({ page }) => {
  await page.goto("/commitments");
  await expectListed(page, fileOrder);

  const byTitle = [...fileOrder].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
  await page.getByRole("button", { name: "Commitment" }).click();
  await expect(page).toHaveURL(/\?sort=title$/);
  await expect(page.getByRole("columnheader", { name: "Commitment" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expectListed(page, byTitle);

  await page.getByRole("button", { name: "Commitment" }).click();
  await expect(page).toHaveURL(/\?sort=-title$/);
  await expect(page.getByRole("columnheader", { name: "Commitment" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expectListed(page, [...byTitle].reverse());
});

test("sorting by last update puts the newest change first", async ({ page }) => {
  await page.goto("/commitments/cyber-nato-policy");
  await page.getByLabel("Status — United States").selectOption("In progress");
  await page.getByRole("button", { name: "Save update" }).click();
  await page.getByRole("link", { name: "All commitments" }).click();
  await page.getByRole("button", { name: "Last update", exact: true }).click();
  await expect(page).toHaveURL(/\?sort=-updated$/);
  await expect(listedRows(page).first()).toHaveText("Update NATO cyber policy with partners");
});

test("a commitment's page shows its description, the quotation and one status control per side", async ({
  page,
}) => {
  await page.goto("/commitments");
  await page.getByRole("link", { name: "Establish a comprehensive dialogue on space" }).click();
  await expect(page).toHaveURL(/\/commitments\/space-comprehensive-dialogue$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Establish a comprehensive dialogue on space",
  );
  const expected = bundledDataset().commitments.find((c) => c.id === "space-comprehensive-dialogue");
  await expect(page.getByRole("blockquote")).toHaveText(expected?.sourceQuote ?? "");
  await expect(page.getByRole("figure")).toContainText("From the announcement");
  await expect(page.getByText("United States and France", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Status — United States")).toHaveValue("not_started");
  await expect(page.getByLabel("Status — France")).toHaveValue("not_started");
  await expect(page.getByText("No update yet")).toBeVisible();
});

test("a commitment of one side has one status control", async ({ page }) => {
  await page.goto("/commitments/cyber-paris-call");
  await expect(page.getByLabel("Status — United States")).toBeVisible();
  await expect(page.getByLabel("Status — France")).toHaveCount(0);
});

test("saving with nothing changed says what to do, and keeps focus on the button", async ({ page }) => {
  await page.goto("/commitments/space-economy");
  const save = page.getByRole("button", { name: "Save update" });
  await expect(save).toHaveAttribute("aria-disabled", "true");
  await save.focus();
  await page.keyboard.press("Enter"); // a click would wait for the button to be enabled
  await expect(save).toBeFocused();
  await expect(page.getByText("Nothing to save: choose a new status for a side first.")).toBeVisible();
  await expect(page.getByRole("region", { name: "History of updates" }).getByRole("listitem")).toHaveCount(0);
});

test("the history lists updates newest first, and focus stays on Save", async ({ page }) => {
  await page.goto("/commitments/space-economy");
  for (const [label, value] of [
    ["In progress", "in_progress"],
    ["At risk", "at_risk"],
  ] as const) {
    await page.getByLabel("Status — United States").selectOption(label);
    await page.getByLabel("Reason").fill(`Now ${label}.`);
    await page.getByRole("button", { name: "Save update" }).click();
    await expect(page.getByLabel("Status — United States")).toHaveValue(value);
    await expect(page.getByRole("button", { name: "Save update" })).toBeFocused();
  }
  const entries = page.getByRole("region", { name: "History of updates" }).getByRole("listitem");
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("from In progress to At risk");
  await expect(entries.last()).toContainText("from Not started to In progress");
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

test("a mistyped address gets a way to what was meant", async ({ page }) => {
  await page.goto("/commitments/Cyber-Paris-Call");
  await page
    .getByRole("link", { name: "U.S. support for the Paris Call for Trust and Security in Cyberspace" })
    .click();
  await expect(page).toHaveURL(/\/commitments\/cyber-paris-call$/);

  await page.goto("/initiatives?party=fr");
  await expect(page).toHaveURL(/\/\?party=fr$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Progress on the US–France commitments" }),
  ).toBeVisible();
});
