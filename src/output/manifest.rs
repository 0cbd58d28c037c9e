//! output: what the previous build left, so the next one does only what changed. Next to the
//! output folder (`.public.manifest`, never published) the build keeps a digest of its inputs
//! (content, theme, brand, options, and the program's own sources) and the size of every file
//! it wrote. With the same inputs and the folder intact, a build is done before it
//! starts; otherwise the files whose bytes are unchanged are linked into the new build.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use walkdir::WalkDir;

use crate::error::{Error, Result};
use crate::hash;

/// Output path to size.
pub type Table = BTreeMap<String, u64>;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// Digest of the inputs and the build options (`inputs`); empty when unknown.
    pub inputs: String,
    /// Output path to size.
    pub files: Table,
    /// What the build reported, to report it again when nothing changed.
    pub report: serde_json::Value,
    /// Zips written beside the folder: absolute path to the inputs digest they were made from
    /// and their size, so a zip made from other inputs is never called up to date.
    #[serde(default)]
    pub zips: BTreeMap<String, String>,
}

/// `.<name>.<suffix>` next to `out` (`.public.manifest`): on the same file system, so renames
/// and hard links work, and hidden from a listing of the parent.
pub fn beside(out: &Path, suffix: &str) -> PathBuf {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    parent.join(format!(".{name}.{suffix}"))
}

/// `.<name>.<what>-<pid>` next to `out`: this process's own staging or old folder.
pub(crate) fn sibling(out: &Path, what: &str) -> PathBuf {
    beside(out, &format!("{what}-{}", std::process::id()))
}

pub(crate) fn manifest_path(out: &Path) -> PathBuf {
    beside(out, "manifest")
}

pub fn load(out: &Path) -> Option<Manifest> {
    let text = std::fs::read(manifest_path(out)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// `.<name>.manifest-next`: the table of a build about to be swapped in.
fn next_path(out: &Path) -> PathBuf {
    beside(out, "manifest-next")
}

/// Records the files of the build about to be swapped in, in case the process ends before
/// its full manifest is saved (the next build must still know the folder as its own).
pub(crate) fn save_next(out: &Path, files: &Table) -> Result<()> {
    let next = Manifest {
        files: files.clone(),
        ..Manifest::default()
    };
    write_atomically(&next_path(out), &next)
}

/// Every output path a build says it wrote in `out`: the manifest's and a pending one's.
pub(crate) fn owned(out: &Path) -> Table {
    let mut files = load(out).map(|m| m.files).unwrap_or_default();
    if let Ok(text) = std::fs::read(next_path(out)) {
        if let Ok(next) = serde_json::from_slice::<Manifest>(&text) {
            files.extend(next.files);
        }
    }
    files
}

pub fn save(out: &Path, manifest: &Manifest) -> Result<()> {
    write_atomically(&manifest_path(out), manifest)?;
    let _ = std::fs::remove_file(next_path(out));
    Ok(())
}

fn write_atomically(path: &Path, manifest: &Manifest) -> Result<()> {
    let tmp = PathBuf::from(format!("{}.tmp-{}", path.display(), std::process::id()));
    let bytes = serde_json::to_vec(manifest).expect("a manifest serialises");
    std::fs::write(&tmp, bytes).map_err(|e| Error::io("write", &tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io("write", path, e))
}

/// Digest of every file a build reads (site settings, content, theme, translations, brand,
/// static files), of the options, and of the program itself: equal digests, equal outputs. A
/// file counts by its path, size and modification time (to the nanosecond), as `make` and cargo
/// do: reading and hashing every byte took longer than the rest of a no-change build.
pub fn inputs(root: &Path, theme: &Path, options: &str) -> String {
    let mut files: Vec<PathBuf> = vec![root.join("site.toml")];
    for dir in [
        root.join("content"),
        root.join("i18n"),
        root.join("brand"),
        root.join("static"),
        root.join("archetypes"),
        theme.to_path_buf(),
    ] {
        files.extend(
            WalkDir::new(dir)
                .sort_by_file_name()
                .into_iter()
                .flatten()
                .filter(|e| e.file_type().is_file())
                .map(|e| e.into_path()),
        );
    }
    let stamps: Vec<String> = files
        .par_iter()
        .map(|f| {
            let stamp = std::fs::metadata(f)
                .map(|m| {
                    let time = m
                        .modified()
                        .ok()
                        .and_then(|t| t.duration_since(UNIX_EPOCH).ok());
                    format!("{} {:?}", m.len(), time.map(|d| d.as_nanos()))
                })
                .unwrap_or_default();
            format!("{}\0{stamp}\n", f.display())
        })
        .collect();
    let mut h = hash::Key::new().text(options).text(hash::program());
    for s in stamps {
        h.add(s.as_bytes());
    }
    h.finish()
}

/// Whether every file the manifest lists is still in the folder with its size.
pub(crate) fn intact(out: &Path, manifest: &Manifest) -> bool {
    !manifest.files.is_empty()
        && manifest.files.par_iter().all(|(path, size)| {
            std::fs::metadata(out.join(path)).is_ok_and(|m| m.is_file() && m.len() == *size)
        })
}
