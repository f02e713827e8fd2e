import type { Page } from "@playwright/test";
import type { Commitment } from "@/features/commitments/dataset-schema";
import { bundledEnvelope, generateDataset } from "../scripts/bench/generate-dataset";
import { boardColumn, CLAIRE, confirmMove, expect, listedRows, test } from "./fixtures";

// Long lists render only the rows near the window (decision 009): these stories check that the whole list is
// still there for a person scrolling, a keyboard and a screen reader.

const SIZE = 2000;
const dataset = generateDataset(bundledEnvelope(), SIZE);
// Reading and checking 2,000 commitments takes a few seconds on a busy 2-core machine.
const LOADED = { timeout: 30_000 };
test.describe.configure({ timeout: 90_000 });
test.use({ person: CLAIRE }); // moves need a name and side
const titleOf = (commitment: Commitment) =>
  typeof commitment.title === "string" ? commitment.title : commitment.title.en;

test("a table of 2,000 commitments says how many rows it has, and scrolling reaches the last one", async ({
  page,
  serveData,
}) => {
  await serveData({ body: dataset });
  await page.goto("/commitments");
  await expect(page.getByText(`All ${SIZE} commitments shown.`)).toBeVisible(LOADED);
  const table = page.getByRole("table");
  await expect(table).toHaveAttribute("aria-rowcount", String(SIZE + 1));
  await expect(listedRows(page).first()).toHaveText(titleOf(dataset.commitments[0] as Commitment));
  expect(await listedRows(page).count()).toBeLessThan(100); // only rows near the window are rendered

  await pressEndAndSeeTheLastRow(page);
});

test("on a phone, where each row stacks its cells, End reaches the last row too", async ({
  page,
  serveData,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await serveData({ body: dataset });
  await page.goto("/commitments");
  await expect(page.getByText(`All ${SIZE} commitments shown.`)).toBeVisible(LOADED);
  await pressEndAndSeeTheLastRow(page);
});

async function pressEndAndSeeTheLastRow(page: Page) {
  await page.keyboard.press("End");
  const lastRow = page.getByRole("table").getByRole("row").last();
  await expect(lastRow).toHaveAttribute("aria-rowindex", String(SIZE + 1));
  await expect(lastRow.getByRole("rowheader")).toHaveText(titleOf(dataset.commitments.at(-1) as Commitment));
}

test("the keyboard walks the rows of a long table past those first rendered", async ({ page, serveData }) => {
  await serveData({ body: dataset });
  await page.goto("/commitments");
  const region = page.getByRole("region", { name: "Commitments table" });
  await expect(region).toBeVisible(LOADED);
  await region.focus();
  const selectAllAndSortButtons = 5;
  const rows = 40;
  const stopsPerRow = 2; // the row's checkbox, its title
  for (let i = 0; i < selectAllAndSortButtons + rows * stopsPerRow; i += 1) await page.keyboard.press("Tab");
  const focusedRow = page.getByRole("row").filter({ has: page.locator(":focus") });
  await expect(focusedRow).toHaveAttribute("aria-rowindex", String(rows + 1)); // the header row is 1
});

test("a long list keeps sorting and filtering, and opens a commitment", async ({ page, serveData }) => {
  await serveData({ body: dataset });
  await page.goto("/commitments");
  await expect(page.getByRole("table")).toBeVisible(LOADED);
  await page.getByRole("searchbox", { name: "Search commitments" }).fill("undersea cables");
  const matching = dataset.commitments.filter((c) =>
    [titleOf(c), c.description, c.sourceQuote].join(" ").toLowerCase().includes("undersea cables"),
  );
  await expect(page.getByText(`${matching.length} of ${SIZE} commitments match the filters.`)).toBeVisible();
  await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", String(matching.length + 1));
  await page.getByRole("button", { name: "Commitment" }).click();
  await expect(page).toHaveURL(/sort=title/);
  // The sorted list shows once the deferred render is done: wait for its first title before opening it.
  const [title] = matching.map(titleOf).sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
  const first = listedRows(page).first();
  await expect(first.getByRole("link")).toHaveText(title ?? "");
  await first.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title ?? "");
});

test("on a board of 2,000 cards, a card moved far down another column gets focus there", async ({
  page,
  serveData,
}) => {
  const oneBoard = {
    ...dataset,
    commitments: dataset.commitments.map((c) => ({ ...c, initiativeId: "space-cooperation" })),
  };
  await serveData({ body: oneBoard });
  await page.goto("/initiatives/space-cooperation");
  const notStarted = boardColumn(page, /^Not started/);
  const card = notStarted.getByRole("listitem").first();
  await expect(card).toHaveAttribute("aria-posinset", "1", LOADED);
  const setSize = Number(await card.getAttribute("aria-setsize"));
  expect(setSize).toBeGreaterThan(60);
  expect(await notStarted.getByRole("listitem").count()).toBeLessThan(setSize);

  const link = card.getByRole("heading", { level: 3 }).getByRole("link");
  const href = await link.getAttribute("href");
  await card.getByRole("button", { name: /^Move to…/ }).click();
  await card.getByRole("group").getByRole("button", { name: "Done" }).click();
  await confirmMove(page, "Delivered.");

  const moved = boardColumn(page, /^Done/).locator(`a[href="${href}"]`);
  await expect(moved).toBeFocused();
  await expect(moved).toBeInViewport();
  await expect(notStarted.getByRole("listitem").first()).toHaveAttribute("aria-setsize", String(setSize - 1));
});
