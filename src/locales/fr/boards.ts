import type { Translation } from "@/lib/i18n-types";
import type { boards as en } from "../en/boards";

export const boards: Translation<typeof en> = {
  overview: {
    documentTitle: "Vue d’ensemble",
    oneSide: " Les statuts sont ceux d’une seule partie, selon le filtre.",
  },
  card: {
    empty: "Aucun engagement de cette initiative ne correspond aux filtres.",
    nothingCounts: "Aucun engagement ne compte dans l’avancement",
    percentDone: "{{percent}} % réalisé",
    progressOf: "Avancement : {{title}}",
    doneOf_one: "{{count}} réalisé sur {{counted}}",
    doneOf_other: "{{count}} réalisés sur {{counted}}",
    amongFiltered: " parmi les engagements qui correspondent aux filtres",
    dropped_one: " ({{count}} abandonné, non compté)",
    dropped_other: " ({{count}} abandonnés, non comptés)",
    open: "Ouvrir le tableau « {{title}} »",
  },
  board: {
    nothingCounts: "Rien ne compte encore dans l’avancement.",
    hintOneSide: "Les colonnes et les déplacements portent sur le statut de la partie suivante : {{side}}.",
    hintEverySide:
      "Déplacer une carte modifie le statut de chaque partie. Pour ne modifier que le statut d’une partie, choisissez-la dans le filtre Partie.",
    empty: "Aucun engagement de cette initiative ne correspond aux filtres.",
    moved: "« {{title}} » déplacé vers {{status}} ({{sides}}).",
    columnSide: " ({{side}})",
    none: "Aucun",
    countNoun_one: "engagement",
    countNoun_other: "engagements",
    byStatus: "Engagements par statut",
    everySide: "chaque partie",
    moveTo: "Déplacer vers…",
    setTo: "Nouveau statut ({{scope}})",
  },
};
