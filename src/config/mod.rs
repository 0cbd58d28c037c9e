//! config: reads `site.toml` and `brand/brand.toml` into plain values the stages share.

pub mod brand;
pub mod publisher;

pub use brand::Brand;
pub(crate) use publisher::Publisher;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub dir: Direction,
}

/// Which way a language is written: decides `dir`, text anchors on cards, mirrored layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    pub(crate) fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

/// What to do with a page that has no file in a language.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum TranslationPolicy {
    /// Render the French text under the other language's URL, with a notice.
    #[default]
    Fallback,
    /// Leave the page out of that language.
    Omit,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Switches {
    #[serde(default = "yes")]
    pub cards: bool,
    #[serde(default = "yes")]
    pub kit: bool,
    /// The kit's videos (issue #32): the longest part of a cold build, so they can be left out.
    #[serde(default = "yes")]
    pub video: bool,
}

fn yes() -> bool {
    true
}

/// What this run draws: site.toml's switches, unless `serve`'s first build leaves the cards and
/// the kit for a later one (then `pending`: the kit page says its documents are coming). A
/// run's state, beside the configuration, never in it (issue #28).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drawing {
    pub cards: bool,
    pub kit: bool,
    pub pending: bool,
}

impl Drawing {
    pub fn of(switches: &Switches, defer: bool) -> Drawing {
        if defer && (switches.cards || switches.kit) {
            return Drawing {
                cards: false,
                kit: false,
                pending: true,
            };
        }
        Drawing {
            cards: switches.cards,
            kit: switches.kit,
            pending: false,
        }
    }
}

impl Default for Switches {
    fn default() -> Self {
        Switches {
            cards: true,
            kit: true,
            video: true,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub title: String,
    pub base_url: String,
    /// The address printed on the kit's documents and encoded in their QR codes (a custom
    /// domain rather than the host's subdomain); `base_url` when absent (issue #21).
    #[serde(default)]
    pub print_base_url: Option<String>,
    #[serde(default = "default_theme")]
    pub theme: String,
    pub default_language: String,
    pub languages: Vec<Language>,
    #[serde(default)]
    pub translation_policy: TranslationPolicy,
    /// Closed vocabularies: field name to allowed values (labels live in `i18n/`).
    #[serde(default)]
    pub vocabularies: BTreeMap<String, Vec<String>>,
    /// Entries per Atom feed.
    #[serde(default = "feed_limit")]
    pub feed_limit: usize,
    /// Pages listed per page of a vocabulary value (`/<lang>/<field>/<value>/`, then
    /// `.../page/2/`); all on one page when absent.
    #[serde(default)]
    pub terms_paginate_by: Option<usize>,
    #[serde(default)]
    pub switches: Switches,
    /// Size over which `build --offline` warns (the folder travels on USB sticks and hotspots).
    #[serde(default = "offline_budget")]
    pub offline_budget_mb: u64,
    /// `[kiosk]`: the touch screen of `build --kiosk` (issue #31).
    #[serde(default)]
    pub kiosk: KioskSettings,
    /// Weight over which `build` warns for a home page (compressed HTML+CSS+JS, fonts).
    #[serde(default = "home_budget")]
    pub home_budget_kb: u64,
    /// Sections shown in the main navigation, in order (plain pages are added by weight).
    #[serde(default)]
    pub menu: Vec<String>,
    /// Pages linked from the footer (legal notice, accessibility statement, ...).
    #[serde(default)]
    pub footer: Vec<String>,
    /// Front matter fields whose values name pages of a section: `actors = "ecosystem"`.
    #[serde(default)]
    pub references: BTreeMap<String, String>,
    /// Sections drawn as directories (list grouped by a field, facets, finder).
    #[serde(default)]
    pub directories: BTreeMap<String, Directory>,
    /// Who publishes the site: legal notice, accessibility statement, forms' consent notice.
    #[serde(default)]
    pub publisher: Publisher,
    /// The browser editor at `/admin/` (issue #20): where it saves.
    #[serde(default)]
    pub admin: Option<Admin>,
    /// How Markdown is published (raw HTML is off by default, issue #34).
    #[serde(default)]
    pub markdown: MarkdownOptions,
    /// How old a figure or a page may grow before `check` reports it (issue #29).
    #[serde(default)]
    pub freshness: Freshness,
    /// The folder holding site.toml.
    #[serde(skip)]
    pub root: PathBuf,
}

/// `[kiosk]` in site.toml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskSettings {
    /// Seconds without a touch before the kiosk asks "still there?" and then starts again.
    #[serde(default = "idle_seconds")]
    pub idle_seconds: u32,
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            idle_seconds: idle_seconds(),
        }
    }
}

fn idle_seconds() -> u32 {
    90
}

