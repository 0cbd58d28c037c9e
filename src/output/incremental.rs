//! write, again: what the previous build left, so the next one does only what changed.
//! Next to the output folder (`.public.manifest`, never published) the build keeps the hash of
//! its inputs and the hash and size of every file it wrote. With the same inputs and the folder
//! intact, a build is done before it starts; otherwise only the files whose bytes changed are
//! written (each to a temporary name, then renamed over the old one) and the ones no longer
//! produced are removed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use walkdir::WalkDir;

use crate::error::{Error, Result};
use crate::render::Output;

/// Output path to (hash, size).
pub type Table = BTreeMap<String, (String, u64)>;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// Hash of every input file and of the build options; empty when unknown.
    pub inputs: String,
    /// Output path to (hash, size).
    pub files: Table,
    /// What the build reported, to report it again when nothing changed.
    pub report: serde_json::Value,
}

pub(crate) fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn manifest_path(out: &Path) -> PathBuf {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    parent.join(format!(".{name}.manifest"))
}

pub fn load(out: &Path) -> Option<Manifest> {
    let text = std::fs::read(manifest_path(out)).ok()?;
    serde_json::from_slice(&text).ok()
}

pub fn save(out: &Path, manifest: &Manifest) -> Result<()> {
    let path = manifest_path(out);
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    let bytes = serde_json::to_vec(manifest).expect("a manifest serialises");
    std::fs::write(&tmp, bytes).map_err(|e| Error::io("write", &tmp, e))?;
    std::fs::rename(&tmp, &path).map_err(|e| Error::io("write", &path, e))
}

/// Hash of every file a build reads (site settings, content, theme, translations, brand, static
/// files), of the options, and of the program itself: equal hashes, equal outputs.
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
    let sums: Vec<String> = files
        .par_iter()
        .map(|f| {
            let bytes = std::fs::read(f).unwrap_or_default();
            format!("{}\0{}\n", f.display(), hash(&bytes))
        })
        .collect();
    let mut h = Sha256::new();
    h.update(options.as_bytes());
    h.update(program().as_bytes());
    for s in sums {
        h.update(s.as_bytes());
    }
    hash(&h.finalize())
}

/// The version and the executable's size and date: a rebuilt program may write other bytes
/// from the same inputs, so caches and the previous build are keyed by it too.
pub fn program() -> &'static str {
    static PROGRAM: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PROGRAM.get_or_init(|| {
        let meta = std::env::current_exe()
            .ok()
            .and_then(|p| std::fs::metadata(p).ok());
        format!(
            "{}|{:?}|{:?}",
            env!("CARGO_PKG_VERSION"),
            meta.as_ref().and_then(|m| m.modified().ok()),
            meta.map(|m| m.len())
        )
    })
}

/// Whether every file the manifest lists is still in the folder with its size.
pub fn intact(out: &Path, manifest: &Manifest) -> bool {
    !manifest.files.is_empty()
        && manifest.files.par_iter().all(|(path, (_, size))| {
            std::fs::metadata(out.join(path)).is_ok_and(|m| m.is_file() && m.len() == *size)
        })
}

/// Writes only what differs from the previous build (per the manifest), removes what it no
/// longer makes, and returns the new file table and how many files were written.
pub fn update(out: &Path, previous: &Manifest, files: &[Output]) -> Result<(Table, usize)> {
    let table: Vec<(String, (String, u64), bool)> = files
        .par_iter()
        .map(|f| {
            let h = hash(&f.bytes);
            let size = f.bytes.len() as u64;
            let same = previous
                .files
                .get(&f.path)
                .is_some_and(|(ph, ps)| *ph == h && *ps == size)
                && std::fs::metadata(out.join(&f.path)).is_ok_and(|m| m.len() == size);
            (f.path.clone(), (h, size), same)
        })
        .collect();
    let changed: Vec<&Output> = files
        .iter()
        .zip(&table)
        .filter(|(_, (_, _, same))| !same)
        .map(|(f, _)| f)
        .collect();
    changed.par_iter().try_for_each(|f| {
        let rel = super::safe_relative(&f.path).ok_or_else(|| Error::Asset {
            path: PathBuf::from(&f.path),
            message: "output path leaves the output folder".into(),
        })?;
        let path = out.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
        }
        // Renamed into place: a reader never sees half a file.
        let tmp = path.with_file_name(format!(
            ".{}.tmp-{}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            std::process::id()
        ));
        std::fs::write(&tmp, &f.bytes).map_err(|e| Error::io("write", &tmp, e))?;
        std::fs::rename(&tmp, &path).map_err(|e| Error::io("write", &path, e))
    })?;
    let now: BTreeMap<String, (String, u64)> = table.into_iter().map(|(p, v, _)| (p, v)).collect();
    for gone in previous.files.keys().filter(|p| !now.contains_key(*p)) {
        if let Some(rel) = super::safe_relative(gone) {
            let _ = std::fs::remove_file(out.join(rel));
        }
    }
    Ok((now, changed.len()))
}

/// The file table of a complete write.
pub fn table(files: &[Output]) -> Table {
    files
        .par_iter()
        .map(|f| (f.path.clone(), (hash(&f.bytes), f.bytes.len() as u64)))
        .collect()
}
