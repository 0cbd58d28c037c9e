#!/usr/bin/env python3
"""Deterministic benchmark corpus: the same stories for oneprovence and for Hugo 0.111.

    python3 bench/gen_corpus.py N OUTDIR

writes OUTDIR/oneprovence/ (a site for our tool) and OUTDIR/hugo/ (the same corpus with a
minimal Hugo theme doing comparable work: lists with pagination, taxonomy and term pages,
language switcher, hreflang alternates, feeds and sitemap). N stories per language (fr, en, ar),
each 600-1,200 words of Markdown with `##` headings, a list, a table and 2-3 links to other
stories. Standard library only; a fixed seed gives the same bytes on every run.
"""

import os
import random
import shutil
import sys

SEED = 20240610
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SECTORS = ["sante", "industrie", "aeronautique", "numerique", "energie", "environnement",
           "maritime", "ville"]
AUDIENCES = ["grands-comptes", "institutionnels-investisseurs", "talents", "offreurs-solutions"]
LANGS = ["fr", "en", "ar"]

WORDS = {
    "fr": """métropole innovation entreprise projet territoire laboratoire recherche
        plateforme industrie santé énergie hydrogène port logistique numérique réseau
        incubateur accélérateur start-up talent emploi formation université campus école
        partenaire financement investissement croissance marché export Europe Méditerranée
        Afrique Marseille Aix Provence ville quartier mobilité transport climat transition
        écologie environnement eau mer littoral soleil lumière drone satellite espace
        aéronautique hélicoptère moteur usine atelier machine donnée câble calcul serveur
        logiciel application service usager citoyen habitant public privé collectivité
        agence stratégie feuille route ambition objectif résultat étape phase année mois
        semaine équipe ingénieur chercheur dirigeant fondateur salarié étudiant jeune
        expérience expérimentation démonstrateur prototype produit solution besoin défi
        question réponse idée modèle méthode outil moyen ressource budget programme appel
        concours prix label filière secteur pôle cluster technopôle zone site lieu espace
        bâtiment chantier aménagement friche parc jardin route gare aéroport bateau navire
        conteneur quai terminal flux échange commerce vente achat client fournisseur
        ouvre construit accueille relie soutient accompagne finance développe teste mesure
        partage réunit attire forme emploie lance crée installe produit transforme
        nouveau grand petit ancien durable ouvert local régional national international
        européen commun solide rapide patient ambitieux concret précis large dense
        aujourd'hui demain ensuite désormais ainsi aussi encore déjà souvent toujours""",
    "en": """metropolis innovation company project territory laboratory research platform
        industry health energy hydrogen port logistics digital network incubator
        accelerator startup talent job training university campus school partner funding
        investment growth market export Europe Mediterranean Africa Marseille Aix Provence
        city district mobility transport climate transition ecology environment water sea
        coast sun light drone satellite space aeronautics helicopter engine factory
        workshop machine data cable computing server software application service user
        citizen resident public private authority agency strategy roadmap ambition goal
        result step phase year month week team engineer researcher leader founder employee
        student youth experience experiment demonstrator prototype product solution need
        challenge question answer idea model method tool means resource budget programme
        call contest prize label industry sector cluster hub zone site place building
        worksite development wasteland park garden road station airport boat ship
        container quay terminal flow exchange trade sale purchase customer supplier
        opens builds hosts links supports coaches funds develops tests measures shares
        gathers attracts trains employs launches creates installs produces transforms
        new large small old sustainable open local regional national international
        European shared solid fast patient ambitious concrete precise broad dense
        today tomorrow then now thus also still already often always""",
    "ar": """مدينة حاضرة ابتكار شركة مشروع إقليم مختبر بحث منصة صناعة صحة طاقة
        هيدروجين ميناء نقل رقمي شبكة حاضنة مسرع موهبة عمل تدريب جامعة حرم مدرسة
        شريك تمويل استثمار نمو سوق تصدير أوروبا المتوسط أفريقيا مرسيليا إكس
        بروفانس حي تنقل مناخ تحول بيئة ماء بحر ساحل شمس ضوء طائرة قمر فضاء طيران
        محرك مصنع ورشة آلة بيانات كابل حساب خادم برنامج تطبيق خدمة مستخدم مواطن ساكن
        عام خاص سلطة وكالة استراتيجية خريطة طموح هدف نتيجة خطوة مرحلة سنة شهر أسبوع
        فريق مهندس باحث قائد مؤسس موظف طالب شباب تجربة نموذج منتج حل حاجة تحد سؤال
        جواب فكرة طريقة أداة وسيلة مورد ميزانية برنامج دعوة مسابقة جائزة قطاع قطب
        منطقة موقع مكان مبنى ورش تهيئة حديقة طريق محطة مطار قارب سفينة حاوية رصيف
        تبادل تجارة بيع شراء زبون مورد يفتح يبني يستقبل يربط يدعم يرافق يمول يطور
        يختبر يقيس يشارك يجمع يجذب يكون يشغل يطلق ينشئ ينتج يحول جديد كبير صغير قديم
        مستدام مفتوح محلي إقليمي وطني دولي أوروبي مشترك متين سريع صبور طموح ملموس
        دقيق واسع كثيف اليوم غدا ثم الآن هكذا أيضا بعد قد غالبا دائما في من إلى على
        مع عن بين حول""",
}
WORDS = {k: v.split() for k, v in WORDS.items()}