/// `[markdown]` in site.toml.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownOptions {
    /// Publish raw HTML and `javascript:`-like links written in Markdown as they are. The risk:
    /// whoever can edit a page can run scripts in every visitor's browser (the offline build,
    /// opened from `file://`, relies on a meta CSP only). Off unless a site opts in.
    #[serde(default)]
    pub unsafe_html: bool,
}

/// `[freshness]` in site.toml: the ages past which `check` warns (never fails).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Freshness {
    /// A figure whose `year` is more than this many years before the report's day.
    #[serde(default = "figure_years")]
    pub figure_years: i16,
    /// A page whose `reviewed` date (else its `date`) is more than this many years old.
    #[serde(default = "page_years")]
    pub page_years: i16,
}

impl Default for Freshness {
    fn default() -> Freshness {
        Freshness {
            figure_years: figure_years(),
            page_years: page_years(),
        }
    }
}

fn figure_years() -> i16 {
    3
}

fn page_years() -> i16 {
    2
}

/// A section shown as a directory: configuration, not code, so adding one needs no Rust.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    /// The vocabulary field the directory home groups entries by.
    pub group_by: String,
    /// The vocabulary fields the finder asks about, in order.
    pub questions: Vec<String>,
    /// Vocabulary fields shown on each entry's page.
    #[serde(default)]
    pub facets: Vec<String>,
}

/// Where the editor at `/admin/` reads and saves the content: a GitHub repository, signed in
/// to through Netlify.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Admin {
    /// `owner/name` of the repository Netlify builds the site from.
    pub repo: String,
    /// The branch published; the editorial workflow's drafts are branches off it.
    #[serde(default = "main_branch")]
    pub branch: String,
}

impl Default for Admin {
    fn default() -> Admin {
        Admin {
            repo: String::new(),
            branch: main_branch(),
        }
    }
}

fn main_branch() -> String {
    "main".into()
}

fn home_budget() -> u64 {
    250
}

fn offline_budget() -> u64 {
    25
}

fn default_theme() -> String {
    "one-provence".into()
}

fn feed_limit() -> usize {
    20
}

impl Config {
    /// The vocabularies the orientation reads: those the directories group, ask or show by
    /// (the agenda's `event-kinds` is a filter of its own, not a concept of the lexicon).
    pub(crate) fn oriented_vocabularies(&self) -> impl Iterator<Item = (&String, &Vec<String>)> {
        self.vocabularies.iter().filter(|(field, _)| {
            self.directories.values().any(|d| {
                d.group_by == **field || d.questions.contains(field) || d.facets.contains(field)
            })
        })
    }

    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join("site.toml");
        let text = crate::files::read_text(&path)?;
        let mut config: Config = toml::from_str(&text).map_err(|e| Error::Config {
            path: path.clone(),
            line: e
                .span()
                .map(|s| crate::error::line_of(&text, s.start))
                .unwrap_or(1),
            message: e.message().to_string(),
        })?;
        config.root = root.to_path_buf();
        config.base_url = config.base_url.trim_end_matches('/').to_string();
        if let Some(p) = config.print_base_url.as_mut() {
            *p = p.trim_end_matches('/').to_string();
        }
        config.validate(&path)?;
        Ok(config)
    }

    /// The base address of printed material and QR codes: `print_base_url`, else `base_url`.
    pub(crate) fn print_base(&self) -> &str {
        self.print_base_url
            .as_deref()
            .filter(|u| !u.is_empty())
            .unwrap_or(&self.base_url)
    }

    fn validate(&self, path: &Path) -> Result<()> {
        let fail = |message: String| Error::Config {
            path: path.to_path_buf(),
            line: 1,
            message,
        };
        if !self
            .languages
            .iter()
            .any(|l| l.code == self.default_language)
        {
            return Err(fail(format!(
                "default_language `{}` is not among [[languages]]",
                self.default_language
            )));
        }
        for (field, section) in &self.references {
            if self.vocabularies.contains_key(field) {
                return Err(fail(format!(
                    "`{field}` is both a vocabulary and a reference to `{section}`"
                )));
            }
        }
        for (name, d) in &self.directories {
            for field in d.questions.iter().chain(&d.facets).chain([&d.group_by]) {
                if !self.vocabularies.contains_key(field) {
                    return Err(fail(format!(
                        "directory `{name}` uses `{field}`, which is not in [vocabularies]"
                    )));
                }
            }
        }
        Ok(())
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The direction of a language (left to right when it is not configured).
    pub fn dir(&self, code: &str) -> Direction {
        self.language(code).map(|l| l.dir).unwrap_or_default()
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }

    pub(crate) fn theme_dir(&self) -> PathBuf {
        self.root.join("themes").join(&self.theme)
    }
}
