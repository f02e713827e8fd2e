import { chooseLanguage, isLang, type Lang } from "@/lib/languages";
import { app as enApp } from "@/locales/en/app";
import { app as frApp } from "@/locales/fr/app";

// The pages of the first script (the error pages when even the layout, or React, fails) show
// before i18next, which lives in the layout's lazy chunk (decision 011): pulling it in here would spend the
// first script's size budget on a few words. So they choose the language the way the layout will, with the
// same `chooseLanguage` over the same inputs, and take their few words from the same locale files. Nothing
// changes language when the layout takes over, and nothing is translated twice.

/** The preferences store's key (features/preferences); read here without loading the store. */
export const REMEMBERED_LANGUAGE_KEY = "us-fr-tracker:preferences";

function rememberedLanguage(): Lang | null {
  try {
    const stored: unknown = JSON.parse(globalThis.localStorage?.getItem(REMEMBERED_LANGUAGE_KEY) ?? "null");
    const language = (stored as { state?: { language?: unknown } } | null)?.state?.language;
    return isLang(language) ? language : null;
  } catch {
    return null; // unreadable or blocked storage: the browser's languages decide
  }
}

/** The language the layout will choose: the link's, else the remembered one, else the browser's. */
export function firstScriptLanguage(search: string): Lang {
  const fromUrl = new URLSearchParams(search).get("lang");
  return chooseLanguage({
    fromUrl: isLang(fromUrl) ? fromUrl : null,
    remembered: rememberedLanguage(),
    browser: globalThis.navigator?.languages ?? [],
  });
}

/** The words of the first script's pages, in each language. */
export const firstScriptTexts = {
  en: { app: enApp },
  fr: { app: frApp },
} as const;
