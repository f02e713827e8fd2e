import type { Lang } from "@/lib/languages";
import type { LocalizedText } from "./dataset-schema";

export type { Lang };

/** The text in the wanted language, falling back to English where no translation is given. */
export function localize(text: LocalizedText, lang: Lang = "en"): string {
  return localizedWithLang(text, lang).text;
}

/**
 * The text in the wanted language and the language it is actually in: English where no translation is
 * given, which the page then marks with `lang="en"` (WCAG 3.1.2).
 */
export function localizedWithLang(text: LocalizedText, lang: Lang): { text: string; lang: Lang } {
  if (typeof text === "string") return { text, lang: "en" };
  if (lang === "fr" && text.fr !== undefined) return { text: text.fr, lang: "fr" };
  return { text: text.en, lang: "en" };
}

/** Every language's version of a text, for search that finds words of either language. */
export function allLanguages(text: LocalizedText): string {
  return typeof text === "string" ? text : [text.en, text.fr ?? ""].join(" ");
}
