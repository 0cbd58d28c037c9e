//! render: what each kind of template receives, one struct per kind, serialised once into
//! tera's context (issue #28). `docs/themes.md` lists them for theme authors, and
//! `tests/site.rs` renders every template of the shipped theme from its struct. A field that
//! only some pages have is left out (not `null`) elsewhere, so `is defined` keeps its meaning.

use serde::Serialize;
use tera::Context;

use super::events::AgendaView;
use super::paginate::PaginatorView;
use super::relations::RelationsView;
use super::views::{AlternateView, KitView, PageView, SiteView, SummaryView, SwitchView};
use crate::error::{Error, Result};

/// What every template shares: language and direction, menus, switcher, hreflang alternates,
/// canonical URL and the social card (the page's own, or its language's home card).
#[derive(Serialize)]
pub(crate) struct Frame<'a> {
    pub lang: &'a str,
    pub dir: &'static str,
    pub site: SiteView<'a>,
    pub switcher: Vec<SwitchView<'a>>,
    pub alternates: Vec<AlternateView>,
    pub canonical: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
}

/// `page` on the pages that are not content files (404, chooser, search, thanks, vocabulary).
#[derive(Serialize)]
pub(crate) struct Heading {
    pub title: String,
    pub url: String,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `index.html`, `section.html`, `page.html`, the directory and audience templates and any
/// template a page names: the page, its relations, the agenda it shows.
#[derive(Serialize)]
pub(crate) struct PageContext<'a> {
    #[serde(flatten)]
    pub frame: Frame<'a>,
    pub page: PageView<'a>,
    pub json_ld: String,
    #[serde(flatten)]
    pub relations: RelationsView<'a>,
    #[serde(flatten)]
    pub agenda: AgendaView<'a>,
    /// The kit's page (`kit/_index`): its files, and whether they are still being drawn.
    #[serde(flatten)]
    pub kit: Option<KitPage>,
    /// The home page: its latest stories, the audiences, the sections.
    #[serde(flatten)]
    pub home: Option<HomeLists<'a>>,
    /// The contact page: the audiences' pages (`audiences`).
    #[serde(flatten)]
    pub contact: Option<ContactLists<'a>>,
}

#[derive(Serialize)]
pub(crate) struct ContactLists<'a> {
    pub audiences: Vec<SummaryView<'a>>,
}

#[derive(Serialize)]
pub(crate) struct KitPage {
    pub kit: Option<KitView>,
    pub kit_pending: bool,
}

#[derive(Serialize)]
pub(crate) struct HomeLists<'a> {
    pub latest: Vec<SummaryView<'a>>,
    pub audiences: Vec<SummaryView<'a>>,
    pub sections: Vec<SummaryView<'a>>,
}

/// `404.html`, `language.html`, `search.html`, `thanks.html`.
#[derive(Serialize)]
pub(crate) struct PlainContext<'a> {
    #[serde(flatten)]
    pub frame: Frame<'a>,
    pub page: Heading,
    /// `search.html`: Fluent's plural forms of the result count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count_forms: Option<Vec<(String, String)>>,
}

/// `taxonomy.html`: the values of one vocabulary with their counts.
#[derive(Serialize)]
pub(crate) struct TermsContext<'a, T: Serialize> {
    #[serde(flatten)]
    pub frame: Frame<'a>,
    pub page: Heading,
    pub field: &'a str,
    pub terms: &'a [T],
}

/// `term.html`: one list page of the pages tagged with a value.
#[derive(Serialize)]
pub(crate) struct TermContext<'a> {
    #[serde(flatten)]
    pub frame: Frame<'a>,
    pub page: Heading,
    pub field: &'a str,
    pub field_title: String,
    pub field_url: String,
    pub count: usize,
    pub items: Vec<SummaryView<'a>>,
    pub paginator: PaginatorView<'a>,
}

/// A view struct as tera's context. Serialising a view cannot fail but through a bug (a map
/// with keys that are not strings): it is reported as a template error, never a panic.
pub(crate) fn of(view: &impl Serialize, template: &str) -> Result<Context> {
    Context::from_serialize(view).map_err(|e| Error::Template {
        template: template.to_string(),
        page: String::new(),
        message: e.to_string(),
    })
}
