import { expect, listedTitles, test } from "./fixtures";

const SCO = "The United States joins the Space Climate Observatory (SCO)";

test("a status update survives a reload and shows as made in this browser", async ({ page }) => {
  await page.goto("/commitments/space-climate-observatory");
  await page.getByLabel("Status — United States").selectOption("In progress");
  await page.getByLabel("Note (optional)").fill("Membership letter sent.");
  await page.getByLabel("Your name (optional, remembered in this browser)").fill("Claire Martin");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Saved: United States → In progress." }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Status — United States")).toHaveValue("in_progress");
  await expect(page.getByLabel("Status — France")).toHaveValue("not_started");
  const history = page.getByRole("region", { name: "History of updates" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history.getByRole("listitem")).toContainText("Claire Martin: United States → In progress");
  await expect(history.getByRole("listitem")).toContainText("Membership letter sent.");
  await expect(history.getByRole("listitem")).toContainText("made in this browser");
  await expect(page.getByRole("region", { name: "Updates made in this browser" })).toContainText(
    "1 status comes from updates made in this browser",
  );
});

test("an update moves the commitment between status filters and into the overview's progress", async ({
  page,
  openView,
}) => {
  await openView("/commitments", { status: ["done"] });
  await expect(page.getByText("No commitment matches the filters.")).toBeVisible();

  await page.goto("/commitments/space-climate-observatory");
  await page.getByLabel("Status — United States").selectOption("Done");
  await page.getByLabel("Status — France").selectOption("Done");
  await page.getByRole("button", { name: "Save update" }).click();

  await openView("/commitments", { status: ["done"] });
  expect(await listedTitles(page)).toEqual([SCO]);
  await openView("/commitments", { status: ["not_started"] });
  await expect(page.getByRole("rowheader")).toHaveCount(15);

  await page.goto("/");
  const space = page.getByRole("article", { name: "Space cooperation" });
  await expect(space.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "13");
  await expect(space.getByText("1 of 8 done")).toBeVisible();
});

test("the last update can be undone, and the history keeps it marked as undone", async ({ page }) => {
  await page.goto("/commitments/cyber-paris-call");
  await page.getByLabel("Status — France").selectOption("At risk");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Overall:")).toContainText("At risk");

  await page.getByRole("button", { name: /Undo last update/ }).click();
  await expect(page.getByText("Overall:")).toContainText("Not started");
  await expect(page.getByLabel("Status — France")).toHaveValue("not_started");
  const entry = page.getByRole("region", { name: "History of updates" }).getByRole("listitem");
  await expect(entry).toContainText("France → At risk");
  await expect(entry).toContainText("undone");
  await expect(page.getByRole("button", { name: /Undo last update/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel("Status — France")).toHaveValue("not_started");
});

test("a side's status shows where the two sides differ, and can be filtered on", async ({
  page,
  openView,
}) => {
  await page.goto("/commitments/space-exploration");
  await page.getByLabel("Status — France").selectOption("Done");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Overall:")).toContainText("In progress");
  await expect(page.getByText("Overall:")).toContainText("Sides differ");

  await openView("/commitments", { diverging: true });
  expect(await listedTitles(page)).toEqual(["Work together on space exploration"]);
  await openView("/commitments", { party: ["fr"], status: ["done"] });
  expect(await listedTitles(page)).toEqual(["Work together on space exploration"]);
  await openView("/commitments", { party: ["us"], status: ["done"] });
  await expect(page.getByText("No commitment matches the filters.")).toBeVisible();
});

test("an update made in one tab shows in another open tab", async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto("/commitments/space-stem-education");
  await expect(other.getByLabel("Status — France")).toHaveValue("not_started");

  await page.goto("/commitments/space-stem-education");
  await page.getByLabel("Status — France").selectOption("In progress");
  await page.getByRole("button", { name: "Save update" }).click();

  await expect(other.getByLabel("Status — France")).toHaveValue("in_progress", { timeout: 1000 });
  await expect(other.getByRole("region", { name: "History of updates" }).getByRole("listitem")).toHaveCount(
    1,
  );
});
