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
read-more = Lire « { $title } »
published-on = Publié le { $date }
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
back-to-section = Retour à « { $title } »

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