LINK_TEXT = {"fr": "voir aussi", "en": "see also", "ar": "انظر أيضا"}
TABLE_HEAD = {
    "fr": ("Étape", "Acteur", "Résultat"),
    "en": ("Step", "Player", "Result"),
    "ar": ("المرحلة", "الفاعل", "النتيجة"),
}

SITE = {
    "fr": ("Aix-Marseille-Provence, métropole d'innovation", "Récits d'innovation"),
    "en": ("Aix-Marseille-Provence, a metropolis of innovation", "Innovation stories"),
    "ar": ("إكس مرسيليا بروفانس، حاضرة الابتكار", "قصص الابتكار"),
}
LANG_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}


def sentence(rng, lang, lo=8, hi=18):
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(lo, hi))]
    if lang != "ar":
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + "."


def phrase(rng, lang, lo=2, hi=5):
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(lo, hi))]
    if lang != "ar":
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def story_body(rng, lang, i, n, link):
    """Markdown of 600-1,200 words; `link(slug, text)` writes a link in the tool's syntax."""
    target = rng.randint(620, 1040)  # the last section overshoots by a paragraph at most
    others = [j for j in range(1, n + 1) if j != i] or [i]
    links = [rng.choice(others) for _ in range(rng.randint(2, 3))]
    blocks, count = [], 0

    def para():
        nonlocal count
        s = " ".join(sentence(rng, lang) for _ in range(rng.randint(3, 6)))
        count += len(s.split())
        return s

    blocks.append(para())
    sections = 0
    while count < target:
        sections += 1
        blocks.append(f"## {phrase(rng, lang)} {sections}")
        blocks.append(para())
        for _ in range(rng.randint(0, 2)):
            if count < target:
                blocks.append(para())
        if sections == 1:
            items = [phrase(rng, lang, 3, 7) for _ in range(rng.randint(3, 5))]
            count += sum(len(x.split()) for x in items)
            blocks.append("\n".join(f"- {x}" for x in items))
        if sections == 2:
            head = TABLE_HEAD[lang]
            rows = ["| " + " | ".join(head) + " |", "|---|---|---|"]
            for _ in range(rng.randint(3, 4)):
                cells = [phrase(rng, lang, 1, 3) for _ in range(3)]
                count += sum(len(c.split()) for c in cells)
                rows.append("| " + " | ".join(cells) + " |")
            blocks.append("\n".join(rows))
        if links and sections >= 1:
            j = links.pop()
            text = f"{LINK_TEXT[lang]} {phrase(rng, lang, 1, 3)}"
            blocks.append(f"{sentence(rng, lang)} {link(f'story-{j:05d}', text)}.")
    for j in links:  # short stories: place the remaining links at the end
        blocks.append(link(f"story-{j:05d}", f"{LINK_TEXT[lang]} {phrase(rng, lang, 1, 3)}") + ".")
    return "\n\n".join(blocks) + "\n"


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_list(xs):
    return "[" + ", ".join(toml_str(x) for x in xs) + "]"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def make_stories(n):
    """The corpus, independent of either tool: one record per story."""
    rng = random.Random(SEED)
    stories = []
    for i in range(1, n + 1):
        y = 2015 + (i * 7919 + rng.randint(0, 3)) % 10
        date = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rec = {
            "i": i,
            "date": date,
            "sectors": sorted(rng.sample(SECTORS, rng.randint(1, 3)), key=SECTORS.index),
            "audiences": sorted(rng.sample(AUDIENCES, rng.randint(1, 2)), key=AUDIENCES.index),
        }
        for lang in LANGS:
            rec[lang] = {
                "title": phrase(rng, lang, 4, 8),
                "summary": sentence(rng, lang, 14, 24),
                # Same random draws for both tools; the link syntax is applied later.
                "body": story_body(rng, lang, i, n, lambda slug, text: f"\x00{slug}\x01{text}\x02"),
            }
        stories.append(rec)
    return stories


