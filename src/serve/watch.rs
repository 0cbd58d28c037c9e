//! serve: watches the site's sources with notify and rebuilds when they change. An editor's
//! save comes as several events; they are gathered into one rebuild.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use super::{Builder, State};
use crate::error::{Error, Result};

type Events = Receiver<notify::Result<notify::Event>>;

/// Watches the sources under `root` and rebuilds on change, on a thread of its own; the watch
/// lasts as long as the returned watcher.
pub fn start(root: &Path, builder: Arc<Builder>, state: Arc<State>) -> Result<impl Watcher> {
    let (tx, rx) = std::sync::mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| Error::io("watch", root, std::io::Error::other(e)))?;
    // Watched by absolute path, so events name files under the same root the fast path knows.
    let root = std::fs::canonicalize(root).unwrap_or(root.to_path_buf());
    for part in ["content", "themes", "i18n", "brand", "static", "site.toml"] {
        let p = root.join(part);
        if p.exists() {
            watcher
                .watch(&p, RecursiveMode::Recursive)
                .map_err(|e| Error::io("watch", &p, std::io::Error::other(e)))?;
        }
    }
    std::thread::spawn(move || {
        // The cards and kit the first build left out are drawn beside: edits are not kept
        // waiting for them.
        builder.draw_pending(&state);
        while let Some(paths) = next_change(&rx) {
            if !paths.is_empty() {
                builder.guarded(&state, |b| b.rebuild(&state, &paths));
            }
        }
    });
    Ok(watcher)
}

/// The paths of the next change (empty when it was only reads); `None` when the watch ended.
fn next_change(rx: &Events) -> Option<Vec<PathBuf>> {
    // Reads are events too (inotify's OPEN, and access times as metadata changes): the
    // build's own reads must not start a build.
    let relevant = |e: &notify::Event| {
        !matches!(
            e.kind,
            EventKind::Access(_) | EventKind::Modify(notify::event::ModifyKind::Metadata(_))
        )
    };
    let first = rx.recv().ok()?;
    let mut paths: Vec<PathBuf> = Vec::new();
    if let Ok(e) = first {
        if relevant(&e) {
            paths.extend(e.paths);
        }
    }
    // An editor's save comes as several events: gather those of the next 40 ms.
    let until = Instant::now() + Duration::from_millis(40);
    while let Ok(next) = rx.recv_timeout(until.saturating_duration_since(Instant::now())) {
        if let Ok(e) = next {
            if relevant(&e) {
                paths.extend(e.paths);
            }
        }
    }
    paths.sort();
    paths.dedup();
    Some(paths)
}
