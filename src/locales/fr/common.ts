import type { Translation } from "@/lib/i18n-types";
import type { common as en } from "../en/common";

export const common: Translation<typeof en> = {
  siteTitle: "Engagements franco-américains",
  skipToContent: "Aller au contenu",
  nav: {
    label: "Principale",
    overview: "Vue d’ensemble",
    commitments: "Tous les engagements",
    updates: "Vos mises à jour",
  },
  language: {
    switchTo: "English",
  },
  loading: "Chargement des engagements…",
};
