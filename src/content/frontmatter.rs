//! load: splits a Markdown file into its front matter (TOML `+++` or YAML `---`) and body, and
//! parses the front matter into a TOML table, with errors mapped to lines of the file.

use crate::error::{line_of, line_of_error, Diagnostic};
use std::path::Path;
use std::sync::Arc;

use super::Body;

/// A file split into front matter and body.
#[derive(Debug, Clone)]
pub struct Split {
    pub table: toml::Table,
    /// Raw front matter text, to find the line of a key later. Shared (not copied) with the
    /// pages shown from this file: a large site holds its text once.
    pub raw: Arc<str>,
    /// Line of the file where the front matter text starts (the line after the opening fence).
    pub raw_line: usize,
    pub body: Body,
    /// Line of the file where the body starts.
    pub body_line: usize,
}

/// Where the parts of a file are: the front matter's fence and text, the body's start.
struct Fenced<'a> {
    fence: &'static str,
    raw: &'a str,
    /// Byte offset of the body in the text given (a byte order mark included).
    body_start: usize,
    body_line: usize,
}

/// The file split, its body held in memory (`serve` compares edited texts).
pub fn split(path: &Path, text: &str) -> Result<Split, Diagnostic> {
    split_with(path, text, true)
}

/// The file split; the body is held only when `hold`, else left in the file (`Body::InFile`).
pub(crate) fn split_with(path: &Path, text: &str, hold: bool) -> Result<Split, Diagnostic> {
    let Fenced {
        fence,
        raw,
        body_start,
        body_line,
    } = fences(path, text)?;
    let table = if fence == "+++" {
        parse_toml(path, raw)?
    } else {
        parse_yaml(path, raw)?
    };
    Ok(Split {
        table,
        raw: raw.into(),
        raw_line: 2,
        body: if hold {
            Body::Held(text[body_start..].into())
        } else {
            Body::InFile
        },
        body_line,
    })
}

/// The body of a file's text, read again when a page is rendered: the text after the front
/// matter's closing fence, which is cut off in place (no copy).
pub(crate) fn body_of(path: &Path, mut text: String) -> Result<String, Diagnostic> {
    let start = fences(path, &text)?.body_start;
    text.drain(..start);
    Ok(text)
}

fn fences<'a>(path: &Path, full: &'a str) -> Result<Fenced<'a>, Diagnostic> {
    let text = full.strip_prefix('\u{feff}').unwrap_or(full);
    let bom = full.len() - text.len();
    let fence = if text.starts_with("+++") {
        "+++"
    } else if text.starts_with("---") {
        "---"
    } else {
        return Err(Diagnostic::new(
            path,
            1,
            "the file does not start with front matter",
            "begin the file with a `+++` line, then `title = \"...\"`, then a closing `+++` line",
        ));
    };
    let first_nl = text.find('\n').unwrap_or(text.len());
    if text[..first_nl].trim_end() != fence {
        return Err(Diagnostic::new(
            path,
            1,
            format!("the opening `{fence}` must be alone on its line"),
            format!("put `{fence}` on the first line by itself"),
        ));
    }
    let rest_start = (first_nl + 1).min(text.len());
    let rest = &text[rest_start..];
    let close = find_closing(rest, fence).ok_or_else(|| {
        Diagnostic::new(
            path,
            1,
            format!("the front matter opened with `{fence}` on line 1 is never closed"),
            format!("add a line holding only `{fence}` after the last front matter field"),
        )
    })?;
    let raw = &rest[..close];
    let after = &rest[close..];
    let after = after.split_once('\n').map(|(_, b)| b).unwrap_or("");
    let body_line = line_of(text, text.len() - after.len());
    Ok(Fenced {
        fence,
        raw,
        body_start: bom + text.len() - after.len(),
        body_line,
    })
}

