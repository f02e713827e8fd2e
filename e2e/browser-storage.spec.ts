import { expect, test } from "./fixtures";

const KEY = "us-fr-tracker:updates";

test("damaged saved updates are kept aside, the page says so, and the app still works", async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, "{ this is not what the tracker saved");
      sessionStorage.setItem("seeded", "1");
    }
  }, KEY);
  await page.goto("/commitments/space-economy");
  const alert = page.getByRole("alert").filter({ hasText: "Some saved updates could not be read" });
  await expect(alert).toContainText(`${KEY}:unreadable:`);
  const aside = await page.evaluate((key) => {
    const asideKey = Object.keys(localStorage).find((k) => k.startsWith(`${key}:unreadable:`));
    return asideKey ? localStorage.getItem(asideKey) : null;
  }, KEY);
  expect(aside).toBe("{ this is not what the tracker saved");

  await page.getByLabel("Status — United States").selectOption("Done");
  await page.getByRole("button", { name: "Save update" }).click();
  await page.reload();
  await expect(page.getByLabel("Status — United States")).toHaveValue("done");
  // The damaged value was set aside once, then replaced by what could be read: it is not copied again.
  const asideCopies = await page.evaluate(
    (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).length,
    KEY,
  );
  expect(asideCopies).toBe(1);
  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toHaveCount(0);
});

test("when the browser refuses to save, the page says so at once and the update still shows", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/commitments/space-economy");
  await page.getByLabel("Status — United States").selectOption("Done");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByRole("alert")).toContainText("Your updates are not being saved on this device");
  await expect(page.getByText("Overall:")).toContainText("In progress");
});
