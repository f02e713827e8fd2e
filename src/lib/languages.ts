// The tracker's two languages and how one is chosen. No browser or library dependency: the URL parser, the
// stores and the e2e suite all use it.

export const languages = ["en", "fr"] as const;
export type Lang = (typeof languages)[number];

export const isLang = (value: unknown): value is Lang =>
  typeof value === "string" && (languages as readonly string[]).includes(value);

/**
 * The language a page shows: the link's `lang` first (it is part of the view that was shared), then the
 * person's last choice, then the browser's preferred languages, then English.
 */
export function chooseLanguage(input: {
  fromUrl: Lang | null;
  remembered: Lang | null;
  browser: readonly string[];
}): Lang {
  if (input.fromUrl) return input.fromUrl;
  if (input.remembered) return input.remembered;
  for (const tag of input.browser) {
    const primary = tag.toLowerCase().split("-")[0];
    if (isLang(primary)) return primary;
  }
  return "en";
}

/** The other language: what the language switch offers. */
export const otherLanguage = (lang: Lang): Lang => (lang === "en" ? "fr" : "en");
