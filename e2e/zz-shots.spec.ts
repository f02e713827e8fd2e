import { test } from "./fixtures";
import { datasetWithHistory, TODAY } from "./history-data";

for (const [name, width] of [
  ["desktop", 1280],
  ["phone", 360],
] as const) {
  test(`shots ${name}`, async ({ page, serveData }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.clock.setFixedTime(TODAY);
    await serveData({ body: datasetWithHistory() });
    await page.goto("/?asOf=2026-03-03");
    await page.getByText("Showing the tracker").waitFor();
    await page.screenshot({ path: `/tmp/time-shots/banner-${name}.png` });
    await page.goto("/changes?from=2026-03-01");
    await page.getByRole("heading", { name: "Changes" }).waitFor();
    await page.screenshot({ path: `/tmp/time-shots/changes-${name}.png`, fullPage: true });
    await page.goto("/initiatives/space-cooperation");
    await page.getByText("Progress over time").first().waitFor();
    await page.getByText("The chart's data, day by day").click();
    await page
      .getByRole("region", { name: "Progress over time" })
      .screenshot({ path: `/tmp/time-shots/burnup-${name}.png` });
    await page.clock.setFixedTime(new Date("2026-07-01T12:00:00Z"));
    await page.goto("/initiatives/space-cooperation");
    await page.getByText("Not reviewed in 90 days").first().waitFor();
    await page.screenshot({ path: `/tmp/time-shots/stale-board-${name}.png` });
    await page.goto("/commitments/space-comprehensive-dialogue?asOf=2026-03-03");
    await page.getByText("Overall:").waitFor();
    await page.screenshot({ path: `/tmp/time-shots/detail-asof-${name}.png`, fullPage: true });
  });
}
