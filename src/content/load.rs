//! load: walks `content/` and reads every `<name>.<lang>.md` into a `SourceFile`
//! (front matter table + body), in parallel. Problems are collected, not thrown one by one.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::frontmatter::{self, Split};
use super::Texts;
use crate::config::Config;
use crate::error::{Diagnostic, Error, Result};

/// One Markdown file of one language, as written.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Base name relative to `content/`, without language and extension: `stories/cisam`,
    /// `stories/_index`, `_index`, `about`.
    pub key: String,
    pub lang: String,
    /// Path relative to the site root, as shown in messages: `content/stories/cisam.fr.md`.
    pub path: PathBuf,
    pub split: Split,
}

/// Every page file; with `Texts::InFiles` the bodies are left in their files, read again
/// when each page is rendered.
pub fn load(config: &Config, texts: Texts) -> Result<(Vec<SourceFile>, Vec<Diagnostic>)> {
    let content = config.root.join("content");
    let mut paths = Vec::new();
    for entry in WalkDir::new(&content).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            let path = e.path().map(Path::to_path_buf).unwrap_or(content.clone());
            Error::io("walk", path, e.into())
        })?;
        if entry.file_type().is_file() {
            paths.push(entry.into_path());
        }
    }
    let results: Vec<Result<Option<SourceFile>, Diagnostic>> = paths
        .par_iter()
        .map(|p| read_one(config, &content, p, texts))
        .collect();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(Some(f)) => files.push(f),
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
    }
    Ok((files, problems))
}

/// The files of one key in every language that has one (`serve`, after an edit).
pub(crate) fn load_key(config: &Config, key: &str) -> Result<Vec<SourceFile>, Diagnostic> {
    let content = config.root.join("content");
    let mut files = Vec::new();
    for lang in config.codes() {
        let path = content.join(format!("{key}.{lang}.md"));
        if path.is_file() {
            files.extend(read_one(config, &content, &path, Texts::Held)?);
        }
    }
    Ok(files)
}

/// A page's body read again from its file (`path` relative to the site `root`).
pub(crate) fn read_body(root: &Path, path: &Path) -> Result<String, Diagnostic> {
    let text = read_text(&root.join(path), path)?;
    frontmatter::body_of(path, text)
}

fn read_text(full: &Path, rel: &Path) -> Result<String, Diagnostic> {
    crate::files::read_text(full).map_err(|e| match e {
        crate::Error::Config { line, message, .. } => {
            Diagnostic::new(rel, line, message, "save it as UTF-8 text")
        }
        other => Diagnostic::new(
            rel,
            1,
            format!("cannot read the file: {other}"),
            "check that the file exists and can be read",
        ),
    })
}

/// A content file that may be absent (figures, lexicon): `None` when it is, an error naming
/// its line when it is there but not readable text.
pub(crate) fn read_optional(root: &Path, rel: &Path) -> Result<Option<String>, Diagnostic> {
    let full = root.join(rel);
    if !full.exists() {
        return Ok(None);
    }
    read_text(&full, rel).map(Some)
}

fn read_one(
    config: &Config,
    content: &Path,
    path: &Path,
    texts: Texts,
) -> Result<Option<SourceFile>, Diagnostic> {
    let rel = path
        .strip_prefix(&config.root)
        .unwrap_or(path)
        .to_path_buf();
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.') || !name.ends_with(".md") {
        // Images and other files next to the pages are assets, not pages.
        return Ok(None);
    }
    let stem = &name[..name.len() - 3];
    let Some((base, lang)) = stem.rsplit_once('.') else {
        return Err(Diagnostic::new(
            rel,
            1,
            "the file name has no language suffix",
            format!(
                "rename it `{stem}.{}.md` (one of: {})",
                config.default_language,
                config.codes().collect::<Vec<_>>().join(", ")
            ),
        ));
    };
    if config.language(lang).is_none() {
        return Err(Diagnostic::new(
            rel,
            1,
            format!("unknown language suffix `.{lang}`"),
            format!(
                "use one of the site's languages: {}",
                config.codes().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let dir = path
        .parent()
        .and_then(|d| d.strip_prefix(content).ok())
        .map(|d| d.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default();
    if !is_url_safe(base) || dir.split('/').any(|c| !c.is_empty() && !is_url_safe(c)) {
        return Err(Diagnostic::new(
            rel,
            1,
            format!("`{base}` cannot be used in a URL"),
            "use lowercase letters a-z, digits and hyphens in file and folder names",
        ));
    }
    let key = if dir.is_empty() {
        base.to_string()
    } else {
        format!("{dir}/{base}")
    };
    let text = read_text(path, &rel)?;
    let split = frontmatter::split_with(&rel, &text, texts == Texts::Held)?;
    Ok(Some(SourceFile {
        key,
        lang: lang.to_string(),
        path: rel,
        split,
    }))
}

fn is_url_safe(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}
