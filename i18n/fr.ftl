# Interface strings of the One Provence theme, in French (the default language).
# Plurals go through PLURAL(), which follows CLDR for every number (see src/i18n).

skip-link = Aller au contenu
nav-label = Navigation principale
lang-switch-label = Choisir la langue
lang-not-available = page non traduite
home-label = Accueil
breadcrumb-label = Fil d’Ariane
site-tagline = L’agence de marketing de la métropole Aix-Marseille-Provence

latest-stories = Dernières histoires
all-stories = Toutes les histoires
published-on = Publié le { $date }
reported-on = Faits rapportés : { $date }
date-month = { $month } { $year }
reading-time = { PLURAL($count) ->
    [one] { $count } minute de lecture
   *[other] { $count } minutes de lecture
}
stories-count = { PLURAL($count) ->
    [one] { $count } histoire
   *[other] { $count } histoires
}
toc-title = Sommaire
source-label = Sources :
sectors-label = Secteurs
audiences-label = Publics

pagination-label = Pagination
pagination-prev = Page précédente
pagination-next = Page suivante
pagination-page = Page { $number }
pagination-status = Page { $current } sur { $total }

fallback-notice = Cette page n’existe pas encore en français : elle est affichée dans sa langue d’origine.

not-found-title = Page introuvable
not-found-text = La page demandée n’existe pas ou a été déplacée.
not-found-home = Revenir à l’accueil
choose-language = Choisissez votre langue

footer-about = One Provence fait rayonner l’écosystème d’innovation de la métropole Aix-Marseille-Provence.
footer-feed = Flux Atom des histoires
footer-accessibility = Accessibilité : non conforme
footer-fonts = Polices Noto sous licence SIL Open Font License.
feed-subtitle = Les histoires de l’innovation à Aix-Marseille-Provence

quote-source = Source : { $source }

sectors-sante = Santé et biotechnologies
sectors-industrie = Industrie du futur
sectors-aeronautique = Aéronautique, spatial et drones
sectors-numerique = Numérique et microélectronique
sectors-energie = Énergie et hydrogène
sectors-environnement = Environnement et cleantech
sectors-maritime = Maritime, portuaire et logistique
sectors-ville = Ville intelligente et durable

audiences-grands-comptes = Grands comptes
audiences-institutionnels-investisseurs = Institutionnels et investisseurs
audiences-talents = Talents
audiences-offreurs-solutions = Entreprises offreuses de solutions

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-long = { $day } { $month } { $year }