def apply_links(body, fmt):
    out, rest = [], body
    while "\x00" in rest:
        pre, rest = rest.split("\x00", 1)
        slug, rest = rest.split("\x01", 1)
        text, rest = rest.split("\x02", 1)
        out.append(pre + fmt(slug, text))
    out.append(rest)
    return "".join(out)


def copytree(src, dst):
    shutil.copytree(src, dst, dirs_exist_ok=True)


# ---------------------------------------------------------------------------------- oneprovence

OP_SITE_TOML = """# Benchmark site generated by bench/gen_corpus.py (modelled on the project's site.toml).
title = "One Provence"
base_url = "https://oneprovence.netlify.app"
theme = "one-provence"
default_language = "fr"
translation_policy = "fallback"
feed_limit = 20
menu = ["stories"]

[[languages]]
code = "fr"
name = "Français"
dir = "ltr"

[[languages]]
code = "en"
name = "English"
dir = "ltr"

[[languages]]
code = "ar"
name = "العربية"
dir = "rtl"

[vocabularies]
sectors = {sectors}
audiences = {audiences}

[switches]
cards = false
kit = false
"""


def write_oneprovence(root, stories):
    for d in ("themes", "i18n", "brand"):
        copytree(os.path.join(REPO, d), os.path.join(root, d))
    write(os.path.join(root, "site.toml"),
          OP_SITE_TOML.replace("{sectors}", toml_list(SECTORS))
          .replace("{audiences}", toml_list(AUDIENCES)))
    c = os.path.join(root, "content")
    for lang in LANGS:
        home, stories_title = SITE[lang]
        write(os.path.join(c, f"_index.{lang}.md"),
              f"+++\ntitle = {toml_str(home)}\n+++\n\n{sentence(random.Random(lang), lang, 20, 30)}\n")
        extra = 'paginate_by = 10\nsort_by = "date"\n' if lang == "fr" else ""
        write(os.path.join(c, "stories", f"_index.{lang}.md"),
              f"+++\ntitle = {toml_str(stories_title)}\n{extra}+++\n\n"
              f"{sentence(random.Random(lang + 's'), lang, 20, 30)}\n")

    def link(slug, text):
        return f"[{text}](@/stories/{slug}.md)"

    for s in stories:
        slug = f"story-{s['i']:05d}"
        for lang in LANGS:
            t = s[lang]
            fm = [f"title = {toml_str(t['title'])}"]
            if lang == "fr":
                fm.append(f"date = {s['date']}")
            fm.append(f"summary = {toml_str(t['summary'])}")
            if lang == "fr":
                fm.append(f"sectors = {toml_list(s['sectors'])}")
                fm.append(f"audiences = {toml_list(s['audiences'])}")
            write(os.path.join(c, "stories", f"{slug}.{lang}.md"),
                  "+++\n" + "\n".join(fm) + "\n+++\n\n" + apply_links(t["body"], link))


# ---------------------------------------------------------------------------------------- Hugo

