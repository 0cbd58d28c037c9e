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
published-on = Published on { $date }
reported-on = Facts reported: { $date }
date-month = { $month } { $year }
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

## Directories
kinds-label = Kinds of actors
needs-label = Needs
stages-label = Project stages
site-kinds-label = Kinds of sites
scheme-kinds-label = Kinds of schemes
commune-label = Municipality
operators-label = Run by
amount-label = Amount
cited-by-title = Mentioned in
actors-title = Actors mentioned
finder-title = Find the right resource
finder-intro = Answer three questions: the list updates at once.
finder-question-needs = What do you need?
finder-question-stages = What stage is your project at?
finder-question-sectors = In which sector?
finder-any = Any
finder-reset = Show all
finder-relaxed = No entry matches all your answers; here are those that match all but “{ $question }”.
finder-cross-sector = All sectors
directories-other = Other directories
finder-results = { PLURAL($count) ->
    [one] { $count } result
   *[other] { $count } results
}
browse-title = Browse by topic
entries-count = { PLURAL($count) ->
    [one] { $count } entry
   *[other] { $count } entries
}

kinds-incubateur = Incubator
kinds-accelerateur = Accelerator
kinds-technopole = Technology park
kinds-financeur = Funder
kinds-pole = Competitiveness cluster
kinds-universite = University, research, schools
kinds-tiers-lieu = Third place
kinds-initiative = Project, initiative
kinds-plateforme = Innovation platform
kinds-reseau = Network, association
kinds-institution = Institution, agency
kinds-amenagement = Development project
kinds-entreprise = Company

needs-financement = Funding
needs-hebergement = Premises
needs-recrutement = Recruitment
needs-accompagnement = Support
needs-experimentation = Testing and trials
needs-recherche = Research
needs-international = International
needs-mise-en-relation = Connections

stages-idee = Idea
stages-creation = Start-up
stages-amorcage = Seed
stages-croissance = Growth
stages-international = International

site-kinds-lab-5g = 5G lab
site-kinds-demonstrateur = Demonstrator
site-kinds-plateforme-technologique = Technology platform
site-kinds-technopole = Technology park
site-kinds-zone-industrielle = Industrial zone
site-kinds-espace-urbain = Urban space
site-kinds-tiers-lieu = Third place
site-kinds-lieu-innovation = Innovation venue
site-kinds-campus = Campus

scheme-kinds-guichet-unique = One-stop shop
scheme-kinds-pret-honneur = Honour loan
scheme-kinds-subvention = Grant
scheme-kinds-appel-a-projets = Call for projects
scheme-kinds-programme = Support programme
scheme-kinds-evenement = Event
scheme-kinds-investissement = Investment
scheme-kinds-labellisation = Label

## Narrative and audiences
chapter-progress = Chapter { $position } of { $total }
chapter-prev = Previous chapter
chapter-next = Next chapter
chapters-title = The five building blocks
promises-title = Our promises
proof-title = The proof in figures
tagged-title = For you on this site
audiences-title = A message for each audience

## Search
search-label = Search
search-title = Search the site
search-placeholder = hydrogen, CISAM, funding…
search-button = Search
search-results = { PLURAL($count) ->
    [zero] No results
    [one] { $count } result
   *[other] { $count } results
}
search-nojs = Search needs JavaScript; without it, browse the sections in the menu.

## Short menu labels (nav-<menu entry of site.toml>)
nav-icapital = iCapital
nav-audiences = Who it is for
nav-ecosystem = Directory
nav-stories = Stories
nav-about = About
nav-kit = Kit

