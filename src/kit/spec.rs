//! kit: what each document says, read from the site. A spec is plain data, cheap to gather and
//! to hash, so an unchanged document is taken from the cache without measuring a word.

use serde::Serialize;

use crate::content::{Page, Site};
use crate::i18n::I18n;
use crate::urls;

#[derive(Debug, Clone, Serialize)]
pub struct FigureSpec {
    pub value: String,
    pub label: String,
    /// A target's or forecast's years, « Objectif fixé en 2022 pour 2025 » (issue #29), in the
    /// document's language; empty for any other figure. Printed once, so never "past due".
    pub target: String,
    pub source: String,
    /// The source is quoted in another script than the document's (a French title in Arabic).
    pub source_rtl: bool,
    /// Its theme on the key figures sheet (empty when it has none).
    pub theme: String,
    /// The language the source is quoted in (a French title stays French in Arabic).
    pub source_lang: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AudienceSpec {
    pub key: String,
    pub title: String,
    pub summary: String,
    pub promises: Vec<String>,
    pub figures: Vec<FigureSpec>,
    pub actors: Vec<String>,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChapterSpec {
    pub title: String,
    pub summary: String,
}

/// Everything a language's documents show, gathered once per build.
#[derive(Debug, Clone, Serialize)]
pub struct Spec {
    pub lang: String,
    pub rtl: bool,
    pub site_name: String,
    pub host: String,
    pub home_url: String,
    pub positioning: String,
    pub tagline: String,
    pub audiences_title: String,
    pub audiences: Vec<AudienceSpec>,
    pub icapital_title: String,
    pub icapital_summary: String,
    pub chapters: Vec<ChapterSpec>,
    /// Directory title and number of entries: the ecosystem in numbers.
    pub counts: Vec<(String, usize)>,
    pub highlights: Vec<FigureSpec>,
    /// The figures of the positioning slide (`positioning` in the kit page).
    pub positioning_figures: Vec<FigureSpec>,
    /// Every figure, grouped by theme in the order of `themes`, then those without one.
    pub figures: Vec<FigureSpec>,
    /// Theme keys in order, with their label in the language.
    pub themes: Vec<(String, String)>,
    /// The sectors of excellence (labels of the `sectors` vocabulary), in site.toml's order.
    pub sectors: Vec<String>,
    /// The experimentation sites' section title and each site's name and kind.
    pub sites_title: String,
    pub sites: Vec<(String, String)>,
    /// The orientation page: title, description, printed address (its QR code).
    pub orientation: (String, String, String),
    /// The publisher's e-mail when site.toml gives it (never invented).
    pub email: String,
    /// Interface strings (`kit-*` Fluent messages) by key.
    pub labels: std::collections::BTreeMap<String, String>,
}

const LABELS: &[&str] = &[
    "kit-promises",
    "kit-proof",
    "kit-actors",
    "kit-more",
    "kit-scan",
    "kit-figures-title",
    "kit-presentation-title",
    "kit-numbers-title",
    "kit-brand-title",
    "kit-palette",
    "kit-cmyk-note",
    "kit-cmyk-label",
    "kit-color-navy",
    "kit-color-ink",
    "kit-color-sea",
    "kit-color-sun",
    "kit-color-terracotta",
    "kit-color-sand",
    "kit-color-mist",
    "kit-color-white",
    "kit-type-h1",
    "kit-type-h2",
    "kit-type-body",
    "kit-type-card_title",
    "kit-font-latin",
    "kit-font-arabic",
    "kit-variants",
    "kit-type",
    "kit-logo-rules",
    "kit-clear-space",
    "kit-min-size",
    "kit-do",
    "kit-dont",
    "kit-do-1",
    "kit-do-2",
    "kit-do-3",
    "kit-dont-1",
    "kit-dont-2",
    "kit-dont-3",
    "kit-source",
    "kit-qr-alt",
    "kit-sectors-title",
    "kit-contact-title",
    "kit-audience-more",
    "kit-emblem-alt",
    "kit-manifest-title",
    "kit-zip-note",
    "kit-video-title",
    "kit-video-closing",
    "site-tagline",
];

fn figure(site: &Site, i18n: &I18n, id: &str, lang: &str) -> Option<FigureSpec> {
    let f = site.figures.get(id, lang, &site.config.default_language)?;
    Some(FigureSpec {
        value: f.value.to_string(),
        label: f.label.to_string(),
        target: i18n.target(lang, &f).unwrap_or_default(),
        // The year once: most sources already name it ("… (2022), partie D").
        source: match f.year {
            Some(y) if !f.source.contains(&y.to_string()) => format!("{} ({y})", f.source),
            _ => f.source.to_string(),
        },
        source_rtl: site.config.dir(f.source_lang).is_rtl(),
        source_lang: f.source_lang.to_string(),
        theme: site
            .figures
            .0
            .get(id)
            .and_then(|f| f.theme.clone())
            .unwrap_or_default(),
    })
}

fn strings(page: Option<&Page>, field: &str) -> Vec<String> {
    page.and_then(|p| p.meta.extra.get(field))
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The kit's content in one language, from the pages that carry it: the home page (positioning),
/// the audience pages, the iCapitale chapters, the directories and `content/figures.toml`.
pub(crate) fn spec(site: &Site, i18n: &I18n, lang: &str) -> Spec {
    let home = site.get("_index", lang);
    Spec {
        lang: lang.to_string(),
        rtl: site.config.dir(lang).is_rtl(),
        site_name: site.config.title.clone(),
        host: host(site),
        home_url: print_url(site, &urls::home(lang)),
        positioning: home.map(|h| h.meta.title.clone()).unwrap_or_default(),
        tagline: home
            .and_then(|h| h.meta.extra.get("tagline"))
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string(),
        audiences_title: title(site, "audiences/_index", lang),
        audiences: site
            .children("audiences/_index", lang)
            .into_iter()
            .map(|p| audience(site, i18n, p, lang))
            .collect(),
        icapital_title: title(site, "icapital/_index", lang),
        icapital_summary: site
            .get("icapital/_index", lang)
            .and_then(|p| p.meta.summary.clone())
            .unwrap_or_default(),
        chapters: chapters(site, lang),
        counts: counts(site, lang),
        highlights: figures(
            site,
            i18n,
            &strings(site.get("kit/_index", lang), "figures"),
            lang,
        ),
        positioning_figures: figures(
            site,
            i18n,
            &strings(site.get("kit/_index", lang), "positioning"),
            lang,
        ),
        figures: by_theme(
            figures(site, i18n, site.figures.0.keys(), lang),
            &strings(site.get("kit/_index", lang), "themes"),
        ),
        themes: strings(site.get("kit/_index", lang), "themes")
            .into_iter()
            .map(|t| {
                let label = i18n.tr(lang, &format!("figures-theme-{t}"), None);
                (t, label)
            })
            .collect(),
        sectors: site
            .config
            .vocabularies
            .get("sectors")
            .into_iter()
            .flatten()
            .map(|v| i18n.tr(lang, &format!("sectors-{v}"), None))
            .collect(),
        sites_title: title(site, "sites/_index", lang),
        sites: sites(site, i18n, lang),
        orientation: site
            .get("orientation/_index", lang)
            .map(|p| {
                (
                    p.meta.title.clone(),
                    p.meta.description.clone().unwrap_or_default(),
                    print_url(site, &p.url),
                )
            })
            .unwrap_or_default(),
        email: site.config.publisher.email.clone(),
        labels: LABELS
            .iter()
            .map(|k| (k.to_string(), i18n.tr(lang, k, None)))
            .collect(),
    }
}

/// The figures of `ids` that exist, in the language (or the default one).
fn figures<'i>(
    site: &Site,
    i18n: &I18n,
    ids: impl IntoIterator<Item = &'i String>,
    lang: &str,
) -> Vec<FigureSpec> {
    ids.into_iter()
        .filter_map(|id| figure(site, i18n, id, lang))
        .collect()
}

/// Figures in the order of their themes (stable within one), those of no listed theme last.
fn by_theme(mut figures: Vec<FigureSpec>, themes: &[String]) -> Vec<FigureSpec> {
    figures.sort_by_key(|f| {
        themes
            .iter()
            .position(|t| *t == f.theme)
            .unwrap_or(themes.len())
    });
    figures
}

/// The title of a page in a language, empty if it has none.
fn title(site: &Site, key: &str, lang: &str) -> String {
    site.get(key, lang)
        .map(|p| p.meta.title.clone())
        .unwrap_or_default()
}

/// A page's address as printed and encoded in QR codes: under `print_base_url`.
pub(crate) fn print_url(site: &Site, url: &str) -> String {
    format!("{}{url}", site.config.print_base())
}

/// The site's host name, for the address printed on the documents.
fn host(site: &Site) -> String {
    site.config
        .print_base()
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .to_string()
}

/// What a one-pager says of an audience page: promises, figures, actors, address.
fn audience(site: &Site, i18n: &I18n, p: &Page, lang: &str) -> AudienceSpec {
    AudienceSpec {
        key: p.key.clone(),
        title: p.meta.title.clone(),
        summary: p.meta.summary.clone().unwrap_or_default(),
        promises: strings(Some(p), "promises"),
        figures: figures(site, i18n, &strings(Some(p), "figures"), lang),
        actors: p
            .meta
            .refs
            .get("actors")
            .into_iter()
            .flatten()
            .filter_map(|k| site.get(k, lang))
            .map(|a| a.meta.title.clone())
            .collect(),
        url: print_url(site, &p.url),
    }
}

/// The experimentation sites, technopôles first, each with the label of its first kind.
fn sites(site: &Site, i18n: &I18n, lang: &str) -> Vec<(String, String)> {
    let mut v: Vec<(bool, String, String)> = site
        .children("sites/_index", lang)
        .into_iter()
        .map(|p| {
            let kind = p
                .meta
                .terms
                .get("site-kinds")
                .and_then(|k| k.first())
                .cloned()
                .unwrap_or_default();
            let label = i18n.tr(lang, &format!("site-kinds-{kind}"), None);
            (kind != "technopole", p.meta.title.clone(), label)
        })
        .collect();
    v.sort_by_key(|s| s.0);
    v.into_iter().map(|(_, t, k)| (t, k)).collect()
}

/// The iCapitale chapters, in their section's order.
fn chapters(site: &Site, lang: &str) -> Vec<ChapterSpec> {
    site.children("icapital/_index", lang)
        .into_iter()
        .map(|p| ChapterSpec {
            title: p.meta.title.clone(),
            summary: p.meta.summary.clone().unwrap_or_default(),
        })
        .collect()
}

/// Each directory's title and number of entries.
fn counts(site: &Site, lang: &str) -> Vec<(String, usize)> {
    site.config
        .directories
        .keys()
        .map(|d| {
            let key = format!("{d}/_index");
            (title(site, &key, lang), site.children(&key, lang).len())
        })
        .collect()
}

impl Spec {
    pub(super) fn label<'a>(&'a self, key: &'a str) -> &'a str {
        self.labels.get(key).map(String::as_str).unwrap_or(key)
    }
}
