import { common as enCommon } from "./en/common";
import { common as frCommon } from "./fr/common";

// Every namespace, in both languages. A feature adds its own namespace (one file per language under
// src/locales/<lang>/) and one line here for each language, so features do not edit each other's texts.
export const resources = {
  en: { common: enCommon },
  fr: { common: frCommon },
} as const;

export const defaultNamespace = "common";
