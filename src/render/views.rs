//! render: the view structs templates see. They borrow from the `Site`; this is the contract
//! with themes, kept apart from the content types so either can change alone.

use serde::Serialize;

use super::markdown::Heading;
use crate::content::{Page, PageKind, Site};
use crate::i18n::I18n;

#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub base_url: &'a str,
    pub css: &'a str,
    pub languages: Vec<LanguageView<'a>>,
    pub menu: Vec<LinkView>,
    pub footer: Vec<LinkView>,
}

#[derive(Serialize)]
pub struct LanguageView<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub dir: &'a str,
}

#[derive(Serialize)]
pub struct LinkView {
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
    pub kind: PageKind,
    pub content_lang: &'a str,
    pub fallback: bool,
    pub terms: Vec<TermView>,
}

#[derive(Serialize)]
pub struct PageView<'a> {
    pub key: &'a str,
    pub kind: PageKind,
    pub title: &'a str,
    pub description: &'a str,
    pub summary: Option<&'a str>,
    pub url: &'a str,
    pub permalink: String,
    pub section: &'a str,
    pub content: String,
    pub content_lang: &'a str,
    pub content_dir: &'a str,
    pub fallback: bool,
    pub date: Option<String>,
    pub date_display: Option<String>,
    pub toc: Vec<Heading>,
    pub reading_minutes: usize,
    pub terms: Vec<TermView>,
    pub extra: &'a toml::Table,
}

pub fn terms(page: &Page, i18n: &I18n, lang: &str) -> Vec<TermView> {
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
        date: page.meta.date.map(|d| d.to_string()),
        date_display: page.meta.date.map(|d| i18n.date(lang, d)),
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
pub fn term_url(lang: &str, field: &str, value: &str) -> String {
    format!("/{lang}/{field}/{value}/")
}
