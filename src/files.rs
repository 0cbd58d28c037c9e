//! files: the unit every stage produces (an output file, path relative to the output folder),
//! the check that a path stays inside that folder, and zip writing with fixed timestamps.
//! Shared plumbing: below every stage, so no stage imports another for it.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

/// One file of the built site, path relative to the output folder.
#[derive(Debug, Clone)]
pub struct Output {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl Output {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Output {
        Output {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// Takes files as soon as they are made (a clean build writes them to its staging folder) and
/// may leave what it took empty.
pub(crate) type Sink<'a> = dyn Fn(&mut [Output]) -> Result<()> + Sync + 'a;

/// The largest text source read (a page, a template, a settings or translation file).
pub(crate) const MAX_SOURCE: u64 = 32 * 1024 * 1024;

/// A source file's text; one that is not UTF-8 is an error naming the line of the first bad
/// byte (a file saved as Latin-1 or Windows-1252 by an editor, a binary dropped in by mistake).
pub(crate) fn read_text(path: &Path) -> Result<String> {
    // A source is text a person writes: a file this large is a mistake (a video renamed .md, a
    // log), and reading it whole would exhaust memory before any parser could say so.
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_SOURCE {
        return Err(Error::Config {
            path: path.to_path_buf(),
            line: 1,
            message: format!(
                "{} MB is not a source file (at most {} MB); move it out of the project's folders",
                size / 1_048_576,
                MAX_SOURCE / 1_048_576
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io("read", path, e))?;
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..good].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::Config {
            path: path.to_path_buf(),
            line,
            message: format!(
                "not UTF-8 text (byte {} is invalid); save the file as UTF-8 in your editor",
                good + 1
            ),
        }
    })
}

/// The offset where brackets nest deeper than `limit` (`{` in Fluent, `[` and `{` in TOML,
/// `<` in SVG): parsers that recurse per level overflow the stack on hostile inputs, so such a
/// text is refused with its line before it reaches them.
pub(crate) fn too_deep(text: &str, open: &[u8], close: &[u8], limit: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        if open.contains(&b) {
            depth += 1;
            if depth > limit {
                return Some(i);
            }
        } else if close.contains(&b) {
            depth = depth.saturating_sub(1);
        }
    }
    None
}

/// A relative path made only of normal components: no `..`, no root, no drive.
pub(crate) fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    if path.is_empty() || path.contains('\\') {
        return None;
    }
    p.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| p.to_path_buf())
}

/// `safe_relative`, or the error naming the output path that would leave the folder.
pub(crate) fn checked_relative(path: &str) -> Result<PathBuf> {
    safe_relative(path).ok_or_else(|| Error::Asset {
        path: PathBuf::from(path),
        message: "output path leaves the output folder".into(),
    })
}

/// Two outputs at one path would silently lose one of them: a page and a generated list, say.
pub(crate) fn check_unique(files: &[Output]) -> Result<()> {
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

/// The same zip in memory (the kit's downloads): two builds give the same bytes.
pub(crate) fn zip_bytes(outputs: &[Output]) -> std::io::Result<Vec<u8>> {
    let mut buf = std::io::Cursor::new(Vec::new());
    zip_to(&mut buf, outputs)?;
    Ok(buf.into_inner())
}

fn zip_to<W: Write + std::io::Seek>(w: W, outputs: &[Output]) -> std::io::Result<()> {
    let zerr = std::io::Error::other;
    let mut zip = zip::ZipWriter::new(w);
    let stamp = zip::DateTime::from_date_and_time(2026, 1, 1, 0, 0, 0).expect("a valid fixed date");
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(stamp)
        .unix_permissions(0o644);
    let mut sorted: Vec<&Output> = outputs.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    for o in sorted {
        // Already compressed formats are stored as they are: deflating them again gains
        // nothing and costs most of the time of a zip.
        let packed = [".png", ".jpg", ".jpeg", ".pdf", ".woff2", ".zip", ".gz"]
            .iter()
            .any(|x| o.path.ends_with(x));
        let options = if packed {
            options.compression_method(zip::CompressionMethod::Stored)
        } else {
            options
        };
        zip.start_file(o.path.as_str(), options).map_err(zerr)?;
        zip.write_all(&o.bytes)?;
    }
    zip.finish().map_err(zerr)?;
    Ok(())
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
            "a/./../../b",
            "//x",
        ] {
            assert!(safe_relative(bad).is_none(), "{bad}");
            assert!(checked_relative(bad).is_err(), "{bad}");
        }
        assert!(safe_relative("fr/stories/x/index.html").is_some());
    }

    #[test]
    fn zips_are_the_same_bytes_whatever_the_order_of_their_entries() {
        let a = [Output::new("b.txt", "two"), Output::new("a.txt", "one")];
        let b = [Output::new("a.txt", "one"), Output::new("b.txt", "two")];
        assert_eq!(zip_bytes(&a).unwrap(), zip_bytes(&b).unwrap());
        let c = [Output::new("a.txt", "one"), Output::new("b.txt", "tw0")];
        assert_ne!(zip_bytes(&a).unwrap(), zip_bytes(&c).unwrap());
    }
}
