import { test } from "@playwright/test";

const OUT = process.env.SCREENSHOT_DIR ?? "docs/screenshots";

async function updateStatus(page: import("@playwright/test").Page, id: string, us: string, fr?: string) {
  await page.goto(`/commitments/${id}`);
  await page.getByLabel("Status — United States").selectOption(us);
  if (fr) await page.getByLabel("Status — France").selectOption(fr);
  await page.getByLabel("Reason").fill("Confirmed at the weekly meeting.");
  await page.getByRole("button", { name: "Save update" }).click();
  const prompt = page.getByRole("dialog", { name: "Before your first update: who are you?" });
  const saved = page.getByRole("main").getByText(/^Saved: /);
  await saved.or(prompt).waitFor();
  if (await prompt.isVisible()) {
    await prompt.getByLabel("Your name").fill("Claire Martin");
    await prompt.getByRole("radio", { name: "France" }).check();
    await prompt.getByRole("button", { name: "Continue" }).click();
  }
  await saved.waitFor();
}

test("views", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await updateStatus(page, "space-climate-crisis", "Done", "Done");
  await updateStatus(page, "space-comprehensive-dialogue", "In progress", "In progress");
  await updateStatus(page, "space-exploration", "At risk", "In progress");
  await updateStatus(page, "cyber-paris-call", "Done");
  await updateStatus(page, "cyber-nato-policy", "In progress");
  for (const [name, path] of [
    ["overview", "/"],
    ["board", "/initiatives/space-cooperation"],
    ["list", "/commitments?sort=-updated"],
    ["detail", "/commitments/space-exploration"],
    ["bad-link", "/commitments?status=done,finished&colour=red&party=fr"],
    ["updates", "/updates"],
  ] as const) {
    await page.goto(path);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: name !== "overview" });
  }
  // The file cannot be fetched: the copy kept by the visits above shows, labelled.
  await page.route("**/data/commitments.json", (route) => route.abort("connectionrefused"));
  await page.goto("/commitments");
  await page.getByRole("alert").filter({ hasText: "showing the copy" }).waitFor();
  await page.screenshot({ path: `${OUT}/last-good-copy.png` });
  await page.unroute("**/data/commitments.json");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/initiatives/space-cooperation");
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.screenshot({ path: `${OUT}/board-phone.png` });
  await page.route("**/data/commitments.json", (route) => route.fulfill({ body: "{ not json" }));
  await page.goto("/");
  await page.getByRole("alert").waitFor();
  await page.screenshot({ path: `${OUT}/data-error-phone.png` });
});