## Communication kit (documents, kit page, zip)
kit-promises = Our promises
kit-proof = In figures
kit-actors = Key players
kit-more = Find out more
kit-scan = Scan the code to read the full page online.
kit-sectors-title = Sectors of excellence
kit-contact-title = Contact
kit-audience-more = This audience's page:
kit-qr-alt = QR code leading to
kit-emblem-alt = One Provence emblem (a sun above two waves) inside its clear space
kit-figures-title = Key figures
figures-theme-positioning = Positioning and attractiveness
figures-theme-one-provence = One Provence
figures-theme-public-buying = Public buying and the innovation platform
figures-theme-smart-metropole = Smart Métropole
figures-theme-transitions = Transitions
figures-theme-research = Research, innovation venues, industry
kit-presentation-title = Introducing Aix-Marseille-Provence
kit-numbers-title = The ecosystem in numbers
kit-brand-title = Brand guidelines
kit-palette = Palette
kit-cmyk-note = * CMYK: approximations computed from RGB, to be checked by the printer against its own profile.
kit-cmyk-label = CMYK*
kit-color-navy = Navy
kit-color-ink = Ink
kit-color-sea = Sea
kit-color-sun = Sun
kit-color-terracotta = Terracotta
kit-color-sand = Sand
kit-color-mist = Mist
kit-color-white = White
kit-type-h1 = Heading 1
kit-type-h2 = Heading 2
kit-type-body = Body text
kit-type-card_title = Social card title
kit-font-latin = Latin script:
kit-font-arabic = Arabic script:
kit-variants = Versions supplied: emblem, horizontal, stacked, monochrome, reversed (on dark backgrounds).
kit-type = Typefaces
kit-logo-rules = Logo: how to use it
kit-clear-space = Clear space: a quarter of the emblem's height on every side.
kit-min-size = Minimum emblem size: 24 px on screen, 8 mm in print.
kit-do = Do
kit-dont = Don't
kit-do-1 = Use the kit's files as they are, without redrawing them.
kit-do-2 = Place the logo on a light background, or the reversed version on navy.
kit-do-3 = Keep the clear space and the minimum size.
kit-dont-1 = Stretch, tilt or crop the logo.
kit-dont-2 = Change its colours or add effects.
kit-dont-3 = Set it on a busy photo without a plain background.
kit-source = Source:
kit-manifest-title = communication kit
kit-zip-note = The shared communication kit of the Aix-Marseille-Provence innovation ecosystem. Every player may use it to present the territory, without altering the documents. The "print" versions have 3 mm bleed and crop marks. MANIFEST.txt gives the size and SHA-256 checksum of every file.
kit-size-kb = { $size } KB
kit-size-mb = { $size } MB
kit-documents = Documents
kit-logos = Logos
kit-slides = Each language's zip also holds every slide of the presentation as PNG (1280 px) and SVG, to build your own deck.
kit-cards = Social media cards
kit-card-square = square, 1080 × 1080 px
kit-card-vertical = vertical, 1080 × 1920 px
kit-download-all = Download everything
kit-zip-label = full kit (zip)
kit-pages = { PLURAL($count) ->
    [one] { $count } page
   *[other] { $count } pages
}
kit-variant-screen = screen
kit-variant-print = print (3 mm bleed, crop marks)
kit-variant-editable = editable (PowerPoint, Impress; titles, figures and sources as text boxes)
kit-toc = On this page
kit-cards-stories = Stories
kit-cards-count = { $count ->
    [one] { $count } card
   *[other] { $count } cards
}
kit-preview = Preview: { $title }
kit-kind-one-pager = A4 sheet per audience
kit-kind-figures = Key figures sheet (A4)
kit-kind-presentation = 16:9 presentation
kit-kind-brand-sheet = Brand guidelines (A4)
kit-rules = How to use the kit
kit-png-width = PNG { $width } px
kit-not-built = This version of the site does not produce the kit.
kit-pending = The kit's documents are being prepared: this page reloads by itself as soon as they are ready.
kit-logo-emblem = Emblem
kit-logo-horizontal = Horizontal
kit-logo-stacked = Stacked
kit-logo-mono = Single colour
kit-logo-reversed = Reversed (on dark)

## Orientation
nav-orientation = Find your way
orientation-label = Describe what you need
orientation-placeholder = e.g. premises for a young biotech company
orientation-button = Find
orientation-hint = Use your own words, in English, French or Arabic: a need, a sector, a stage.
orientation-nojs = This tool needs JavaScript; without it, browse the directory, schemes and sites below.
orientation-results = { PLURAL($count) ->
    [0] No resource
    [one] { $count } resource
   *[other] { $count } resources
}
orientation-relaxed = No resource covers { $all } at once; here are those that cover { $kept }.
orientation-unknown = We did not recognise a specific need in your question; here are the resources whose text comes closest. You can also try a word such as "funding", "premises" or "hiring".
orientation-why = Matches
orientation-reading = Further reading
orientation-browse = Browse the directories
related-title = In the other directories

## Introductions (Netlify forms) and thank-you page
contact-title = Get introduced
contact-intro-entry = Would you like to talk to { $name }? Describe your request: the { $site } team will put you in touch with the right person.
contact-intro-audience = A project, a question? Describe it: the { $site } team will point you to the right resource and the right person.
contact-required = Fields marked with an asterisk (*) are required.
contact-name = Full name
contact-org = Organisation
contact-email = Email address
contact-email-hint = Expected format: name@example.com
contact-message = Your request
contact-message-hint = Your project, what you are looking for, and by when.
contact-send = Send the request
contact-error-name = Enter your full name.
contact-error-email = Enter a valid email address, for example name@example.com.
contact-error-message = Describe your request.
contact-errors = { PLURAL($count) ->
    [one] The form was not sent: { $count } field needs correcting.
   *[other] The form was not sent: { $count } fields need correcting.
}
contact-honeypot = Leave this field empty:
contact-consent = Your details go to { $controller }, the data controller, for the sole purpose of answering your request and introducing you. Only the people handling your request receive them, and the contact concerned with your agreement. They are kept while your request is handled, then deleted. You may access them, have them corrected or erased, and object to their use by writing to { $contact }; you may also lodge a complaint with the CNIL, the French data protection authority.
contact-controller-unset = the publisher named in the legal notice
contact-email-unset = the address given in the legal notice
contact-offline = This form cannot be sent offline. To ask for an introduction, open this page online:
contact-offline-qr = QR code of the online page
thanks-title = Thank you, your request has been sent
thanks-text = The { $site } team has received it and will answer at the email address you gave.
thanks-back = Back to the home page
thanks-orientation = Keep looking for the right resource

