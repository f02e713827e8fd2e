import type { Translation } from "@/lib/i18n-types";
import type { filters as en } from "../en/filters";

export const filters: Translation<typeof en> = {
  bar: {
    label: "Filtrer les engagements",
    search: "Rechercher un engagement",
    placeholder: "Mots d’un titre, d’une description ou d’une citation",
    status: "Statut",
    statusOfSide: "Statut ({{side}})",
    side: "Partie",
    initiative: "Initiative",
    theme: "Thème",
    sidesDiffer: "Les deux parties divergent",
    selected: "{{count}} sélectionnés",
    clear: "Effacer les filtres",
    all_one: "Tous les engagements sont affichés ({{count}}).",
    all_other: "Les {{count}} engagements sont affichés.",
    matching_one: "{{count}} engagement sur {{total}} correspond aux filtres.",
    matching_other: "{{count}} engagements sur {{total}} correspondent aux filtres.",
  },
  copy: {
    copied: "Lien copié : il ouvre exactement cette vue.",
    copiedWithUpdates:
      "Lien copié. Il contient ces filtres ; les mises à jour faites dans ce navigateur n’y figurent pas : d’autres personnes verront les statuts publiés.",
    failed: "Votre navigateur n’a pas autorisé la copie. Copiez cette adresse :",
  },
  sort: {
    sorted: "Trié par {{label}}, ordre {{direction}}.",
    ascending: "croissant",
    descending: "décroissant",
  },
  ignored: {
    title: "Une partie de ce lien n’a pas été utilisée",
    rest: "La page affiche tout le reste de ce que demandait le lien. Modifiez un filtre pour obtenir un lien propre.",
    reason: {
      unknownParam: "n’est pas un filtre connu de ce suivi",
      tooLong: "dépasse {{max}} caractères ; la suite a été coupée",
      notStatus: "n’est pas un statut",
      notParty: "n’est pas une partie (us ou fr)",
      notId: "n’est pas un identifiant valide",
      notDiverging: "doit valoir 1 ou 0",
      notSort: "n’est pas un ordre de tri ({{keys}})",
      notLang: "n’est pas une langue (en ou fr)",
      notDate: "n’est pas une date au format 2026-03-31",
      unknownInitiative: "n’est pas une initiative de ces données",
      unknownTheme: "n’est pas un thème de ces données",
      asOfFuture: "est une date future : ce sont les statuts du jour",
      afterTo: "est après to={{to}}",
      asOfNotYet:
        "est conservé dans le lien, mais les dates passées ne peuvent pas encore être affichées : ce sont les statuts du jour",
    },
  },
};
