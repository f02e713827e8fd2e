import { SUBPATH_ORIGIN } from "../playwright.config";
import { expect, listedRows, openFilterGroup, test } from "./fixtures";

// The same production build, served under /tracker/ (BASE_PATH), as it would be on a shared host.
const base = `${SUBPATH_ORIGIN}/tracker`;

test("under a sub-path, links, filters, deep links and the data file all stay below it", async ({ page }) => {
  await page.goto(`${base}/`);
  await expect(page.getByRole("article")).toHaveCount(3);
  await page.getByRole("link", { name: "All commitments" }).click();
  await expect(page).toHaveURL(`${base}/commitments`);
  // The list has opened (each view has its own filter bar, under its heading): its filters are the ones to use.
  await expect(listedRows(page)).toHaveCount(16);

  await openFilterGroup(page, "Side");
  await page.getByRole("group", { name: "Side" }).getByRole("checkbox", { name: "France" }).check();
  await expect(page).toHaveURL(`${base}/commitments?party=fr`);
  await expect(listedRows(page)).toHaveCount(8);

  await page.goto(`${base}/commitments/space-exploration?party=fr`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work together on space exploration");
  await page.getByRole("link", { name: "Space cooperation" }).click();
  await expect(page).toHaveURL(`${base}/initiatives/space-cooperation?party=fr`);
});
