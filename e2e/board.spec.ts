import { boardColumn, expect, test } from "./fixtures";

const DIALOGUE = "Establish a comprehensive dialogue on space";

test("a card moves to another column with the keyboard alone", async ({ page }) => {
  await page.goto("/initiatives/space-cooperation");
  const notStarted = boardColumn(page, /^Not started/);
  await expect(notStarted.getByRole("listitem").filter({ has: page.getByRole("heading") })).toHaveCount(8);

  await page.getByRole("button", { name: `Move “${DIALOGUE}” to…` }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab"); // into the menu: its first choice
  await expect(page.getByRole("button", { name: "In progress" })).toBeFocused();
  await page.keyboard.press("Enter");

  const inProgress = boardColumn(page, /^In progress/);
  await expect(inProgress.getByRole("link", { name: DIALOGUE })).toBeFocused();
  await expect(inProgress.getByRole("heading", { level: 3 })).toHaveCount(1);
  await expect(
    page.getByRole("status").filter({ hasText: `Moved “${DIALOGUE}” to In progress` }),
  ).toBeAttached();
  await expect(page.getByText("0% done")).toBeVisible();
});

test("a card moves with the mouse, and Escape closes the menu without moving it", async ({ page }) => {
  await page.goto("/initiatives/alliance");
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: /Strengthen the alliance/ }) });

  await card.getByRole("button", { name: /^Move/ }).click();
  await expect(page.getByRole("button", { name: "Done" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Done" })).toBeHidden();

  await card.getByRole("button", { name: /^Move/ }).click();
  await page.getByRole("button", { name: "Done" }).click();
  const done = boardColumn(page, /^Done/);
  await expect(done.getByRole("link", { name: /Strengthen the alliance/ })).toBeVisible();
  await expect(done.getByText("United States:")).toBeVisible();
  await expect(page.getByText("50% done")).toBeVisible();
});

test("narrowed to one side, the board shows and moves that side's status only", async ({
  page,
  openView,
}) => {
  await openView("/initiatives/space-cooperation", { party: ["fr"] });
  await expect(page.getByRole("heading", { name: /Not started \(France\)/ })).toBeVisible();
  await page.getByRole("button", { name: `Move “${DIALOGUE}” to…` }).click();
  await page.getByRole("button", { name: "At risk" }).click();
  await expect(boardColumn(page, /^At risk \(France\)/).getByRole("link", { name: DIALOGUE })).toBeVisible();

  await page.goto("/commitments/space-comprehensive-dialogue");
  await expect(page.getByLabel("Status — France")).toHaveValue("at_risk");
  await expect(page.getByLabel("Status — United States")).toHaveValue("not_started");
});

test("an unknown initiative gets a not-found page with a way back", async ({ page }) => {
  await page.goto("/initiatives/moon-base");
  await expect(page.getByRole("heading", { level: 1, name: "No initiative “moon-base”" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the overview" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Progress on the US–France commitments" }),
  ).toBeVisible();
});