HUGO_CONFIG = """# Benchmark site generated by bench/gen_corpus.py, for Hugo 0.168 (which ignores `paginate`
# and reads [pagination] pagerSize; both are written, so Hugo 0.111 paginates the same way).
baseURL = "https://oneprovence.netlify.app/"
title = "One Provence"
defaultContentLanguage = "fr"
defaultContentLanguageInSubdir = true
paginate = 10
rssLimit = 20
enableRobotsTXT = true

[pagination]
pagerSize = 10

# Like ours: one feed per language (home), a search index per language, no feed per list.
[outputFormats.searchindex]
mediaType = "text/javascript"
baseName = "search-index"
isPlainText = true
notAlternative = true

[outputs]
home = ["HTML", "RSS", "searchindex"]
section = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]

[taxonomies]
sector = "sectors"
audience = "audiences"

[markup.goldmark.renderer]
unsafe = false

[markup.tableOfContents]
startLevel = 2
endLevel = 2

[languages.fr]
languageName = "Français"
languageDirection = "ltr"
weight = 1

[languages.en]
languageName = "English"
languageDirection = "ltr"
weight = 2

[languages.ar]
languageName = "العربية"
languageDirection = "rtl"
weight = 3
"""

BASEOF = """<!doctype html>
<html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }} · {{ .Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ site.Title }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="/css/site.css">
<meta property="og:site_name" content="{{ site.Title }}">
<meta property="og:type" content="{{ if .Date.IsZero }}website{{ else }}article{{ end }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:url" content="{{ .Permalink }}">
{{ range .Translations }}<meta property="og:locale:alternate" content="{{ .Language.Lang }}">
{{ end }}{{ if not .Date.IsZero }}<meta property="article:published_time" content="{{ .Date.Format "2006-01-02" }}">
{{ end }}</head>
<body class="kind-{{ .Kind }}">
<a class="skip-link" href="#main">{{ i18n "skip-link" }}</a>
<header class="site-header">
  <nav class="main-nav" aria-label="{{ i18n "nav-label" }}"><ul role="list">
    <li><a href="{{ site.Home.RelPermalink }}"{{ if .IsHome }} aria-current="page"{{ end }}>{{ i18n "home-label" }}</a></li>
    {{ with site.GetPage "/stories" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
  </ul></nav>
  <nav class="lang-switch" aria-label="{{ i18n "lang-switch-label" }}"><ul role="list">
    <li><span class="lang-current" aria-current="true">{{ .Language.LanguageName }}</span></li>
    {{ range .Translations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>
    {{ end }}
  </ul></nav>
</header>
<main id="main" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p>{{ i18n "footer-about" }}</p>
{{ with .OutputFormats.Get "rss" }}<a href="{{ .RelPermalink }}">{{ i18n "footer-feed" }}</a>{{ end }}</footer>
</body>
</html>
"""

CARD = """<article class="card">
  <h3 class="card-title"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
  {{ if not .Date.IsZero }}<p class="card-date"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></p>{{ end }}
  {{ with .Params.summary }}<p class="card-summary">{{ . }}</p>{{ end }}
  {{ with .GetTerms "sectors" }}<ul class="tags" role="list">{{ range . }}<li>{{ i18n (printf "sectors-%s" .Data.Term) }}</li>{{ end }}</ul>{{ end }}
</article>
"""

HOME = """{{ define "main" }}
<section class="hero"><h1>{{ .Title }}</h1></section>
<div class="prose home-intro">{{ .Content }}</div>
<section class="latest"><h2>{{ i18n "latest-stories" }}</h2><div class="cards">
{{ range first 6 (where site.RegularPages "Section" "stories").ByDate.Reverse }}{{ partial "card.html" . }}{{ end }}
</div>{{ with site.GetPage "/stories" }}<p class="more"><a href="{{ .RelPermalink }}">{{ i18n "all-stories" }}</a></p>{{ end }}</section>
{{ end }}
"""

LIST = """{{ define "main" }}
<nav class="breadcrumb"><ol role="list"><li><a href="{{ site.Home.RelPermalink }}">{{ i18n "home-label" }}</a></li><li><a href="{{ .RelPermalink }}" aria-current="page">{{ .Title }}</a></li></ol></nav>
<h1>{{ .Title }}</h1>
<div class="prose lead">{{ .Content }}</div>
{{ $p := .Paginate .Pages.ByDate.Reverse }}
<p class="count">{{ len $p.Pages }} · {{ $p.PageNumber }}/{{ $p.TotalPages }}</p>
<div class="cards">{{ range $p.Pages }}{{ partial "card.html" . }}{{ end }}</div>
{{ if gt $p.TotalPages 1 }}<nav class="pagination"><ul role="list">
{{ with $p.Prev }}<li><a rel="prev" href="{{ .URL }}">{{ i18n "pagination-prev" }}</a></li>{{ end }}
{{ range $p.Pagers }}<li>{{ if eq .PageNumber $p.PageNumber }}<span aria-current="page">{{ .PageNumber }}</span>{{ else }}<a href="{{ .URL }}">{{ .PageNumber }}</a>{{ end }}</li>{{ end }}
{{ with $p.Next }}<li><a rel="next" href="{{ .URL }}">{{ i18n "pagination-next" }}</a></li>{{ end }}
</ul></nav>{{ end }}
{{ end }}
"""

