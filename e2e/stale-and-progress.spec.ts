import { boardColumn, expect, expectListed, test } from "./fixtures";
import { DIALOGUE, datasetWithHistory, ECONOMY, TODAY } from "./history-data";

const staleFlag = "Not reviewed in 90 days";

test.describe("stale items", () => {
  test.beforeEach(async ({ page, serveData }) => {
    // 1 July: the file (10 March) and its history (up to 9 March) are more than 90 days old, except one
    // commitment updated on 20 June.
    await page.clock.setFixedTime(new Date("2026-07-01T12:00:00Z"));
    const dataset = datasetWithHistory();
    const economy = dataset.commitments.find((c) => c.id === "space-economy");
    economy?.history.push({
      id: "e3",
      commitmentId: "space-economy",
      party: "us",
      status: "dropped",
      at: "2026-06-20T10:00:00Z",
    });
    await serveData({ body: dataset });
  });

  test("stale items are flagged and filtered with stale=1", async ({ page }) => {
    test.slow(); // a whole story across several views: more than the default 30 s on a busy machine
    await page.goto("/initiatives/space-cooperation");
    const dialogueCard = boardColumn(page, /^Done/).getByRole("listitem").filter({ hasText: DIALOGUE });
    await expect(dialogueCard).toContainText(staleFlag);
    await expect(
      boardColumn(page, /^Dropped/)
        .getByRole("listitem")
        .filter({ hasText: ECONOMY }),
    ).not.toContainText(staleFlag);

    await page.getByRole("link", { name: "All commitments" }).click();
    await expect(page.getByRole("row", { name: new RegExp(DIALOGUE) })).toContainText(staleFlag);
    await page.getByRole("checkbox", { name: staleFlag }).check();
    await expect(page).toHaveURL(/\/commitments\?stale=1$/);
    await expect(page.getByText("15 of 16 commitments match the filters.")).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(ECONOMY) })).toHaveCount(0);

    // A longer period, set once in this browser: nothing is stale after 200 days.
    await page.getByRole("link", { name: "Your updates" }).click();
    await page.getByLabel("Flag after (days)").fill("0");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(
      page.getByText("Not saved: the number of days must be a whole number from 1 to 3650."),
    ).toBeVisible();
    await page.getByLabel("Flag after (days)").fill("200");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved: flagged after 200 days.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Flag after (days)")).toHaveValue("200");
    await page.getByRole("link", { name: "All commitments" }).click();
    await expect(page.getByRole("checkbox", { name: "Not reviewed in 200 days" })).toBeChecked();
    await expectListed(page, []);
  });

  test("mark as reviewed clears the stale flag and can be undone", async ({ page }) => {
    test.slow(); // a whole story across several views: more than the default 30 s on a busy machine
    await page.goto("/commitments/space-comprehensive-dialogue");
    const overall = page.getByText("Overall:");
    await expect(overall).toContainText(staleFlag);
    await expect(page.getByText("Statuses last updated or reviewed on March 6, 2026.")).toBeVisible();

    await page.getByRole("button", { name: "Mark as reviewed" }).click();
    await expect(overall).not.toContainText(staleFlag);
    await expect(page.getByText("Statuses last updated or reviewed on July 1, 2026.")).toBeVisible();
    await expect(page.getByText("Marked as reviewed today: the statuses are unchanged.")).toBeVisible();
    // The statuses did not change.
    await expect(overall).toContainText("Done");

    // Undone: stale again.
    await page.getByRole("button", { name: "Undo review" }).click();
    await expect(overall).toContainText(staleFlag);
    await expect(page.getByRole("button", { name: "Undo review" })).toHaveCount(0);
    await expect(page.getByText("Statuses last updated or reviewed on March 6, 2026.")).toBeVisible();

    // Reviewed again: kept across a reload, and listed among the changes as a review.
    await page.getByRole("button", { name: "Mark as reviewed" }).click();
    await page.reload();
    await expect(overall).toContainText("Done");
    await expect(overall).not.toContainText(staleFlag);
    await page.getByRole("link", { name: "Changes" }).click();
    await expect(page.getByRole("main").getByRole("listitem")).toHaveText([
      `${DIALOGUE}: Someone (no name given) reviewed the statuses, unchanged, on July 1, 2026. (Made in this browser, not yet published.)`,
    ]);
  });
});

test("the burn-up chart has a text alternative matching the history", async ({ page, serveData }) => {
  await page.clock.setFixedTime(TODAY);
  await serveData({ body: datasetWithHistory() });
  await page.goto("/initiatives/space-cooperation");
  const summary =
    "From February 9, 2026 to March 12, 2026, done went from 0 to 1, and the total counted (all but dropped) from 8 to 7.";
  await expect(page.getByRole("img", { name: `Progress over time. ${summary}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Progress over time" })).toContainText(summary);

  await page.getByText("The chart's data, day by day").click();
  const rows = page.getByRole("region", { name: "Progress over time" }).getByRole("row");
  await expect(rows).toHaveText([
    "DayDoneTotal (all but dropped)",
    "February 9, 202608",
    "February 10, 202608",
    "March 2, 202608",
    "March 5, 202608",
    "March 6, 202618",
    "March 8, 202617",
    "March 10, 202617",
    "March 12, 202617",
  ]);

  // As of 5 March, the chart ends that day.
  await page.goto("/initiatives/space-cooperation?asOf=2026-03-05");
  await expect(
    page.getByRole("img", { name: /From February 9, 2026 to March 5, 2026, done went from 0 to 0/ }),
  ).toBeVisible();
});
