import { CLAIRE, confirmMove, expect, expectListed, listedRows, saveStatus, test } from "./fixtures";

const DIALOGUE = "Establish a comprehensive dialogue on space";

test.use({ person: CLAIRE });

test("a status update survives a reload and shows as made in this browser", async ({ page }) => {
  await page.goto("/commitments/space-comprehensive-dialogue");
  await page.getByLabel("Status — United States").selectOption("In progress");
  await page.getByLabel("Reason").fill("Agencies named their representatives.");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByRole("main").getByText("Saved: United States → In progress.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Status — United States")).toHaveValue("in_progress");
  await expect(page.getByLabel("Status — France")).toHaveValue("not_started");
  const history = page.getByRole("region", { name: "History of updates" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history.getByRole("listitem")).toContainText(
    /Claire Martin \(France\) moved the United States’ status from Not started to In progress on \d+ \w+: Agencies named their representatives\./,
  );
  await expect(history.getByRole("listitem")).toContainText("made in this browser, not yet published");
  await expect(page.getByText("Recorded as Claire Martin (France).")).toBeVisible();
  await expect(page.getByRole("region", { name: "Updates made in this browser" })).toContainText(
    "1 status comes from updates made in this browser",
  );
});

test("an update moves the commitment between status filters and into the overview's progress", async ({
  page,
  openView,
}) => {
  await openView("/commitments", { status: ["done"] });
  await expectListed(page, []);

  await page.goto("/commitments/space-comprehensive-dialogue");
  await page.getByLabel("Status — United States").selectOption("Done");
  await page.getByLabel("Status — France").selectOption("Done");
  await page.getByLabel("Reason").fill("Both sides held the first meeting.");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Overall:")).toContainText("Done");

  await openView("/commitments", { status: ["done"] });
  await expectListed(page, [DIALOGUE]);
  await openView("/commitments", { status: ["not_started"] });
  await expect(listedRows(page)).toHaveCount(15);

  await page.goto("/");
  const space = page.getByRole("article", { name: "Space cooperation" });
  await expect(space.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "13");
  await expect(space.getByText("1 of 8 done")).toBeVisible();
});

test("the last update can be undone; the history keeps it, marked as undone", async ({ page }) => {
  await page.goto("/commitments/space-stem-education");
  await page.getByLabel("Status — France").selectOption("At risk");
  await page.getByLabel("Reason").fill("No budget yet.");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByText("Overall:")).toContainText("At risk");
  await expect(page.getByRole("main").getByText("Saved: France → At risk.")).toBeVisible();

  await page.getByRole("button", { name: "Undo last update" }).click();
  await expect(page.getByText("Overall:")).toContainText("Not started");
  await expect(page.getByLabel("Status — France")).toHaveValue("not_started");
  await expect(page.getByRole("main").getByText("Saved: France → At risk.")).toBeHidden();
  const entry = page.getByRole("region", { name: "History of updates" }).getByRole("listitem");
  await expect(entry).toContainText("moved France’s status from Not started to At risk");
  await expect(entry).toContainText("undone");
  await expect(page.getByRole("button", { name: "Undo last update" })).toHaveCount(0);
  // The button is gone: focus lands on the page's heading, not on nothing.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  await page.reload();
  await expect(page.getByLabel("Status — France")).toHaveValue("not_started");
});

test("a card move is undone whole, both sides at once", async ({ page }) => {
  await page.goto("/initiatives/alliance");
  await page.getByRole("button", { name: /^Move to… \(Strengthen the alliance/ }).click();
  await page.getByRole("button", { name: "Done" }).click();
  await confirmMove(page, "Ministers signed.");
  await expect(page.getByText("50% done")).toBeVisible();
  await expect(page.getByRole("region", { name: "Updates made in this browser" })).toContainText(
    "2 statuses come",
  );
  await page.getByRole("button", { name: "Undo last update" }).click();
  await expect(page.getByText("0% done")).toBeVisible();
  await expect(page.getByRole("region", { name: "Updates made in this browser" })).toHaveCount(0);
});

test("each side has its own status; where they differ it shows, and can be filtered on", async ({
  page,
  openView,
}) => {
  await saveStatus(page, "space-exploration", "France", "Done");
  await expect(page.getByText("Overall:")).toContainText("In progress");
  await expect(page.getByText("Overall:")).toContainText("Sides differ");

  await openView("/commitments", { diverging: true });
  await expectListed(page, ["Work together on space exploration"]);
  await openView("/commitments", { party: ["fr"], status: ["done"] });
  await expectListed(page, ["Work together on space exploration"]);
  await openView("/commitments", { party: ["us"], status: ["done"] });
  await expectListed(page, []);
});

test("an update made in one tab shows in another open tab within a second", async ({ page, context }) => {
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

test("updates made at the same time in two tabs are both kept", async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto("/commitments/space-economy");
  await other.goto("/commitments/space-exploration");
  await page.getByLabel("Status — United States").selectOption("Done");
  await page.getByLabel("Reason").fill("Launched.");
  await other.getByLabel("Status — United States").selectOption("At risk");
  await other.getByLabel("Reason").fill("Delayed.");
  await Promise.all([
    page.getByRole("button", { name: "Save update" }).click(),
    other.getByRole("button", { name: "Save update" }).click(),
  ]);
  await other.close();
  await page.goto("/commitments?sort=-updated");
  await expect(listedRows(page).nth(0)).not.toHaveText("");
  await expect(page.getByRole("region", { name: "Updates made in this browser" })).toContainText(
    "2 statuses come",
  );
});

test("copying a link says that this browser's updates do not travel with it", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/commitments/space-economy");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("banner")).toContainText("Link copied: it opens this exact view.");
  await page.getByLabel("Status — France").selectOption("Done");
  await page.getByLabel("Reason").fill("Signed.");
  await page.getByRole("button", { name: "Save update" }).click();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("banner")).toContainText("your updates made in this browser are not in it");
});
