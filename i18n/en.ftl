# Interface strings of the One Provence theme, in English.

skip-link = Skip to content
nav-label = Main navigation
lang-switch-label = Choose language
lang-not-available = page not translated
home-label = Home
breadcrumb-label = Breadcrumb
site-tagline = The marketing agency of the Aix-Marseille-Provence metropolis

latest-stories = Latest stories
all-stories = All stories
read-more = Read “{ $title }”
published-on = Published on { $date }
reading-time = { PLURAL($count) ->
    [one] { $count } minute read
   *[other] { $count } minutes read
}
stories-count = { PLURAL($count) ->
    [one] { $count } story
   *[other] { $count } stories
}
toc-title = Contents
source-label = Sources:
sectors-label = Sectors
audiences-label = Audiences
back-to-section = Back to “{ $title }”

pagination-label = Pagination
pagination-prev = Previous page
pagination-next = Next page
pagination-page = Page { $number }
pagination-status = Page { $current } of { $total }

fallback-notice = This page has not been translated into English yet: it is shown in French.

not-found-title = Page not found
not-found-text = The page you asked for does not exist or has moved.
not-found-home = Back to the home page
choose-language = Choose your language

footer-about = One Provence showcases the innovation ecosystem of the Aix-Marseille-Provence metropolis.
footer-feed = Atom feed of the stories
footer-accessibility = Accessibility: not compliant
footer-fonts = Noto fonts under the SIL Open Font License.
feed-subtitle = Stories of innovation in Aix-Marseille-Provence

quote-source = Source: { $source }

sectors-sante = Health and biotech
sectors-industrie = Industry of the future
sectors-aeronautique = Aeronautics, space and drones
sectors-numerique = Digital and microelectronics
sectors-energie = Energy and hydrogen
sectors-environnement = Environment and cleantech
sectors-maritime = Maritime, port and logistics
sectors-ville = Smart and sustainable city

audiences-grands-comptes = Large corporations
audiences-institutionnels-investisseurs = Institutions and investors
audiences-talents = Talent
audiences-offreurs-solutions = Innovative solution providers

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }
