import i18next from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { defaultNamespace, resources } from "@/locales/resources";
import { isLang, type Lang } from "./languages";

/**
 * The app's one i18next instance (decision 011). Both languages are bundled with the layout's code, so it is
 * ready synchronously: the first render is already in the right language, with no flash of English.
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: "en",
  fallbackLng: "en",
  supportedLngs: ["en", "fr"],
  defaultNS: defaultNamespace,
  ns: Object.keys(resources.en),
  // React escapes what it renders; escaping here too would show "&amp;" in titles.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Shows the app in `lang`: texts, and `<html lang>` so screen readers speak it with the right voice. */
export function languageChosen(lang: Lang) {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** The language the page is shown in, for code that formats or picks localized data. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation();
  return isLang(instance.language) ? instance.language : "en";
}
