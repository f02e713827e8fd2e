import { boardColumn, expect, expectListed, listedRows, saveStatus, test } from "./fixtures";
import { DIALOGUE, datasetWithHistory, TODAY } from "./history-data";

test.beforeEach(async ({ page, serveData }) => {
  await page.clock.setFixedTime(TODAY);
  await serveData({ body: datasetWithHistory() });
});

const banner = (page: import("@playwright/test").Page) =>
  page.getByRole("region", { name: "Showing the tracker as it stood at the end of March 3, 2026" });

test("an as-of link shows the earlier status", async ({ page, openView }) => {
  test.slow(); // a whole story across several views: more than the default 30 s on a busy machine
  // Overview: on 3 March nothing of space cooperation was done yet; today one is.
  await openView("/", { asOf: "2026-03-03", q: "space" });
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).toContainText("Anyone opening this link sees the same statuses.");
  const space = page.getByRole("article", { name: "Space cooperation" });
  await expect(space).toContainText("0 of 8 done");

  // Board: the dialogue is In progress, and cards cannot be moved.
  await page.getByRole("link", { name: "Open the Space cooperation board" }).click();
  await expect(boardColumn(page, /^In progress/).getByRole("link", { name: DIALOGUE })).toBeVisible();
  await expect(
    page.getByRole("group", { name: "You are looking at March 3, 2026: go back to today to make changes." }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /^Move to… \(Establish/ })).toBeDisabled();

  // List and detail.
  await page.getByRole("link", { name: "All commitments" }).click();
  await expect(page).toHaveURL(/asOf=2026-03-03/);
  const row = page.getByRole("row", { name: new RegExp(DIALOGUE) });
  // Cells: the selection box, the initiative, then the status (the title is the row's header).
  await expect(row.getByRole("cell").nth(2)).toContainText("In progress");
  await row.getByRole("link", { name: DIALOGUE }).click();
  await expect(page.getByText("Overall:")).toContainText("In progress");
  await expect(page.getByRole("button", { name: "Save update" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Mark as reviewed" })).toBeDisabled();
  // The history stops at that day: the 5 March update is not in it yet.
  const history = page.getByRole("region", { name: "History of updates" });
  await expect(history.getByRole("listitem")).toHaveCount(2);

  // Back to today keeps the other filters and shows today's status.
  await banner(page).getByRole("link", { name: "Back to today" }).click();
  await expect(page).toHaveURL(/\/commitments\/space-comprehensive-dialogue\?q=space$/);
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByText("Overall:")).toContainText("Done");
  await expect(page.getByLabel("Status — United States")).toBeEnabled();
});

test("an as-of date before anything happened shows everything Not started", async ({ page, openView }) => {
  await openView("/commitments", { asOf: "2025-12-31", status: ["not_started"] });
  await expect(page.getByRole("region", { name: /as it stood at the end of December 31, 2025/ })).toBeVisible(
    { timeout: 20_000 },
  ); // the first load, on a busy machine
  await expect(page.getByText("All 16 commitments shown.")).toBeVisible();
  await expect(listedRows(page)).toHaveCount(16);
});

test("the date picker sets asOf and keeps filters; a future date is refused", async ({ page, openView }) => {
  test.slow(); // a whole story across several views: more than the default 30 s on a busy machine
  await openView("/commitments", { q: "dialogue" });
  await expectListed(page, [DIALOGUE]);
  const picker = page.getByLabel("Show as of");
  await expect(picker).toHaveAttribute("max", "2026-03-12");
  await picker.fill("2026-03-03");
  await expect(page).toHaveURL(/\?q=dialogue&asOf=2026-03-03$/);
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(DIALOGUE) })).toContainText("In progress");

  await picker.fill("2026-04-01");
  await expect(
    page.getByText("April 1, 2026 is in the future: choose today or an earlier day."),
  ).toBeVisible();
  await expect(page).toHaveURL(/asOf=2026-03-03$/);

  // Back goes to today's view, with the search kept.
  await page.goBack();
  await expect(page).toHaveURL(/\?q=dialogue$/);
  await expect(picker).toHaveValue("");
  await expect(page.getByRole("row", { name: new RegExp(DIALOGUE) })).toContainText("Done");

  // A link with a future date shows today, and says why.
  await openView("/commitments", { q: "dialogue", asOf: "2026-04-01" });
  await expect(page.getByRole("alert")).toContainText(
    "asOf=2026-04-01 is a date in the future: these are today's statuses.",
  );
  await expect(banner(page)).toHaveCount(0);
});

test("the banner says when the past view includes this browser's own updates", async ({ page, openView }) => {
  await saveStatus(page, "cyber-nato-policy", "United States", "At risk");
  await openView("/commitments/cyber-nato-policy", { asOf: "2026-03-12" });
  await expect(page.getByText("Overall:")).toContainText("At risk");
  await expect(page.getByRole("region", { name: /as it stood at the end of March 12, 2026/ })).toContainText(
    "They include updates made in this browser by then that are not published yet",
  );
  // The day before, the update had not been made.
  await openView("/commitments/cyber-nato-policy", { asOf: "2026-03-11" });
  await expect(page.getByText("Overall:")).toContainText("Not started");
});

test("the as-of banner and the date picker speak French in a French link", async ({ page, openView }) => {
  await openView("/commitments/space-comprehensive-dialogue", { asOf: "2026-03-03", lang: "fr" });
  await expect(
    page.getByRole("region", { name: "Le suivi tel qu’il était à la fin du 3 mars 2026" }),
  ).toContainText("Qui ouvre ce lien voit les mêmes statuts.", { timeout: 20_000 }); // first load, busy machine
  await expect(page.getByLabel("Afficher au")).toHaveValue("2026-03-03");
  await expect(
    page.getByRole("group", {
      name: "Vous consultez le 3 mars 2026 : revenez à aujourd’hui pour faire des modifications.",
    }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Revenir à aujourd’hui" }).click();
  await expect(page).toHaveURL(/\?lang=fr$/);
});