## Directories
kinds-label = Types d’acteurs
needs-label = Besoins
stages-label = Étapes du projet
site-kinds-label = Types de sites
scheme-kinds-label = Types de dispositifs
commune-label = Commune
operators-label = Porté par
amount-label = Montant
cited-by-title = Cité dans
actors-title = Acteurs cités
finder-title = Trouver la bonne ressource
finder-intro = Répondez à trois questions : la liste se met à jour aussitôt.
finder-question-needs = De quoi avez-vous besoin ?
finder-question-stages = À quelle étape en est votre projet ?
finder-question-sectors = Dans quel secteur ?
finder-any = Peu importe
finder-reset = Tout afficher
finder-relaxed = Aucune fiche ne répond à toutes vos réponses ; voici celles qui répondent à tout sauf « { $question } ».
finder-cross-sector = Tous secteurs
directories-other = Autres annuaires
finder-results = { PLURAL($count) ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
browse-title = Parcourir par thème
entries-count = { PLURAL($count) ->
    [one] { $count } fiche
   *[other] { $count } fiches
}

kinds-incubateur = Incubateur
kinds-accelerateur = Accélérateur
kinds-technopole = Technopôle
kinds-financeur = Financeur
kinds-pole = Pôle de compétitivité, cluster
kinds-universite = Université, recherche, écoles
kinds-tiers-lieu = Tiers-lieu
kinds-initiative = Projet, initiative
kinds-plateforme = Plateforme d’innovation
kinds-reseau = Réseau, association
kinds-institution = Institution, agence
kinds-amenagement = Projet d’aménagement
kinds-entreprise = Entreprise

needs-financement = Financement
needs-hebergement = Hébergement
needs-recrutement = Recrutement
needs-accompagnement = Accompagnement
needs-experimentation = Expérimentation
needs-recherche = Recherche
needs-international = International
needs-mise-en-relation = Mise en relation

stages-idee = Idée
stages-creation = Création
stages-amorcage = Amorçage
stages-croissance = Croissance
stages-international = International

site-kinds-lab-5g = Laboratoire 5G
site-kinds-demonstrateur = Démonstrateur
site-kinds-plateforme-technologique = Plateforme technologique
site-kinds-technopole = Technopôle
site-kinds-zone-industrielle = Zone industrielle
site-kinds-espace-urbain = Espace urbain
site-kinds-tiers-lieu = Tiers-lieu
site-kinds-lieu-innovation = Lieu d’innovation
site-kinds-campus = Campus

scheme-kinds-guichet-unique = Guichet unique
scheme-kinds-pret-honneur = Prêt d’honneur
scheme-kinds-subvention = Subvention
scheme-kinds-appel-a-projets = Appel à projets
scheme-kinds-programme = Programme d’accompagnement
scheme-kinds-evenement = Événement
scheme-kinds-investissement = Investissement
scheme-kinds-labellisation = Label

## Narrative and audiences
chapter-progress = Chapitre { $position } sur { $total }
chapter-prev = Chapitre précédent
chapter-next = Chapitre suivant
chapters-title = Les cinq piliers
promises-title = Nos promesses
proof-title = Les preuves en chiffres
tagged-title = Pour vous sur ce site
audiences-title = À chacun son message

## Search
search-label = Rechercher
search-title = Rechercher sur le site
search-placeholder = hydrogène, CISAM, financement…
search-button = Rechercher
search-results = { PLURAL($count) ->
    [zero] Aucun résultat
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-nojs = La recherche a besoin de JavaScript ; sans lui, parcourez les rubriques du menu.

## Short menu labels (nav-<menu entry of site.toml>)
nav-icapital = iCapitale
nav-audiences = Pour qui
nav-ecosystem = Annuaire
nav-stories = Histoires
nav-about = À propos
nav-kit = Kit

## Communication kit (documents, kit page, zip)
kit-promises = Nos promesses
kit-proof = En chiffres
kit-actors = Acteurs clés
kit-more = En savoir plus
kit-scan = Scannez le code pour lire la page complète en ligne.
kit-sectors-title = Filières d'excellence
kit-contact-title = Contact
kit-audience-more = Page de ce public :
kit-qr-alt = Code QR menant à
kit-emblem-alt = Emblème de One Provence (un soleil au-dessus de deux vagues) dans sa zone de protection
kit-figures-title = Chiffres clés
figures-theme-positioning = Positionnement et attractivité
figures-theme-one-provence = One Provence
figures-theme-public-buying = Achat public et plateforme d'innovation
figures-theme-smart-metropole = Smart Métropole
figures-theme-transitions = Transitions
figures-theme-research = Recherche, lieux d'innovation, industrie
kit-presentation-title = Présentation d'Aix-Marseille-Provence
kit-numbers-title = L'écosystème en chiffres
kit-brand-title = Charte graphique
kit-palette = Palette
kit-cmyk-note = * CMJN : approximations calculées depuis le RVB, à valider par l'imprimeur avec son profil.
kit-cmyk-label = CMJN*
kit-color-navy = Bleu marine
kit-color-ink = Encre
kit-color-sea = Mer
kit-color-sun = Soleil
kit-color-terracotta = Terre cuite
kit-color-sand = Sable
kit-color-mist = Brume
kit-color-white = Blanc
kit-type-h1 = Titre de niveau 1
kit-type-h2 = Titre de niveau 2
kit-type-body = Texte courant
kit-type-card_title = Titre des cartes sociales
kit-font-latin = Caractères latins :
kit-font-arabic = Caractères arabes :
kit-variants = Versions fournies : emblème, horizontal, empilé, monochrome, inversé (sur fond sombre).
kit-type = Typographie
kit-logo-rules = Logo : règles d'usage
kit-clear-space = Zone de protection : un quart de la hauteur de l'emblème, sur chaque côté.
kit-min-size = Taille minimale de l'emblème : 24 px à l'écran, 8 mm à l'impression.
kit-do = À faire
kit-dont = À éviter
kit-do-1 = Utiliser les fichiers du kit, sans les redessiner.
kit-do-2 = Placer le logo sur un fond clair, ou la version inversée sur le bleu marine.
kit-do-3 = Respecter la zone de protection et la taille minimale.
kit-dont-1 = Déformer, incliner ou recadrer le logo.
kit-dont-2 = Changer ses couleurs ou lui ajouter des effets.
kit-dont-3 = Le poser sur une photo chargée sans fond uni.
kit-source = Source :
kit-manifest-title = kit de communication
kit-zip-note = Kit de communication partagé de l'écosystème d'innovation d'Aix-Marseille-Provence. Chaque acteur peut l'utiliser pour présenter le territoire, sans modifier les documents. Les versions « print » ont 3 mm de fond perdu et des traits de coupe. MANIFEST.txt donne la taille et l'empreinte SHA-256 de chaque fichier.
kit-size-kb = { $size } Ko
kit-size-mb = { $size } Mo
kit-documents = Documents
kit-logos = Logos
kit-slides = Le zip de chaque langue contient aussi chaque diapositive de la présentation en PNG (1280 px) et en SVG, pour composer votre propre présentation.
kit-cards = Cartes pour les réseaux sociaux
kit-card-square = carré, 1080 × 1080 px
kit-card-vertical = vertical, 1080 × 1920 px
kit-download-all = Tout télécharger
kit-zip-label = kit complet (zip)
kit-pages = { PLURAL($count) ->
    [one] { $count } page
   *[other] { $count } pages
}
kit-variant-screen = écran
kit-variant-print = impression (fond perdu 3 mm, traits de coupe)
kit-variant-editable = modifiable (PowerPoint, Impress ; textes, chiffres et sources en zones de texte)
kit-toc = Sur cette page
kit-cards-stories = Histoires
kit-cards-count = { $count ->
    [one] { $count } carte
   *[other] { $count } cartes
}
kit-preview = Aperçu : { $title }
kit-kind-one-pager = Fiche A4 par public
kit-kind-figures = Fiche chiffres clés (A4)
kit-kind-presentation = Présentation 16:9
kit-kind-brand-sheet = Charte graphique (A4)
kit-rules = Règles d'usage
kit-png-width = PNG { $width } px
kit-not-built = Le kit n'est pas produit par cette version du site.
kit-pending = Les documents du kit sont en cours de préparation : cette page se recharge d'elle-même dès qu'ils sont prêts.
kit-logo-emblem = Emblème
kit-logo-horizontal = Horizontal
kit-logo-stacked = Empilé
kit-logo-mono = Monochrome
kit-logo-reversed = Inversé (sur fond sombre)

## Orientation
nav-orientation = S'orienter
orientation-label = Décrivez votre besoin
orientation-placeholder = ex. des locaux pour une jeune entreprise de biotech
orientation-button = Trouver
orientation-hint = Écrivez avec vos mots, en français, en anglais ou en arabe : un besoin, un secteur, une étape.
orientation-nojs = Cet outil a besoin de JavaScript ; sans lui, parcourez l'annuaire, les dispositifs et les sites ci-dessous.
orientation-results = { PLURAL($count) ->
    [0] Aucune ressource
    [one] { $count } ressource
   *[other] { $count } ressources
}
orientation-relaxed = Aucune ressource ne couvre à la fois { $all } ; voici celles qui couvrent { $kept }.
orientation-unknown = Nous n'avons pas reconnu de besoin précis dans votre question ; voici les ressources dont le texte s'en rapproche le plus. Essayez aussi un mot comme « financement », « locaux » ou « recrutement ».
orientation-why = Correspond à
orientation-reading = À lire aussi
orientation-browse = Parcourir les annuaires
related-title = Dans les autres annuaires

## Mise en relation (formulaires Netlify) et page de remerciement
contact-title = Mise en relation
contact-intro-entry = Vous souhaitez échanger avec { $name } ? Décrivez votre demande : l'équipe de { $site } vous met en relation avec la bonne personne.
contact-intro-audience = Un projet, une question ? Décrivez-le : l'équipe de { $site } vous oriente vers la bonne ressource et la bonne personne.
contact-required = Les champs marqués d'un astérisque (*) sont obligatoires.
contact-name = Nom et prénom
contact-org = Organisation
contact-email = Adresse électronique
contact-email-hint = Format attendu : nom@exemple.fr
contact-message = Votre demande
contact-message-hint = Votre projet, ce que vous cherchez, à quelle échéance.
contact-send = Envoyer la demande
contact-error-name = Indiquez votre nom et votre prénom.
contact-error-email = Indiquez une adresse électronique valide, par exemple nom@exemple.fr.
contact-error-message = Décrivez votre demande.
contact-errors = { PLURAL($count) ->
    [one] Le formulaire n'a pas été envoyé : { $count } champ est à corriger.
   *[other] Le formulaire n'a pas été envoyé : { $count } champs sont à corriger.
}
contact-honeypot = Ne remplissez pas ce champ :
contact-consent = Vos informations sont transmises à { $controller }, responsable du traitement, dans le seul but de répondre à votre demande et de vous mettre en relation. Seules les personnes chargées de votre demande les reçoivent, et l'interlocuteur concerné avec votre accord. Elles sont conservées le temps de traiter votre demande, puis supprimées. Vous pouvez y accéder, les faire rectifier ou effacer et vous opposer à leur traitement en écrivant à { $contact } ; vous pouvez aussi adresser une réclamation à la CNIL.
contact-controller-unset = l'éditeur du site désigné dans les mentions légales
contact-email-unset = l'adresse indiquée dans les mentions légales
contact-offline = Ce formulaire ne peut pas être envoyé hors connexion. Pour demander une mise en relation, ouvrez cette page en ligne :
contact-offline-qr = Code QR de la page en ligne
thanks-title = Merci, votre demande est envoyée
thanks-text = L'équipe de { $site } l'a bien reçue : elle vous répondra à l'adresse électronique que vous avez indiquée.
thanks-back = Revenir à l'accueil
thanks-orientation = Continuer à chercher la bonne ressource

## Éditeur du site (mentions légales, déclaration d'accessibilité)
publisher-name = Éditeur
publisher-address = Adresse
publisher-director = Directeur ou directrice de la publication
publisher-email = Contact
publisher-host = Hébergeur
publisher-unset = à compléter

## Accueil
home-figures-title = En chiffres
home-audiences-lead = Vous êtes
home-cta = Trouver la bonne ressource
entry-links-title = Sur le web
entry-website = Site web
entry-contact-page = Page de contact

## Agenda (events, delegations, calls for projects)
event-kinds-label = Types d’événements
event-kinds-salon = Salon
event-kinds-delegation = Délégation
event-kinds-rencontre = Rencontre
event-kinds-appel-a-projets = Appel à projets
event-kinds-webinaire = Webinaire
event-kinds-lancement = Lancement
events-upcoming = À venir
events-past = Passés
events-nojs = Les événements sont listés du plus récent au plus ancien ; les dates sont celles du lieu de l’événement.
events-filters = Filtrer l’agenda
events-none-upcoming = Aucun rendez-vous annoncé pour l’instant.
events-filter-all = Tous
events-feed = Flux Atom de l’agenda
events-ics-all = Tout l’agenda dans mon calendrier (.ics)
event-add-calendar = Ajouter à mon calendrier (.ics)
event-when = Date
event-where = Lieu
event-online = En ligne
event-organisers = Organisation
event-partners = Partenaires
event-schemes = Dispositif
event-link = Informations et inscription
event-undated = Date à confirmer
event-past = Événement passé
event-ongoing = En cours
event-at = { $date } à { $time }
event-range = { $start } – { $end }
event-month = { $month } { $year }
call-open = Appel ouvert
call-closed = Appel clos
call-soon = Ouverture prochaine
call-opens = Ouverture : { $date }
call-closes = Clôture : { $date }
call-eligible = Qui peut candidater
call-deadline = Clôture de l’appel
upcoming-title = Prochains rendez-vous
upcoming-all = Tout l’agenda
tz-europe-paris = heure de Paris
tz-america-los-angeles = heure du Pacifique
country-FR = France
country-US = États-Unis

## Contact page, orientation form, empty states, phone menu (issue #29)
nav-contact = Contact
menu-button = Menu
contact-title-general = Écrire à l’équipe
contact-intro-general = Décrivez votre demande : l’équipe de { $site } vous répond et, si besoin, vous met en relation avec la bonne personne.
contact-title-orientation = En parler à l’équipe
contact-intro-orientation = Les réponses ne suffisent pas, ou vous préférez en parler ? Écrivez à l’équipe de { $site } : votre question et les réponses affichées lui parviennent avec votre message.
contact-publisher-title = Éditeur du site
contact-audiences-title = Selon votre profil
orientation-none = Aucune ressource ne correspond encore à cette demande. Décrivez-la à l’équipe avec le formulaire ci-dessous, ou parcourez les annuaires.
upcoming-none-link = Aucun rendez-vous à venir n’est annoncé : l’agenda garde les événements passés et les appels à projets.

## Kiosk: attract loop, start screen, idle reset, take-away codes (issue #31)
kiosk-touch = Touchez l’écran pour commencer
kiosk-choose = Choisissez votre langue
kiosk-find = Trouver la bonne ressource
kiosk-browse = Parcourir le site
kiosk-take = Emportez cette page : scannez le code
kiosk-restart = Recommencer
kiosk-still = Vous êtes toujours là ?
kiosk-resume = Continuer
kiosk-link = Scannez pour ouvrir ce lien
kiosk-figures = Chiffres clés
kiosk-audiences = Pour qui
kiosk-events = Prochains rendez-vous
kiosk-back = Retour
# Directory honesty (#29): with a sector chosen, the finder counts apart the entries specific
# to it and those serving every sector (no sector, or nearly all). { $total } is finder-results.
finder-split = { $total } : { $specific }, { $every }
finder-split-specific = { $count ->
    [0] aucun propre au secteur « { $sector } »
   *[other] { PLURAL($count) ->
        [one] { $count } propre au secteur « { $sector } »
       *[other] { $count } propres au secteur « { $sector } »
    }
}
finder-split-every = { $count } tous secteurs
finder-every-intro = Ces fiches ne visent aucun secteur en particulier : elles s'adressent à tous, dont « { $sector } ».
# Targets of the key figures and their due year (issue #29): when a target was set and for
# when; past its due year the reader's browser says so (js/targets.js).
figure-target-set = Objectif fixé en { $set }
figure-target-set-due = Objectif fixé en { $set } pour { $due }
figure-target-ahead = Objectif fixé en { $set } pour { $due }, échéance à venir
figure-target-past = Objectif fixé en { $set } pour { $due }, échéance passée
figure-forecast-set = Prévision faite en { $set }
figure-forecast-set-due = Prévision faite en { $set } pour { $due }
figure-forecast-ahead = Prévision faite en { $set } pour { $due }, échéance à venir
figure-forecast-past = Prévision faite en { $set } pour { $due }, échéance passée

## Videos of the kit (issue #32)
kit-videos = Vidéos
kit-video-title = Vidéo : positionnement, chiffres clés et publics
kit-video-closing = Toutes les ressources de l'écosystème sur
kit-video-note = Sans son, sous-titres inutiles : tout le texte est à l'image. Chaque vidéo existe en trois formats ; la version texte dit ce qu'elle montre, dans l'ordre.
kit-video-text = Ce que montre la vidéo (version texte)
kit-video-length = { $seconds } s
kit-video-download = Télécharger la vidéo { $format }
kit-variant-vertical = verticale, 1080 × 1920 (stories, reels)
kit-variant-portrait = portrait, 1080 × 1350 (fils LinkedIn et Instagram)
kit-variant-landscape = paysage, 1920 × 1080 (écrans, salons, X)
kit-video-track = Texte à l'écran

## Orientation, deuxième tour (issue #30)
orientation-general = Ressource générale, valable aussi pour
orientation-lacks = Ne couvre pas
orientation-audience = Commencez par la page qui vous est consacrée :
orientation-more = Afficher plus de réponses ({ $shown } affichées sur { $total })
