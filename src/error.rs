//! Errors of every stage. Each variant says where (file, line when known) and, for content,
//! how to fix it. Only `main.rs` decides how to print them.

use std::fmt;
use std::path::PathBuf;

/// One problem in one content file, at one line, with the fix a writer can apply.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
    pub fix: String,
}

impl Diagnostic {
    pub fn new(
        path: impl Into<PathBuf>,
        line: usize,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            message: message.into(),
            fix: fix.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}",
            self.path.display(),
            self.line.max(1),
            self.message
        )?;
        if !self.fix.is_empty() {
            write!(f, "\n    fix: {}", self.fix)?;
        }
        Ok(())
    }
}

/// Every content problem of one build, reported together.
#[derive(Debug)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        writeln!(f, "{n} content error{}:", if n == 1 { "" } else { "s" })?;
        for (i, d) in self.0.iter().enumerate() {
            writeln!(f, "{:>3}. {d}", i + 1)?;
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Content(Diagnostics),
    #[error("{path}:{line}: {message}")]
    Config {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("template {template} (rendering {page}): {message}")]
    Template {
        template: String,
        page: String,
        message: String,
    },
    #[error("{path}: {message}")]
    Asset { path: PathBuf, message: String },
    /// A command line that cannot be carried out as given (exit 2): what and how to proceed.
    #[error("{message}")]
    Usage { message: String },
    /// Another build holds the output folder.
    #[error("{message}")]
    Busy { message: String },
}

impl Error {
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Line (1-based) of a byte offset in a text.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Line of a parser error: parsers often point past the end of the faulty line (at the next
/// line or the end of the text); the writer needs the last line with text before that point.
pub(crate) fn line_of_error(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    let trimmed = text[..end].trim_end_matches([' ', '\t', '\r', '\n']);
    if trimmed.len() < end && text[trimmed.len()..end].contains('\n') {
        line_of(text, trimmed.len())
    } else {
        line_of(text, end)
    }
}

/// Line of the file where `key` is set in the front matter, or the first front matter line.
pub(crate) fn line_of_key(split_raw: &str, raw_line: usize, key: &str) -> usize {
    for (i, line) in split_raw.lines().enumerate() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix(key) {
            let rest = rest.trim_start();
            if rest.starts_with('=') || rest.starts_with(':') {
                return raw_line + i;
            }
        }
    }
    raw_line
}

/// Line of the first occurrence of `needle` in the front matter, if any.
pub(crate) fn line_of_text(split_raw: &str, raw_line: usize, needle: &str) -> Option<usize> {
    split_raw
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| raw_line + i)
}
