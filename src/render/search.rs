//! render: the site search index, one per language, written as a plain script
//! (`/<lang>/search-index.js`) so that search works from `file://` with no request. It holds
//! title, section, URL and the page's text; accent folding and Arabic normalisation are done
//! by `static/js/search.js` on both the text and the query, so they always agree.

use serde::Serialize;

use super::Output;
use crate::content::{Page, PageKind, Site};

/// Text kept per page: enough for matching and snippets, small enough for a phone hotspot.
const MAX_TEXT: usize = 2400;

#[derive(Debug, Clone, Serialize)]
pub struct SearchDoc {
    #[serde(skip)]
    pub lang: String,
    /// Title.
    pub t: String,
    /// URL.
    pub u: String,
    /// Section title.
    pub s: String,
    /// Plain text (summary then body).
    pub x: String,
}

pub fn doc(site: &Site, page: &Page, html: &str) -> Option<SearchDoc> {
    if page.fallback || page.kind == PageKind::Home {
        return None;
    }
    let section = site
        .get(&page.parent, &page.lang)
        .filter(|_| page.kind == PageKind::Page)
        .map(|s| s.meta.title.clone())
        .unwrap_or_default();
    let mut text = page.meta.summary.clone().unwrap_or_default();
    text.push(' ');
    text.push_str(&plain_text(html));
    let text = truncate(
        text.split_whitespace().collect::<Vec<_>>().join(" "),
        MAX_TEXT,
    );
    Some(SearchDoc {
        lang: page.lang.clone(),
        t: page.meta.title.clone(),
        u: page.url.clone(),
        s: section,
        x: text,
    })
}

pub fn outputs(site: &Site, docs: &[SearchDoc]) -> Vec<Output> {
    site.config
        .codes()
        .map(|lang| {
            let mut mine: Vec<&SearchDoc> = docs.iter().filter(|d| d.lang == lang).collect();
            mine.sort_by(|a, b| a.u.cmp(&b.u));
            let json = serde_json::to_string(&mine).expect("strings always serialise");
            Output::new(
                format!("{lang}/search-index.js"),
                format!("window.OP_SEARCH_INDEX = {json};\n"),
            )
        })
        .collect()
}

/// The text of an HTML fragment: tags dropped, the few entities pulldown-cmark writes decoded.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn truncate(s: String, max: usize) -> String {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_tags_and_decodes_entities() {
        assert_eq!(
            plain_text("<p>R&amp;D <em>à</em> Marseille</p>")
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["R&D", "à", "Marseille"]
        );
    }

    #[test]
    fn truncation_keeps_whole_characters() {
        let s = truncate("مرسيليا".repeat(10), 5);
        assert!(s.len() <= 5 && !s.is_empty());
    }
}
