//! load + resolve: from `content/` to a `Site`, the graph every later stage reads.
//! Pages are keyed by base name and language; relationships (translations, sections) are keys.

pub mod addresses;
pub mod event;
pub mod fields;
pub mod figures;
pub mod frontmatter;
pub mod lexicon;
pub mod load;
pub mod new;
pub mod outbound;
pub mod reported;
pub mod resolve;
mod tailor;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use jiff::civil::Date;

use crate::config::Config;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    Home,
    Section,
    Page,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Date,
    Weight,
    Title,
}

/// Front matter after inheritance from the French file, typed.
#[derive(Debug, Clone)]
pub struct Meta {
    pub title: String,
    pub description: Option<String>,
    pub summary: Option<String>,
    pub date: Option<Date>,
    /// When the team last checked the page's content (`reviewed = 2026-11-30`): `check`'s
    /// freshness report counts a page's age from it, else from `date` (issue #29).
    pub reviewed: Option<Date>,
    /// When what the page reports happened (stories), apart from its publication `date`.
    pub reported: Option<reported::Reported>,
    pub draft: bool,
    pub weight: i64,
    pub template: Option<String>,
    pub paginate_by: Option<usize>,
    pub sort_by: SortBy,
    /// Vocabulary fields (sectors, audiences, ...), values checked against `site.toml`.
    pub terms: BTreeMap<String, Vec<String>>,
    /// Reference fields (actors, operators, ...): keys of the pages they name.
    pub refs: BTreeMap<String, Vec<String>>,
    /// The agenda's fields, for a page of `content/events/`.
    /// Boxed: most pages are not events, and a large site holds tens of thousands of `Meta`.
    pub event: Option<Box<event::Event>>,
    /// Every front matter field, for templates (`page.extra`).
    pub extra: toml::Table,
}

/// A page's Markdown text, after its front matter.
#[derive(Debug, Clone)]
pub enum Body {
    /// In memory: `serve` compares each edited text with the one it rendered.
    Held(Arc<str>),
    /// Read again from the page's file when it is rendered: a build never holds the whole
    /// site's text (255 MB at 10,000 stories per language, issue #22).
    InFile,
}

impl Body {
    pub fn held(&self) -> Option<&Arc<str>> {
        match self {
            Body::Held(text) => Some(text),
            Body::InFile => None,
        }
    }
}

/// Whether loading keeps the pages' text in memory or leaves it in their files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    Held,
    InFiles,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub key: String,
    pub lang: String,
    pub kind: PageKind,
    /// Key of the section page this page belongs to (`stories/_index`, or `_index` at the root).
    pub parent: String,
    /// Source file whose text is shown (the French one for a fallback page).
    pub path: PathBuf,
    pub meta: Meta,
    pub body: Body,
    pub body_line: usize,
    /// The front matter as written in the file shown, to point errors at a line.
    pub raw_front: Arc<str>,
    /// Rendered from the default language's text because this language has no file.
    pub fallback: bool,
    /// Language of the text (`fr` for a fallback page).
    pub content_lang: String,
    /// Site-relative URL with trailing slash: `/fr/stories/cisam/`.
    pub url: String,
}

impl Page {
    /// The section a `Section`/`Home` page stands for (`stories`, or empty for home).
    pub(crate) fn section_dir(&self) -> &str {
        self.key
            .strip_suffix("_index")
            .unwrap_or("")
            .trim_end_matches('/')
    }

    /// The section a page is listed in (`stories` for `stories/x`); empty at the top level.
    pub fn section(&self) -> &str {
        self.parent.strip_suffix("/_index").unwrap_or("")
    }
}

/// The order of dated lists (stories, feeds, term pages): newest first, then by key, so that
/// pages of one day keep one order from build to build.
/// A calendar day written year-month-day (`2023-06-15`, or unpadded `2023-6-5`), if it is one.
pub fn day(text: &str) -> Option<Date> {
    let mut parts = text.splitn(3, '-');
    let mut num = |max: usize| {
        parts
            .next()
            .filter(|p| !p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<i16>().ok())
    };
    let (y, m, d) = (num(4)?, num(2)?, num(2)?);
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// The page key of a content file's path (`content/stories/x.fr.md` → `stories/x`).
pub(crate) fn key_of_path(path: &std::path::Path) -> Option<String> {
    let rel = path.strip_prefix("content").ok()?;
    let text = rel.to_str()?.strip_suffix(".md")?;
    let (key, _lang) = text.rsplit_once('.')?;
    Some(key.replace('\\', "/"))
}

pub(crate) fn newest_first(a: &Page, b: &Page) -> std::cmp::Ordering {
    b.meta
        .when()
        .cmp(&a.meta.when())
        .then_with(|| a.key.cmp(&b.key))
}

impl Meta {
    /// What date lists sort by: when the reported facts happened, else the publication date.
    pub fn when(&self) -> Option<Date> {
        self.reported.map(|r| r.first_day()).or(self.date)
    }
}

/// A vocabulary value in one language, as the term index knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Term<'a> {
    pub lang: &'a str,
    pub field: &'a str,
    pub value: &'a str,
}

