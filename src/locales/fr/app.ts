import type { Translation } from "@/lib/i18n-types";
import type { app as en } from "../en/app";

export const app: Translation<typeof en> = {
  documentTitle: "{{page}} — Suivi des engagements franco-américains",
  notFound: {
    documentTitle: "Page introuvable",
    page: "Page introuvable",
    initiative: "Aucune initiative « {{id}} »",
    commitment: "Aucun engagement « {{id}} »",
    pageText: "Cette adresse ne correspond à aucune page du suivi.",
    initiativeText:
      "Le fichier de données ne contient aucune initiative portant cet identifiant. Le lien est peut-être mal saisi, ou l’initiative a été renommée.",
    commitmentText:
      "Le fichier de données ne contient aucun engagement portant cet identifiant. Le lien est peut-être mal saisi, ou l’engagement a été renommé.",
    didYouMean: "Vouliez-vous dire <link>{{label}}</link> ?",
    goOverview: "<overview>Aller à la vue d’ensemble</overview> ou <all>voir tous les engagements</all>.",
  },
  error: {
    documentTitle: "Une erreur s’est produite",
    title: "Une erreur s’est produite",
    view: "Cette vue n’a pas pu être affichée.",
    startFailed:
      "Le suivi n’a pas pu finir de se charger. Vérifiez votre connexion et rechargez la page ; vos mises à jour sont conservées dans ce navigateur.",
    safe: "Vos mises à jour sont en sécurité dans ce navigateur. <overview>Revenir à la vue d’ensemble</overview> ou rechargez la page.",
  },
  footer: {
    source: "Source : « <title>{{title}}</title> ». Données mises à jour le <date>{{date}}</date>.",
  },
  opensInNewTab: " (s’ouvre dans un nouvel onglet)",
};
