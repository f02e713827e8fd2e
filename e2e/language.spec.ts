import { expect, test } from "./fixtures";

test("a French link opens in French and stays French as one moves around", async ({ page }) => {
  await page.goto("/?lang=fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const nav = page.getByRole("navigation", { name: "Principale" });
  await nav.getByRole("link", { name: "Tous les engagements" }).click();
  await expect(page).toHaveURL(/\/commitments\?lang=fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await nav.getByRole("link", { name: "Vue d’ensemble" }).click();
  await expect(page).toHaveURL(/\/\?lang=fr$/);
});

test("the language switch changes the page's language by keyboard, and the choice is remembered", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Français" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?lang=fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("lang", "en");
  // A later visit without `lang` in the address opens in the language chosen.
  await page.goto("/commitments");
  await expect(page.getByRole("navigation", { name: "Principale" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
