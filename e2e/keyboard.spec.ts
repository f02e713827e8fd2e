import type { Locator, Page } from "@playwright/test";
import { boardColumn, expect, filterSummary, listedRows, moveDialog, namePrompt, test } from "./fixtures";

/**
 * Every task with the keyboard alone (issue 4, item 4): only page.keyboard moves focus and acts — no click,
 * no fill, no focus() on a control. Each step says where focus lands.
 */

/** Presses Tab (or Shift+Tab) until `target` has focus, as a person tabs to a control they can see. */
async function tabTo(page: Page, target: Locator, { backwards = false, maxPresses = 80 } = {}) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target, `reached by ${backwards ? "Shift+Tab" : "Tab"}`).toBeFocused({ timeout: 1 });
}

// Many key presses, each a round trip to the browser: slow on a busy machine.
test.beforeEach(() => test.slow());
/** For the first sign of a view: on a busy machine the first load of the app's code can take long. */
const patient = expect.configure({ timeout: 20_000 });

const announcer = (page: Page) => page.getByTestId("live-announcer");
const DIALOGUE = "Establish a comprehensive dialogue on space";

test("the skip link is the first stop and takes focus to the main content", async ({ page }) => {
  await page.goto("/commitments");
  await patient(listedRows(page)).toHaveCount(16);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next stop is in the main content (the table's scroll frame), not back in the header.
  await page.keyboard.press("Tab");
  expect(
    await page.evaluate(() => {
      const main = document.querySelector("main");
      return main !== document.activeElement && Boolean(main?.contains(document.activeElement));
    }),
  ).toBe(true);
});

test("filter by keyboard: open a filter group, tick a status, close it with Escape, type a search", async ({
  page,
}) => {
  await page.goto("/commitments");
  await patient(listedRows(page)).toHaveCount(16);

  const statusSummary = filterSummary(page, "Status");
  await tabTo(page, statusSummary);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Status" })).toBeVisible();
  await page.keyboard.press("Tab");
  const notStarted = page.getByRole("checkbox", { name: "Not started" });
  await expect(notStarted).toBeFocused();
  await page.keyboard.press("Tab");
  const inProgress = page.getByRole("checkbox", { name: "In progress" });
  await expect(inProgress).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Space");
  await expect(notStarted).toBeChecked();
  await expect(notStarted).toBeFocused();
  await expect(page).toHaveURL(/[?&]status=not_started/);
  await expect(statusSummary).toHaveText("Status: Not started");

  // Escape closes the group and gives focus back to its summary.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("group", { name: "Status" })).toBeHidden();
  await expect(statusSummary).toBeFocused();

  const search = page.getByRole("searchbox", { name: "Search commitments" });
  await tabTo(page, search, { backwards: true });
  await page.keyboard.type("cyber");
  await expect(search).toHaveValue("cyber");
  await expect(search).toBeFocused();
  await expect(page).toHaveURL(/[?&]q=cyber/);
  await expect(listedRows(page)).toHaveCount(8);
  await expect(page.getByRole("status").filter({ hasText: "match the filters" })).toHaveText(
    "8 of 16 commitments match the filters.",
  );
});

test("open a commitment from the list by keyboard: focus lands on its heading", async ({ page }) => {
  await page.goto("/commitments");
  await patient(listedRows(page)).toHaveCount(16);
  await tabTo(page, page.getByRole("table").getByRole("link", { name: DIALOGUE }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/commitments\/space-comprehensive-dialogue$/);
  await expect(page.getByRole("heading", { level: 1, name: DIALOGUE })).toBeFocused();
});

test("open a commitment from a board by keyboard: focus lands on its heading", async ({ page }) => {
  await page.goto("/initiatives/alliance");
  const card = boardColumn(page, /^Not started/).getByRole("link", { name: /^Strengthen the alliance/ });
  await tabTo(page, card);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/commitments\/alliance-strengthen$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Strengthen the alliance/ })).toBeFocused();
});

