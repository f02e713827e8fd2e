import type { Page } from "@playwright/test";
import { bundledDataset, CLAIRE, expect, moveDialog, namePrompt, test } from "./fixtures";

// Item 1 of issue 6: who changed what, and why. Every change records its author and their side, a reason
// (required for Done, At risk and Dropped) and an optional evidence link; the history says it in words.

const history = (page: Page) =>
  page.getByRole("region", { name: "History of updates" }).getByRole("listitem");

test("the first update asks for name and side and remembers them", async ({ page }) => {
  await page.goto("/commitments/space-comprehensive-dialogue");
  await expect(page.getByText("Your first update asks for your name and side")).toBeVisible();
  await page.getByLabel("Status — France").selectOption("In progress");
  await page.getByRole("button", { name: "Save update" }).click();

  const prompt = namePrompt(page);
  await expect(prompt).toBeVisible();
  await expect(prompt.getByLabel("Your name")).toBeFocused(); // a modal dialog takes focus
  await prompt.getByRole("button", { name: "Continue" }).click();
  await expect(prompt.getByRole("alert")).toHaveText(
    "Give your name: it is shown with every change you make.",
  );
  await page.keyboard.type("Claire Martin");
  await prompt.getByRole("button", { name: "Continue" }).click();
  await expect(prompt.getByRole("alert")).toHaveText("Choose your side: the United States or France.");
  await prompt.getByRole("radio", { name: "France" }).check();
  await prompt.getByRole("button", { name: "Continue" }).click();

  await expect(prompt).toBeHidden();
  await expect(page.getByRole("main").getByText("Saved: France → In progress.")).toBeVisible();
  await expect(page.getByText("Recorded as Claire Martin (France).")).toBeVisible();

  // Remembered: after a reload the person's side comes first and the next update asks nothing.
  await page.reload();
  await expect(page.getByText("Recorded as Claire Martin (France).")).toBeVisible();
  await expect(page.getByRole("combobox").first()).toHaveAccessibleName("Status — France (your side)");
  await page.getByLabel("Status — United States").selectOption("In progress");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByRole("main").getByText("Saved: United States → In progress.")).toBeVisible();
  await expect(namePrompt(page)).toBeHidden();

  // The name and side can be changed later, from the Your updates page.
  await page.getByRole("link", { name: "Your updates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your updates" })).toBeVisible();
  await expect(page.getByText("Recorded as Claire Martin (France).")).toBeVisible();
  await page.getByRole("button", { name: "Change name or side" }).click();
  const change = page.getByRole("dialog", { name: "Who you are" });
  await expect(change.getByLabel("Your name")).toHaveValue("Claire Martin");
  await change.getByLabel("Your name").fill("Sam Lee");
  await change.getByRole("radio", { name: "United States" }).check();
  await change.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Recorded as Sam Lee (United States).")).toBeVisible();
});

