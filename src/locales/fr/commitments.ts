import type { Translation } from "@/lib/i18n-types";
import type { commitments as en } from "../en/commitments";

export const commitments: Translation<typeof en> = {
  status: {
    not_started: "Non commencé",
    in_progress: "En cours",
    at_risk: "En difficulté",
    done: "Réalisé",
    dropped: "Abandonné",
  },
  party: { us: "États-Unis", fr: "France" },
  change: "{{party}} → {{status}}",
  sidesDiffer: "Les deux parties divergent",
  updatedHere: "modifié ici",
  updatedHereHint: "Modifié dans ce navigateur ; pas encore dans le fichier publié",
  notYetPublished: ", pas encore publié",
  count_one: "{{count, number}} engagement",
  count_other: "{{count, number}} engagements",
  list: {
    title: "Tous les engagements",
    empty: "Aucun engagement ne correspond aux filtres. Retirez un filtre pour en voir davantage.",
    tableLabel: "Tableau des engagements",
    caption: "Engagements, avec le statut de chaque partie",
    commitment: "Engagement",
    initiative: "Initiative",
    status: "Statut",
    eachSide: "Chaque partie",
    lastUpdate: "Dernière mise à jour",
    noneYet: "Aucune pour l’instant",
  },
  detail: {
    overall: "Statut global :",
    quoteFrom: "Extrait de l’annonce « {{title}} »",
    translation: "Traduction (non officielle)",
    parties: "Parties",
    ledBy: "Piloté par",
    themes: "Thèmes",
    none: "Aucun",
    sectors: "Secteurs",
    eachSide: "Chaque partie",
    notShownTitle: "L’engagement « {{id}} » ne peut pas être affiché",
    notShownText:
      "Le fichier de données comporte des erreurs dans cet engagement, indiquées ci-dessus. Il s’affichera de nouveau une fois celles-ci corrigées.",
  },
  data: {
    theFile: "(le fichier)",
    leftOut_one: "{{count, number}} engagement a été écarté",
    leftOut_other: "{{count, number}} engagements ont été écartés",
    inPart_one: "{{count, number}} engagement est affiché en partie",
    inPart_other: "{{count, number}} engagements sont affichés en partie",
    both: "{{first}} et {{second}}",
    fileHasMistakes: "{{parts}} : le fichier de données comporte des erreurs",
    copyHasMistakes: "{{parts}} : cette copie comporte des erreurs",
    tryAgain: "Réessayer",
    tryingAgain: "Nouvelle tentative…",
    keptCopyTitle:
      "Le fichier de données n’a pas pu être chargé : affichage de la copie conservée par ce navigateur le {{date}}",
    onceCorrected: "Une fois un fichier corrigé publié, « Réessayer » l’affichera.",
    attempt: "Le suivi fait une nouvelle tentative (essai {{attempt}} sur {{max}}).",
    triesEvery:
      "Le suivi fait une nouvelle tentative toutes les {{seconds}} secondes, et dès que la connexion revient.",
    keptMeanwhile: "Les mises à jour que vous faites sont conservées dans ce navigateur en attendant.",
    didNotLoad: "Le fichier de données ne s’est pas chargé.",
    attemptPending: "Le suivi fait une nouvelle tentative (essai {{attempt}} sur {{max}})…",
    failedBefore: "Le fichier de données n’a pas pu être chargé précédemment ; nouvelle tentative…",
    notRefreshed: "Les engagements n’ont pas pu être actualisés : affichage de la copie chargée le {{date}}",
    notLoaded: "Les engagements n’ont pas pu être chargés",
    notLoadedDocumentTitle: "Les engagements n’ont pas pu être chargés",
    everythingElse:
      "Tout le reste est affiché. La personne qui édite le fichier de données doit corriger ces points, puis le publier de nouveau :",
  },
  error: {
    tooLarge:
      "Le fichier de données est trop volumineux pour être ouvert dans un navigateur (au moins {{size}} Mo ; le suivi lit jusqu’à {{max}} Mo). La personne qui le publie doit le scinder ou en retirer l’historique ancien.",
    offline:
      "Cet appareil est hors ligne : le fichier de données n’a pas pu être récupéré. Le suivi fera une nouvelle tentative dès le retour de la connexion.",
    unreachable:
      "Le fichier de données est inaccessible. Vérifiez votre connexion réseau ; le suivi fait une nouvelle tentative.",
    notFound:
      "Le fichier de données est introuvable (404) à l’adresse {{url}}. Vérifiez l’adresse ou prévenez la personne qui le publie.",
    clientError:
      "Le fichier de données n’a pas pu être chargé (erreur {{status}}) à l’adresse {{url}}. Vérifiez l’adresse ou prévenez la personne qui le publie.",
    serverError:
      "Le fichier de données n’a pas pu être chargé (erreur {{status}}) à l’adresse {{url}}. Le suivi fait une nouvelle tentative ; si cela persiste, prévenez la personne qui le publie.",
    timeout:
      "Rien n’est arrivé du fichier de données pendant {{seconds}} secondes. La connexion est peut-être bloquée ; le suivi fait une nouvelle tentative.",
    workerFailed: "Le fichier de données n’a pas pu être lu. Réessayez.",
    cannotRead:
      "Le fichier de données ne peut pas être lu : <detail>{{detail}}</detail>. La personne qui l’édite doit le corriger et le publier de nouveau.",
    cannotReadNotJson:
      "Le fichier de données ne peut pas être lu : ce n’est pas du JSON valide (<detail>{{detail}}</detail>). La personne qui l’édite doit le corriger et le publier de nouveau.",
    cannotReadRefusedKey:
      "Le fichier de données ne peut pas être lu : il contient une clé nommée « {{key}} » (à {{path}}), ce qui n’est jamais autorisé. La personne qui l’édite doit le corriger et le publier de nouveau.",
    notFormat: "Le fichier de données n’a pas le format attendu : <detail>{{detail}}</detail>.",
    repeatsId: "Le fichier de données répète un identifiant : {{path}} « {{id}} » est utilisé deux fois.",
    other: "{{detail}}",
  },
  problem: {
    usedTwice: "« {{id}} » est utilisé deux fois",
    unknownInitiative: "initiativeId « {{id}} » n’est pas l’une des initiatives du fichier",
    unknownTheme: "le thème « {{id}} » n’est pas l’un des thèmes du fichier",
    statusOfNonParty: "statuses.{{party}} est renseigné, mais « {{party}} » n’est pas l’une de ses parties",
    eventOfOtherCommitment: "l’événement d’historique « {{event}} » désigne l’engagement « {{commitment}} »",
    eventOfNonParty:
      "l’événement d’historique « {{event}} » concerne « {{party}} », qui n’est pas l’une de ses parties",
    duplicateCommitment: "« {{id}} » est déjà utilisé par un engagement précédent ; celui-ci a été écarté",
    unknownPartyStatus:
      "vaut {{value}}, qui n’est pas un statut ({{vocabulary}}) : la partie {{side}} apparaît comme « {{shownAs}} » jusqu’à la correction du fichier",
    unknownEventStatus:
      "vaut {{value}}, qui n’est pas un statut ({{vocabulary}}) : cet événement d’historique n’est pas affiché",
  },
};
