import { useCallback } from "react";
import { useLang } from "@/lib/i18n";
import type { LocalizedText } from "../dataset-schema";
import { localize, localizedWithLang } from "../localize";

/** Text from the data file in the page's language; English where it has no translation, marked as such. */
export function Localized({ text }: { text: LocalizedText }) {
  const lang = useLang();
  const shown = localizedWithLang(text, lang);
  return shown.lang === lang ? shown.text : <span lang={shown.lang}>{shown.text}</span>;
}

/** localize() bound to the page's language, for attributes and document titles. */
export function useLocalize() {
  const lang = useLang();
  return useCallback((text: LocalizedText) => localize(text, lang), [lang]);
}