fn find_closing(rest: &str, fence: &str) -> Option<usize> {
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == fence {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

fn parse_toml(path: &Path, raw: &str) -> Result<toml::Table, Diagnostic> {
    raw.parse::<toml::Table>().map_err(|e| {
        let line = e.span().map(|s| line_of_error(raw, s.start)).unwrap_or(1) + 1;
        Diagnostic::new(
            path,
            line,
            format!("invalid TOML front matter: {}", e.message().trim()),
            "write `key = value`, with strings in double quotes and lists as [\"a\", \"b\"]",
        )
    })
}

fn parse_yaml(path: &Path, raw: &str) -> Result<toml::Table, Diagnostic> {
    let value: serde_norway::Value = serde_norway::from_str(raw).map_err(|e| {
        let line = e.location().map(|l| l.line()).unwrap_or(1) + 1;
        Diagnostic::new(
            path,
            line,
            format!("invalid YAML front matter: {e}"),
            "write `key: value`, indent lists with `- item`, quote text containing `:`",
        )
    })?;
    if value.is_null() {
        return Ok(toml::Table::new());
    }
    let value = yaml_to_toml(value).ok_or_else(|| {
        Diagnostic::new(
            path,
            2,
            "YAML front matter holds a null or non-text key",
            "give every key a value",
        )
    })?;
    match value {
        toml::Value::Table(t) => Ok(t),
        _ => Err(Diagnostic::new(
            path,
            2,
            "YAML front matter must be a mapping of `key: value` lines",
            "write one `key: value` per line",
        )),
    }
}

fn yaml_to_toml(value: serde_norway::Value) -> Option<toml::Value> {
    use serde_norway::Value as Y;
    Some(match value {
        Y::Null => return None,
        Y::Bool(b) => toml::Value::Boolean(b),
        Y::Number(n) => match n.as_i64() {
            Some(i) => toml::Value::Integer(i),
            None => toml::Value::Float(n.as_f64()?),
        },
        Y::String(s) => toml::Value::String(s),
        Y::Sequence(items) => {
            toml::Value::Array(items.into_iter().filter_map(yaml_to_toml).collect())
        }
        Y::Mapping(map) => {
            let mut table = toml::Table::new();
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    _ => return None,
                };
                if let Some(v) = yaml_to_toml(v) {
                    table.insert(key, v);
                }
            }
            toml::Value::Table(table)
        }
        Y::Tagged(t) => return yaml_to_toml(t.value),
    })
}

pub(crate) use crate::error::{line_of_key, line_of_text};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_toml_front_matter_and_counts_body_line() {
        let s = split(Path::new("a.fr.md"), "+++\ntitle = \"A\"\n+++\nHello\n").unwrap();
        assert_eq!(s.table["title"].as_str(), Some("A"));
        assert_eq!(s.body.held().map(|b| &**b), Some("Hello\n"));
        assert_eq!(s.body_line, 4);
        let again = body_of(
            Path::new("a.fr.md"),
            "\u{feff}+++\ntitle = \"A\"\n+++\nHello\n".into(),
        );
        assert_eq!(again.unwrap(), "Hello\n");
    }

    #[test]
    fn reads_yaml_front_matter_as_the_same_table() {
        let s = split(
            Path::new("a.fr.md"),
            "---\ntitle: A\nsectors:\n  - sante\n---\nBody",
        )
        .unwrap();
        assert_eq!(s.table["title"].as_str(), Some("A"));
        assert_eq!(s.table["sectors"].as_array().map(|a| a.len()), Some(1));
        assert_eq!(s.body.held().map(|b| &**b), Some("Body"));
        let left = split_with(Path::new("a.fr.md"), "---\ntitle: A\n---\nBody", false).unwrap();
        assert!(left.body.held().is_none());
    }

    #[test]
    fn broken_toml_names_the_line_in_the_file() {
        let e = split(
            Path::new("a.fr.md"),
            "+++\ntitle = \"A\"\ndate = = 3\n+++\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        assert!(e.message.contains("invalid TOML"));
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = split(Path::new("a.fr.md"), "+++\ntitle = \"A\"\n").unwrap_err();
        assert!(e.message.contains("never closed"));
    }
}
