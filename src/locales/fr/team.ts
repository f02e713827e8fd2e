import type { Translation } from "@/lib/i18n-types";
import type { team as en } from "../en/team";

export const team: Translation<typeof en> = {
  identity: {
    titleFirst: "Avant votre première mise à jour : qui êtes-vous ?",
    titleChange: "Qui vous êtes",
    explained:
      "Votre nom et votre camp sont enregistrés avec chaque changement, pour que les collègues des deux côtés sachent qui a changé quoi. Ce navigateur les garde ; vous pourrez les changer sur la page Vos mises à jour.",
    name: "Votre nom",
    side: "Votre camp",
    nameMissing: "Donnez votre nom : il accompagne chaque changement que vous faites.",
    sideMissing: "Choisissez votre camp : les États-Unis ou la France.",
    continue: "Continuer",
    save: "Enregistrer",
    cancel: "Annuler",
    heading: "Qui vous êtes",
    notYet: "Votre première mise à jour vous demandera votre nom et votre camp, gardés dans ce navigateur.",
    giveNow: "Les donner maintenant",
    recordedAs: "Enregistré sous le nom <name>{{name}}</name> ({{side}}).",
    changeButton: "Changer de nom ou de camp",
    yourSide: " (votre camp)",
    notSaved: "Rien n’est enregistré : dites qui vous êtes pour enregistrer une mise à jour.",
  },
  words: {
    reason: "Motif",
    requiredHere: "(obligatoire pour ce statut)",
    requiredFor: "(obligatoire pour {{statuses}})",
    evidence: "Lien vers une preuve",
    evidenceNote: "(facultatif, http:// ou https://)",
  },
  toast: {
    label: "Dernier changement",
    undo: "Annuler",
    dismiss: "Fermer",
    undone: "Annulé : {{what}}.",
    saved: "Enregistré : {{what}} sur « {{title}} ».",
    savedWhat: "{{what}} sur « {{title}} »",
    moveWhat: "le déplacement de « {{title}} » vers {{status}}",
  },
  timeline: {
    it: "le statut",
    statusOf: { us: "le statut des États-Unis", fr: "le statut de la France" },
    whoWithSide: "{{name}} ({{side}})",
    byMoved: "{{who}} a fait passer {{subject}} de {{from}} à {{to}} le {{day}}",
    bySet: "{{who}} a mis {{subject}} à {{to}} le {{day}}",
    moved: "{{subject}} est passé de {{from}} à {{to}} le {{day}}",
    set: "{{subject}} a été mis à {{to}} le {{day}}",
  },
  board: {
    hintDrag:
      "Glissez une carte vers une autre colonne, ou utilisez son bouton « Déplacer vers… » ; un motif vous est demandé dans les deux cas.",
    dragHandle: "Glisser « {{title}} »",
  },
};
