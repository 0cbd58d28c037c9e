//! render: what a renderer may take from an earlier render instead of doing the work again.
//! A full build reuses nothing (`Nothing`); `serve` remembers its last render and implements
//! this trait, so that after an edit only the files whose inputs changed are rendered again.
//! Rendering asks the same questions either way: the answers decide what is skipped.

use std::sync::Arc;

use tera::Context;

use super::markdown::Content;
use super::search_doc::SearchDoc;
use crate::content::Page;

pub trait Reuse: Sync {
    /// Whether anything is remembered at all: when not, the renderer does not even work out
    /// what a file shows (it would only be thrown away).
    fn remembers(&self) -> bool;

    /// The page's Markdown as last rendered, if its text is the same and names no edited page.
    fn content(&self, page: &Page) -> Option<Arc<Content>>;

    /// Keeps what the Markdown pass made of a page for next time.
    fn keep_content(&self, page: &Page, content: Arc<Content>);

    /// True when the file at `path` showed the same `shows` last time (page keys separated by
    /// `|`, then anything else it takes from other pages, such as a position) and none of
    /// those pages was edited: its bytes are the same. Remembers `shows` for next time.
    fn shows_the_same(&self, path: &str, shows: String) -> bool;

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

    fn shows_the_same(&self, _: &str, _: String) -> bool {
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