## Publisher (legal notice, accessibility statement)
publisher-name = Publisher
publisher-address = Address
publisher-director = Director of publication
publisher-email = Contact
publisher-host = Host
publisher-unset = to be completed

## Home
home-figures-title = In figures
home-audiences-lead = You are
home-cta = Find the right resource
entry-links-title = On the web
entry-website = Website
entry-contact-page = Contact page

## Agenda (events, delegations, calls for projects)
event-kinds-label = Kinds of events
event-kinds-salon = Trade show
event-kinds-delegation = Delegation
event-kinds-rencontre = Meetup
event-kinds-appel-a-projets = Call for projects
event-kinds-webinaire = Webinar
event-kinds-lancement = Launch
events-upcoming = Upcoming
events-past = Past
events-nojs = Events are listed latest first; times are those of the place of the event.
events-filters = Filter the agenda
events-none-upcoming = No event announced for now.
events-filter-all = All
events-feed = Agenda Atom feed
events-ics-all = The whole agenda in my calendar (.ics)
event-add-calendar = Add to my calendar (.ics)
event-when = When
event-where = Where
event-online = Online
event-organisers = Organised by
event-partners = Partners
event-schemes = Scheme
event-link = Information and registration
event-undated = Date to be confirmed
event-past = Past event
event-ongoing = Happening now
event-at = { $date }, { $time }
event-range = { $start } – { $end }
event-month = { $month } { $year }
call-open = Call open
call-closed = Call closed
call-soon = Opening soon
call-opens = Opens: { $date }
call-closes = Closes: { $date }
call-eligible = Who may apply
call-deadline = Call deadline
upcoming-title = Coming up
upcoming-all = The whole agenda
tz-europe-paris = Paris time
tz-america-los-angeles = Pacific time
country-FR = France
country-US = United States

## Contact page, orientation form, empty states, phone menu (issue #29)
nav-contact = Contact
menu-button = Menu
contact-title-general = Write to the team
contact-intro-general = Describe your request: the { $site } team replies and, where useful, puts you in touch with the right person.
contact-title-orientation = Talk it over with the team
contact-intro-orientation = Not enough in these answers, or would you rather talk it over? Write to the { $site } team: your question and the answers shown reach it with your message.
contact-publisher-title = Publisher
contact-audiences-title = By profile
orientation-none = No resource matches this request yet. Describe it to the team with the form below, or browse the directories.
upcoming-none-link = No upcoming event is announced: the agenda keeps past events and calls for projects.

## Kiosk: attract loop, start screen, idle reset, take-away codes (issue #31)
kiosk-touch = Touch the screen to start
kiosk-choose = Choose your language
kiosk-find = Find the right resource
kiosk-browse = Browse the site
kiosk-take = Take this page with you: scan the code
kiosk-restart = Start again
kiosk-still = Are you still there?
kiosk-resume = Continue
kiosk-link = Scan to open this link
kiosk-figures = Key figures
kiosk-audiences = Who it is for
kiosk-events = Coming up
kiosk-back = Back
# Directory honesty (#29): with a sector chosen, the finder counts apart the entries specific
# to it and those serving every sector (no sector, or nearly all). { $total } is finder-results.
finder-split = { $total }: { $specific }, { $every }
finder-split-specific = { $count ->
    [0] none specific to “{ $sector }”
   *[other] { $count } specific to “{ $sector }”
}
finder-split-every = { $count } across all sectors
finder-every-intro = These entries are not aimed at one sector: they serve them all, “{ $sector }” included.
# Targets of the key figures and their due year (issue #29): when a target was set and for
# when; past its due year the reader's browser says so (js/targets.js).
figure-target-set = Target set in { $set }
figure-target-set-due = Target set in { $set } for { $due }
figure-target-ahead = Target set in { $set } for { $due }, still ahead
figure-target-past = Target set in { $set } for { $due }, now past its date
figure-forecast-set = Forecast made in { $set }
figure-forecast-set-due = Forecast made in { $set } for { $due }
figure-forecast-ahead = Forecast made in { $set } for { $due }, still ahead
figure-forecast-past = Forecast made in { $set } for { $due }, now past its date

## Videos of the kit (issue #32)
kit-videos = Videos
kit-video-title = Video: positioning, key figures and audiences
kit-video-closing = Every resource of the ecosystem at
kit-video-note = No sound, no subtitles needed: all the text is in the picture. Each video comes in three formats; the text version says what it shows, in order.
kit-video-text = What the video shows (text version)
kit-video-length = { $seconds } s
kit-video-download = Download the { $format } video
kit-variant-vertical = vertical, 1080 × 1920 (stories, reels)
kit-variant-portrait = portrait, 1080 × 1350 (LinkedIn and Instagram feeds)
kit-variant-landscape = landscape, 1920 × 1080 (screens, trade shows, X)
kit-video-track = On-screen text

## Orientation, round 2 (issue #30)
orientation-general = General resource, also for
orientation-lacks = Does not cover
orientation-audience = Start with the page for you:
orientation-more = Show more answers ({ $shown } of { $total } shown)