SINGLE = """{{ define "main" }}
<article class="story">
<header class="story-header">
  <nav class="breadcrumb"><ol role="list"><li><a href="{{ site.Home.RelPermalink }}">{{ i18n "home-label" }}</a></li>{{ with .Parent }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></nav>
  <h1>{{ .Title }}</h1>
  {{ with .Params.summary }}<p class="lead">{{ . }}</p>{{ end }}
  <p class="story-meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time> · {{ .ReadingTime }} min</p>
  <ul class="tags" role="list">
  {{ range .GetTerms "sectors" }}<li class="tag-sectors"><a href="{{ .RelPermalink }}">{{ i18n (printf "sectors-%s" .Data.Term) }}</a></li>{{ end }}
  {{ range .GetTerms "audiences" }}<li class="tag-audiences"><a href="{{ .RelPermalink }}">{{ i18n (printf "audiences-%s" .Data.Term) }}</a></li>{{ end }}
  </ul>
</header>
<nav class="toc"><h2>{{ i18n "toc-title" }}</h2>{{ .TableOfContents }}</nav>
<div class="prose">{{ .Content }}</div>
</article>
{{ end }}
"""

TAXONOMY = """{{ define "main" }}
<nav class="breadcrumb"><ol role="list"><li><a href="{{ site.Home.RelPermalink }}">{{ i18n "home-label" }}</a></li><li><a href="{{ .RelPermalink }}" aria-current="page">{{ i18n (printf "%s-label" .Data.Plural) }}</a></li></ol></nav>
<h1>{{ i18n (printf "%s-label" .Data.Plural) }}</h1>
<ul class="term-list" role="list">
{{ $plural := .Data.Plural }}{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ i18n (printf "%s-%s" $plural .Name) }}</a> <span class="term-count">{{ .Count }}</span></li>
{{ end }}</ul>
{{ end }}
"""

TERM = """{{ define "main" }}
{{ $label := i18n (printf "%s-%s" .Data.Plural .Data.Term) }}
<nav class="breadcrumb"><ol role="list"><li><a href="{{ site.Home.RelPermalink }}">{{ i18n "home-label" }}</a></li><li><a href="{{ .Parent.RelPermalink }}">{{ i18n (printf "%s-label" .Data.Plural) }}</a></li><li><a href="{{ .RelPermalink }}" aria-current="page">{{ $label }}</a></li></ol></nav>
<h1>{{ $label }}</h1>
<p class="count">{{ len .Pages }}</p>
<div class="cards">{{ range .Pages.ByDate.Reverse }}{{ partial "card.html" . }}{{ end }}</div>
{{ end }}
"""

# Entries are written one by one: collecting them with `append` first is quadratic in Hugo.
SEARCH_INDEX = """{{- $first := true -}}
window.OP_SEARCH_INDEX = [
{{- range where site.Pages "Kind" "in" (slice "page" "section") -}}
{{- $s := "" }}{{ if eq .Kind "page" }}{{ $s = .Parent.Title }}{{ end -}}
{{- $x := printf "%s %s" (.Params.summary | default "") .Plain | truncate 2400 -}}
{{- if not $first }},{{ end }}{{ $first = false }}{{ dict "t" .Title "u" .RelPermalink "s" $s "x" $x | jsonify | safeJS -}}
{{- end -}}
];
"""

NOT_FOUND = """{{ define "main" }}<h1>404</h1><p><a href="{{ site.Home.RelPermalink }}">{{ i18n "home-label" }}</a></p>{{ end }}
"""

ROBOTS = """User-agent: *
Allow: /

Sitemap: {{ "sitemap.xml" | absURL }}
"""

I18N_KEYS = ["skip-link", "nav-label", "home-label", "lang-switch-label", "footer-about",
             "footer-feed", "latest-stories", "all-stories", "pagination-prev", "pagination-next",
             "toc-title", "sectors-label", "audiences-label"]


