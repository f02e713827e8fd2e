import { bundledDataset, expect, listedRows, test } from "./fixtures";

test("a data file that is not JSON gets a clear message and a way to try again", async ({
  page,
  serveData,
}) => {
  await serveData({ body: "{ this is not json" });
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The commitments could not be loaded");
  await expect(alert).toContainText("The data file is not valid JSON");

  await page.unroute("**/data/commitments.json");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("article")).toHaveCount(3);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a data file of the wrong version says which version the tracker reads", async ({ page, serveData }) => {
  await serveData({ body: { ...bundledDataset(), schemaVersion: 9 } });
  await page.goto("/commitments");
  await expect(page.getByRole("alert")).toContainText("schemaVersion must be 1");
});

test("one invalid commitment is named with its field; the others still show", async ({ page, serveData }) => {
  const dataset = bundledDataset();
  const [first, ...rest] = dataset.commitments;
  if (!first) throw new Error("the bundled data has commitments");
  const broken = { ...first, statuses: { us: "finished", fr: "not_started" } };
  await serveData({ body: { ...dataset, commitments: [broken, ...rest] } });
  await page.goto("/commitments");

  const alert = page.getByRole("alert");
  await expect(alert).toContainText("1 commitment was left out");
  await expect(alert).toContainText("space-sectors:");
  await expect(alert).toContainText("commitments[0].statuses.us");
  await expect(listedRows(page)).toHaveCount(15);
});

test("a missing data file says so at once, without retrying", async ({ page, serveData }) => {
  let requests = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/data/commitments.json")) requests += 1;
  });
  await serveData({ status: 404, body: "Not found" });
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("The data file was not found (404)");
  expect(requests).toBe(1);
});

test("a server error is retried, and the data shows once the server recovers", async ({ page }) => {
  let failures = 0;
  await page.route("**/data/commitments.json", async (route) => {
    if (failures < 1) {
      failures += 1;
      await route.fulfill({ status: 503, body: "Service unavailable" });
    } else {
      await route.continue();
    }
  });
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(3);
  expect(failures).toBe(1);
});

test("text from the data file is shown as text, never run", async ({ page, serveData }) => {
  const dataset = bundledDataset();
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const [first, ...rest] = dataset.commitments;
  if (!first) throw new Error("the bundled data has commitments");
  await serveData({
    body: { ...dataset, commitments: [{ ...first, title: payload, description: payload }, ...rest] },
  });
  await page.goto("/commitments");
  await expect(page.getByRole("link", { name: payload })).toBeVisible();
  await page.getByRole("link", { name: payload }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(payload);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("main img, main script")).toHaveCount(0);
});
