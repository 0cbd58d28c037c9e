//! pipeline (live): a site built in memory and kept, with what each file was rendered from,
//! so that an edit renders only what it changes. `serve` is its client: it hands over the
//! changed paths and serves `files`. Two fast paths, each checked by tests to give the files
//! a full build gives: an edit of a page's text (front matter untouched) renders that page and
//! the search indexes again; an edit of a regular page's front matter resolves that page again
//! and renders the files whose context changed. Anything else is a full build.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use super::memo::Memo;
use super::{BuildOptions, Built};
use crate::content::{self, Body, Page, PageKind, Site};
use crate::error::Result;

/// The served files: output path to bytes (shared with the HTTP threads without a copy).
pub(crate) type Files = HashMap<String, Arc<Vec<u8>>>;

/// What an edit did to the served site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Update {
    /// What was rendered again, in words (`3 edited pages`).
    pub what: String,
    /// How many served files changed.
    pub files: usize,
}

/// A site built in memory, kept to render an edited page again without the rest.
pub(crate) struct Live {
    pub rendered: Built,
    /// Every file of the site, as served.
    pub files: Files,
    /// What each file was rendered from, to render only what an edit changed.
    memo: Memo,
    /// Keys whose cards are to be drawn again, once their edited pages are published.
    cards_due: Vec<String>,
    /// The project's folder, canonical: changed paths are under it.
    root: PathBuf,
    /// The reload script's site path, added to every page rendered again.
    reload: String,
    /// Pages marked `draft = true` are shown (`serve --drafts`).
    drafts: bool,
}

impl Live {
    /// The whole site built in memory (`opts.defer_drawing`: pages only, cards and kit later).
    pub fn build(opts: &BuildOptions) -> Result<Live> {
        let memo = Memo::default();
        let mut rendered = super::build_in_memory(opts, &memo)?;
        let files: Files = std::mem::take(&mut rendered.outputs)
            .into_iter()
            .map(|o| (o.path, Arc::new(o.bytes)))
            .collect();
        Ok(Live {
            rendered,
            files,
            memo,
            cards_due: Vec::new(),
            root: std::fs::canonicalize(&opts.root).unwrap_or(opts.root.clone()),
            reload: opts.live_reload.clone().unwrap_or_default(),
            drafts: opts.drafts,
        })
    }

