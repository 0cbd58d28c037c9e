//! write: every output file into a staging folder next to the target, then swaps it into
//! place, so a failed build leaves the previous output whole and a reader never sees half a site.

pub mod incremental;
pub mod offline;
pub mod weight;

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::render::Output;

pub fn write(out: &Path, files: &[Output]) -> Result<()> {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    let result = fill(&staging, files).and_then(|()| swap(&staging, out, parent, &name));
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

/// A clean build's staging folder, filled while pages are rendered: each page's files are
/// written as soon as they exist and dropped from memory (a home page stays, as the weight
/// report reads it). `finish` writes the rest and swaps the folder in; dropped unfinished, the
/// folder is removed and the previous output stays as it was.
pub struct Staging {
    dir: PathBuf,
    out: PathBuf,
    parent: PathBuf,
    name: String,
    streamed: std::sync::Mutex<incremental::Table>,
    done: bool,
}

impl Staging {
    pub fn new(out: &Path) -> Result<Staging> {
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| Error::io("clear", &dir, e))?;
        }
        std::fs::create_dir_all(&dir).map_err(|e| Error::io("create", &dir, e))?;
        Ok(Staging {
            dir,
            out: out.to_path_buf(),
            parent,
            name,
            streamed: Default::default(),
            done: false,
        })
    }

    /// Writes these files now and empties them.
    pub fn put(&self, files: &mut [Output]) -> Result<()> {
        for f in files.iter_mut() {
            if f.path.matches('/').count() <= 1 && f.path.ends_with("index.html") {
                continue;
            }
            let rel = safe_relative(&f.path).ok_or_else(|| Error::Asset {
                path: PathBuf::from(&f.path),
                message: "output path leaves the output folder".into(),
            })?;
            let path = self.dir.join(rel);
            if let Some(d) = path.parent() {
                std::fs::create_dir_all(d).map_err(|e| Error::io("create", d, e))?;
            }
            std::fs::write(&path, &f.bytes).map_err(|e| Error::io("write", &path, e))?;
            let entry = (incremental::hash(&f.bytes), f.bytes.len() as u64);
            self.streamed
                .lock()
                .expect("no panic while holding the lock")
                .insert(f.path.clone(), entry);
            f.bytes = Vec::new();
        }
        Ok(())
    }

    /// Writes the files not written yet, swaps the folder in, and gives the table of every file.
    pub fn finish(mut self, files: &[Output]) -> Result<incremental::Table> {
        let streamed = std::mem::take(
            &mut *self
                .streamed
                .lock()
                .expect("no panic while holding the lock"),
        );
        let rest: Vec<Output> = files
            .iter()
            .filter(|f| !streamed.contains_key(&f.path))
            .cloned()
            .collect();
        fill_into(&self.dir, &rest)?;
        swap(&self.dir, &self.out, &self.parent, &self.name)?;
        self.done = true;
        let mut table = incremental::table(&rest);
        table.extend(streamed);
        Ok(table)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Two outputs at one path would silently lose one of them: a page and a generated list, say.
pub fn check_unique(files: &[Output]) -> Result<()> {
    let mut seen = BTreeSet::new();
    for f in files {
        if !seen.insert(f.path.as_str()) {
            return Err(Error::Asset {
                path: PathBuf::from(&f.path),
                message:
                    "two outputs would be written to this path; rename the page or the static file"
                        .into(),
            });
        }
    }
    Ok(())
}

fn fill(staging: &Path, files: &[Output]) -> Result<()> {
    if staging.exists() {
        std::fs::remove_dir_all(staging).map_err(|e| Error::io("clear", staging, e))?;
    }
    fill_into(staging, files)
}

fn fill_into(staging: &Path, files: &[Output]) -> Result<()> {
    let mut dirs = BTreeSet::new();
    for f in files {
        let rel = safe_relative(&f.path).ok_or_else(|| Error::Asset {
            path: PathBuf::from(&f.path),
            message: "output path leaves the output folder".into(),
        })?;
        if let Some(d) = rel.parent() {
            dirs.insert(staging.join(d));
        }
    }
    dirs.insert(staging.to_path_buf());
    for d in &dirs {
        std::fs::create_dir_all(d).map_err(|e| Error::io("create", d, e))?;
    }
    files.par_iter().try_for_each(|f| {
        let path = staging.join(&f.path);
        std::fs::write(&path, &f.bytes).map_err(|e| Error::io("write", &path, e))
    })
}

fn swap(staging: &Path, out: &Path, parent: &Path, name: &str) -> Result<()> {
    if out.exists() {
        let old = parent.join(format!(".{name}.old-{}", std::process::id()));
        std::fs::rename(out, &old).map_err(|e| Error::io("move aside", out, e))?;
        std::fs::rename(staging, out).map_err(|e| Error::io("move into place", staging, e))?;
        std::fs::remove_dir_all(&old).map_err(|e| Error::io("remove", &old, e))?;
    } else {
        std::fs::rename(staging, out).map_err(|e| Error::io("move into place", staging, e))?;
    }
    Ok(())
}

/// A relative path made only of normal components: no `..`, no root, no drive.
pub fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    if path.is_empty() || path.contains('\\') {
        return None;
    }
    p.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_leave_the_folder() {
        for bad in [
            "../x",
            "/etc/passwd",
            "a/../../b",
            "a\\..\\b",
            "",
            "./a/../..",
        ] {
            assert!(safe_relative(bad).is_none(), "{bad}");
        }
        assert!(safe_relative("fr/stories/x/index.html").is_some());
    }

    #[test]
    fn failed_write_keeps_the_previous_output() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[Output::new("a.txt", "one")]).unwrap();
        let err = write(
            &out,
            &[Output::new("b.txt", "two"), Output::new("../x", "bad")],
        );
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(out.join("a.txt")).unwrap(), "one");
        assert!(!out.join("b.txt").exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no staging folder left behind");
    }
}
