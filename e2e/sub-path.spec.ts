import { SUBPATH_ORIGIN } from "../playwright.config";
import { expect, listedTitles, openFilterGroup, test } from "./fixtures";

// The same production build, served under /tracker/ (BASE_PATH), as it would be on a shared host.
const base = `${SUBPATH_ORIGIN}/tracker`;

test("under a sub-path, links, filters, deep links and the data file all stay below it", async ({ page }) => {
  await page.goto(`${base}/`);
  await expect(page.getByRole("article")).toHaveCount(3);
  await page.getByRole("link", { name: "All commitments" }).click();
  await expect(page).toHaveURL(`${base}/commitments`);

  await openFilterGroup(page, "Side");
  await page.getByRole("checkbox", { name: "France" }).check();
  await expect(page).toHaveURL(`${base}/commitments?party=fr`);
  const titles = await listedTitles(page);
  expect(titles).toHaveLength(11);

  await page.goto(`${base}/commitments/cyber-paris-call?party=fr`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "U.S. support for the Paris Call for Trust and Security in Cyberspace",
  );
  await page.getByRole("link", { name: "Cybersecurity cooperation" }).click();
  await expect(page).toHaveURL(`${base}/initiatives/cybersecurity-cooperation?party=fr`);
});