/// A page's neighbours in its section's order.
pub(crate) struct Siblings<'a> {
    pub prev: Option<&'a Page>,
    pub next: Option<&'a Page>,
    /// 1-based; 0 when the page is in no ordered section.
    pub position: usize,
    pub total: usize,
}

#[derive(Debug)]
pub struct Site {
    pub config: Config,
    pub pages: Vec<Page>,
    /// Positions of each key's pages (one per language).
    index: HashMap<String, Vec<usize>>,
    /// Children of each section page, per language, in the section's sort order.
    children: HashMap<(String, String), Vec<usize>>,
    /// The term index: pages tagged with each vocabulary value, by (lang, field, value),
    /// newest first. Built once; term pages, feeds, relations and `serve` all read it.
    tagged: BTreeMap<(String, String, String), Vec<usize>>,
    /// Keys of the pages that cite a page through a reference field (actors, operators).
    cited_by: HashMap<String, Vec<String>>,
    /// Per page: the previous and next page of its section, its position and the section's
    /// length; computed once, as a story's neighbours are asked for on every story.
    neighbours: Vec<(Option<usize>, Option<usize>, usize, usize)>,
    pub figures: figures::Figures,
    /// The orientation lexicon (empty when the site has none).
    pub lexicon: lexicon::Lexicon,
    /// Keys of pages whose files exist but failed to load or resolve: their own error is
    /// reported once, and links and references to them are not reported again as dead.
    pub broken: std::collections::BTreeSet<String>,
}

impl Site {
    pub fn new(config: Config, pages: Vec<Page>, figures: figures::Figures) -> Site {
        let mut site = Site {
            config,
            pages,
            index: HashMap::new(),
            children: HashMap::new(),
            tagged: BTreeMap::new(),
            cited_by: HashMap::new(),
            neighbours: Vec::new(),
            figures,
            lexicon: lexicon::Lexicon::default(),
            broken: Default::default(),
        };
        site.reindex();
        site
    }

    /// Puts `pages` in place of the pages of their key (`serve`, after an edit of one file's
    /// front matter) and computes the orders and indexes again.
    pub fn replace(&mut self, key: &str, pages: Vec<Page>) {
        self.pages.retain(|p| p.key != key);
        self.pages.extend(pages);
        self.reindex();
    }

    fn reindex(&mut self) {
        order_pages(&self.config, &mut self.pages);
        let pages = &self.pages;
        let index = index_by_key(pages);
        let children = section_children(pages, &index);
        self.neighbours = neighbours(pages, &children);
        self.tagged = tag_index(pages);
        self.cited_by = citations(pages, &self.config.default_language);
        self.index = index;
        self.children = children;
    }

    /// Pages of a language tagged with a vocabulary value, newest first.
    pub fn tagged(&self, field: &str, value: &str, lang: &str) -> Vec<&Page> {
        self.tagged
            .get(&(lang.to_string(), field.to_string(), value.to_string()))
            .map(|v| v.iter().map(|&i| &self.pages[i]).collect())
            .unwrap_or_default()
    }

    /// Every vocabulary value some page is tagged with, sorted by (lang, field, value), with
    /// its pages newest first.
    pub(crate) fn terms(&self) -> impl Iterator<Item = (Term<'_>, Vec<&Page>)> {
        self.tagged.iter().map(|((lang, field, value), list)| {
            let term = Term { lang, field, value };
            (term, list.iter().map(|&i| &self.pages[i]).collect())
        })
    }

    /// Pages (in `lang`) whose reference fields name `key`.
    pub(crate) fn cited_by(&self, key: &str, lang: &str) -> Vec<&Page> {
        self.cited_by
            .get(key)
            .map(|keys| keys.iter().filter_map(|k| self.get(k, lang)).collect())
            .unwrap_or_default()
    }

    /// The page before and after this one in its section's order, with its position (1-based)
    /// and the section's length.
    pub(crate) fn siblings(&self, page: &Page) -> Siblings<'_> {
        let Some(i) = self.position(&page.key, &page.lang) else {
            return Siblings {
                prev: None,
                next: None,
                position: 0,
                total: 0,
            };
        };
        let (prev, next, position, total) = self.neighbours[i];
        Siblings {
            prev: prev.map(|j| &self.pages[j]),
            next: next.map(|j| &self.pages[j]),
            position,
            total,
        }
    }

    /// A page's Markdown text: the one held, or read again from its file (a file changed or
    /// gone since loading is reported with its path).
    pub fn text<'a>(&self, page: &'a Page) -> Result<Cow<'a, str>, crate::error::Diagnostic> {
        match &page.body {
            Body::Held(text) => Ok(Cow::Borrowed(text)),
            Body::InFile => load::read_body(&self.config.root, &page.path).map(Cow::Owned),
        }
    }

    pub fn get(&self, key: &str, lang: &str) -> Option<&Page> {
        self.position(key, lang).map(|i| &self.pages[i])
    }

    fn position(&self, key: &str, lang: &str) -> Option<usize> {
        self.index
            .get(key)?
            .iter()
            .copied()
            .find(|&i| self.pages[i].lang == lang)
    }

    /// The pages (and subsections) listed by a section page, in its order.
    pub(crate) fn children(&self, section_key: &str, lang: &str) -> Vec<&Page> {
        self.children
            .get(&(section_key.to_string(), lang.to_string()))
            .map(|v| v.iter().map(|&i| &self.pages[i]).collect())
            .unwrap_or_default()
    }

    /// The real (non-fallback) translations of a page, in site language order.
    pub fn translations(&self, key: &str) -> Vec<&Page> {
        self.config
            .codes()
            .filter_map(|l| self.get(key, l))
            .filter(|p| !p.fallback)
            .collect()
    }

    pub(crate) fn pages_in(&self, lang: &str) -> impl Iterator<Item = &Page> {
        let lang = lang.to_string();
        self.pages.iter().filter(move |p| p.lang == lang)
    }

    pub(crate) fn permalink(&self, url: &str) -> String {
        format!("{}{}", self.config.base_url, url)
    }

    pub fn counts(&self) -> BTreeMap<String, usize> {
        let mut m = BTreeMap::new();
        for p in &self.pages {
            *m.entry(p.lang.clone()).or_insert(0) += 1;
        }
        m
    }
}

