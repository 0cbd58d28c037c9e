//! output: one build at a time per output folder. A build holds an exclusive lock on
//! `.<name>.lock` beside the folder for as long as it runs; a second build at once is told so
//! and changes nothing. Holding it, the build knows that any staging or set-aside folder of
//! this output (`.<name>.staging-<pid>`, `.<name>.old-<pid>`) belongs to a build that was
//! interrupted (Ctrl-C, SIGKILL), and removes it: by its name, never anything else.

use std::fs::File;
use std::path::{Path, PathBuf};

use super::manifest::beside;
use crate::error::{Error, Result};

/// The lock on an output folder, released when dropped (or when the process ends, however).
pub struct Claim {
    _file: File,
}

impl Claim {
    /// Takes the output folder for this build and sweeps what interrupted builds left.
    pub fn take(out: &Path) -> Result<Claim> {
        let path = beside(out, "lock");
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io("open", &path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::Busy {
                    message: format!(
                        "another oneprovence build is writing {} right now; nothing was \
                         changed by this one: wait for it to end, then build again",
                        out.display()
                    ),
                })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io("lock", &path, e)),
        }
        sweep(out);
        Ok(Claim { _file: file })
    }
}

/// Leftovers of interrupted builds of `out`, found by their names.
pub fn leftovers(out: &Path) -> Vec<PathBuf> {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let parent = beside(out, "x")
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let Ok(entries) = std::fs::read_dir(&parent) else {
        return Vec::new();
    };
    let prefixes = [
        format!(".{name}.staging-"),
        format!(".{name}.old-"),
        format!(".{name}.manifest.tmp-"),
        format!(".{name}.manifest-next.tmp-"),
    ];
    entries
        .flatten()
        .filter(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            prefixes.iter().any(|p| {
                file.strip_prefix(p.as_str())
                    .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
            })
        })
        .map(|e| e.path())
        .collect()
}

fn sweep(out: &Path) {
    for path in leftovers(out) {
        let _ = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_is_refused_and_leftovers_are_swept_by_name_only() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(dir.path().join(".public.staging-123/fr")).unwrap();
        std::fs::create_dir_all(dir.path().join(".public.old-9")).unwrap();
        std::fs::create_dir_all(dir.path().join(".public.staging-x")).unwrap();
        std::fs::create_dir_all(dir.path().join(".other.staging-1")).unwrap();
        let first = Claim::take(&out).unwrap();
        assert!(!dir.path().join(".public.staging-123").exists());
        assert!(!dir.path().join(".public.old-9").exists());
        assert!(dir.path().join(".public.staging-x").exists());
        assert!(dir.path().join(".other.staging-1").exists());
        assert!(matches!(Claim::take(&out), Err(Error::Busy { .. })));
        drop(first);
        assert!(Claim::take(&out).is_ok());
    }
}
