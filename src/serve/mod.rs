//! serve: builds the site into a private folder, serves it on loopback with tiny_http, watches
//! the sources with notify and rebuilds on change. Open pages reload themselves by long polling
//! (a script file, so the site's CSP holds). A failed build keeps the last good site served and
//! shows the error over the page; the fix reloads it.

pub mod files;
mod http;
pub mod memo;
mod watch;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use crate::content::{Body, Page, PageKind, Site};
use crate::error::{Error, Result};
use crate::pipeline::{self, BuildOptions, Built};
use memo::Memo;

pub const RELOAD_SCRIPT: &str = "/__oneprovence/livereload.js";

#[derive(Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: String,
    pub port: u16,
    pub drafts: bool,
    /// Told what the server does; the library prints nothing (`main.rs` does).
    pub notes: Arc<dyn Fn(&Note) + Send + Sync>,
}

/// What `serve` tells its caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// Listening, with the watch in place: an edit made from now on is seen.
    Serving {
        root: PathBuf,
        url: String,
    },
    /// A rebuild went through: what was done, in how many milliseconds.
    Rebuilt {
        what: String,
        ms: u128,
    },
    /// A rebuild failed; the last good build is still served and the error shown over pages.
    Failed(String),
    Stopped,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Note::Serving { root, url } => {
                write!(f, "Serving {} on {url} (Ctrl-C to stop)", root.display())
            }
            Note::Rebuilt { what, ms } => write!(f, "Rebuilt {what} in {ms} ms"),
            Note::Failed(message) => {
                write!(f, "error: {message}\nStill serving the last good build.")
            }
            Note::Stopped => write!(f, "Stopped."),
        }
    }
}

/// What the HTTP threads read and the builder writes.
#[derive(Debug, Default)]
pub struct Status {
    /// Bumped at every build, good or failed; open pages poll for a change.
    pub version: u64,
    /// The files of the last good build, by relative path.
    pub files: Option<Arc<files::Files>>,
    /// The last build's error, shown over the page until the next good build.
    pub error: Option<String>,
}

pub struct State {
    pub status: Mutex<Status>,
    pub changed: Condvar,
}

impl State {
    fn publish(&self, f: impl FnOnce(&mut Status)) {
        // Never poisoned in practice (the closures are plain assignments), and if it were, the
        // status is whole: serving goes on.
        let mut s = self
            .status
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut s);
        s.version += 1;
        self.changed.notify_all();
    }
}

pub fn run(opts: ServeOptions) -> Result<()> {
    let state = Arc::new(State {
        status: Mutex::new(Status::default()),
        changed: Condvar::new(),
    });
    let builder = Builder {
        opts: opts.clone(),
        live: Mutex::new(None),
    };
    builder.guarded(&state, |b| b.first(&state));
    let addr = format!("{}:{}", opts.bind, opts.port);
    let server = Arc::new(tiny_http::Server::http(&addr).map_err(|e| {
        Error::io(
            "listen on",
            PathBuf::from(&addr),
            std::io::Error::other(e.to_string()),
        )
    })?);
    let url = format!("http://{}", server.server_addr());

    let watcher = watch::start(&opts.root, builder, state.clone())?;

    // Announced once the watch is in place: an edit made right after is seen.
    (opts.notes)(&Note::Serving {
        root: opts.root.clone(),
        url,
    });

    let stopper = server.clone();
    ctrlc::set_handler(move || stopper.unblock())
        .map_err(|e| Error::io("handle Ctrl-C in", &opts.root, std::io::Error::other(e)))?;
    for request in server.incoming_requests() {
        let state = state.clone();
        std::thread::spawn(move || http::handle(&state, request));
    }
    drop(watcher);
    (opts.notes)(&Note::Stopped);
    Ok(())
}

pub(crate) struct Builder {
    opts: ServeOptions,
    /// The last good build, kept to render an edited page again without the rest.
    live: Mutex<Option<Live>>,
}

struct Live {
    rendered: Built,
    files: files::Files,
    /// What each file was rendered from, to render only what an edit changed.
    memo: Memo,
    /// Keys whose cards are to be drawn again, once their edited pages are published.
    cards_due: Vec<String>,
}

impl Live {
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
}

