import { common as enCommon } from "./en/common";
import { time as enTime } from "./en/time";
import { common as frCommon } from "./fr/common";
import { time as frTime } from "./fr/time";

// Every namespace, in both languages. A feature adds its own namespace (one file per language under
// src/locales/<lang>/) and one line here for each language, so features do not edit each other's texts.
export const resources = {
  en: { common: enCommon, time: enTime },
  fr: { common: frCommon, time: frTime },
} as const;

export const defaultNamespace = "common";
