import type { Page } from "@playwright/test";
import { CLAIRE, expect, listedRows, test } from "./fixtures";

/**
 * WCAG 2.2 AA checks that axe does not make, measured in the browser (issue 4, item 3): focus visible with
 * enough contrast, focus on route change, target size, reflow at 320 px and 400% zoom, reduced motion, and
 * what the live regions say. The accessibility statement describes these checks.
 */

/** The views, each with what says it has settled. */
const VIEWS: { name: string; path: string }[] = [
  { name: "overview", path: "/" },
  { name: "a board", path: "/initiatives/space-cooperation" },
  { name: "the list", path: "/commitments" },
  { name: "a commitment", path: "/commitments/space-comprehensive-dialogue" },
  { name: "Your updates", path: "/updates" },
  { name: "the accessibility statement", path: "/accessibility" },
  { name: "not found", path: "/no/such/page" },
];

// Many measures and key presses: slow on a busy machine.
test.beforeEach(() => test.slow());
/** For the first sign of a view: on a busy machine the first load of the app's code can take long. */
const patient = expect.configure({ timeout: 20_000 });

async function openSettled(page: Page, path: string) {
  await page.goto(path);
  await patient(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
}

/** WCAG's contrast ratio of two colours given as "rgb(r, g, b)" / "rgba(r, g, b, a)" (alpha ignored). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

type FocusStop = { element: string; outline: string; width: number; colour: string; behind: string };

/** What the focused element shows: its outline, and the colour the outline is drawn over. */
function describeFocus(): FocusStop | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const style = getComputedStyle(element);
  const offset = Number.parseFloat(style.outlineOffset) || 0;
  // An outline drawn outside the element (positive offset) lies over what is behind the element.
  let node: Element | null = offset > 0 ? element.parentElement : element;
  let behind = "rgb(255, 255, 255)";
  while (node) {
    const background = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)$/.test(background) && background !== "transparent") {
      behind = background;
      break;
    }
    node = node.parentElement;
  }
  const label = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40);
  return {
    element: `${element.tagName.toLowerCase()} “${label}”`,
    outline: style.outlineStyle,
    width: Number.parseFloat(style.outlineWidth) || 0,
    colour: style.outlineColor,
    behind,
  };
}

