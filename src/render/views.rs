//! render: the view structs templates see. They borrow from the `Site`; this is the contract
//! with themes, kept apart from the content types so either can change alone.

use serde::Serialize;

use super::markdown::Heading;
use crate::content::{Page, PageKind, Site};
use crate::i18n::I18n;

#[derive(Serialize)]
pub(crate) struct SiteView<'a> {
    pub title: &'a str,
    pub base_url: &'a str,
    pub css: &'a str,
    pub languages: Vec<LanguageView<'a>>,
    pub menu: Vec<LinkView>,
    pub footer: Vec<LinkView>,
    /// Legal notice and the contact forms' consent notice (empty values until filled in).
    pub publisher: &'a crate::config::Publisher,
}

#[derive(Serialize)]
pub(crate) struct LanguageView<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub dir: &'a str,
}

#[derive(Serialize)]
pub(crate) struct LinkView {
    pub title: String,
    pub url: String,
    pub current: bool,
}

/// One entry of the language switcher: the same page in another language.
#[derive(Serialize)]
pub struct SwitchView<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub url: String,
    pub current: bool,
    /// False when the page is left out of that language (`omit` policy): the link leads home.
    pub available: bool,
}

#[derive(Serialize)]
pub struct AlternateView {
    pub hreflang: String,
    pub href: String,
}

#[derive(Serialize)]
pub struct TermView {
    pub field: String,
    pub value: String,
    pub label: String,
    pub url: String,
}

/// A page as a list item (section lists, home, feeds).
#[derive(Serialize)]
pub struct SummaryView<'a> {
    pub title: &'a str,
    pub url: &'a str,
    pub summary: Option<&'a str>,
    pub date: Option<String>,
    pub date_display: Option<String>,
    /// When what the page reports happened (`reported`), for `<time datetime>` and display.
    pub reported: Option<String>,
    pub reported_display: Option<String>,
    pub kind: PageKind,
    pub content_lang: &'a str,
    pub fallback: bool,
    pub terms: Vec<TermView>,
}

#[derive(Serialize)]
pub(crate) struct PageView<'a> {
    pub key: &'a str,
    pub kind: PageKind,
    pub title: &'a str,
    pub description: &'a str,
    pub summary: Option<&'a str>,
    pub url: &'a str,
    pub permalink: String,
    pub section: &'a str,
    pub content: &'a str,
    pub content_lang: &'a str,
    pub content_dir: &'a str,
    pub fallback: bool,
    pub date: Option<String>,
    pub date_display: Option<String>,
    pub reported: Option<String>,
    pub reported_display: Option<String>,
    pub toc: Vec<Heading>,
    pub reading_minutes: usize,
    pub terms: Vec<TermView>,
    pub extra: &'a toml::Table,
}

pub(crate) fn terms(page: &Page, i18n: &I18n, lang: &str) -> Vec<TermView> {
    page.meta
        .terms
        .iter()
        .flat_map(|(field, values)| {
            values.iter().map(move |v| TermView {
                field: field.clone(),
                value: v.clone(),
                label: i18n.tr(lang, &format!("{field}-{v}"), None),
                url: term_url(lang, field, v),
            })
        })
        .collect()
}

pub fn summary<'a>(page: &'a Page, i18n: &I18n, lang: &str) -> SummaryView<'a> {
    SummaryView {
        title: &page.meta.title,
        url: &page.url,
        summary: page
            .meta
            .summary
            .as_deref()
            .or(page.meta.description.as_deref()),
        // An event is listed with its dates (term pages, audience pages, shortcodes).
        date: page.meta.date.map(|d| d.to_string()).or_else(|| {
            let e = page.meta.event.as_ref()?;
            e.start.map(|w| e.iso(w))
        }),
        date_display: page.meta.date.map(|d| i18n.date(lang, d)).or_else(|| {
            let e = page.meta.event.as_ref()?;
            i18n.event_dates(lang, e)
        }),
        reported: page.meta.reported.map(|r| r.iso()),
        reported_display: page.meta.reported.map(|r| i18n.reported(lang, &r)),
        kind: page.kind,
        content_lang: &page.content_lang,
        fallback: page.fallback,
        terms: terms(page, i18n, lang),
    }
}

