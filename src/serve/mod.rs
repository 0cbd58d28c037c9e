//! serve: builds the site into a private folder, serves it on loopback with tiny_http, watches
//! the sources with notify and rebuilds on change. Open pages reload themselves by long polling
//! (a script file, so the site's CSP holds). A failed build keeps the last good site served and
//! shows the error over the page; the fix reloads it.

pub mod files;
mod http;

use std::path::{Path, PathBuf};
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
    /// The folder of the last good build.
    pub dir: Option<PathBuf>,
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
    let work = std::env::temp_dir().join(format!("oneprovence-serve-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| Error::io("create", &work, e))?;
    let state = Arc::new(State {
        status: Mutex::new(Status::default()),
        changed: Condvar::new(),
    });
    let builder = Builder {
        opts: opts.clone(),
        work: work.clone(),
        count: Mutex::new(0),
    };
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
    let _ = std::fs::remove_dir_all(&work);
    println!("Stopped.");
    Ok(())
}

struct Builder {
    opts: ServeOptions,
    work: PathBuf,
    count: Mutex<u64>,
}

impl Builder {
    /// Builds into a new folder, so the folder being served is never half written.
    fn rebuild(&self, state: &State) {
        let started = Instant::now();
        let n = {
            let mut c = self.count.lock().expect("no panic while holding the lock");
            *c += 1;
            *c
        };
        let dir = self.work.join(format!("build-{n}"));
        let opts = BuildOptions {
            root: self.opts.root.clone(),
            out: Some(dir.clone()),
            drafts: self.opts.drafts,
            base_url: None,
            offline: false,
            zip: None,
            live_reload: Some(RELOAD_SCRIPT.into()),
        };
        match crate::build(&opts) {
            Ok(report) => {
                let old = state
                    .status
                    .lock()
                    .expect("no panic while holding the lock")
                    .dir
                    .clone();
                state.publish(|s| {
                    s.dir = Some(dir.clone());
                    s.error = None;
                });
                if let Some(old) = old.filter(|o| o != &dir) {
                    remove_later(old);
                }
                println!(
                    "Rebuilt {} pages in {} ms",
                    report.pages.values().sum::<usize>(),
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

/// Pages may still be reading the previous build; remove it a little later.
fn remove_later(dir: PathBuf) {
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(5));
        let _ = std::fs::remove_dir_all(Path::new(&dir));
    });
}
