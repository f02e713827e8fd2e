import { boardColumn, CLAIRE, confirmMove, expect, test } from "./fixtures";

const DIALOGUE = "Establish a comprehensive dialogue on space";

test.use({ person: CLAIRE });

test("a card moves to another column with the keyboard alone, and focus follows it", async ({ page }) => {
  await page.goto("/initiatives/space-cooperation");
  const cards = (status: RegExp) => boardColumn(page, status).getByRole("heading", { level: 3 });
  await expect(cards(/^Not started/)).toHaveCount(8);

  await page.getByRole("button", { name: `Move to… (${DIALOGUE})` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Set every side to" })).toBeVisible();
  await page.keyboard.press("Tab"); // into the menu: its first choice
  await expect(page.getByRole("button", { name: "In progress" })).toBeFocused();
  await page.keyboard.press("Enter");
  // The reason is asked for every move; for In progress it may stay empty.
  await expect(page.getByRole("dialog", { name: `Move “${DIALOGUE}” to In progress` })).toBeVisible();
  await expect(page.getByLabel("Reason")).toBeFocused();
  await page.keyboard.press("Tab"); // to the evidence link
  await page.keyboard.press("Tab"); // to Move
  await page.keyboard.press("Enter");

  await expect(boardColumn(page, /^In progress/).getByRole("link", { name: DIALOGUE })).toBeFocused();
  await expect(cards(/^In progress/)).toHaveCount(1);
  await expect(cards(/^Not started/)).toHaveCount(7);
  await expect(page.getByTestId("live-announcer")).toContainText(
    `Moved “${DIALOGUE}” to In progress (United States and France).`,
  );
  await expect(page.getByText("0% done")).toBeVisible();
});

test("Escape closes the menu without moving, and tabbing out of it closes it too", async ({ page }) => {
  await page.goto("/initiatives/alliance");
  const menu = page.getByRole("group", { name: "Set every side to" });
  const button = page.getByRole("button", { name: /^Move to… \(Strengthen the alliance/ });
  await button.click();
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await button.press("Enter");
  for (let i = 0; i < 5; i += 1) await page.keyboard.press("Tab"); // through the four choices, and out
  await expect(menu).toBeHidden();
  await expect(page.getByText("0% done")).toBeVisible();
});

test("a card moves with the mouse; the column counts and progress follow", async ({ page }) => {
  await page.goto("/initiatives/alliance");
  await page.getByRole("button", { name: /^Move to… \(Strengthen the alliance/ }).click();
  await page.getByRole("button", { name: "Done" }).click();
  await confirmMove(page, "Ministers signed.");
  const done = boardColumn(page, /^Done 1 commitment$/);
  await expect(done.getByRole("link", { name: /Strengthen the alliance/ })).toBeVisible();
  await expect(done.getByText("United States:")).toBeVisible();
  await expect(page.getByText("50% done")).toBeVisible();
});

test("narrowed to one side, the board shows and moves that side's status only", async ({
  page,
  openView,
}) => {
  await openView("/initiatives/space-cooperation", { party: ["fr"] });
  await expect(page.getByText("Columns and moves are France's status.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Not started \(France\)/ })).toBeVisible();
  await page.getByRole("button", { name: `Move to… (${DIALOGUE})` }).click();
  await expect(page.getByRole("group", { name: "Set France to" })).toBeVisible();
  await page.getByRole("button", { name: "At risk" }).click();
  await confirmMove(page, "Waiting for the agencies.");
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

test("when a moved card leaves the filtered board, focus goes to the page's heading", async ({
  page,
  openView,
}) => {
  await openView("/initiatives/space-cooperation", { status: ["not_started"] });
  await page.getByRole("button", { name: `Move to… (${DIALOGUE})` }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await confirmMove(page);
  await expect(page.getByRole("link", { name: DIALOGUE })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Space cooperation" })).toBeFocused();
});