/// The description for meta tags: the page's own, else its summary, else the site's tagline.
pub fn description<'a>(page: &'a Page, site: &'a Site) -> &'a str {
    page.meta
        .description
        .as_deref()
        .or(page.meta.summary.as_deref())
        .unwrap_or(site.config.title.as_str())
}

/// `/<lang>/<field>/<value>/`, the page listing what is tagged with a vocabulary value.
pub(crate) fn term_url(lang: &str, field: &str, value: &str) -> String {
    crate::urls::term(lang, field, value)
}

#[derive(Serialize)]
pub struct KitFileView {
    pub url: String,
    pub format: &'static str,
    /// The media type of the `type` attribute of its link.
    pub mime: &'static str,
    pub variant: String,
    pub size: String,
    pub pages: usize,
    /// A video's poster, size, length and text version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub poster: Option<crate::kit::Preview>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video: Option<crate::kit::VideoInfo>,
}

#[derive(Serialize)]
pub struct KitItemView {
    pub kind: &'static str,
    /// Name of the document's language, in that language; empty for logos.
    pub language: String,
    pub title: String,
    pub preview: Option<crate::kit::Preview>,
    pub files: Vec<KitFileView>,
    /// The social cards' group (`stories`, a figures theme, `other`).
    pub group: String,
}

/// One group of social cards on the kit page, folded under its heading.
#[derive(Serialize)]
pub struct KitCardGroup {
    /// The fragment of its heading: `kit-cards-stories`, `kit-cards-research`…
    pub id: String,
    pub title: String,
    pub count: usize,
    pub cards: Vec<KitItemView>,
}

#[derive(Serialize)]
pub struct KitZipView {
    pub lang: String,
    pub lang_name: String,
    pub url: String,
    pub size: String,
    pub current: bool,
}

/// What the kit page shows in one language: its documents (screen and print files grouped),
/// the logo pack by variant, and the zips of every language.
#[derive(Serialize)]
pub struct KitView {
    pub documents: Vec<KitItemView>,
    /// The videos of the language: one item, a file per format.
    pub videos: Vec<KitItemView>,
    /// The social cards of the language (stories and key figures; square and vertical), by
    /// group in the order of `kit::card_list`.
    pub card_groups: Vec<KitCardGroup>,
    pub logos: Vec<KitItemView>,
    pub zips: Vec<KitZipView>,
    pub rules: toml::Table,
}

/// One file of the kit as the kit page lists it: its address, format, size and media type.
fn file_view(r: &super::Renderer, lang: &str, f: &crate::kit::KitFile) -> KitFileView {
    KitFileView {
        url: format!("/{}", f.path),
        format: f.format,
        variant: f.variant.clone(),
        size: crate::kit::size_label(&r.i18n, lang, f.size),
        pages: f.pages,
        poster: f.video.as_ref().and(f.preview.clone()),
        video: f.video.clone(),
        mime: match f.format {
            "PDF" => "application/pdf",
            "MP4" => "video/mp4",
            "PPTX" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "PNG" => "image/png",
            "SVG" => "image/svg+xml",
            _ => "application/octet-stream",
        },
    }
}

