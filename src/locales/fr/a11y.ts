import type { Translation } from "@/lib/i18n-types";
import type { a11y as en } from "../en/a11y";

export const a11y: Translation<typeof en> = {
  footerLink: "Accessibilité : partiellement conforme",
  title: "Déclaration d’accessibilité",
  documentTitle: "Déclaration d’accessibilité — suivi des engagements franco-américains",
  intro:
    "Les gouvernements des États-Unis et de la France exigent que leurs logiciels de service public soient utilisables par tous : la France au titre du RGAA, les États-Unis au titre de la section 508. Cette déclaration porte sur l’outil de suivi des engagements franco-américains, toutes ses vues, en anglais et en français.",
  status: {
    heading: "État de conformité",
    text: "L’outil de suivi est partiellement conforme au RGAA 4.1, aux règles pour l’accessibilité des contenus web (WCAG) 2.2 niveau AA, et à la section 508 (qui renvoie aux WCAG 2.0 niveau AA). « Partiellement » en raison des non-conformités et limites listées ci-dessous, et parce qu’aucun audit complet des 106 critères du RGAA n’a été mené : aucun taux de conformité n’est donc annoncé.",
    date: "Déclaration établie le {{date}}, à partir des vérifications décrites ici, menées ce jour-là.",
  },
  checked: {
    heading: "Ce qui a été vérifié",
    views:
      "Chaque vue, dans les deux langues (anglais et français), dans ces états : la vue d’ensemble ; le tableau d’une initiative (aussi restreint à une partie, avec des mises à jour faites dans ce navigateur, sans aucun résultat pour les filtres, avec son menu « Déplacer vers… » ouvert, et avec la boîte de dialogue qui demande pourquoi une carte déposée change de colonne) ; la liste de tous les engagements (aussi triée, filtrée, filtrée jusqu’à ne plus rien montrer, avec tous les groupes de filtres ouverts, avec des lignes sélectionnées et le formulaire qui les met à jour ensemble, et avec le message qui propose d’annuler cette mise à jour) ; la page d’un engagement (aussi avec les mises à jour de ce navigateur et leur historique, juste après un enregistrement, avec le message de validation du formulaire de statut, et avec la boîte de dialogue qui demande un nom et un camp avant une première mise à jour) ; Vos mises à jour (aussi avec des valeurs enregistrées illisibles) ; les pages d’adresse inconnue, d’engagement inconnu et d’initiative inconnue ; cette déclaration ; la page pendant le chargement de l’application et des données ; le fichier de données absent, qui n’est pas du JSON, ou dont des engagements sont écartés ; la copie gardée par ce navigateur affichée quand le fichier est inaccessible ; un lien dont des parties n’ont pas été utilisées ; des mises à jour illisibles, et un navigateur qui refuse de les enregistrer ; « Copier le lien » réussi, et refusé avec l’adresse à copier à la main.",
    rules:
      "Les règles automatiques d’axe-core étiquetées wcag2a, wcag2aa, wcag21a, wcag21aa et wcag22aa, sur chacun de ces états : aucune violation ne subsiste.",
    keyboard:
      "Chaque tâche au clavier seul (Tab, Maj+Tab, Entrée, Espace, flèches, Échap) : filtrer (ouvrir un groupe de filtres, cocher un statut, saisir une recherche), ouvrir un engagement depuis la liste et depuis un tableau, changer le statut de chaque partie avec un motif (en répondant à la boîte de dialogue du nom et du camp d’une première mise à jour), déplacer une carte avec « Déplacer vers… » et en la glissant par sa poignée (avec ce qui est dit à un lecteur d’écran à chaque étape), copier le lien, changer de langue. L’endroit où arrive le focus après chaque étape est vérifié.",
    focus:
      "Focus : visible sur chaque lien, bouton et champ, avec un contour contrasté d’au moins 3:1 avec ce qui l’entoure ; il va au titre de la nouvelle page quand la vue change, et suit une carte déplacée.",
    announcements:
      "Annonces : le texte des zones de statut (live regions) après un changement de statut, le déplacement d’une carte et un changement de filtre, dans les deux langues.",
    targets:
      "Taille des cibles : chaque lien, bouton, champ et volet visible de chaque vue mesure au moins 24 × 24 pixels, ou dispose de l’espacement que le critère admet, en largeur de bureau et à 320 pixels ; les liens au fil d’une phrase sont exemptés, comme le critère le permet.",
    reflow:
      "Redistribution : à 320 pixels de large, et à un zoom de 400 % d’une fenêtre de 1280 pixels, aucune page ne défile horizontalement (le tableau des engagements défile dans son propre cadre si besoin) et rien n’est coupé.",
    colour:
      "Couleur : un statut n’est jamais indiqué par la couleur seule : chaque couleur est accompagnée d’un symbole et d’un mot, et la barre colorée de chaque initiative de la vue d’ensemble a ses décomptes écrits à côté.",
    motion:
      "Animations réduites : avec « réduire les animations » réglé dans le système, il ne reste ni transition, ni animation, ni défilement animé.",
  },
  how: {
    heading: "Comment cela a été vérifié",
    tools:
      "Vérifications automatiques : axe-core {{axe}} via @axe-core/playwright, lancé par Playwright {{playwright}} dans Chromium {{chromium}} (Debian), sur la version de production servie avec sa politique de sécurité du contenu. Ces vérifications font partie des tests de l’outil et sont relancées à chaque modification.",
    manual:
      "Vérifications manuelles : l’arbre d’accessibilité (rôles, noms, états) de chaque vue, lu au moyen des instantanés d’accessibilité de Playwright ; les textes placés dans les zones de statut ; des captures d’écran en largeur de bureau et à 320 pixels, regardées ; les parcours au clavier suivis pas à pas.",
    notDone:
      "Non fait : aucun test avec un lecteur d’écran (NVDA, JAWS, VoiceOver, TalkBack), une commande vocale ou une loupe d’écran, ni dans Firefox ou Safari. Leurs utilisateurs sont les meilleurs juges : dites-nous ce qui ne fonctionne pas.",
  },
  issues: {
    heading: "Non-conformités et limites connues",
    dataText:
      "Les notes et les noms que les équipes saisissent dans leurs mises à jour s’affichent tels qu’ils ont été écrits : leur langue n’est pas indiquée quand elle diffère de celle de la page. Quand le fichier de données ne donne pas de texte français pour un titre ou une description, le texte anglais s’affiche, signalé comme anglais.",
    browserMessages:
      "Certains détails d’erreur viennent du navigateur lui-même (par exemple la raison d’un refus d’enregistrer) et s’affichent dans la langue du navigateur.",
    derogations: "Dérogations : aucune. Contenus non soumis à l’obligation : aucun.",
  },
  contact: {
    heading: "Signaler un problème",
    text: "Si vous ne pouvez pas utiliser une partie de l’outil, ou rencontrez un problème qui n’est pas listé ici, contactez l’équipe qui gère l’outil de suivi dans votre administration. Indiquez la page (le bouton « Copier le lien » donne son adresse), ce que vous cherchiez à faire, et le navigateur et la technologie d’assistance que vous utilisez. Elle vous donnera l’information autrement si besoin, et fera corriger le problème.",
    recourse:
      "En France, si vous n’obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits. Aux États-Unis, le programme « Section 508 » de votre agence reçoit les réclamations.",
  },
};
