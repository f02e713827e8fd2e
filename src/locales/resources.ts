import { a11y as enA11y } from "./en/a11y";
import { common as enCommon } from "./en/common";
import { a11y as frA11y } from "./fr/a11y";
import { common as frCommon } from "./fr/common";

// Every namespace, in both languages. A feature adds its own namespace (one file per language under
// src/locales/<lang>/) and one line here for each language, so features do not edit each other's texts.
export const resources = {
  en: {
    common: enCommon,
    a11y: enA11y,
  },
  fr: {
    common: frCommon,
    a11y: frA11y,
  },
} as const;

export const defaultNamespace = "common";
