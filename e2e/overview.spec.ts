import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

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

/** Every layout shift of the page from its start, with the names of the elements that moved. */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; moved: string[] }[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node }[];
      })[]) {
        shifts.push({ value: entry.value, moved: entry.sources.map((s) => s.node?.nodeName ?? "?") });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  type Shift = { value: number; moved: string[] };
  return () => page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
}

/** Holds the data file until the returned function is called, as a slow connection would. */
async function holdData(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/data/commitments.json", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const afterNextPaint = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

// What shows while the data loads, then what shows once it is there.
const views = [
  {
    path: "/",
    whileLoading: (page: Page) => page.getByRole("status").filter({ hasText: "Loading commitments…" }),
    loaded: (page: Page) => page.getByRole("article", { name: "Space cooperation" }),
  },
  {
    path: "/updates",
    whileLoading: (page: Page) => page.getByRole("heading", { level: 1, name: "Your updates" }),
    loaded: (page: Page) => page.getByRole("contentinfo").getByText(/^Source:/),
    // How many commitments show an unpublished status joins its sentence once the data is there: on a
    // phone the sentence takes one more line and the sections below move by it (a shift of about 0.005).
    allowed: 0.01,
  },
  {
    path: "/accessibility",
    whileLoading: (page: Page) => page.getByRole("heading", { level: 1, name: "Accessibility statement" }),
    loaded: (page: Page) => page.getByRole("contentinfo").getByText(/^Source:/),
  },
];

for (const { path, whileLoading, loaded, allowed = 0 } of views) {
  test(`on a phone, nothing on screen at ${path} moves when the data arrives`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    const release = await holdData(page);
    const layoutShifts = await recordLayoutShifts(page);
    await page.goto(path);
    await expect(whileLoading(page)).toBeVisible();
    await expect(page.getByRole("link", { name: "Accessibility: partially conformant" })).toBeAttached();
    await afterNextPaint(page);
    release();
    await expect(loaded(page)).toBeVisible();
    await afterNextPaint(page);
    const shifts = await layoutShifts();
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(allowed);
  });
}
