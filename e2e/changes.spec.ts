import { expect, saveStatus, test } from "./fixtures";
import { DIALOGUE, datasetWithHistory, ECONOMY, PARIS_CALL, TODAY } from "./history-data";

test.beforeEach(async ({ page, serveData }) => {
  await page.clock.setFixedTime(TODAY);
  await serveData({ body: datasetWithHistory() });
});

const changeLines = (page: import("@playwright/test").Page) => page.getByRole("main").getByRole("listitem");

test("the Changes view lists last week's updates and filters them", async ({ page }) => {
  test.slow(); // a whole story across several views: more than the default 30 s on a busy machine
  // An update made in this browser today is listed with the published ones.
  await saveStatus(page, "cyber-nato-policy", "United States", "At risk");
  await page.getByRole("link", { name: "Changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changes");
  await expect(
    page.getByText(/from March 6, 2026 to March 12, 2026 \(days in UTC\): 5 changes/),
  ).toBeVisible();

  // Grouped by initiative: space cooperation first (the data's order), its changes newest first.
  const space = page.getByRole("region", { name: "Space cooperation" });
  await expect(space.getByRole("listitem")).toHaveText([
    `${ECONOMY}: Someone (no name given) moved the United States side from Not started to Dropped on March 8, 2026.`,
    `${ECONOMY}: Someone (no name given) moved the France side from Not started to Dropped on March 8, 2026.`,
    `${DIALOGUE}: Someone (no name given) moved the France side from In progress to Done on March 6, 2026.`,
  ]);
  const cyber = page.getByRole("region", { name: "Cybersecurity cooperation" });
  await expect(cyber.getByRole("listitem")).toHaveText([
    // Made here by a person the browser knows: their name and side, and their reason.
    "Update NATO cyber policy with partners: Claire Martin (France) moved the United States side from Not started to At risk on March 12, 2026: Confirmed at the weekly meeting. (Made in this browser, not yet published.)",
    `${PARIS_CALL}: Claire Martin moved the United States side from Not started to In progress on March 9, 2026: Endorsement drafted.`,
  ]);

  // The filters apply to the commitments whose changes are listed.
  await page.getByLabel("Search commitments").fill("paris call");
  await expect(changeLines(page)).toHaveCount(1);
  await expect(changeLines(page)).toContainText(PARIS_CALL);
  await expect(page).toHaveURL(/\/changes\?q=paris\+call$/);

  // Earlier days, in the address; by day, newest first.
  await page.getByLabel("Search commitments").fill("");
  await page.getByLabel("From").fill("2026-03-01");
  await expect(page).toHaveURL(/\/changes\?from=2026-03-01$/);
  await page.getByRole("radio", { name: "Day" }).check();
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
    "March 12, 2026",
    "March 9, 2026",
    "March 8, 2026",
    "March 6, 2026",
    "March 5, 2026",
    "March 2, 2026",
  ]);
  await expect(page.getByRole("region", { name: "March 5, 2026" })).toContainText(
    "Jane Doe moved the United States side from In progress to Done on March 5, 2026: Agreement signed.",
  );

  // Nothing changed: an empty state that says what to do.
  await page.goto("/changes?from=2026-01-01&to=2026-01-31");
  await expect(page.getByText("Nothing changed from January 1, 2026 to January 31, 2026.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy as text" })).toHaveCount(0);
});

test("copy the weekly report", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/changes?initiative=space-cooperation");
  await page.getByRole("button", { name: "Copy as text" }).click();
  await expect(page.getByText("Copied: paste it into your report.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    [
      "US–France commitments: changes from March 6, 2026 to March 12, 2026",
      "",
      "Space cooperation",
      `- ${ECONOMY}: Someone (no name given) moved the United States side from Not started to Dropped on March 8, 2026.`,
      `- ${ECONOMY}: Someone (no name given) moved the France side from Not started to Dropped on March 8, 2026.`,
      `- ${DIALOGUE}: Someone (no name given) moved the France side from In progress to Done on March 6, 2026.`,
      "",
    ].join("\n"),
  );
  // The same words are on the page, as text one can select.
  await expect(
    page.getByRole("region", { name: "Space cooperation" }).getByRole("listitem").first(),
  ).toHaveText(
    `${ECONOMY}: Someone (no name given) moved the United States side from Not started to Dropped on March 8, 2026.`,
  );
});