test.describe("with a person known to this browser", () => {
  test.use({ person: CLAIRE });

  test("a reason is required for Done (and for At risk and Dropped, not for In progress)", async ({
    page,
  }) => {
    await page.goto("/commitments/space-comprehensive-dialogue");
    const save = page.getByRole("button", { name: "Save update" });
    for (const status of ["At risk", "Dropped"]) {
      await page.reload(); // each refusal seen on its own, with no error left from the one before
      await page.getByLabel("Status — France").selectOption(status);
      await expect(page.getByLabel("Reason")).toHaveAccessibleName("Reason (required for this status)");
      await save.click();
      await expect(page.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
      await expect(history(page)).toHaveCount(0);
    }
    await page.getByLabel("Status — France").selectOption("In progress");
    await expect(page.getByLabel("Reason")).toHaveAccessibleName(
      "Reason (required for Done, At risk, and Dropped)",
    );
    await page.getByLabel("Status — France").selectOption("Done");
    // The form says so before any attempt.
    await expect(page.getByLabel("Reason")).toHaveAccessibleName("Reason (required for this status)");
    await page.getByRole("button", { name: "Save update" }).click();
    const reason = page.getByLabel("Reason");
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAccessibleDescription(
      "Give a reason: one is required for Done, At risk, and Dropped.",
    );
    await expect(page.getByText("Overall:")).toContainText("Not started");
    await expect(history(page)).toHaveCount(0);

    await reason.fill("The first dialogue was held in Paris.");
    await page.getByRole("button", { name: "Save update" }).click();
    await expect(page.getByRole("main").getByText("Saved: France → Done.")).toBeVisible();
    await expect(history(page)).toHaveCount(1);

    // A card moved to Done asks the same, and Cancel changes nothing.
    await page.goto("/initiatives/alliance");
    await page.getByRole("button", { name: /^Move to… \(Strengthen the alliance/ }).click();
    await page.getByRole("button", { name: "Done" }).click();
    const dialog = moveDialog(page);
    await expect(dialog).toContainText("Sets United States → Done, France → Done.");
    await dialog.getByRole("button", { name: "Move" }).click();
    await expect(dialog.getByLabel("Reason")).toHaveAccessibleDescription(
      "Give a reason: one is required for Done, At risk, and Dropped.",
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: /^Move to… \(Strengthen the alliance/ })).toBeFocused();
    await expect(page.getByText("0% done")).toBeVisible();
  });

  test("an evidence link must be http(s)", async ({ page }) => {
    await page.goto("/commitments/space-economy");
    await page.getByLabel("Status — France").selectOption("At risk");
    await page.getByLabel("Reason").fill("The budget line was cut.");
    const link = page.getByLabel("Evidence link");
    await link.fill("javascript:alert(document.domain)");
    await page.getByRole("button", { name: "Save update" }).click();
    await expect(link).toBeFocused();
    await expect(link).toHaveAccessibleDescription(
      "The evidence link must be a web address starting with http:// or https://.",
    );
    await expect(history(page)).toHaveCount(0);

    await link.fill("https://budget.example.org/2026/space");
    await page.getByRole("button", { name: "Save update" }).click();
    await expect(page.getByRole("main").getByText("Saved: France → At risk.")).toBeVisible();
    const evidence = history(page).getByRole("link", {
      name: "Evidence (budget.example.org) (opens in a new tab)",
    });
    await expect(evidence).toHaveAttribute("href", "https://budget.example.org/2026/space");
    await expect(evidence).toHaveAttribute("rel", "noopener noreferrer");
    await expect(evidence).toHaveAttribute("target", "_blank");
  });

  test("the history names author and side", async ({ page, serveData }) => {
    // A published history from the other side, as a colleague's update in the data file.
    const dataset = bundledDataset();
    const dialogue = dataset.commitments.find((c) => c.id === "space-comprehensive-dialogue");
    dialogue?.history.push({
      id: "published-1",
      commitmentId: "space-comprehensive-dialogue",
      party: "us",
      from: "not_started",
      status: "in_progress",
      author: "Sam Lee",
      authorSide: "us",
      note: "The agencies named their representatives.",
      at: "2026-03-03T10:00:00Z",
    });
    await serveData({ body: dataset });
    await page.goto("/commitments/space-comprehensive-dialogue");
    await page.getByLabel("Status — France").selectOption("In progress");
    await page.getByRole("button", { name: "Save update" }).click();
    await expect(page.getByRole("main").getByText("Saved: France → In progress.")).toBeVisible();
    await page.getByLabel("Status — France").selectOption("Done");
    await page.getByLabel("Reason").fill("Signed in Paris");
    await page.getByRole("button", { name: "Save update" }).click();
    await expect(page.getByRole("main").getByText("Saved: France → Done.")).toBeVisible();

    const today = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long" }).format(new Date());
    await expect(history(page).locator(".history__line")).toHaveText([
      `Claire Martin (France) moved France’s status from In progress to Done on ${today}: Signed in Paris.`,
      `Claire Martin (France) moved France’s status from Not started to In progress on ${today}.`,
      "Sam Lee (United States) moved the United States’ status from Not started to In progress on 3 March: The agencies named their representatives.",
    ]);
    await expect(history(page).first()).toContainText("made in this browser, not yet published");
  });
});

test("on a commitment of one side, the history says “it”", async ({ page }) => {
  await page.goto("/commitments/space-climate-observatory");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Space Climate Observatory");
  // A commitment of one side: "it" is that side's status.
  await page.getByLabel("Status — United States").selectOption("In progress");
  await page.getByRole("button", { name: "Save update" }).click();
  await namePrompt(page).getByLabel("Your name").fill("Sam Lee");
  await namePrompt(page).getByRole("radio", { name: "United States" }).check();
  await namePrompt(page).getByRole("button", { name: "Continue" }).click();
  await expect(history(page).locator(".history__line")).toHaveText(
    /^Sam Lee \(United States\) moved it from Not started to In progress on \d+ \w+\.$/,
  );
});

test("cancelling the name prompt saves nothing and says why", async ({ page }) => {
  await page.goto("/commitments/space-economy");
  await page.getByLabel("Status — France").selectOption("In progress");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(namePrompt(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(namePrompt(page)).toBeHidden();
  await expect(page.getByText("Not saved: say who you are to save an update.")).toBeVisible();
  await expect(history(page)).toHaveCount(0);
});

test("in French: the name prompt, the reason rule and the history are in French", async ({ page }) => {
  await page.goto("/commitments/space-comprehensive-dialogue?lang=fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByLabel("Statut — France").selectOption("Réalisé");
  await page.getByRole("button", { name: "Enregistrer la mise à jour" }).click();
  const reason = page.getByLabel(/^Motif/);
  await expect(reason).toHaveAccessibleDescription(
    "Donnez un motif : il est obligatoire pour Réalisé, En difficulté et Abandonné.",
  );
  await reason.fill("Signé à Paris");
  await page.getByRole("button", { name: "Enregistrer la mise à jour" }).click();

  const prompt = page.getByRole("dialog", { name: "Avant votre première mise à jour : qui êtes-vous ?" });
  await expect(prompt.getByLabel("Votre nom")).toBeFocused();
  await prompt.getByRole("button", { name: "Continuer" }).click();
  await expect(prompt.getByRole("alert")).toHaveText(
    "Donnez votre nom : il accompagne chaque changement que vous faites.",
  );
  await prompt.getByLabel("Votre nom").fill("Claire Martin");
  await prompt.getByRole("radio", { name: "France" }).check();
  await prompt.getByRole("button", { name: "Continuer" }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByText("Enregistré sous le nom Claire Martin (France).")).toBeVisible();

  const today = new Intl.DateTimeFormat("fr", { day: "numeric", month: "long" }).format(new Date());
  await expect(
    page.getByRole("region", { name: "Historique des mises à jour" }).locator(".history__line"),
  ).toHaveText([
    `Claire Martin (France) a fait passer le statut de la France de « Non commencé » à « Réalisé » le ${today} : Signé à Paris.`,
  ]);
  // The undo toast too.
  await expect(page.getByRole("status", { name: "Dernier changement" })).toContainText(
    "Enregistré : France → Réalisé sur « Instaurer un dialogue global sur l’espace ».",
  );
});
