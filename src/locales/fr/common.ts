import type { Translation } from "@/lib/i18n-types";
import type { common as en } from "../en/common";

export const common: Translation<typeof en> = {
  siteTitle: "Engagements franco-américains",
  skipToContent: "Aller au contenu",
  nav: {
    label: "Principale",
    overview: "Vue d’ensemble",
    commitments: "Tous les engagements",
    changes: "Changements",
    updates: "Vos mises à jour",
  },
  copyLink: "Copier le lien",
  language: {
    switchTo: "English",
  },
  loading: "Chargement des engagements…",
  overview: {
    title: "Avancement des engagements franco-américains",
    lede: "Chaque initiative de l’annonce sur l’espace et la cybersécurité, avec la part de ses engagements réalisés.",
  },
};