test.describe("focus is always visible", () => {
  for (const view of VIEWS) {
    test(`every stop of the Tab order shows an outline of at least 3:1 contrast: ${view.name}`, async ({
      page,
    }) => {
      test.slow();
      await openSettled(page, view.path);
      const problems: string[] = [];
      let stops = 0;
      for (let presses = 0; presses < 120; presses += 1) {
        await page.keyboard.press("Tab");
        const stop = await page.evaluate(describeFocus);
        if (!stop) break; // back to the start of the page: every stop has been seen
        stops += 1;
        const ratio = contrast(stop.colour, stop.behind);
        if (stop.outline === "none" || stop.width < 2 || ratio < 3) {
          problems.push(
            `${stop.element}: outline ${stop.outline} ${stop.width}px ${stop.colour} over ${stop.behind} (${ratio.toFixed(2)}:1)`,
          );
        }
      }
      expect(stops, "Tab stops seen").toBeGreaterThan(5);
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});

test.describe("focus moves to the new view's heading on a route change", () => {
  test("through the header, the cards, the footer, a link back and the browser's Back", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(3);
    const nav = page.getByRole("navigation", { name: "Main" });
    const heading = page.getByRole("heading", { level: 1 });

    await nav.getByRole("link", { name: "All commitments" }).press("Enter");
    await expect(heading).toHaveText("All commitments");
    await expect(heading).toBeFocused();

    await page
      .getByRole("table")
      .getByRole("link", { name: "Work together on the space economy" })
      .press("Enter");
    await expect(heading).toHaveText("Work together on the space economy");
    await expect(heading).toBeFocused();

    // The breadcrumb, to the commitment's board.
    await page.getByRole("main").getByRole("link", { name: "Space cooperation" }).press("Enter");
    await expect(page).toHaveURL(/\/initiatives\/space-cooperation$/);
    await expect(heading).toBeFocused();

    await nav.getByRole("link", { name: "Your updates" }).press("Enter");
    await expect(heading).toHaveText("Your updates");
    await expect(heading).toBeFocused();

    await page.getByRole("contentinfo").getByRole("link").press("Enter");
    await expect(heading).toHaveText("Accessibility statement");
    await expect(heading).toBeFocused();

    await nav.getByRole("link", { name: "Overview" }).press("Enter");
    await expect(page.getByRole("article")).toHaveCount(3);
    await expect(heading).toBeFocused();
    await page
      .getByRole("link", { name: /Cybersecurity cooperation/ })
      .first()
      .press("Enter");
    await expect(page).toHaveURL(/\/initiatives\/cybersecurity-cooperation$/);
    await expect(heading).toBeFocused();

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(heading).toBeFocused();
  });

  test("filters and the language change the view in place: focus stays on the control used", async ({
    page,
  }) => {
    await page.goto("/commitments");
    await patient(listedRows(page)).toHaveCount(16);
    const sides = page.getByRole("checkbox", { name: "Sides differ" });
    await sides.press("Space");
    await expect(page).toHaveURL(/diverging=1/);
    await expect(sides).toBeFocused();
    await page.getByRole("button", { name: "Français" }).press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("button", { name: "English" })).toBeFocused();
  });

  test("the first load leaves focus at the start of the page", async ({ page }) => {
    await page.goto("/commitments/space-economy");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });
});

/** Every visible target of the page that is too small and lacks the spacing WCAG 2.5.8 allows. */
function smallTargets(): string[] {
  const MIN = 24;
  const selector =
    "a[href], button, input, select, textarea, summary, [role=button], [tabindex]:not([tabindex='-1'])";
  const visible = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1 && element.checkVisibility({ visibilityProperty: true });
  };
  // A link inside a sentence is excepted (its size is set by the line of text it is in).
  const inline = (element: Element) => {
    if (element.tagName !== "A" || getComputedStyle(element).display !== "inline") return false;
    const block = element.parentElement;
    return (block?.textContent ?? "").trim().length > (element.textContent ?? "").trim().length;
  };
  // A control inside its label: clicking the label works the control, so the label is the target.
  const area = (element: Element) => {
    const label = element.closest("label");
    return (label && element.tagName === "INPUT" ? label : element).getBoundingClientRect();
  };
  const targets = [...document.querySelectorAll(selector)].filter(
    (element) => visible(element) && !inline(element),
  );
  const rects = targets.map(area);
  const failures: string[] = [];
  targets.forEach((element, index) => {
    const rect = rects[index] as DOMRect;
    if (rect.width >= MIN - 0.5 && rect.height >= MIN - 0.5) return;
    // The spacing exception: a 24 px circle centred on the target touches no other target, nor the circle
    // of another undersized one.
    const cx = rect.left + rect.width / 2;
    const cy = rect.top + rect.height / 2;
    const clash = rects.some((other, j) => {
      if (j === index || targets[j]?.contains(element) || element.contains(targets[j] as Element))
        return false;
      const nx = Math.max(other.left, Math.min(cx, other.right));
      const ny = Math.max(other.top, Math.min(cy, other.bottom));
      return Math.hypot(nx - cx, ny - cy) < MIN / 2;
    });
    if (clash) {
      const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40);
      failures.push(
        `${element.tagName.toLowerCase()} “${name}”: ${rect.width.toFixed(1)}×${rect.height.toFixed(1)} px`,
      );
    }
  });
  return failures;
}

/** What makes the page scroll sideways, or is cut off, at the current width. */
function reflowProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
  }
  // Inside its own scroll container (the table of commitments), wide content is allowed.
  const scrolls = (element: Element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(node).overflowX)) return true;
    }
    return false;
  };
  for (const element of document.querySelectorAll("body *")) {
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1 || !element.checkVisibility({ visibilityProperty: true }))
      continue;
    if (element.closest(".visually-hidden")) continue;
    if (rect.right > root.clientWidth + 1 && !scrolls(element)) {
      problems.push(
        `${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(rect.right)} px`,
      );
    }
    // Text cut off by a box that hides what overflows it.
    if (
      /hidden|clip/.test(style.overflowX) &&
      element.scrollWidth > element.clientWidth + 1 &&
      (element.textContent ?? "").trim() !== ""
    ) {
      problems.push(`${element.tagName.toLowerCase()}.${element.className} cuts off its text`);
    }
  }
  return [...new Set(problems)];
}

