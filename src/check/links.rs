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
        let body = site.text(p).unwrap_or_default();
        if let Some(i) = body.lines().position(|l| l.contains(needle)) {
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
    let mut checker = Checker {
        site,
        files: outputs.iter().map(|o| o.path.as_str()).collect(),
        pages: site
            .pages
            .iter()
            .map(|p| (target_file(&p.url), p))
            .collect(),
        ids: ids_by_file(outputs),
        problems: Vec::new(),
        seen: BTreeSet::new(),
    };
    for o in outputs.iter().filter(|o| o.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&o.bytes);
        let page = checker.pages.get(&o.path).copied().filter(|p| !p.fallback);
        checker.links(&o.path, &html, page);
        checker.images(&html, page);
    }
    checker.problems
}

/// The ids of the elements of each HTML file, the targets of anchors.
fn ids_by_file(outputs: &[Output]) -> HashMap<&str, BTreeSet<String>> {
    outputs
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
        .collect()
}

/// The check of the rendered files: what they are, and the problems found so far.
struct Checker<'a> {
    site: &'a Site,
    /// Every file of the site.
    files: BTreeSet<&'a str>,
    /// The page each file renders, by file.
    pages: HashMap<String, &'a Page>,
    ids: HashMap<&'a str, BTreeSet<String>>,
    problems: Vec<Diagnostic>,
    /// (file, line, link) already reported: a link written once is reported once.
    seen: BTreeSet<(PathBuf, usize, String)>,
}

impl Checker<'_> {
    /// The links and image sources of one HTML file that lead nowhere.
    fn links(&mut self, from: &str, html: &str, page: Option<&Page>) {
        for value in attr_values(html, "href")
            .into_iter()
            .chain(attr_values(html, "src"))
        {
            if let Some(message) = self.broken(from, &value) {
                self.report(
                    page,
                    &value,
                    format!("{message} (in /{from})"),
                    "correct the address, or write the link as @/<section>/<page>.md",
                );
            }
        }
    }

    /// What is wrong with a link of the file `from`, if it is one of the site's and is wrong.
    fn broken(&self, from: &str, value: &str) -> Option<String> {
        let (path, anchor) = match value.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (value, None),
        };
        if !(path.is_empty() || (path.starts_with('/') && !path.starts_with("//"))) {
            return None;
        }
        let target = if path.is_empty() {
            from.to_string()
        } else {
            target_file(path.split('?').next().unwrap_or(""))
        };
        if !self.files.contains(target.as_str()) {
            return Some(format!("link to `{value}`: no such page or file"));
        }
        let a = anchor.filter(|a| !a.is_empty())?;
        if self
            .ids
            .get(target.as_str())
            .is_some_and(|set| set.contains(a))
        {
            return None;
        }
        Some(format!("link to `{value}`: no element with id `{a}` there"))
    }

    /// The images of one HTML file without alt text.
    fn images(&mut self, html: &str, page: Option<&Page>) {
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
                self.report(
                    page,
                    src,
                    format!("image `{src}` has no alt text"),
                    "describe the image: ![what it shows](path)",
                );
            }
        }
    }

    /// Records a problem at the line that wrote `needle`, unless it was reported there already.
    fn report(&mut self, page: Option<&Page>, needle: &str, message: String, fix: &str) {
        let (file, line) = origin(self.site, page, needle);
        if self.seen.insert((file.clone(), line, needle.to_string())) {
            self.problems
                .push(Diagnostic::new(file, line, message, fix));
        }
    }
}
