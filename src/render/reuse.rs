//! render: what a renderer may take from an earlier render instead of doing the work again.
//! A full build reuses nothing (`Nothing`); `serve` remembers its last render and implements
//! this trait, so that after an edit only the files whose inputs changed are rendered again.
//! Rendering asks the same questions either way: the answers decide what is skipped.

use std::sync::Arc;

use tera::Context;

use super::markdown::Content;
use super::search_doc::SearchDoc;
use crate::content::Page;

/// What a file takes from other pages, when that alone decides whether its bytes changed: the
/// pages it shows (by key, in order) and where it stands (page `n` of `total` of a list, or a
/// page's place among its section's). One typed value, compared whole; no string kept in step
/// by hand (issue #28).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shows {
    /// The pages shown, in order: the page itself, its references, the pages citing it, its
    /// neighbours, the pages of a list.
    pub keys: Vec<String>,
    /// The previous and next page of its section, when it links them.
    pub neighbours: (Option<String>, Option<String>),
    /// Its place: (position, count) among its section, or (page, pages) of a list.
    pub place: (usize, usize),
    /// How many pages the whole list has (a term page's count).
    pub of: usize,
}

impl Shows {
    /// Whether one of the pages shown is among `edited`.
    pub(crate) fn names_any(&self, edited: &[String]) -> bool {
        self.keys.iter().any(|k| edited.contains(k))
    }
}

pub trait Reuse: Sync {
    /// Whether anything is remembered at all: when not, the renderer does not even work out
    /// what a file shows (it would only be thrown away).
    fn remembers(&self) -> bool;

    /// The page's Markdown as last rendered, if its text is the same and names no edited page.
    fn content(&self, page: &Page) -> Option<Arc<Content>>;

    /// Keeps what the Markdown pass made of a page for next time.
    fn keep_content(&self, page: &Page, content: Arc<Content>);

    /// True when the file at `path` showed the same pages at the same place last time and
    /// none of them was edited: its bytes are the same. Remembers `shows` for next time.
    fn shows_the_same(&self, path: &str, shows: Shows) -> bool;

    /// True when `path` was last rendered from the same template and an equal context.
    fn unchanged(&self, path: &str, template: &str, ctx: &Context) -> bool;

    /// Remembers the template and context `path` was rendered from.
    fn remember(&self, path: &str, template: &str, ctx: &Context);

    /// True when a language's search entries differ from the last ones written (and then
    /// remembers them): its index must be written again.
    fn search_changed(&self, lang: &str, entries: &[&SearchDoc]) -> bool;
}

/// A full build: nothing to reuse, every file rendered.
pub struct Nothing;

impl Reuse for Nothing {
    fn remembers(&self) -> bool {
        false
    }

    fn content(&self, _: &Page) -> Option<Arc<Content>> {
        None
    }

    fn keep_content(&self, _: &Page, _: Arc<Content>) {}

    fn shows_the_same(&self, _: &str, _: Shows) -> bool {
        false
    }

    fn unchanged(&self, _: &str, _: &str, _: &Context) -> bool {
        false
    }

    fn remember(&self, _: &str, _: &str, _: &Context) {}

    fn search_changed(&self, _: &str, _: &[&SearchDoc]) -> bool {
        true
    }
}
