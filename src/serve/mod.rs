//! serve: builds the site into a private folder, serves it on loopback with tiny_http, watches
//! the sources with notify and rebuilds on change. Open pages reload themselves by long polling
//! (a script file, so the site's CSP holds). A failed build keeps the last good site served and
//! shows the error over the page; the fix reloads it.

pub mod files;
mod http;
mod watch;

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::error::{Error, Result};
use crate::pipeline::{BuildOptions, Live};

pub(crate) const RELOAD_SCRIPT: &str = "/__oneprovence/livereload.js";

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
pub(crate) struct Status {
    /// Bumped at every build, good or failed; open pages poll for a change.
    pub version: u64,
    /// The files of the last good build, by relative path.
    pub files: Option<Arc<files::Files>>,
    /// The last build's error, shown over the page until the next good build.
    pub error: Option<String>,
}

pub(crate) struct State {
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
    let builder = Arc::new(Builder {
        opts: opts.clone(),
        live: Mutex::new(None),
        generation: AtomicU64::new(0),
        drawing: AtomicBool::new(false),
    });
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
    /// Bumped by every change handled: a background build made from older files is not
    /// swapped in, and is made again.
    generation: AtomicU64,
    /// A background build drawing the cards and the kit is under way: full builds meanwhile
    /// leave them out, so an edit is shown at once (issue #28).
    drawing: AtomicBool,
}

impl Builder {
    fn options(&self, defer: bool) -> BuildOptions {
        BuildOptions {
            root: self.opts.root.clone(),
            drafts: self.opts.drafts,
            live_reload: Some(RELOAD_SCRIPT.into()),
            defer_drawing: defer,
            ..Default::default()
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Live>> {
        self.live
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

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
        *self.lock() = None;
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
        self.generation.fetch_add(1, Ordering::SeqCst);
        let mut live = self.lock();
        if let Some(l) = live.as_mut() {
            if let Some(update) = l.apply(changed) {
                state.publish(|s| {
                    s.files = Some(Arc::new(l.files.clone()));
                    s.error = None;
                });
                (self.opts.notes)(&Note::Rebuilt {
                    what: update.what,
                    ms: started.elapsed().as_millis(),
                });
                if let Some(n) = l.draw_cards_due() {
                    state.publish(|s| s.files = Some(Arc::new(l.files.clone())));
                    (self.opts.notes)(&Note::Rebuilt {
                        what: format!("{n} cards of the edited pages"),
                        ms: started.elapsed().as_millis(),
                    });
                }
                return;
            }
        }
        let defer = self.drawing.load(Ordering::SeqCst);
        let built = Live::build(&self.options(defer));
        self.swap(state, &mut live, built, started);
    }

    /// Puts a whole build in place (or its error over the last good one).
    fn swap(&self, state: &State, live: &mut Option<Live>, built: Result<Live>, started: Instant) {
        match built {
            Ok(l) => {
                let what = if l.drawing_pending() {
                    format!("{} pages (cards and kit being drawn)", l.pages())
                } else {
                    format!("{} pages", l.pages())
                };
                state.publish(|s| {
                    s.files = Some(Arc::new(l.files.clone()));
                    s.error = None;
                });
                *live = Some(l);
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
        let started = Instant::now();
        let built = Live::build(&self.options(true));
        let mut live = self.lock();
        self.swap(state, &mut live, built, started);
    }

    /// After `first`, on a thread of its own: the whole site built with its cards and kit and
    /// swapped in (open pages reload). Edits go on being applied meanwhile; a build made while
    /// one came is made again (the cards and kit already drawn are cached, so it is quick).
    pub(crate) fn draw_pending(self: &Arc<Self>, state: &Arc<State>) {
        if !self.lock().as_ref().is_some_and(Live::drawing_pending) {
            return;
        }
        self.drawing.store(true, Ordering::SeqCst);
        let (builder, state) = (self.clone(), state.clone());
        std::thread::spawn(move || {
            builder.guarded(&state, |b| b.draw_until_current(&state));
            builder.drawing.store(false, Ordering::SeqCst);
        });
    }

    fn draw_until_current(&self, state: &State) {
        loop {
            let started = Instant::now();
            let generation = self.generation.load(Ordering::SeqCst);
            let built = Live::build_beside(&self.options(false));
            let mut live = self.lock();
            if self.generation.load(Ordering::SeqCst) == generation {
                self.swap(state, &mut live, built, started);
                return;
            }
        }
    }
}
