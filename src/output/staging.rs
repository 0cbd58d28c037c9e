//! output: every build is written to a staging folder next to the output folder, then swapped
//! in by rename, so `public/` is always a whole build: the previous one until the new one is
//! complete. A file whose bytes are those the previous build wrote at the same path is a hard
//! link to it (no copy, no write); the others are written new. Bytes are compared with the
//! previous file only when its size is the same: a clean build hashes and reads nothing back.
//! Dropped unfinished (an error halfway), the staging folder is removed and the previous
//! output stays as it was.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use rayon::prelude::*;

use super::manifest::{sibling, Table};
use crate::error::{Error, Result};
use crate::files::{checked_relative, Output};

pub(crate) struct Staging {
    dir: PathBuf,
    out: PathBuf,
    /// The file table of the build now in `out`, whose files may be linked.
    previous: Table,
    table: Mutex<Table>,
    written: AtomicUsize,
    done: bool,
}

/// What a finished staging folder holds.
pub(crate) struct Staged {
    /// Output path to size of every file.
    pub table: Table,
    /// Files written new (the others were linked from the previous build).
    pub written: usize,
}

impl Staging {
    /// An empty staging folder for `out`; `previous` is the table of the build in `out`.
    pub fn new(out: &Path, previous: Table) -> Result<Staging> {
        let dir = sibling(out, "staging");
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| Error::io("clear", &dir, e))?;
        }
        std::fs::create_dir_all(&dir).map_err(|e| Error::io("create", &dir, e))?;
        Ok(Staging {
            dir,
            out: out.to_path_buf(),
            previous,
            table: Mutex::new(Table::new()),
            written: AtomicUsize::new(0),
            done: false,
        })
    }

    /// Places these files now and empties them, but for the home pages, which the weight
    /// report reads at the end.
    pub fn put(&self, files: &mut [Output]) -> Result<()> {
        for f in files.iter_mut() {
            if f.path.matches('/').count() <= 1 && f.path.ends_with("index.html") {
                continue;
            }
            self.place(f)?;
            f.bytes = Vec::new();
        }
        Ok(())
    }

    /// A hard link to the previous build's file when it has the same bytes, else a new file.
    fn place(&self, f: &Output) -> Result<()> {
        let rel = checked_relative(&f.path)?;
        let size = f.bytes.len() as u64;
        let path = self.dir.join(&rel);
        if let Some(d) = path.parent() {
            std::fs::create_dir_all(d).map_err(|e| Error::io("create", d, e))?;
        }
        let old = self.out.join(&rel);
        let same = self.previous.get(&f.path) == Some(&size)
            && std::fs::read(&old).is_ok_and(|b| b == f.bytes);
        if !(same && std::fs::hard_link(&old, &path).is_ok()) {
            // A new inode, never one shared with the previous build: `create_new` refuses a
            // path placed twice rather than writing through a link into `out`.
            write_new(&path, &f.bytes).map_err(|e| match e {
                Error::Io { source, .. } if source.kind() == std::io::ErrorKind::AlreadyExists => {
                    Error::Asset {
                        path: rel.clone(),
                        message: "two outputs of this build would be written to this path \
                                  (a page at the address of a generated page or file); \
                                  rename the page or the file in static/"
                            .into(),
                    }
                }
                other => other,
            })?;
            self.written.fetch_add(1, Ordering::Relaxed);
        }
        let mut table = self.table.lock().expect("no panic while holding the lock");
        table.insert(f.path.clone(), size);
        Ok(())
    }

    /// Places the files not placed yet, swaps the folder in, and gives its table.
    pub fn finish(mut self, files: &[Output]) -> Result<Staged> {
        let placed: Vec<bool> = {
            let table = self.table.lock().expect("no panic while holding the lock");
            files.iter().map(|f| table.contains_key(&f.path)).collect()
        };
        files
            .par_iter()
            .zip(placed)
            .filter(|(_, placed)| !placed)
            .try_for_each(|(f, _)| self.place(f))?;
        // Until the full manifest is saved after the swap, this one says the new files are ours.
        {
            let table = self.table.lock().expect("no panic while holding the lock");
            super::manifest::save_next(&self.out, &table)?;
        }
        swap(&self.dir, &self.out)?;
        self.done = true;
        let table =
            std::mem::take(&mut *self.table.lock().expect("no panic while holding the lock"));
        Ok(Staged {
            table,
            written: self.written.load(Ordering::Relaxed),
        })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::io("write", path, e))?;
    file.write_all(bytes)
        .map_err(|e| Error::io("write", path, e))
}

/// Puts the staging folder in place of `out`. On Linux the two folders are exchanged in one
/// step, so there is never a moment without a whole output (a build killed right after leaves
/// the old one where the staging folder was, swept by the next build); where the file system
/// cannot (vfat sticks, other systems) the old folder is moved aside, the new one renamed in.
fn swap(staging: &Path, out: &Path) -> Result<()> {
    if !out.exists() {
        return std::fs::rename(staging, out).map_err(|e| Error::io("move into place", staging, e));
    }
    if exchange(staging, out) {
        return std::fs::remove_dir_all(staging).map_err(|e| Error::io("remove", staging, e));
    }
    let old = sibling(out, "old");
    std::fs::rename(out, &old).map_err(|e| Error::io("move aside", out, e))?;
    std::fs::rename(staging, out).map_err(|e| Error::io("move into place", staging, e))?;
    std::fs::remove_dir_all(&old).map_err(|e| Error::io("remove", &old, e))
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).is_ok()
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(out: &Path, previous: Table, files: &[Output]) -> Result<Staged> {
        Staging::new(out, previous)?.finish(files)
    }

    #[test]
    fn a_failed_build_leaves_the_previous_output_and_no_staging_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        stage(&out, Table::new(), &[Output::new("a.txt", "one")]).unwrap();
        let err = stage(
            &out,
            Table::new(),
            &[Output::new("b.txt", "two"), Output::new("../x", "bad")],
        );
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(out.join("a.txt")).unwrap(), "one");
        assert!(!out.join("b.txt").exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("staging"))
            .collect();
        assert!(leftovers.is_empty(), "no staging folder left behind");
    }

    #[test]
    fn unchanged_files_are_linked_and_changed_ones_never_write_into_the_old_build() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let first = stage(
            &out,
            Table::new(),
            &[
                Output::new("same.txt", "same"),
                Output::new("x/changed.txt", "old"),
            ],
        )
        .unwrap();
        assert_eq!(first.written, 2);
        let inode = std::fs::metadata(out.join("same.txt")).unwrap().ino();
        let kept = std::fs::File::open(out.join("x/changed.txt")).unwrap();
        let second = stage(
            &out,
            first.table,
            &[
                Output::new("same.txt", "same"),
                Output::new("x/changed.txt", "new"),
            ],
        )
        .unwrap();
        assert_eq!(second.written, 1, "only the changed file is written");
        assert_eq!(
            std::fs::metadata(out.join("same.txt")).unwrap().ino(),
            inode
        );
        assert_eq!(
            std::fs::read_to_string(out.join("x/changed.txt")).unwrap(),
            "new"
        );
        // A reader holding the old file still reads the old bytes.
        let mut text = String::new();
        std::io::Read::read_to_string(&mut &kept, &mut text).unwrap();
        assert_eq!(text, "old");
    }
}