def ftl_messages(lang):
    """Simple `key = value` lines of the project's .ftl file (enough for labels)."""
    out = {}
    with open(os.path.join(REPO, "i18n", f"{lang}.ftl"), encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith((" ", "#", "-")):
                k, v = line.split("=", 1)
                k, v = k.strip(), v.strip()
                if k and "{" not in v and v:
                    out[k] = v
    return out


def write_hugo(root, stories):
    write(os.path.join(root, "hugo.toml"), HUGO_CONFIG)
    lay = os.path.join(root, "layouts")
    write(os.path.join(lay, "_default", "baseof.html"), BASEOF)
    write(os.path.join(lay, "_default", "single.html"), SINGLE)
    write(os.path.join(lay, "_default", "list.html"), LIST)
    write(os.path.join(lay, "_default", "taxonomy.html"), TAXONOMY)
    write(os.path.join(lay, "_default", "term.html"), TERM)
    write(os.path.join(lay, "index.html"), HOME)
    write(os.path.join(lay, "partials", "card.html"), CARD)
    write(os.path.join(lay, "index.searchindex.js"), SEARCH_INDEX)
    write(os.path.join(lay, "404.html"), NOT_FOUND)
    write(os.path.join(lay, "robots.txt"), ROBOTS)
    # A stylesheet of the same size as ours would be; Hugo copies it as a static file.
    css = os.path.join(REPO, "themes", "one-provence", "css")
    parts = []
    for dirpath, _, files in sorted(os.walk(css)):
        for name in sorted(files):
            if name.endswith(".css"):
                with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                    parts.append(f.read())
    write(os.path.join(root, "static", "css", "site.css"), "\n".join(parts))
    fonts = os.path.join(REPO, "themes", "one-provence", "static", "fonts")
    if os.path.isdir(fonts):
        copytree(fonts, os.path.join(root, "static", "fonts"))
    for lang in LANGS:
        msgs = ftl_messages(lang)
        keys = I18N_KEYS + [f"sectors-{s}" for s in SECTORS] + [f"audiences-{a}" for a in AUDIENCES]
        lines = [f"{k} = {toml_str(msgs.get(k, k))}" for k in keys]
        write(os.path.join(root, "i18n", f"{lang}.toml"), "\n".join(lines) + "\n")

    c = os.path.join(root, "content")
    for lang in LANGS:
        home, stories_title = SITE[lang]
        write(os.path.join(c, f"_index.{lang}.md"),
              f"+++\ntitle = {toml_str(home)}\n+++\n\n{sentence(random.Random(lang), lang, 20, 30)}\n")
        write(os.path.join(c, "stories", f"_index.{lang}.md"),
              f"+++\ntitle = {toml_str(stories_title)}\n+++\n\n"
              f"{sentence(random.Random(lang + 's'), lang, 20, 30)}\n")

    def link(slug, text):
        return f'[{text}]({{{{< ref "stories/{slug}.md" >}}}})'

    for s in stories:
        slug = f"story-{s['i']:05d}"
        for lang in LANGS:
            t = s[lang]
            # Hugo does not inherit fields across translations: every file carries them.
            fm = [f"title = {toml_str(t['title'])}", f"date = {s['date']}",
                  f"summary = {toml_str(t['summary'])}",
                  f"sectors = {toml_list(s['sectors'])}",
                  f"audiences = {toml_list(s['audiences'])}"]
            write(os.path.join(c, "stories", f"{slug}.{lang}.md"),
                  "+++\n" + "\n".join(fm) + "\n+++\n\n" + apply_links(t["body"], link))


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: gen_corpus.py N OUTDIR")
    n, out = int(sys.argv[1]), sys.argv[2]
    stories = make_stories(n)
    for name in ("oneprovence", "hugo"):
        path = os.path.join(out, name)
        if os.path.exists(path):
            shutil.rmtree(path)
    write_oneprovence(os.path.join(out, "oneprovence"), stories)
    write_hugo(os.path.join(out, "hugo"), stories)
    words = sum(len(s[lang]["body"].split()) for s in stories for lang in LANGS)
    print(f"{n} stories x {len(LANGS)} languages, {words} body words -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
