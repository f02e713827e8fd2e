import { type Page, test } from "@playwright/test";

// Pictures of what issue 6's "team" part added: the name prompt, the history in sentences, a selection in
// the list, and a card being dragged. Desktop and a 360 px phone.
const OUT = process.env.SCREENSHOT_DIR ?? "docs/screenshots";
const DIALOGUE = "Establish a comprehensive dialogue on space";

async function save(page: Page, id: string, side: string, status: string, reason: string, evidence?: string) {
  await page.goto(`/commitments/${id}`);
  await page.getByLabel(`Status — ${side}`).selectOption(status);
  await page.getByLabel("Reason").fill(reason);
  if (evidence) await page.getByLabel("Evidence link").fill(evidence);
  await page.getByRole("button", { name: "Save update" }).click();
  await page
    .getByRole("main")
    .getByText(/^Saved: /)
    .waitFor();
}

for (const [device, width, height] of [
  ["desktop", 1280, 900],
  ["phone", 360, 760],
] as const) {
  test(`team views (${device})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/commitments/space-comprehensive-dialogue");
    await page.getByLabel("Status — France").selectOption("In progress");
    await page.getByRole("button", { name: "Save update" }).click();
    const prompt = page.getByRole("dialog", { name: "Before your first update: who are you?" });
    await prompt.getByLabel("Your name").fill("Claire Martin");
    await page.screenshot({ path: `${OUT}/team-name-prompt-${device}.png` });
    await prompt.getByRole("radio", { name: "France" }).check();
    await prompt.getByRole("button", { name: "Continue" }).click();
    await save(
      page,
      "space-comprehensive-dialogue",
      "France",
      "Done",
      "Signed in Paris by both ministers.",
      "https://example.org/communique",
    );
    await page.getByRole("region", { name: "History of updates" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/team-detail-timeline-${device}.png`, fullPage: true });
    // The same history on a French page.
    await page.goto("/commitments/space-comprehensive-dialogue?lang=fr");
    await page.getByRole("region", { name: "Historique des mises à jour" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/team-detail-timeline-fr-${device}.png`, fullPage: true });
    await page.getByRole("button", { name: "English" }).click(); // back to English, remembered
    await page.locator("html[lang=en]").waitFor();

    await page.goto("/commitments");
    for (const title of [
      DIALOGUE,
      "Work together on the space economy",
      "Update NATO cyber policy with partners",
    ])
      await page.getByRole("checkbox", { name: title }).check();
    await page
      .getByRole("form", { name: "Update several at once" })
      .getByLabel("New status")
      .selectOption("At risk");
    await page.screenshot({
      path: `${OUT}/team-list-selection-${device}.png`,
      fullPage: device === "desktop",
    });
    // Applied: the result, and the toast that offers to undo it.
    const bulk = page.getByRole("form", { name: "Update several at once" });
    await bulk.getByLabel(/^Reason/).fill("The joint budget is frozen.");
    await bulk.getByRole("button", { name: /^Set France to At risk/ }).click();
    await page.getByRole("status", { name: "Last change" }).getByRole("button", { name: "Undo" }).hover();
    await page.screenshot({ path: `${OUT}/team-undo-toast-${device}.png` });
    // Undone, so that the board below starts as published.
    await page.getByRole("status", { name: "Last change" }).getByRole("button", { name: "Undo" }).click();

    await page.goto("/initiatives/space-cooperation");
    const card = page.getByRole("listitem").filter({ hasText: "Work together on the space economy" });
    await card.scrollIntoViewIfNeeded();
    const from = await card.getByText("United States:").boundingBox();
    // On a phone the columns are stacked: the next one down is in view, At risk is not.
    const target = device === "desktop" ? /^At risk/ : /^In progress/;
    const to = await page.getByRole("region", { name: target }).boundingBox();
    if (!from || !to) throw new Error("on screen");
    await page.mouse.move(from.x + 5, from.y + 5);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 20, { steps: 4 });
    await page.mouse.move(
      device === "desktop" ? to.x + to.width / 2 : from.x + 20,
      device === "desktop" ? from.y + 20 : to.y + 30,
      { steps: 8 },
    );
    await page.screenshot({ path: `${OUT}/team-board-drag-${device}.png` });
    await page.mouse.up();
    await page.screenshot({ path: `${OUT}/team-board-drop-dialog-${device}.png` });
  });
}
