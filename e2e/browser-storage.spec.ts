import { readFileSync } from "node:fs";
import type { Download } from "@playwright/test";
import { answerNamePrompt, expect, saveStatus, seedStoredUpdates, test } from "./fixtures";

const KEY = "us-fr-tracker:updates";

async function downloadedText(download: Download): Promise<string> {
  return readFileSync(await download.path(), "utf8");
}

test("damaged saved updates are kept aside, downloadable, and the app still works", async ({ page }) => {
  await seedStoredUpdates(page, "{ this is not what the tracker saved");
  await page.goto("/commitments/space-economy");
  const alert = page.getByRole("alert").filter({ hasText: "Some saved updates could not be read" });
  await expect(alert).toContainText(`${KEY}:unreadable:`);
  const downloading = page.waitForEvent("download");
  await alert.getByRole("button", { name: "Download what could not be read" }).click();
  expect(await downloadedText(await downloading)).toBe("{ this is not what the tracker saved");

  await page.getByLabel("Status — United States").selectOption("Done");
  await page.getByLabel("Reason").fill("Signed.");
  await page.getByRole("button", { name: "Save update" }).click();
  await answerNamePrompt(page, "Claire Martin", "France");
  await page.reload();
  await expect(page.getByLabel("Status — United States")).toHaveValue("done");
  // The damaged value was set aside once, then replaced by what could be read: it is not copied again.
  const asideCopies = await page.evaluate(
    (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).length,
    KEY,
  );
  expect(asideCopies).toBe(1);
  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toHaveCount(0);

  // It stays downloadable from "Your updates" afterwards.
  await page.getByRole("link", { name: "Your updates" }).click();
  const kept = page.getByRole("region", { name: "Saved values that could not be read" });
  const again = page.waitForEvent("download");
  await kept.getByRole("button", { name: /^Download us-fr-tracker:updates:unreadable:/ }).click();
  expect(await downloadedText(await again)).toBe("{ this is not what the tracker saved");
});

test("when the browser refuses to save, the page says so at once and offers the updates as a file", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/commitments/space-economy");
  await page.getByLabel("Status — United States").selectOption("Done");
  await page.getByLabel("Reason").fill("Signed.");
  await page.getByRole("button", { name: "Save update" }).click();
  await answerNamePrompt(page, "Claire Martin", "France");
  const alert = page
    .getByRole("alert")
    .filter({ hasText: "Your updates are not being saved on this device" });
  await expect(alert).toBeVisible();
  await expect(page.getByText("Overall:")).toContainText("In progress");

  const downloading = page.waitForEvent("download");
  await alert.getByRole("button", { name: "Download updates" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^us-fr-tracker-updates-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await downloadedText(download));
  expect(file).toMatchObject({
    format: "us-fr-tracker-updates",
    version: 1,
    events: [{ kind: "status", commitmentId: "space-economy", party: "us", status: "done" }],
  });
});

test("updates downloaded in one browser are imported in another, once", async ({
  page,
  newBrowserContext,
}) => {
  await saveStatus(page, "space-economy", "France", "At risk");
  await page.getByRole("link", { name: "Your updates" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your updates");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download updates" }).click();
  const file = await (await downloading).path();

  const colleague = await (await newBrowserContext()).newPage();
  await colleague.goto("/updates");
  const input = colleague.getByLabel("Import updates from a file");
  await input.setInputFiles(file);
  await expect(colleague.getByRole("status").filter({ hasText: /^Imported 1 update from/ })).toBeVisible();
  await input.setInputFiles(file);
  await expect(colleague.getByRole("main")).toContainText(
    "1 update of the file was already in this browser, and is kept once.",
  );
  await expect(colleague.getByRole("status").filter({ hasText: /^Imported 0 updates from/ })).toBeVisible();
  await colleague.goto("/commitments/space-economy");
  await expect(colleague.getByLabel("Status — France")).toHaveValue("at_risk");
});

test("a file that is not one of updates is refused, and says why", async ({ page }) => {
  await page.goto("/updates");
  await page.getByLabel("Import updates from a file").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from('{ "hello": "world" }'),
  });
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Nothing was imported from notes.json");
  await expect(alert).toContainText("It is not a file of updates saved by this tracker");
});

test("a file with a broken entry imports the rest, names what was left out and says what to do", async ({
  page,
}) => {
  const event = {
    kind: "status",
    batchId: "batch-1",
    commitmentId: "space-economy",
    party: "fr",
    status: "at_risk",
    at: new Date().toISOString(),
  };
  await page.goto("/updates");
  await page.getByLabel("Import updates from a file").setInputFiles({
    name: "edited.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify({
        format: "us-fr-tracker-updates",
        version: 1,
        exportedAt: new Date().toISOString(),
        events: [
          { ...event, id: "event-1" },
          { ...event, id: "event-2", status: "finished" },
        ],
      }),
    ),
  });
  // Some entries left out: a warning, which interrupts (role=alert).
  const result = page.getByRole("alert").filter({ hasText: /^Imported 1 update from edited\.json/ });
  await expect(result).toContainText("1 entry is not a valid update and was left out:");
  await expect(result.getByRole("listitem")).toHaveText(
    'events[1].status: is "finished", but a status must be one of not_started, in_progress, at_risk, done, dropped',
  );
  await expect(result).toContainText(
    "To add the entry left out, correct it in the file as said above and import the file again, or have the file made again with “Download updates” and not edited by hand. Importing again adds only what this browser lacks: nothing is added twice.",
  );
  await page.goto("/commitments/space-economy");
  await expect(page.getByLabel("Status — France")).toHaveValue("at_risk");
});

test("updates saved by the first version of the tracker are read by this one", async ({ page }) => {
  const fixture = JSON.parse(readFileSync("src/features/status/storage-fixtures/updates-v1.json", "utf8"));
  await seedStoredUpdates(page, JSON.stringify(fixture.stored));
  await page.goto("/commitments/space-climate-observatory");
  await expect(page.getByLabel("Status — United States")).toHaveValue("in_progress");
  await expect(page.getByRole("region", { name: "History of updates" })).toContainText("Claire Martin");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("updates can be downloaded even while the data file cannot be loaded", async ({ page, serveData }) => {
  // A first visit: no copy of the data is kept yet, only updates (saved by the first tracker version).
  const fixture = JSON.parse(readFileSync("src/features/status/storage-fixtures/updates-v1.json", "utf8"));
  await seedStoredUpdates(page, JSON.stringify(fixture.stored));
  await serveData({ status: 404, body: "Not found" });
  await page.goto("/updates");
  await expect(page.getByRole("alert")).toContainText("The data file was not found (404)");
  await expect(page.getByRole("heading", { name: "Your updates" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(
    "This browser holds 1 status update (undone ones aside).",
  );
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download updates" }).click();
  const file = JSON.parse(await downloadedText(await downloading));
  expect(file.events).toHaveLength(fixture.expected.events);
});
