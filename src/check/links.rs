//! check: links and anchors in the rendered pages that lead nowhere, and images without alt
//! text, each traced back to the content file and line that wrote it (or to the theme).

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use crate::content::{Page, Site};
use crate::error::Diagnostic;
use crate::files::Output;

/// Values of one attribute in an HTML text, unescaped.
fn attr_values(html: &str, name: &str) -> Vec<String> {
    let pat = format!(" {name}=\"");
    html.match_indices(&pat)
        .filter_map(|(i, _)| {
            let rest = &html[i + pat.len()..];
            rest.find('"').map(|end| rest[..end].replace("&amp;", "&"))
        })
        .collect()
}

fn target_file(path: &str) -> String {
    let p = path.trim_start_matches('/');
    if p.is_empty() || p.ends_with('/') {
        format!("{p}index.html")
    } else {
        p.to_string()
    }
}

/// Where a link of a page was written: the content file's line, or the theme.
fn origin(site: &Site, page: Option<&Page>, needle: &str) -> (PathBuf, usize) {
    if let Some(p) = page {
        if let Some(i) = p.body.lines().position(|l| l.contains(needle)) {
            return (p.path.clone(), p.body_line + i);
        }
    }
    (
        site.config
            .theme_dir()
            .join("templates")
            .strip_prefix(&site.config.root)
            .map(PathBuf::from)
            .unwrap_or_default(),
        0,
    )
}

pub fn check(site: &Site, outputs: &[Output]) -> Vec<Diagnostic> {
    let files: BTreeSet<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
    let pages: HashMap<String, &Page> = site
        .pages
        .iter()
        .map(|p| (target_file(&p.url), p))
        .collect();
    let ids: HashMap<&str, BTreeSet<String>> = outputs
        .iter()
        .filter(|o| o.path.ends_with(".html"))
        .map(|o| {
            (
                o.path.as_str(),
                attr_values(&String::from_utf8_lossy(&o.bytes), "id")
                    .into_iter()
                    .collect(),
            )
        })
        .collect();
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for o in outputs.iter().filter(|o| o.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&o.bytes);
        let page = pages.get(&o.path).copied().filter(|p| !p.fallback);
        for value in attr_values(&html, "href")
            .into_iter()
            .chain(attr_values(&html, "src"))
        {
            let (path, anchor) = match value.split_once('#') {
                Some((p, a)) => (p, Some(a)),
                None => (value.as_str(), None),
            };
            if !(path.is_empty() || (path.starts_with('/') && !path.starts_with("//"))) {
                continue;
            }
            let target = if path.is_empty() {
                o.path.clone()
            } else {
                target_file(path.split('?').next().unwrap_or(""))
            };
            let message = if !files.contains(target.as_str()) {
                format!("link to `{value}`: no such page or file")
            } else if let Some(a) = anchor.filter(|a| !a.is_empty()) {
                if ids.get(target.as_str()).is_some_and(|set| set.contains(a)) {
                    continue;
                }
                format!("link to `{value}`: no element with id `{a}` there")
            } else {
                continue;
            };
            let (file, line) = origin(site, page, &value);
            if seen.insert((file.clone(), line, value.clone())) {
                problems.push(Diagnostic::new(
                    file,
                    line,
                    format!("{message} (in /{})", o.path),
                    "correct the address, or write the link as @/<section>/<page>.md",
                ));
            }
        }
        for img in html.split("<img ").skip(1) {
            let tag = &img[..img.find('>').unwrap_or(img.len())];
            let alt = tag
                .split(" alt=\"")
                .nth(1)
                .or_else(|| tag.strip_prefix("alt=\""))
                .and_then(|r| r.split('"').next());
            if alt.is_none_or(|a| a.trim().is_empty()) {
                let src = tag
                    .split("src=\"")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .unwrap_or("");
                let (file, line) = origin(site, page, src);
                if seen.insert((file.clone(), line, src.to_string())) {
                    problems.push(Diagnostic::new(
                        file,
                        line,
                        format!("image `{src}` has no alt text"),
                        "describe the image: ![what it shows](path)",
                    ));
                }
            }
        }
    }
    problems
}