    /// The same build on a thread pool of its own, for a build made beside the edits (serve's
    /// drawing of cards and kit): rayon's workers run their own queued jobs before the ones
    /// handed in from outside, so on the shared pool an edit would wait for the whole drawing
    /// (3.6 s on the shipped site). On its own pool, the edit gets the shared one.
    pub fn build_beside(opts: &BuildOptions) -> Result<Live> {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
            Ok(pool) => pool.install(|| Live::build(opts)),
            Err(_) => Live::build(opts),
        }
    }

    /// Whether the cards and the kit were left out of this build, to be drawn next.
    pub(crate) fn drawing_pending(&self) -> bool {
        self.rendered.session.drawing.pending
    }

    /// How many pages the site has (every language).
    pub fn pages(&self) -> usize {
        self.rendered.site.pages.len()
    }

    /// Applies an edit of these paths by one of the fast paths; `None` when it needs a full
    /// build (a new or removed file, a section, a template, settings, a problem found...).
    pub(crate) fn apply(&mut self, changed: &[PathBuf]) -> Option<Update> {
        if let Some(n) = self.text_edit(changed) {
            return Some(Update {
                what: format!("{n} edited pages"),
                files: n,
            });
        }
        self.front_matter_edit(changed).map(|n| Update {
            what: format!("{n} files changed by the edit"),
            files: n,
        })
    }

    /// Puts these files in place of the served ones; how many differed.
    fn swap_in(&mut self, outputs: Vec<crate::files::Output>) -> usize {
        let mut n = 0;
        for o in outputs {
            if self.files.get(&o.path).is_none_or(|old| **old != o.bytes) {
                self.files.insert(o.path, Arc::new(o.bytes));
                n += 1;
            }
        }
        n
    }

    /// The second fast path, for an edit of the front matter of regular pages (a story, an
    /// actor): the edited keys are resolved again from their files, the site's orders and
    /// indexes recomputed, and every file rendered again whose template context changed (lists,
    /// term pages, neighbours, the pages citing it...). `Some(files changed)`; `None` (a full
    /// build) when a file is new or gone, a page appears or disappears (draft, translation),
    /// a section or the home page is edited, the kit's content changes, or a problem is found.
    fn front_matter_edit(&mut self, changed: &[PathBuf]) -> Option<usize> {
        let root = self.root.clone();
        let mut keys: Vec<String> = Vec::new();
        for path in changed {
            let rel = path.strip_prefix(&root).ok()?;
            let site = &self.rendered.site;
            let page = site.pages.iter().find(|p| p.path == rel)?;
            if page.kind != PageKind::Page || !path.is_file() {
                return None;
            }
            if !keys.contains(&page.key) {
                keys.push(page.key.clone());
            }
        }
        let rendered = &mut self.rendered;
        let kit_before = kit_content(rendered);
        let terms_before = terms_in_use(&rendered.site);
        for key in &keys {
            let files = content::load::load_key(&rendered.site.config, key).ok()?;
            let (pages, problems) =
                content::resolve::resolve_one(&rendered.site, key, files, self.drafts);
            // (Whether a page is dated decides which cards it has.)
            let shape = |p: &Page| {
                (
                    p.lang.clone(),
                    p.url.clone(),
                    p.fallback,
                    p.meta.date.is_some(),
                )
            };
            let mut before: Vec<_> = rendered
                .site
                .pages
                .iter()
                .filter(|p| &p.key == key)
                .map(shape)
                .collect();
            let mut after: Vec<_> = pages.iter().map(shape).collect();
            before.sort();
            after.sort();
            if !problems.is_empty() || before != after {
                return None;
            }
            rendered.site.replace(key, pages);
        }
        // A vocabulary value gaining its first page or losing its last one (or a page of its
        // list) adds or removes a term page: the full build gives the new set of files.
        if kit_content(rendered) != kit_before || terms_in_use(&rendered.site) != terms_before {
            return None;
        }
        self.memo.edited(&keys);
        let again = rendered
            .session
            .render_again(&rendered.site, rendered.i18n.clone(), &self.memo)
            .ok()?;
        if !again.problems.is_empty() {
            return None;
        }
        let mut outputs = again.outputs;
        super::inject_script(&mut outputs, &self.reload);
        let n = self.swap_in(outputs);
        // The edited pages' cards (their addresses do not change) are drawn once the pages
        // are visible: `cards_due`.
        if self.rendered.session.drawing.cards {
            self.cards_due = keys;
        }
        Some(n)
    }

    /// The cards of the pages whose front matter was just edited, drawn after those pages
    /// were published; `Some(files changed)`, `None` when there was nothing to draw or drawing
    /// failed (the next full build draws them).
    pub(crate) fn draw_cards_due(&mut self) -> Option<usize> {
        let keys = std::mem::take(&mut self.cards_due);
        if keys.is_empty() {
            return None;
        }
        let rendered = &self.rendered;
        let cache = rendered.site.config.root.join(".cache/cards");
        let cards = crate::cards::Cards::new(&rendered.site.config.root, cache).ok()?;
        let mut outputs = Vec::new();
        for key in &keys {
            outputs.extend(
                cards
                    .render_key(&rendered.site, &rendered.brand, &rendered.i18n, key)
                    .ok()?,
            );
        }
        Some(self.swap_in(outputs))
    }

    /// The fast path: `Some(pages re-rendered)` when every changed file is a content file whose
    /// front matter is as before; `None` sends the change to a full build.
    fn text_edit(&mut self, changed: &[PathBuf]) -> Option<usize> {
        if changed.is_empty() {
            return None;
        }
        let root = self.root.clone();
        let mut edits = Vec::new();
        for path in changed {
            let rel = path.strip_prefix(&root).ok()?.to_path_buf();
            let site = &self.rendered.site;
            if !path.exists() {
                // An editor's temporary file, written then renamed over the page: no matter.
                // A page's own file gone is a full build.
                if site.pages.iter().any(|p| p.path == rel) || path.is_dir() {
                    return None;
                }
                continue;
            }
            if !rel.starts_with("content") || rel.extension()? != "md" {
                return None;
            }
            let text = std::fs::read_to_string(path).ok()?;
            let split = content::frontmatter::split(&rel, &text).ok()?;
            let pages: Vec<usize> = (0..site.pages.len())
                .filter(|&i| site.pages[i].path == rel)
                .collect();
            let first = pages.first().map(|&i| &site.pages[i])?;
            if first.raw_front != split.raw || first.body_line != split.body_line {
                return None;
            }
            edits.push((pages, split.body));
        }
        let site = &mut self.rendered.site;
        let mut touched = Vec::new();
        for (pages, body) in edits {
            let body = body.held()?;
            for i in pages {
                if site.pages[i].body.held() != Some(body) {
                    site.pages[i].body = Body::Held(body.clone());
                    touched.push(i);
                }
            }
        }
        let rendered = &mut self.rendered;
        let pages: Vec<&Page> = touched.iter().map(|&i| &rendered.site.pages[i]).collect();
        let again = rendered
            .session
            .rerender(&rendered.site, rendered.i18n.clone(), &pages, &self.memo)
            .ok()?;
        // Problems (a dead link, say) are reported by a full build, with all the others.
        if !again.problems.is_empty() {
            return None;
        }
        let mut outputs = again.outputs;
        super::inject_script(&mut outputs, &self.reload);
        for o in outputs {
            self.files.insert(o.path, Arc::new(o.bytes));
        }
        Some(touched.len())
    }
}

/// What the kit shows of the site, in every language: an edit that changes it needs the full
/// build, which draws the kit again.
fn kit_content(rendered: &Built) -> Vec<String> {
    if !rendered.session.drawing.kit {
        return Vec::new();
    }
    rendered
        .site
        .config
        .codes()
        .map(|lang| {
            let spec = crate::kit::spec::spec(&rendered.site, &rendered.i18n, lang);
            serde_json::to_string(&spec).unwrap_or_default()
        })
        .collect()
}

/// Every (language, vocabulary, value) some page is tagged with, and how many pages its list
/// takes (`terms_paginate_by`): the term pages a build writes.
fn terms_in_use(site: &Site) -> BTreeMap<(String, String, String), usize> {
    let per = site.config.terms_paginate_by.unwrap_or(usize::MAX).max(1);
    site.terms()
        .map(|(t, pages)| {
            let key = (t.lang.to_string(), t.field.to_string(), t.value.to_string());
            (key, pages.len().div_ceil(per))
        })
        .collect()
}
