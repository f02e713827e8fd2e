import type { LocalizedText } from "./dataset-schema";

export type Lang = "en" | "fr";

/** The text in the wanted language, falling back to English where no translation is given. */
export function localize(text: LocalizedText, lang: Lang = "en"): string {
  if (typeof text === "string") return text;
  return (lang === "fr" ? text.fr : undefined) ?? text.en;
}

/** Every language's version of a text, for search that finds words of either language. */
export function allLanguages(text: LocalizedText): string {
  return typeof text === "string" ? text : [text.en, text.fr ?? ""].join(" ");
}
