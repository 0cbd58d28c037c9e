//! serve: builds the site into a private folder, serves it on loopback with tiny_http, watches
//! the sources with notify and rebuilds on change. Open pages reload themselves by long polling
//! (a script file, so the site's CSP holds). A failed build keeps the last good site served and
//! shows the error over the page; the fix reloads it.

pub mod files;
mod http;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify_debouncer_mini::{new_debouncer, notify::RecursiveMode, DebounceEventResult};

use crate::error::{Error, Result};
use crate::BuildOptions;

pub const RELOAD_SCRIPT: &str = "/__oneprovence/livereload.js";

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: String,
    pub port: u16,
    pub drafts: bool,
}

/// What the HTTP threads read and the builder writes.
#[derive(Debug, Default)]
pub struct Status {
    /// Bumped at every build, good or failed; open pages poll for a change.
    pub version: u64,
    /// The files of the last good build, by relative path.
    pub files: Option<Arc<HashMap<String, Vec<u8>>>>,
    /// The last build's error, shown over the page until the next good build.
    pub error: Option<String>,
}

pub struct State {
    pub status: Mutex<Status>,
    pub changed: Condvar,
}

impl State {
    fn publish(&self, f: impl FnOnce(&mut Status)) {
        let mut s = self.status.lock().expect("no panic while holding the lock");
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
    let builder = Builder { opts: opts.clone() };
    builder.rebuild(&state);
    let addr = format!("{}:{}", opts.bind, opts.port);
    let server = Arc::new(tiny_http::Server::http(&addr).map_err(|e| {
        Error::io(
            "listen on",
            PathBuf::from(&addr),
            std::io::Error::other(e.to_string()),
        )
    })?);
    let url = format!("http://{}", server.server_addr());
    println!("Serving {} on {url} (Ctrl-C to stop)", opts.root.display());

    let watch_state = state.clone();
    let (tx, rx) = std::sync::mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(Duration::from_millis(40), tx)
        .map_err(|e| Error::io("watch", &opts.root, std::io::Error::other(e)))?;
    for part in ["content", "themes", "i18n", "brand", "static", "site.toml"] {
        let p = opts.root.join(part);
        if p.exists() {
            debouncer
                .watcher()
                .watch(&p, RecursiveMode::Recursive)
                .map_err(|e| Error::io("watch", &p, std::io::Error::other(e)))?;
        }
    }
    std::thread::spawn(move || {
        for events in rx {
            if events.is_ok() {
                builder.rebuild(&watch_state);
            }
        }
    });

    let stopper = server.clone();
    ctrlc::set_handler(move || stopper.unblock())
        .map_err(|e| Error::io("handle Ctrl-C in", &opts.root, std::io::Error::other(e)))?;
    for request in server.incoming_requests() {
        let state = state.clone();
        std::thread::spawn(move || http::handle(&state, request));
    }
    drop(debouncer);
    println!("Stopped.");
    Ok(())
}

struct Builder {
    opts: ServeOptions,
}

impl Builder {
    /// Builds in memory and swaps the whole site at once: a page is never half written, and
    /// nothing touches the disk.
    fn rebuild(&self, state: &State) {
        let started = Instant::now();
        let opts = BuildOptions {
            root: self.opts.root.clone(),
            drafts: self.opts.drafts,
            live_reload: Some(RELOAD_SCRIPT.into()),
            ..Default::default()
        };
        match crate::build_in_memory(&opts) {
            Ok((rendered, _)) => {
                let pages = rendered.site.pages.len();
                let files: HashMap<String, Vec<u8>> = rendered
                    .outputs
                    .into_iter()
                    .map(|o| (o.path, o.bytes))
                    .collect();
                state.publish(|s| {
                    s.files = Some(Arc::new(files));
                    s.error = None;
                });
                println!(
                    "Rebuilt {pages} pages in {} ms",
                    started.elapsed().as_millis()
                );
            }
            Err(e) => {
                let message = e.to_string();
                eprintln!("error: {message}\nStill serving the last good build.");
                state.publish(|s| s.error = Some(message));
            }
        }
    }
}