impl Builder {
    /// Runs one step of the builder. A panic inside it (a bug, never bad input) is caught: the
    /// last good build stays served with the error shown over its pages, the half-updated state
    /// is dropped, and the next save builds the whole site again (issue #34).
    pub(crate) fn guarded(&self, state: &State, step: impl FnOnce(&Builder)) {
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| step(self)));
        let Err(panic) = caught else {
            return;
        };
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".into());
        *self
            .live
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
        self.live.clear_poison();
        let message = format!(
            "internal error while rebuilding ({what}); the last good build is shown, and the \
             next save builds the whole site again. Please report it with the file you saved."
        );
        (self.opts.notes)(&Note::Failed(message.clone()));
        state.publish(|s| s.error = Some(message));
    }

    /// An edit of the text of existing pages (front matter untouched) re-renders those pages
    /// and the search indexes only; anything else builds the whole site in memory. Either way
    /// the site is swapped at once: a page is never half written, and nothing touches the disk.
    pub(crate) fn rebuild(&self, state: &State, changed: &[PathBuf]) {
        let started = Instant::now();
        let mut live = self
            .live
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(l) = live.as_mut() {
            // The two fast paths, then the full build.
            let done = match self.text_edit(l, changed) {
                Some(n) => Some(format!("{n} edited pages")),
                None => self
                    .front_matter_edit(l, changed)
                    .map(|n| format!("{n} files changed by the edit")),
            };
            if let Some(what) = done {
                state.publish(|s| {
                    s.files = Some(Arc::new(l.files.clone()));
                    s.error = None;
                });
                (self.opts.notes)(&Note::Rebuilt {
                    what,
                    ms: started.elapsed().as_millis(),
                });
                if let Some(n) = self.draw_cards_due(l) {
                    state.publish(|s| s.files = Some(Arc::new(l.files.clone())));
                    (self.opts.notes)(&Note::Rebuilt {
                        what: format!("{n} cards of the edited pages"),
                        ms: started.elapsed().as_millis(),
                    });
                }
                return;
            }
        }
        self.full(state, &mut live, started, false);
    }

    /// The whole site built in memory and swapped in. `defer`: pages only, cards and kit left
    /// for `draw_pending` (a fresh clone's `serve` answers at once, then fills them in).
    fn full(&self, state: &State, live: &mut Option<Live>, started: Instant, defer: bool) {
        let opts = BuildOptions {
            root: self.opts.root.clone(),
            drafts: self.opts.drafts,
            live_reload: Some(RELOAD_SCRIPT.into()),
            defer_drawing: defer,
            ..Default::default()
        };
        let memo = Memo::default();
        match pipeline::build_in_memory(&opts, &memo) {
            Ok(mut rendered) => {
                let pages = rendered.site.pages.len();
                let what = if rendered.site.config.drawing_pending {
                    format!("{pages} pages (cards and kit being drawn)")
                } else {
                    format!("{pages} pages")
                };
                let files: files::Files = std::mem::take(&mut rendered.outputs)
                    .into_iter()
                    .map(|o| (o.path, Arc::new(o.bytes)))
                    .collect();
                state.publish(|s| {
                    s.files = Some(Arc::new(files.clone()));
                    s.error = None;
                });
                *live = Some(Live {
                    rendered,
                    files,
                    memo,
                    cards_due: Vec::new(),
                });
                (self.opts.notes)(&Note::Rebuilt {
                    what,
                    ms: started.elapsed().as_millis(),
                });
            }
            Err(e) => {
                *live = None;
                let message = e.to_string();
                (self.opts.notes)(&Note::Failed(message.clone()));
                state.publish(|s| s.error = Some(message));
            }
        }
    }

    /// `serve`'s first answer: the pages alone, when cards or kit would make it wait.
    pub(crate) fn first(&self, state: &State) {
        let mut live = self
            .live
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.full(state, &mut live, Instant::now(), true);
    }

    /// After `first`: the cards and the kit drawn and the site swapped in with them (open
    /// pages reload). Nothing to do when the first build had nothing to leave out.
    pub(crate) fn draw_pending(&self, state: &State) {
        let mut live = self
            .live
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let pending = live
            .as_ref()
            .is_some_and(|l| l.rendered.site.config.drawing_pending);
        if pending {
            self.full(state, &mut live, Instant::now(), false);
        }
    }

    /// The second fast path, for an edit of the front matter of regular pages (a story, an
    /// actor): the edited keys are resolved again from their files, the site's orders and
    /// indexes recomputed, and every file rendered again whose template context changed (lists,
    /// term pages, neighbours, the pages citing it...). `Some(files changed)`; `None` (a full
    /// build) when a file is new or gone, a page appears or disappears (draft, translation),
    /// a section or the home page is edited, the kit's content changes, or a problem is found.
    fn front_matter_edit(&self, live: &mut Live, changed: &[PathBuf]) -> Option<usize> {
        let root = std::fs::canonicalize(&self.opts.root).ok()?;
        let mut keys: Vec<String> = Vec::new();
        for path in changed {
            let rel = path.strip_prefix(&root).ok()?;
            let site = &live.rendered.site;
            let page = site.pages.iter().find(|p| p.path == rel)?;
            if page.kind != PageKind::Page || !path.is_file() {
                return None;
            }
            if !keys.contains(&page.key) {
                keys.push(page.key.clone());
            }
        }
        let rendered = &mut live.rendered;
        let kit_before = kit_content(rendered);
        let terms_before = terms_in_use(&rendered.site);
        for key in &keys {
            let files = crate::content::load::load_key(&rendered.site.config, key).ok()?;
            let (pages, problems) =
                crate::content::resolve::resolve_one(&rendered.site, key, files);
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
        live.memo.edited(&keys);
        let again = rendered
            .session
            .render_again(&rendered.site, rendered.i18n.clone(), &live.memo)
            .ok()?;
        if !again.problems.is_empty() {
            return None;
        }
        let mut outputs = again.outputs;
        pipeline::inject_script(&mut outputs, RELOAD_SCRIPT);
        let n = live.swap_in(outputs);
        // The edited pages' cards (their addresses do not change) are drawn once the pages
        // are visible: `cards_due`.
        if live.rendered.site.config.switches.cards {
            live.cards_due = keys;
        }
        Some(n)
    }

    /// The cards of the pages whose front matter was just edited, drawn after those pages
    /// were published; `Some(files changed)`, `None` when there was nothing to draw or drawing
    /// failed (the next full build draws them).
    fn draw_cards_due(&self, live: &mut Live) -> Option<usize> {
        let keys = std::mem::take(&mut live.cards_due);
        if keys.is_empty() {
            return None;
        }
        let rendered = &live.rendered;
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
        Some(live.swap_in(outputs))
    }

    /// The fast path: `Some(pages re-rendered)` when every changed file is a content file whose
    /// front matter is as before; `None` sends the change to a full build.
    fn text_edit(&self, live: &mut Live, changed: &[PathBuf]) -> Option<usize> {
        if changed.is_empty() {
            return None;
        }
        let root = std::fs::canonicalize(&self.opts.root).ok()?;
        let mut edits = Vec::new();
        for path in changed {
            let rel = path.strip_prefix(&root).ok()?.to_path_buf();
            let site = &live.rendered.site;
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
            let split = crate::content::frontmatter::split(&rel, &text).ok()?;
            let pages: Vec<usize> = (0..site.pages.len())
                .filter(|&i| site.pages[i].path == rel)
                .collect();
            let first = pages.first().map(|&i| &site.pages[i])?;
            if first.raw_front != split.raw || first.body_line != split.body_line {
                return None;
            }
            edits.push((pages, split.body));
        }
        let site = &mut live.rendered.site;
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
        let rendered = &mut live.rendered;
        let pages: Vec<&Page> = touched.iter().map(|&i| &rendered.site.pages[i]).collect();
        let again = rendered
            .session
            .rerender(&rendered.site, rendered.i18n.clone(), &pages, &live.memo)
            .ok()?;
        // Problems (a dead link, say) are reported by a full build, with all the others.
        if !again.problems.is_empty() {
            return None;
        }
        let mut outputs = again.outputs;
        pipeline::inject_script(&mut outputs, RELOAD_SCRIPT);
        for o in outputs {
            live.files.insert(o.path, Arc::new(o.bytes));
        }
        Some(touched.len())
    }
}

/// What the kit shows of the site, in every language: an edit that changes it needs the full
/// build, which draws the kit again.
fn kit_content(rendered: &Built) -> Vec<String> {
    if !rendered.site.config.switches.kit {
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
