//! pipeline (memo): what a live build remembers of its last render, so that after an edit only the files
//! whose inputs changed are rendered again. A page's file is a function of its template and its
//! context: an equal context gives the same bytes, so the file is skipped. A page's Markdown is
//! rendered again when its text changed or when it may name an edited page (a shortcode or a
//! link showing that page's title).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use tera::Context;

use crate::content::Page;
use crate::render::markdown::Content;
use crate::render::reuse::Shows;
use crate::render::search::SearchDoc;
use crate::render::Reuse;

/// A page: its key and language.
type PageId = (String, String);

/// A page's text and what the Markdown pass made of it.
#[derive(Clone)]
struct Kept {
    body: Arc<str>,
    content: Arc<Content>,
}

#[derive(Default)]
pub(crate) struct Memo {
    /// Per output file: the template and the context it was last rendered from.
    files: Mutex<HashMap<String, Arc<(String, Context)>>>,
    /// Per page (key, language): its text and what the Markdown pass made of it.
    content: Mutex<HashMap<PageId, Kept>>,
    /// Per output file: what it shows of other pages (their keys, a position), when a cheaper
    /// test than comparing contexts is exact: same list, none of it edited, same bytes.
    shows: Mutex<HashMap<String, Shows>>,
    /// Per language: the search entries last written.
    search: Mutex<HashMap<String, Vec<SearchDoc>>>,
    /// Keys of the pages edited since the last render. A text mentioning one's name
    /// (`story-00010` for `stories/story-00010`) is rendered again.
    edited: RwLock<Vec<String>>,
}

impl Memo {
    /// Marks pages as edited before rendering again.
    pub fn edited(&self, keys: &[String]) {
        *self
            .edited
            .write()
            .expect("no panic while holding the lock") = keys.to_vec();
    }
}

impl Reuse for Memo {
    fn remembers(&self) -> bool {
        true
    }

    fn unchanged(&self, path: &str, template: &str, ctx: &Context) -> bool {
        let last = self
            .files
            .lock()
            .expect("no panic while holding the lock")
            .get(path)
            .cloned();
        last.is_some_and(|last| last.0 == template && last.1 == *ctx)
    }

    fn remember(&self, path: &str, template: &str, ctx: &Context) {
        let entry = Arc::new((template.to_string(), ctx.clone()));
        self.files
            .lock()
            .expect("no panic while holding the lock")
            .insert(path.to_string(), entry);
    }

    fn search_changed(&self, lang: &str, entries: &[&SearchDoc]) -> bool {
        let mut last = self.search.lock().expect("no panic while holding the lock");
        let same = last.get(lang).is_some_and(|old| {
            old.len() == entries.len() && old.iter().zip(entries).all(|(a, b)| a == *b)
        });
        if !same {
            last.insert(
                lang.to_string(),
                entries.iter().map(|d| (*d).clone()).collect(),
            );
        }
        !same
    }

    fn content(&self, page: &Page) -> Option<Arc<Content>> {
        let Kept { body, content } = self
            .content
            .lock()
            .expect("no panic while holding the lock")
            .get(&(page.key.clone(), page.lang.clone()))
            .cloned()?;
        // `serve` holds its pages' text; a text left in its file is never taken as the same.
        let text = page.body.held()?;
        let same = Arc::ptr_eq(&body, text) || *body == **text;
        let edited = self.edited.read().expect("no panic while holding the lock");
        let names_edited = edited
            .iter()
            .any(|k| text.contains(k.rsplit('/').next().unwrap_or(k)));
        (same && !names_edited).then_some(content)
    }

    fn keep_content(&self, page: &Page, content: Arc<Content>) {
        let Some(body) = page.body.held() else {
            return;
        };
        let kept = Kept {
            body: body.clone(),
            content,
        };
        self.content
            .lock()
            .expect("no panic while holding the lock")
            .insert((page.key.clone(), page.lang.clone()), kept);
    }

    fn shows_the_same(&self, path: &str, shows: Shows) -> bool {
        let edited = self.edited.read().expect("no panic while holding the lock");
        let touched = shows.names_any(&edited);
        let mut map = self.shows.lock().expect("no panic while holding the lock");
        let same = map.get(path).is_some_and(|last| *last == shows);
        map.insert(path.to_string(), shows);
        same && !touched
    }
}