/** Answers the name-and-side prompt with the keys alone: focus starts in the name field. */
async function answerNamePromptByKeyboard(page: Page) {
  const prompt = namePrompt(page);
  await expect(prompt.getByLabel("Your name")).toBeFocused();
  await page.keyboard.type("Claire Martin");
  await page.keyboard.press("Tab");
  await expect(prompt.getByRole("radio", { name: "United States" })).toBeFocused();
  await page.keyboard.press("ArrowDown"); // a radio group: the arrow keys move and choose
  await expect(prompt.getByRole("radio", { name: "France" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(prompt.getByRole("button", { name: "Continue" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(prompt).toBeHidden();
}

test("change each side's status with a reason, by keyboard alone", async ({ page }) => {
  await page.goto("/commitments/space-comprehensive-dialogue");
  const us = page.getByLabel("Status — United States");
  const fr = page.getByLabel("Status — France");
  await tabTo(page, us);
  await page.keyboard.press("ArrowDown"); // Not started → In progress
  await expect(us).toHaveValue("in_progress");
  await expect(us).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(fr).toBeFocused();
  for (const _ of ["in_progress", "at_risk", "done"]) await page.keyboard.press("ArrowDown");
  await expect(fr).toHaveValue("done");
  await page.keyboard.press("Tab");
  const reason = page.getByLabel(/^Reason/);
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAccessibleName("Reason (required for this status)");
  await page.keyboard.type("Agreed at the first meeting.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(/^Evidence link/)).toBeFocused();
  await page.keyboard.press("Tab");
  const save = page.getByRole("button", { name: "Save update" });
  await expect(save).toBeFocused();
  await page.keyboard.press("Enter");

  // The first update asks who is making it; the dialog takes focus and gives it back.
  await answerNamePromptByKeyboard(page);
  await expect(announcer(page)).toHaveText(/^Saved: United States → In progress, France → Done\.\s?$/);
  await expect(page.getByText("Overall:")).toContainText("In progress");
  // The button stays (aria-disabled until the next change): focus is not dropped to the page.
  await expect(save).toBeFocused();
  await expect(save).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByText("Agreed at the first meeting.").first()).toBeVisible();
  await expect(page.getByText("Recorded as Claire Martin (France).")).toBeVisible();
});

test("move a card with “Move to…” by keyboard: Escape closes the menu, a move takes focus with the card", async ({
  page,
}) => {
  await page.goto("/initiatives/space-cooperation");
  const moveTo = page.getByRole("button", { name: `Move to… (${DIALOGUE})` });
  const menu = page.getByRole("group", { name: "Set every side to" });
  await tabTo(page, moveTo);
  await page.keyboard.press("Enter");
  await expect(menu).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("button", { name: "In progress" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(moveTo).toBeFocused();

  await page.keyboard.press("Space");
  await expect(menu).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("button", { name: "At risk" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toBeHidden();

  // Who is moving it (asked once), then why: At risk needs a reason.
  await answerNamePromptByKeyboard(page);
  const dialog = moveDialog(page);
  await expect(dialog).toHaveAccessibleName(`Move “${DIALOGUE}” to At risk`);
  await expect(dialog.getByLabel(/^Reason/)).toBeFocused();
  await page.keyboard.type("No date for the first meeting.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Move" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(boardColumn(page, /^At risk/).getByRole("link", { name: DIALOGUE })).toBeFocused();
  await expect(announcer(page)).toHaveText(
    /^Moved “Establish a comprehensive dialogue on space” to At risk \(United States and France\)\.\s?$/,
  );
});

test("copy the link by keyboard: the clipboard holds the view's address", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // With its language in the address: the copied link always carries one (decision 014).
  await page.goto("/commitments?status=not_started&sort=-title&lang=en");
  await patient(listedRows(page)).toHaveCount(16);
  const copy = page.getByRole("button", { name: "Copy link" });
  await tabTo(page, copy);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("banner").getByText("Link copied: it opens this exact view.")).toBeVisible();
  await expect(copy).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(announcer(page)).toHaveText(/^Link copied: it opens this exact view\.\s?$/);
});

test("switch the language by keyboard: focus stays on the switch, which now offers the other language", async ({
  page,
}) => {
  await page.goto("/commitments");
  await patient(listedRows(page)).toHaveCount(16);
  await tabTo(page, page.getByRole("button", { name: "Français" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/[?&]lang=fr/);
  const back = page.getByRole("button", { name: "English" });
  await expect(back).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Français" })).toBeFocused();
});

test("the footer's link opens the accessibility statement by keyboard, focus on its heading", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(3);
  await tabTo(page, page.getByRole("contentinfo").getByRole("link"), { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeFocused();
});
