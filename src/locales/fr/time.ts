import type { Translation } from "@/lib/i18n-types";
import type { time as en } from "../en/time";

export const time: Translation<typeof en> = {
  asOf: {
    title: "Le suivi tel qu’il était à la fin du {{day}}",
    explained: "Les statuts sont ceux de l’historique publié à la fin de ce jour (UTC).",
    includesLocal:
      "Ils comprennent des mises à jour faites dans ce navigateur jusqu’à ce jour et pas encore publiées : qui ouvre ce lien voit les statuts publiés, sans elles.",
    sameForAll: "Qui ouvre ce lien voit les mêmes statuts.",
    backToToday: "Revenir à aujourd’hui",
    locked: "Vous consultez le {{day}} : revenez à aujourd’hui pour faire des modifications.",
    pickerLabel: "Afficher au",
    pickerEmpty: "Vide : aujourd’hui",
    pickerWhole: "Choisissez une date complète.",
    pickerFuture: "Le {{day}} est dans le futur : choisissez aujourd’hui ou un jour antérieur.",
  },
  stale: {
    flag_one: "Non revu depuis {{count}} jour",
    flag_other: "Non revu depuis {{count}} jours",
    settingHeading: "Engagements à revoir",
    settingExplained:
      "Un engagement dont personne n’a mis à jour ni revu les statuts depuis ce nombre de jours est signalé « Non revu » et peut être filtré.",
    settingLabel: "Signaler après (jours)",
    settingSave: "Enregistrer",
    settingSaved_one: "Enregistré : signalé après {{count}} jour.",
    settingSaved_other: "Enregistré : signalé après {{count}} jours.",
    settingRefused: "Non enregistré : le nombre de jours doit être un nombre entier de 1 à {{max}}.",
  },
  review: {
    heading: "Revue",
    never: "Personne n’a encore mis à jour ni revu ces statuts.",
    last: "Statuts mis à jour ou revus pour la dernière fois le {{day}}.",
    mark: "Marquer comme revu",
    undo: "Annuler la revue",
    marked: "Marqué comme revu aujourd’hui : les statuts sont inchangés.",
    explained: "Indique que vous avez vérifié les statuts et qu’ils restent valables, sans les modifier.",
    announceMarked: "Marqué comme revu : les statuts sont inchangés.",
    announceUndone: "Revue annulée.",
  },
  changes: {
    pageTitle: "Changements — suivi des engagements franco-américains",
    heading: "Changements",
    lede_one:
      "Mises à jour des statuts des engagements affichés par les filtres, publiées et faites dans ce navigateur, du {{from}} au {{to}} (jours UTC) : {{count}} changement.",
    lede_other:
      "Mises à jour des statuts des engagements affichés par les filtres, publiées et faites dans ce navigateur, du {{from}} au {{to}} (jours UTC) : {{count}} changements.",
    days: "Jours",
    from: "Du",
    to: "Au",
    groupBy: "Regrouper par",
    byInitiative: "Initiative",
    byDay: "Jour",
    empty:
      "Rien n’a changé du {{from}} au {{to}}. Choisissez des jours antérieurs ou retirez un filtre pour en voir plus.",
    copy: "Copier en texte",
    copied: "Copié : collez-le dans votre compte rendu.",
    copyRefused: "Votre navigateur n’a pas permis la copie : sélectionnez le texte ci-dessous et copiez-le.",
    announceCopied: "Compte rendu copié en texte.",
    someone: "Quelqu’un (nom non indiqué)",
    authorWithSide: "{{author}} ({{side}})",
    moved: "{{who}} a fait passer le côté {{party}} de {{from}} à {{to}} le {{day}}",
    movedBecause: "{{who}} a fait passer le côté {{party}} de {{from}} à {{to}} le {{day}} : {{note}}",
    reviewed: "{{who}} a revu les statuts, inchangés, le {{day}}.",
    local: "(Fait dans ce navigateur, pas encore publié.)",
    reportTitle: "Engagements franco-américains : changements du {{from}} au {{to}}",
    reportEmpty: "Aucun statut n’a changé pendant cette période.",
  },
  burnUp: {
    heading: "Avancement dans le temps",
    summary:
      "Du {{first}} au {{last}}, les engagements réalisés sont passés de {{doneBefore}} à {{doneAfter}}, et le total compté (tous sauf les abandonnés) de {{totalBefore}} à {{totalAfter}}.",
    summaryOneDay:
      "Le {{day}}, {{done}} des {{total}} engagements comptés (tous sauf les abandonnés) étaient réalisés.",
    imageTitle: "Avancement dans le temps. {{summary}}",
    done: "Réalisés",
    total: "Total (tous sauf les abandonnés)",
    data: "Les données du graphique, jour par jour",
    caption: "Réalisés et total (tous sauf les abandonnés) à la fin de chaque jour",
    day: "Jour",
  },
};
