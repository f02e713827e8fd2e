import type { Page } from "@playwright/test";
import { bundledEnvelope, generateDataset } from "../scripts/bench/generate-dataset";
import {
  boardColumn,
  CLAIRE,
  confirmMove,
  expect,
  listedRows,
  moveDialog,
  test,
  untilPickedUp,
} from "./fixtures";

// Items 4, 7 and 8 of issue 6: several commitments updated at once, cards dragged between columns, and the
// last change undone from a toast; and what one tab does shows in the others.

test.use({ person: CLAIRE });

const DIALOGUE = "Establish a comprehensive dialogue on space";
const PARIS_CALL = "U.S. support for the Paris Call for Trust and Security in Cyberspace";
const ECONOMY = "Work together on the space economy";
const toast = (page: Page) => page.getByRole("status", { name: "Last change" });
const localUpdates = (page: Page) => page.getByRole("region", { name: "Updates made in this browser" });

test("a bulk update and its undo", async ({ page }) => {
  await page.goto("/commitments");
  for (const title of [DIALOGUE, PARIS_CALL, ECONOMY])
    await page.getByRole("checkbox", { name: title }).check();
  const bulk = page.getByRole("form", { name: "Update several at once" });
  await expect(bulk).toContainText("3 commitments selected.");
  // The person's side is the default side.
  await expect(bulk.getByLabel("Side")).toHaveValue("fr");
  await bulk.getByLabel("New status").selectOption("At risk");
  await bulk.getByRole("button", { name: "Set France to At risk on 3 commitments" }).click();
  await expect(bulk.getByLabel("Reason")).toHaveAccessibleDescription(
    "Give a reason: one is required for Done, At risk, and Dropped.",
  );
  await bulk.getByLabel("Reason").fill("The joint budget is frozen.");
  await bulk.getByRole("button", { name: "Set France to At risk on 3 commitments" }).click();

  const result = "Set France to At risk on 2 commitments. 1 commitment skipped: France is not a party to it.";
  await expect(bulk.getByRole("status")).toHaveText(result);
  await expect(toast(page)).toContainText(result);
  await expect(bulk).toContainText("None selected");
  await expect(localUpdates(page)).toContainText("2 statuses come from updates made in this browser");
  await expect(localUpdates(page)).toContainText("Last update: 2 commitments — France → At risk");

  // Undone as a group, from the toast.
  await toast(page).getByRole("button", { name: "Undo", exact: true }).click();
  await expect(localUpdates(page)).toHaveCount(0);
  await expect(toast(page)).toBeEmpty();
  await page.getByRole("link", { name: ECONOMY }).click();
  await expect(page.getByLabel("Status — France")).toHaveValue("not_started");
  const entry = page.getByRole("region", { name: "History of updates" }).getByRole("listitem");
  await expect(entry).toContainText(
    "Claire Martin (France) moved France’s status from Not started to At risk",
  );
  await expect(entry).toContainText("undone");
});

test("select all shown selects the filtered commitments", async ({ page, serveData }) => {
  const SIZE = 600;
  const dataset = generateDataset(bundledEnvelope(), SIZE);
  await serveData({ body: dataset });
  await page.goto("/commitments?party=fr");
  const frCount = dataset.commitments.filter((c) => c.parties.includes("fr")).length;
  await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", String(frCount + 1), {
    timeout: 30_000,
  });
  expect(await listedRows(page).count()).toBeLessThan(frCount); // a windowed table: not every row is rendered

  const selectAll = page.getByRole("checkbox", { name: `Select all ${frCount} shown` });
  await selectAll.check();
  const bulk = page.getByRole("form", { name: "Update several at once" });
  await expect(bulk).toContainText(`${frCount} commitments selected.`);
  await expect(page.getByRole("table").getByRole("checkbox", { checked: false })).toHaveCount(0);
  // One row unticked: the select-all box is then partly checked.
  await page.getByRole("table").getByRole("row").nth(1).getByRole("checkbox").uncheck();
  await expect(bulk).toContainText(`${frCount - 1} commitments selected.`);
  await expect(selectAll).not.toBeChecked();
  await selectAll.check();

  await bulk.getByLabel("New status").selectOption("In progress");
  await bulk.getByRole("button", { name: `Set France to In progress on ${frCount} commitments` }).click();
  const alreadyInProgress = dataset.commitments.filter(
    (c) => c.parties.includes("fr") && c.statuses.fr === "in_progress",
  ).length;
  await expect(bulk.getByRole("status")).toContainText(
    `Set France to In progress on ${frCount - alreadyInProgress} commitments.`,
  );
  // Every one of them, rendered or not: the whole filtered list is now In progress for France.
  await page.goto("/commitments?party=fr&status=in_progress");
  await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", String(frCount + 1), {
    timeout: 30_000,
  });
});