/// Pages by key, then in the site's language order.
fn order_pages(config: &Config, pages: &mut [Page]) {
    let order: HashMap<&str, usize> = config.codes().enumerate().map(|(i, c)| (c, i)).collect();
    pages.sort_by(|a, b| {
        (a.key.as_str(), order.get(a.lang.as_str()))
            .cmp(&(b.key.as_str(), order.get(b.lang.as_str())))
    });
}

/// Positions of each key's pages.
fn index_by_key(pages: &[Page]) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        index.entry(p.key.clone()).or_default().push(i);
    }
    index
}

/// Children of each section page, per language, in the order the section page asks for.
fn section_children(
    pages: &[Page],
    index: &HashMap<String, Vec<usize>>,
) -> HashMap<(String, String), Vec<usize>> {
    let find = |key: &str, lang: &str| {
        index
            .get(key)?
            .iter()
            .copied()
            .find(|&i| pages[i].lang == lang)
    };
    let mut children: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        if p.kind != PageKind::Home {
            children
                .entry((p.parent.clone(), p.lang.clone()))
                .or_default()
                .push(i);
        }
    }
    for ((parent, lang), list) in children.iter_mut() {
        let sort = find(parent, lang)
            .map(|i| pages[i].meta.sort_by)
            .unwrap_or_default();
        sort_pages(pages, list, sort);
    }
    children
}

/// Per page: the previous and next page of its section (subsections left out), its position
/// and the section's length.
fn neighbours(
    pages: &[Page],
    children: &HashMap<(String, String), Vec<usize>>,
) -> Vec<(Option<usize>, Option<usize>, usize, usize)> {
    let mut neighbours = vec![(None, None, 0, 0); pages.len()];
    for list in children.values() {
        let leaves: Vec<usize> = list
            .iter()
            .copied()
            .filter(|&i| pages[i].kind == PageKind::Page)
            .collect();
        for (pos, &i) in leaves.iter().enumerate() {
            neighbours[i] = (
                pos.checked_sub(1).map(|j| leaves[j]),
                leaves.get(pos + 1).copied(),
                pos + 1,
                leaves.len(),
            );
        }
    }
    neighbours
}

/// Regular pages tagged with each vocabulary value, by (lang, field, value), newest first.
fn tag_index(pages: &[Page]) -> BTreeMap<(String, String, String), Vec<usize>> {
    let mut tagged: BTreeMap<(String, String, String), Vec<usize>> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        if p.kind != PageKind::Page {
            continue;
        }
        for (field, values) in &p.meta.terms {
            for v in values {
                tagged
                    .entry((p.lang.clone(), field.clone(), v.clone()))
                    .or_default()
                    .push(i);
            }
        }
    }
    for list in tagged.values_mut() {
        sort_pages(pages, list, SortBy::Date);
    }
    tagged
}

/// Keys of the pages citing each key through a reference field, as the default language's
/// pages write them.
fn citations(pages: &[Page], default_language: &str) -> HashMap<String, Vec<String>> {
    let mut cited_by: HashMap<String, Vec<String>> = HashMap::new();
    for p in pages.iter().filter(|p| p.lang == default_language) {
        for target in p.meta.refs.values().flatten() {
            cited_by
                .entry(target.clone())
                .or_default()
                .push(p.key.clone());
        }
    }
    for list in cited_by.values_mut() {
        list.sort();
        list.dedup();
    }
    cited_by
}

fn sort_pages(pages: &[Page], list: &mut [usize], sort: SortBy) {
    list.sort_by(|&a, &b| {
        let (a, b) = (&pages[a], &pages[b]);
        match sort {
            SortBy::Date => newest_first(a, b),
            SortBy::Weight => a
                .meta
                .weight
                .cmp(&b.meta.weight)
                .then_with(|| a.key.cmp(&b.key)),
            SortBy::Title => a
                .meta
                .title
                .cmp(&b.meta.title)
                .then_with(|| a.key.cmp(&b.key)),
        }
    });
}
