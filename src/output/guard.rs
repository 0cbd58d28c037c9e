//! output: what a build may replace. The output folder is swapped whole, so before anything is
//! written the build makes sure it only ever replaces its own work: an empty or missing folder,
//! or one a previous build wrote (its manifest lists every file in it). Never the project, a
//! folder holding it, a source folder or a file; a zip never lands on a source or on a file
//! that is not a zip (issue #34: `build --out content` used to delete every source).

use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use super::manifest;
use crate::error::{Error, Result};

/// What the project is made of: never an output, never inside one.
pub(crate) struct Project {
    pub root: PathBuf,
    /// The folders and files a build reads (content, theme, translations, brand, settings).
    pub sources: Vec<PathBuf>,
}

impl Project {
    /// The sources of a project at `root` whose theme is `theme`.
    pub fn new(root: &Path, theme: &Path) -> Project {
        let mut sources: Vec<PathBuf> = [
            "content",
            "i18n",
            "brand",
            "static",
            "archetypes",
            "themes",
            "site.toml",
            ".git",
        ]
        .iter()
        .map(|s| root.join(s))
        .collect();
        sources.push(theme.to_path_buf());
        Project {
            root: absolute(root),
            sources: sources.iter().map(|p| absolute(p)).collect(),
        }
    }

    /// The first reason `path` may not be replaced by a build or a zip, if any.
    fn forbidden(&self, path: &Path) -> Option<String> {
        let path = absolute(path);
        if path == self.root {
            return Some("it is the project itself".into());
        }
        if self.root.starts_with(&path) {
            return Some(format!("it holds the project ({})", self.root.display()));
        }
        for s in &self.sources {
            if path.starts_with(s) {
                return Some(format!("it is or lies inside the source {}", s.display()));
            }
            if s.starts_with(&path) {
                return Some(format!("it holds the source {}", s.display()));
            }
        }
        None
    }
}

/// The path made absolute and free of `.`, `..` and symbolic links, for the part that exists.
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    // Canonicalise the longest existing prefix, then add the rest as written (less `.`/`..`).
    let mut existing = joined.clone();
    let mut rest: Vec<std::ffi::OsString> = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return normalise(&out);
        }
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => return normalise(&joined),
        }
    }
}

fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn usage(message: String) -> Error {
    Error::Usage { message }
}

/// Whether `out` may be replaced by a build: missing, empty, or a previous build's whole output.
/// `force` allows a foreign non-empty folder, never the project or its sources.
pub(crate) fn check_out(project: &Project, out: &Path, force: bool) -> Result<()> {
    let shown = out.display();
    if let Some(why) = project.forbidden(out) {
        return Err(usage(format!(
            "--out {shown}: a build replaces its output folder whole, and {why}; \
             give a new or empty folder, e.g. --out public"
        )));
    }
    let meta = match std::fs::symlink_metadata(out) {
        Ok(m) => m,
        Err(_) => return Ok(()),
    };
    if meta.file_type().is_symlink() {
        // The swap would replace the link itself, not the folder it leads to.
        return Err(usage(format!(
            "--out {shown} is a symbolic link; give the folder it leads to ({})",
            absolute(out).display()
        )));
    }
    if !meta.is_dir() {
        return Err(usage(format!(
            "--out {shown} is a file, not a folder; a build would replace it: \
             give a folder's path (a new one is made)"
        )));
    }
    if force {
        return Ok(());
    }
    match foreign_file(out) {
        None => Ok(()),
        Some(file) => Err(usage(format!(
            "--out {shown} holds {}, which no oneprovence build wrote there, and a build \
             replaces the whole folder; move it away, give an empty folder, or pass --force \
             to replace the folder and everything in it",
            file.display()
        ))),
    }
}

/// A file in `dir` that the previous build's manifest does not list (None when the folder is
/// empty or all ours).
pub(crate) fn foreign_file(dir: &Path) -> Option<PathBuf> {
    owned_by(dir, &manifest::owned(dir))
}

/// A file (or a link, or anything but a folder) under `dir` that is not in `listed`.
pub(crate) fn owned_by(dir: &Path, listed: &manifest::Table) -> Option<PathBuf> {
    for entry in WalkDir::new(dir).min_depth(1) {
        let Ok(entry) = entry else {
            return Some(dir.to_path_buf());
        };
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).ok()?;
        let key = rel.to_string_lossy().replace('\\', "/");
        if !listed.contains_key(&key) {
            return Some(entry.path().to_path_buf());
        }
    }
    None
}

/// Whether `zip` may be written: not a source, not inside the output folder (which the build
/// replaces), not a folder, and, when it exists, a zip.
pub(crate) fn check_zip(project: &Project, zip: &Path, out: &Path) -> Result<()> {
    let shown = zip.display();
    if let Some(why) = project.forbidden(zip) {
        return Err(usage(format!(
            "--zip {shown}: {why}; give a new file's path, e.g. --zip site.zip"
        )));
    }
    if absolute(zip).starts_with(absolute(out)) {
        return Err(usage(format!(
            "--zip {shown} lies inside the output folder {}, which the build replaces; \
             put the zip beside it",
            out.display()
        )));
    }
    if zip.is_dir() {
        return Err(usage(format!(
            "--zip {shown} is a folder; give a file's path"
        )));
    }
    if zip.exists() {
        let mut head = [0u8; 4];
        let is_zip = std::fs::File::open(zip)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
            .is_ok()
            && head == *b"PK\x03\x04";
        if !is_zip {
            return Err(usage(format!(
                "--zip {shown} exists and is not a zip; a build will not write over it: \
                 give another path or move the file away"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_resolves_dots_and_missing_tails() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().canonicalize().unwrap();
        assert_eq!(absolute(&dir.path().join("a/../b/./c")), real.join("b/c"));
        assert_eq!(absolute(dir.path()), real);
    }

    #[test]
    fn the_project_its_parents_and_its_sources_are_forbidden() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("s");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let p = Project::new(&root, &root.join("themes/t"));
        assert!(p.forbidden(&root).is_some());
        assert!(p.forbidden(dir.path()).is_some());
        assert!(p.forbidden(Path::new("/")).is_some());
        assert!(p.forbidden(&root.join("content")).is_some());
        assert!(p.forbidden(&root.join("content/x")).is_some());
        assert!(p.forbidden(&root.join("site.toml")).is_some());
        assert!(p.forbidden(&root.join("content/../public")).is_none());
        assert!(p.forbidden(&dir.path().join("out")).is_none());
    }
}
