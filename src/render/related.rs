//! render: the pages one page shows besides its own text, found once. The template context is
//! drawn from them (`relations::view`) and, under `serve`, so is the decision to reuse the
//! file (`Related::shows`): what a page depends on is this one value (issue #28).

use super::reuse::Shows;
use super::Renderer;
use crate::content::{Page, PageKind};

/// The pages around a page, in the page's language.
pub(crate) struct Related<'a> {
    pub page: &'a Page,
    /// Per reference field (`refs` in front matter), the pages it names that exist.
    pub refs: Vec<(&'a str, Vec<&'a Page>)>,
    /// The pages whose references name this one.
    pub cited: Vec<&'a Page>,
    /// A regular page's neighbours in its section and its place there.
    pub siblings: Option<Neighbours<'a>>,
    /// On a vocabulary value's page (`audiences/talents`), the pages tagged with it.
    pub tagged: Vec<&'a Page>,
    /// Pages a page lists besides those: the audiences on the contact page.
    pub listed: Vec<&'a Page>,
}

pub(crate) struct Neighbours<'a> {
    pub prev: Option<&'a Page>,
    pub next: Option<&'a Page>,
    pub position: usize,
    pub total: usize,
}

impl<'a> Related<'a> {
    pub(crate) fn find(r: &'a Renderer, page: &'a Page) -> Self {
        let site = r.site;
        let lang = page.lang.as_str();
        let refs = page
            .meta
            .refs
            .iter()
            .map(|(field, keys)| {
                let found = keys.iter().filter_map(|k| site.get(k, lang)).collect();
                (field.as_str(), found)
            })
            .collect();
        let regular = page.kind == PageKind::Page;
        let siblings = regular.then(|| {
            let s = site.siblings(page);
            Neighbours {
                prev: s.prev,
                next: s.next,
                position: s.position,
                total: s.total,
            }
        });
        let tagged = match page.key.split_once('/') {
            Some((field, value)) if regular && site.config.vocabularies.contains_key(field) => {
                site.tagged(field, value, lang)
            }
            _ => Vec::new(),
        };
        let listed = if page.key == "contact" {
            audiences_of(r, lang)
        } else {
            Vec::new()
        };
        Related {
            page,
            refs,
            cited: site.cited_by(&page.key, lang),
            siblings,
            tagged,
            listed,
        }
    }

    /// What the file shows, for `serve`'s reuse: the page, the pages it names, the pages
    /// citing it, its neighbours and the tagged pages, in that order, and its place.
    pub(crate) fn shows(&self) -> Shows {
        let mut keys = vec![self.page.key.clone()];
        let refs = self.refs.iter().flat_map(|(_, pages)| pages);
        keys.extend(refs.chain(&self.cited).map(|p| p.key.clone()));
        let mut shows = Shows::default();
        if let Some(s) = &self.siblings {
            keys.extend(s.prev.iter().chain(s.next.iter()).map(|p| p.key.clone()));
            shows.neighbours = (s.prev.map(|p| p.key.clone()), s.next.map(|p| p.key.clone()));
            shows.place = (s.position, s.total);
        }
        keys.extend(
            self.tagged
                .iter()
                .chain(&self.listed)
                .map(|p| p.key.clone()),
        );
        shows.keys = keys;
        shows
    }
}

/// The audiences' pages, the one of `--audience` first.
pub(crate) fn audiences_of<'a>(r: &'a Renderer, lang: &str) -> Vec<&'a Page> {
    let mut pages = r.site.children("audiences/_index", lang);
    if let Some(first) = r.audience {
        // A stable sort: the chosen audience first, the others in their order.
        pages.sort_by_key(|p| p.key != format!("audiences/{first}"));
    }
    pages
}