test.describe("targets are at least 24 by 24 px, or spaced", () => {
  for (const width of [1280, 320]) {
    for (const view of VIEWS) {
      test(`${view.name} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await openSettled(page, view.path);
        // Open every disclosure, so that the checkboxes inside are measured too.
        for (const summary of await page.locator("summary").all()) await summary.press("Enter");
        const failures = await page.evaluate(smallTargets);
        expect(failures, failures.join("\n")).toEqual([]);
      });
    }
  }
});

test.describe("the layout reflows: no sideways scrolling, nothing cut off", () => {
  for (const view of VIEWS) {
    test(`${view.name} at 320 px wide`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await openSettled(page, view.path);
      const problems = await page.evaluate(reflowProblems);
      expect(problems, problems.join("\n")).toEqual([]);
    });

    test(`${view.name} at 400% zoom of a 1280 px window`, async ({ browser }) => {
      // Zoomed to 400%, a 1280×1024 window lays the page out at 320×256 CSS px, each drawn with 4 pixels.
      const context = await browser.newContext({
        viewport: { width: 320, height: 256 },
        deviceScaleFactor: 4,
      });
      const page = await context.newPage();
      await openSettled(page, view.path);
      const problems = await page.evaluate(reflowProblems);
      await context.close();
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});

/** Every element that moves: a transition, an animation, or smooth scrolling. */
function motion(): string[] {
  const moving: string[] = [];
  if (getComputedStyle(document.documentElement).scrollBehavior === "smooth")
    moving.push("html: smooth scrolling");
  for (const element of document.querySelectorAll("*")) {
    const style = getComputedStyle(element);
    const durations = `${style.transitionDuration},${style.animationDuration}`
      .split(",")
      .map(Number.parseFloat);
    if (durations.some((duration) => duration > 0) || style.animationName !== "none") {
      moving.push(
        `${element.tagName.toLowerCase()}.${element.className}: ${style.transition} ${style.animationName}`,
      );
    }
    if (style.scrollBehavior === "smooth") moving.push(`${element.tagName.toLowerCase()}: smooth scrolling`);
  }
  return moving;
}

test.describe("reduced motion", () => {
  test("with “reduce motion” set, nothing moves on any view", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    for (const view of VIEWS) {
      await openSettled(page, view.path);
      const moving = await page.evaluate(motion);
      expect(moving, `${view.name}:\n${moving.join("\n")}`).toEqual([]);
    }
  });

  test("without it, the progress bar's fill does move (so the check above can see motion)", async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await openSettled(page, "/initiatives/space-cooperation");
    expect(await page.evaluate(motion)).toContainEqual(expect.stringContaining("progress-bar__fill"));
  });
});

/** What the live regions say, in each language. */
const SAID = {
  en: {
    // The person is of France: their side is the first status control.
    saved: /^Saved: France → In progress\.\s?$/,
    moved: /^Moved “Strengthen the alliance[^”]*” to Done \(United States and France\)\.\s?$/,
    filtered: "8 of 16 commitments match the filters.",
  },
  fr: {
    // French puts a no-break space before “:” and inside « ».
    saved: /^Enregistré\s:\sFrance → En cours\.\s?$/,
    moved: /^«\s[^»]+\s» déplacé vers Réalisé \(États-Unis et France\)\.\s?$/,
    filtered: "8 engagements sur 16 correspondent aux filtres.",
  },
} as const;

for (const lang of ["en", "fr"] as const) {
  test.describe(`what the live regions announce (${lang})`, () => {
    // The person is known to the browser: what is announced after a save, not the first update's prompt.
    test.use({ person: CLAIRE });

    test(`a status saved on a commitment's page (${lang})`, async ({ page }) => {
      await openSettled(page, `/commitments/space-comprehensive-dialogue?lang=${lang}`);
      const form = page.getByRole("form");
      await form.getByRole("combobox").first().selectOption("in_progress");
      await form.locator("button[type=submit]").press("Enter");
      await expect(page.getByTestId("live-announcer")).toHaveText(SAID[lang].saved);
      await expect(page.getByTestId("live-announcer")).toHaveAttribute("role", "status");
    });

    test(`a card moved on a board (${lang})`, async ({ page }) => {
      await openSettled(page, `/initiatives/alliance?lang=${lang}`);
      const card = page
        .locator(".board__cards > li")
        .filter({ has: page.locator("a[href*='alliance-strengthen']") });
      await card.locator(".move-to__button").press("Enter");
      await card.getByRole("group").getByRole("button").nth(2).press("Enter"); // In progress, At risk, Done
      // Done needs a reason: the dialog asks for it before the move is recorded.
      const dialog = page.locator("dialog.move-dialog");
      await dialog.locator("textarea").fill("Signed.");
      await dialog.locator("button[type=submit]").press("Enter");
      await expect(page.getByTestId("live-announcer")).toHaveText(SAID[lang].moved);
    });

    test(`the number of results after a filter change (${lang})`, async ({ page }) => {
      await openSettled(page, `/commitments?lang=${lang}`);
      const side = page.locator(".filter-bar details").nth(1);
      await side.locator("summary").press("Enter");
      await side.getByRole("checkbox").nth(1).press("Space"); // France
      const count = page.getByRole("search").getByRole("status");
      await expect(count).toHaveText(SAID[lang].filtered);
      await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(8);
    });
  });
}
