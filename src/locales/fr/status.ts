import type { Translation } from "@/lib/i18n-types";
import type { status as en } from "../en/status";

export const status: Translation<typeof en> = {
  form: {
    title: "Mettre à jour le statut",
    statusOf: "Statut — {{side}}",
    note: "Note (facultative)",
    name: "Votre nom (facultatif, mémorisé dans ce navigateur)",
    save: "Enregistrer la mise à jour",
    nothingToSave: "Rien à enregistrer : choisissez d’abord un nouveau statut pour une partie.",
    saved: "Enregistré : {{changes}}.",
  },
  history: {
    title: "Historique des mises à jour",
    empty: "Aucune mise à jour pour l’instant : les statuts sont ceux publiés avec l’annonce.",
    pending: "faite dans ce navigateur, pas encore publiée",
    undone: "annulée",
    superseded: "faite dans ce navigateur ; le fichier publié est plus récent",
    evidence: "Justificatif",
  },
  local: {
    label: "Mises à jour faites dans ce navigateur",
    pending_one:
      "{{count, number}} statut provient de mises à jour faites dans ce navigateur, pas encore dans le fichier publié.",
    pending_other:
      "{{count, number}} statuts proviennent de mises à jour faites dans ce navigateur, pas encore dans le fichier publié.",
    undo: "Annuler la dernière mise à jour",
    last: "Dernière mise à jour : {{description}}",
    undone: "Annulé : {{description}}.",
  },
  page: {
    title: "Vos mises à jour",
    lede: "Les mises à jour de statut faites ici sont conservées dans ce navigateur jusqu’à ce qu’elles figurent dans le fichier de données publié. Un fichier qui les contient les met à l’abri si le navigateur est vidé, permet de les transférer vers un autre navigateur ou de les remettre à la personne qui publie les données.",
    download: "Télécharger",
    holds_one: "Ce navigateur contient {{count, number}} mise à jour de statut (hors mises à jour annulées)",
    holds_other:
      "Ce navigateur contient {{count, number}} mises à jour de statut (hors mises à jour annulées)",
    unpublished_one:
      " ; {{count, number}} engagement affiche un statut qui n’est pas encore dans le fichier publié.",
    unpublished_other:
      " ; {{count, number}} engagements affichent un statut qui n’est pas encore dans le fichier publié.",
    import: "Importer",
    importText:
      "Ajoute les mises à jour d’un fichier téléchargé que ce navigateur ne possède pas encore. Rien de ce qui est déjà ici n’est modifié ni perdu, et importer deux fois le même fichier n’ajoute rien la seconde fois.",
  },
  download: {
    button: "Télécharger les mises à jour",
    done_one: "{{count, number}} mise à jour téléchargée dans {{fileName}}.",
    done_other: "{{count, number}} mises à jour téléchargées dans {{fileName}}.",
  },
  import: {
    label: "Importer des mises à jour depuis un fichier",
    refused: "Rien n’a été importé depuis {{fileName}}",
    imported_one: "{{count, number}} mise à jour importée depuis {{fileName}}",
    imported_other: "{{count, number}} mises à jour importées depuis {{fileName}}",
    already_one:
      "{{count}} mise à jour du fichier était déjà dans ce navigateur ; elle n’est conservée qu’une fois.",
    already_other:
      "{{count}} mises à jour du fichier étaient déjà dans ce navigateur ; elles ne sont conservées qu’une fois.",
    skipped_one: "{{count}} entrée n’est pas une mise à jour valide et a été écartée :",
    skipped_other: "{{count}} entrées ne sont pas des mises à jour valides et ont été écartées :",
    skippedWhatToDo_one:
      "Pour ajouter l’entrée écartée, corrigez-la dans le fichier comme indiqué ci-dessus et importez de nouveau le fichier, ou faites refaire le fichier avec « Télécharger les mises à jour », sans le modifier à la main. Un nouvel import n’ajoute que ce qui manque à ce navigateur : rien n’est ajouté deux fois.",
    skippedWhatToDo_other:
      "Pour ajouter les entrées écartées, corrigez-les dans le fichier comme indiqué ci-dessus et importez de nouveau le fichier, ou faites refaire le fichier avec « Télécharger les mises à jour », sans le modifier à la main. Un nouvel import n’ajoute que ce qui manque à ce navigateur : rien n’est ajouté deux fois.",
    tooLarge:
      "Le fichier fait {{size}} Mo : bien plus que n’importe quel fichier de mises à jour. Choisissez le fichier créé par « Télécharger les mises à jour ».",
    unreadable: "Le fichier n’a pas pu être lu.",
    cannotRead:
      "Le fichier ne peut pas être lu : <detail>{{detail}}</detail>. Ce n’est pas un fichier de mises à jour enregistré par ce suivi (utilisez « Télécharger les mises à jour » pour en créer un).",
    notJson:
      "Le fichier ne peut pas être lu : ce n’est pas du JSON valide (<detail>{{detail}}</detail>). Ce n’est pas un fichier de mises à jour enregistré par ce suivi (utilisez « Télécharger les mises à jour » pour en créer un).",
    refusedKey:
      "Le fichier ne peut pas être lu : il contient une clé nommée « {{key}} » (à {{path}}), ce qui n’est jamais autorisé. Ce n’est pas un fichier de mises à jour enregistré par ce suivi (utilisez « Télécharger les mises à jour » pour en créer un).",
    notOurs:
      "Ce n’est pas un fichier de mises à jour enregistré par ce suivi (utilisez « Télécharger les mises à jour » pour en créer un).",
    otherVersion:
      "Le fichier a été enregistré par une autre version du suivi (version de fichier {{version}} ; celle-ci lit la version {{supported}}). Rien n’a été importé.",
  },
  keptAside: {
    title: "Valeurs enregistrées illisibles",
    text: "Ce navigateur contenait des mises à jour enregistrées que le suivi n’a pas pu lire. Elles ont été mises de côté, sans modification. Téléchargez-en une pour récupérer ses mises à jour à la main.",
    characters: "({{count, number}} caractères)",
    download: "Télécharger",
    downloadKey: "Télécharger {{key}}",
  },
  storage: {
    unreadableTitle: "Certaines mises à jour enregistrées n’ont pas pu être lues",
    unreadableText:
      "Ce que ce navigateur avait enregistré était endommagé ou provenait d’une autre version du suivi. Les mises à jour lisibles sont affichées.",
    keptAside:
      "Le reste a été mis de côté, sans modification, sous la clé de stockage <key>{{key}}</key> ; il figure dans <link>Vos mises à jour</link>.",
    notKeptAside:
      "Le stockage du navigateur est plein : le reste n’a pas pu être mis de côté. Téléchargez-le maintenant, avant de fermer cet onglet.",
    downloadUnreadable: "Télécharger ce qui n’a pas pu être lu",
    notSavedTitle: "Vos mises à jour ne sont pas enregistrées sur cet appareil",
    notSavedText:
      "Le navigateur a refusé de les stocker (<reason>{{reason}}</reason>). Elles restent dans cet onglet jusqu’à sa fermeture. Téléchargez-les maintenant dans un fichier pour les conserver ; vous pourrez importer ce fichier plus tard, ici ou dans un autre navigateur. Libérer de l’espace ou autoriser les données de site permet au suivi d’enregistrer de nouveau.",
    full: "son espace de stockage pour ce site est plein",
    denied: "il n’autorise pas ce site à stocker des données",
    unavailable: "ce navigateur n’autorise pas le suivi à stocker des données",
  },
};
