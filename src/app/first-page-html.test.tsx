import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { common as en } from "@/locales/en/common";
import { common as fr } from "@/locales/fr/common";
import { firstPageKinds } from "./first-page";
import { firstPagesHtml } from "./first-page-html";

const styles = readFileSync(new URL("./styles.css", import.meta.url), "utf8");

/** The first pages by their data-first-page value ("en overview"), as index.html gets them. */
function pagesOf(html: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const [, key = "", body = ""] of html.matchAll(
    /<div class="first-page" data-first-page="([^"]+)">(.*?)<\/div>\n?(?=<div class="first-page"|$)/gs,
  )) {
    pages.set(key, body);
  }
  return pages;
}

describe("index.html's first pages", () => {
  const pages = pagesOf(firstPagesHtml("/"));

  it("has one per language and kind of address", () => {
    expect([...pages.keys()]).toEqual(["en overview", "en other", "fr overview", "fr other"]);
  });

  it.each([
    ["en", en],
    ["fr", fr],
  ] as const)(
    "in %s, says the site's title, the navigation and that commitments are loading",
    (lang, texts) => {
      for (const kind of firstPageKinds) {
        const page = pages.get(`${lang} ${kind}`) ?? "";
        expect(page).toContain(`<div lang="${lang}">`);
        for (const text of [texts.siteTitle, texts.nav.commitments, texts.copyLink, texts.loading]) {
          expect(page).toContain(text);
        }
        // The overview's heading and introduction only where the address is the overview's.
        expect(page.includes(`<h1>${texts.overview.title}</h1>`)).toBe(kind === "overview");
      }
    },
  );

  it("has each page shown by a rule of the style sheet when the inline script picks it", () => {
    for (const key of pages.keys()) {
      expect(styles).toContain(`html[data-first-page="${key}"] .first-page[data-first-page="${key}"]`);
    }
  });

  it("links below the base of a build served under a sub-path", () => {
    const page = pagesOf(firstPagesHtml("/tracker/")).get("en overview") ?? "";
    expect(page).toContain('href="/tracker/commitments"');
    expect(page).toMatch(/aria-current="page"[^>]*href="\/tracker"/);
  });
});
