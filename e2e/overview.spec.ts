import type { Page } from "@playwright/test";
import { afterNextPaint, expect, holdRequests, recordLayoutShifts, test } from "./fixtures";

test("the overview shows one progress board per initiative, with counts as text", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Progress on the US–France commitments" }),
  ).toBeVisible();
  for (const [initiative, total] of [
    ["Space cooperation", 8],
    ["Cybersecurity cooperation", 6],
    ["Strengthening the alliance", 2],
  ] as const) {
    const board = page.getByRole("article", { name: initiative });
    await expect(board.getByRole("progressbar", { name: `Progress of ${initiative}` })).toHaveAttribute(
      "aria-valuenow",
      "0",
    );
    await expect(board.getByText(`0 of ${total} done`)).toBeVisible();
    await expect(board.getByRole("listitem").filter({ hasText: "Not started" })).toHaveText(
      `○Not started: ${total}`,
    );
    await expect(board.getByRole("link", { name: `Open the ${initiative} board` })).toBeVisible();
  }
});

test("a board link opens that initiative's board and keeps the filters", async ({ page, openView }) => {
  await openView("/", { party: ["fr"] });
  await page.getByRole("link", { name: "Open the Space cooperation board" }).click();
  await expect(page).toHaveURL(/\/initiatives\/space-cooperation\?party=fr$/);
  await expect(page.getByRole("heading", { level: 1, name: "Space cooperation" })).toBeVisible();
});

test("filters narrow the overview: an initiative filter shows only that board", async ({
  page,
  openView,
}) => {
  await openView("/", { initiative: ["alliance"] });
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article", { name: "Strengthening the alliance" })).toBeVisible();
});

// Views that wait for the data, each with what shows once it is there.
const views = [
  { path: "/", loaded: (page: Page) => page.getByRole("article", { name: "Space cooperation" }) },
  { path: "/commitments", loaded: (page: Page) => page.getByRole("rowheader").first() },
  {
    path: "/initiatives/space-cooperation",
    loaded: (page: Page) => page.getByRole("heading", { level: 1, name: "Space cooperation" }),
  },
];

for (const { path, loaded } of views) {
  test(`on a phone, nothing on screen at ${path} moves when the data arrives`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    const release = await holdRequests(page, "**/data/commitments.json");
    const layoutShifts = await recordLayoutShifts(page);
    await page.goto(path);
    await expect(page.getByRole("status").filter({ hasText: "Loading commitments…" })).toBeVisible();
    // The layout's own loading page, footer included, not the router's first one.
    await expect(page.getByRole("link", { name: "Accessibility: partially conformant" })).toBeAttached();
    await afterNextPaint(page);
    release();
    await expect(loaded(page)).toBeVisible();
    await afterNextPaint(page);
    expect(await layoutShifts()).toEqual([]);
  });
}
