import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { common as en } from "@/locales/en/common";
import { common as fr } from "@/locales/fr/common";

// index.html's fallback first page (shown where its inline script could not run) says a few words (the site's
// title, "loading") in both languages.
// They must be the words the app then shows, or the page would change its wording as it starts.
const html = readFileSync(new URL("../../index.html", import.meta.url), "utf8");

describe("index.html's first screen", () => {
  it.each([
    ["en", en],
    ["fr", fr],
  ] as const)(
    "says the site's title and that commitments are loading in %s, marked as such",
    (lang, texts) => {
      expect(html).toContain(`<span lang="${lang}">${texts.siteTitle}</span>`);
      expect(html).toContain(`<span lang="${lang}">${texts.loading}</span>`);
    },
  );
});
