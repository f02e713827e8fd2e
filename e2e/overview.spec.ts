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