test("a card dragged to another column (mouse) and moved by keyboard drag-and-drop", async ({ page }) => {
  await page.goto("/initiatives/space-cooperation");
  const column = (name: RegExp) => boardColumn(page, name);
  const card = column(/^Not started/)
    .getByRole("listitem")
    .filter({ hasText: DIALOGUE });
  const target = column(/^In progress/);

  // With the mouse: press on the card, move over the In progress column (beside it), release.
  await card.scrollIntoViewIfNeeded();
  const from = await card.getByText("United States:").boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("the card and the column are on screen");
  await page.mouse.move(from.x + 5, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, from.y + 10, { steps: 10 });
  await expect(target).toHaveClass(/board__column--over/);
  await page.mouse.up();
  await expect(moveDialog(page)).toHaveAccessibleName(`Move “${DIALOGUE}” to In progress`);
  await confirmMove(page, "The first meeting is planned.");
  await expect(target.getByRole("link", { name: DIALOGUE })).toBeVisible();
  await expect(column(/^Not started/).getByRole("link", { name: DIALOGUE })).toHaveCount(0);

  // With the keyboard: the card's handle, Space to pick up, arrows to choose a column, Space to drop.
  const handle = page.getByRole("button", { name: `Drag “${DIALOGUE}”` });
  await handle.focus();
  await page.keyboard.press("Space");
  const said = page.locator("[id^='DndLiveRegion']");
  await expect(said).toContainText(`Picked up “${DIALOGUE}” from the In progress column.`);
  await untilPickedUp(page);
  await page.keyboard.press("ArrowRight");
  await expect(said).toContainText(`“${DIALOGUE}” is over the At risk column.`);
  await page.keyboard.press("ArrowRight");
  await expect(said).toContainText(`“${DIALOGUE}” is over the Done column.`);
  await page.keyboard.press("Space");
  await expect(said).toContainText(`“${DIALOGUE}” was dropped on the Done column.`);
  const dialog = moveDialog(page);
  await expect(dialog).toHaveAccessibleName(`Move “${DIALOGUE}” to Done`);
  // Done needs a reason; Cancel (Escape) changes nothing and gives focus back to the handle.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(handle).toBeFocused();
  await expect(target.getByRole("link", { name: DIALOGUE })).toBeVisible();

  await page.keyboard.press("Space");
  await expect(said).toContainText(`Picked up “${DIALOGUE}”`);
  await untilPickedUp(page);
  await page.keyboard.press("ArrowRight");
  await expect(said).toContainText("over the At risk column");
  await page.keyboard.press("ArrowRight");
  await expect(said).toContainText("over the Done column");
  await page.keyboard.press("Space");
  await expect(dialog).toHaveAccessibleName(`Move “${DIALOGUE}” to Done`);
  await expect(dialog.getByLabel("Reason")).toBeFocused();
  await page.keyboard.type("The dialogue met in Washington.");
  await dialog.getByRole("button", { name: "Move" }).click();
  await expect(column(/^Done/).getByRole("link", { name: DIALOGUE })).toBeFocused();
  await expect(page.getByTestId("live-announcer")).toContainText(
    `Moved “${DIALOGUE}” to Done (United States and France).`,
  );
  // Escape while dragging cancels, and says so.
  // Each key after what the previous one said, as a screen reader user goes (untilPickedUp says why).
  await page.getByRole("button", { name: `Drag “${ECONOMY}”` }).focus();
  await page.keyboard.press("Space");
  await expect(said).toContainText(`Picked up “${ECONOMY}”`);
  await untilPickedUp(page);
  await page.keyboard.press("ArrowRight");
  await expect(said).toContainText(`“${ECONOMY}” is over the In progress column.`);
  await page.keyboard.press("Escape");
  await expect(said).toContainText(`Move cancelled: “${ECONOMY}” stays in the Not started column.`);
  await expect(dialog).toBeHidden();
});

test("an update made in one tab shows in the other within a second", async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto("/initiatives/alliance");
  await expect(other.getByText("0% done")).toBeVisible();
  await page.goto("/initiatives/alliance");
  await page.getByRole("button", { name: /^Move to… \(Strengthen the alliance/ }).click();
  await page.getByRole("button", { name: "Done" }).click();
  await confirmMove(page, "Ministers signed.");
  await expect(page.getByText("50% done")).toBeVisible();
  await expect(other.getByText("50% done")).toBeVisible({ timeout: 1000 });

  // An undo from the toast reaches the other tab too.
  await toast(page).getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByText("0% done")).toBeVisible();
  await expect(other.getByText("0% done")).toBeVisible({ timeout: 1000 });
});

test("undo from the toast", async ({ page }) => {
  await page.clock.install();
  await page.goto("/commitments/space-stem-education");
  await page.getByLabel("Status — France").selectOption("At risk");
  await page.getByLabel("Reason").fill("No teachers named yet.");
  const save = page.getByRole("button", { name: "Save update" });
  await save.click();
  await expect(toast(page)).toContainText("Saved: France → At risk on “Work together on STEM education”.");
  await expect(save).toBeFocused(); // the toast does not take focus

  // It stays at least 10 seconds, and as long as it is hovered.
  await page.clock.runFor(9_000);
  await expect(toast(page)).not.toBeEmpty();
  await toast(page).hover();
  await page.clock.runFor(30_000);
  await expect(toast(page)).not.toBeEmpty();
  await page.mouse.move(0, 0);
  await page.clock.runFor(13_000);
  await expect(toast(page)).toBeEmpty();

  // A second change; its toast is reached with the keyboard, and Undo takes it back.
  await page.getByLabel("Status — France").selectOption("In progress");
  await save.click();
  await expect(toast(page)).toContainText("Saved: France → In progress");
  const undo = toast(page).getByRole("button", { name: "Undo", exact: true });
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press("Tab");
    if (await undo.evaluate((button) => button === document.activeElement)) break;
  }
  await expect(undo).toBeFocused();
  await page.clock.runFor(60_000); // focus keeps it open
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Status — France")).toHaveValue("at_risk");
  await expect(toast(page)).toBeEmpty();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.getByTestId("live-announcer")).toContainText(
    "Undone: France → In progress on “Work together on STEM education”.",
  );

  // Dismissed without undoing: the change stays.
  await page.getByLabel("Status — France").selectOption("Done");
  await page.getByLabel("Reason").fill("Teachers named.");
  await save.click();
  await toast(page).getByRole("button", { name: "Dismiss" }).click();
  await expect(toast(page)).toBeEmpty();
  await expect(page.getByLabel("Status — France")).toHaveValue("done");
});