pub fn kit(r: &super::Renderer, lang: &str) -> Option<KitView> {
    let kit = r.kit?;
    let file = |f: &crate::kit::KitFile| file_view(r, lang, f);
    let mut documents: Vec<KitItemView> = Vec::new();
    let mut logos: Vec<KitItemView> = Vec::new();
    let mut cards: Vec<KitItemView> = Vec::new();
    let mut videos: Vec<KitItemView> = Vec::new();
    for f in &kit.files {
        let list = match (f.kind, f.lang.as_deref()) {
            ("zip", _) => continue,
            ("video", Some(l)) if l == lang => &mut videos,
            ("logo", _) => &mut logos,
            ("card-story" | "card-figure", Some(l)) if l == lang => &mut cards,
            (_, Some(l)) if l == lang => &mut documents,
            _ => continue,
        };
        match list
            .iter_mut()
            .find(|i| i.title == f.title && i.kind == f.kind)
        {
            Some(item) => {
                item.files.push(file(f));
                if item.preview.is_none() {
                    item.preview = f.preview.clone();
                }
            }
            None => list.push(KitItemView {
                kind: f.kind,
                language: f
                    .lang
                    .as_deref()
                    .and_then(|l| r.site.config.language(l))
                    .map(|l| l.name.clone())
                    .unwrap_or_default(),
                title: f.title.clone(),
                preview: f.preview.clone(),
                files: vec![file(f)],
                group: f.group.clone(),
            }),
        }
    }
    let zips = kit
        .files
        .iter()
        .filter(|f| f.kind == "zip")
        .map(|f| {
            let code = f.lang.clone().unwrap_or_default();
            KitZipView {
                lang_name: r
                    .site
                    .config
                    .language(&code)
                    .map(|l| l.name.clone())
                    .unwrap_or_default(),
                current: code == lang,
                lang: code,
                url: format!("/{}", f.path),
                size: crate::kit::size_label(&r.i18n, lang, f.size),
            }
        })
        .collect();
    Some(KitView {
        documents,
        videos,
        card_groups: card_groups(r, lang, cards),
        logos,
        zips,
        rules: kit.rules.clone(),
    })
}

/// One message in every plural category, with `{n}` for the number: scripts choose the form
/// with the browser's `Intl.PluralRules`, which follows CLDR as our Fluent function does (and
/// the `zero` form for 0, which is what Fluent says for 0 in every language).
pub(crate) fn plural_forms(r: &super::Renderer, lang: &str, key: &str) -> Vec<(String, String)> {
    plural_forms_with(&r.i18n, lang, key, &[])
}

/// `plural_forms` of a message with more arguments than its count: each is given as the
/// placeholder the script replaces (`("sector", "{sector}")`).
pub(crate) fn plural_forms_with(
    i18n: &I18n,
    lang: &str,
    key: &str,
    fixed: &[(&str, &str)],
) -> Vec<(String, String)> {
    [
        ("zero", 0),
        ("one", 1),
        ("two", 2),
        ("few", 3),
        ("many", 11),
        ("other", 100),
    ]
    .iter()
    .map(|&(cat, n): &(&str, i64)| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", n);
        for (k, v) in fixed {
            args.set(k.to_string(), v.to_string());
        }
        let text = i18n
            .tr(lang, key, Some(&args))
            .replace(['\u{2068}', '\u{2069}'], "");
        (cat.to_string(), text.replacen(&n.to_string(), "{n}", 1))
    })
    .collect()
}

/// Consecutive cards of one group under one heading: stories, then each figures theme with its
/// label (`figures-theme-*`), then the figures of no theme.
fn card_groups(r: &super::Renderer, lang: &str, cards: Vec<KitItemView>) -> Vec<KitCardGroup> {
    let mut groups: Vec<KitCardGroup> = Vec::new();
    for c in cards {
        match groups.last_mut() {
            Some(g) if g.id == format!("kit-cards-{}", c.group) => {
                g.count += 1;
                g.cards.push(c);
            }
            _ => {
                // Figures of no theme go under the key figures' own title.
                let key = match c.group.as_str() {
                    "stories" => "kit-cards-stories".to_string(),
                    "other" => "kit-figures-title".to_string(),
                    theme => format!("figures-theme-{theme}"),
                };
                groups.push(KitCardGroup {
                    id: format!("kit-cards-{}", c.group),
                    title: r.i18n.tr(lang, &key, None),
                    count: 1,
                    cards: vec![c],
                });
            }
        }
    }
    groups
}

/// The key figures a page's front matter names (`figures = [...]`), in `lang`.
pub(crate) fn page_figures<'a>(
    site: &'a Site,
    page: &Page,
    lang: &str,
) -> Vec<crate::content::figures::FigureView<'a>> {
    let default = site.config.default_language.as_str();
    page.meta
        .extra
        .get("figures")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
        .filter_map(|id| site.figures.get(id.as_str()?, lang, default))
        .collect()
}
