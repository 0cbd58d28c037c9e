//! render: the site search index, one per language, written as a plain script
//! (`/<lang>/search-index.js`) so that search works from `file://` with no request. It holds
//! title, section, URL and the page's text; accent folding and Arabic normalisation are done
//! by `static/js/search.js` on both the text and the query, so they always agree.

use super::reuse::Reuse;
use super::Output;
use crate::content::{Page, PageKind, Site};

/// Text kept per page: enough for matching and snippets, small enough for a phone hotspot.
const MAX_TEXT: usize = 2400;

pub(crate) use super::search_doc::SearchDoc;

/// Whether a page has an entry in its language's index.
pub(crate) fn indexed(page: &Page) -> bool {
    !page.fallback && page.kind != PageKind::Home
}

/// The words of a page's rendered text, as many as the index keeps.
pub(crate) fn body_text(html: &str) -> String {
    let mut text = Words::new(MAX_TEXT);
    text.push_html(html);
    text.finish()
}

/// A page's entry: title, URL, section, summary then `body` (from `body_text`).
pub fn doc(site: &Site, page: &Page, body: &str) -> Option<SearchDoc> {
    if !indexed(page) {
        return None;
    }
    let section = site
        .get(&page.parent, &page.lang)
        .filter(|_| page.kind == PageKind::Page)
        .map(|s| s.meta.title.clone())
        .unwrap_or_default();
    let mut text = Words::new(MAX_TEXT);
    text.push_str(page.meta.summary.as_deref().unwrap_or_default());
    text.push_words(body);
    let text = text.finish();
    Some(SearchDoc {
        lang: page.lang.clone(),
        title: page.meta.title.clone(),
        url: page.url.clone(),
        section,
        text,
    })
}

/// The index of every language; under `serve`, only those with an entry changed since it last
/// saw them.
pub(crate) fn index_files(site: &Site, docs: &[SearchDoc], reuse: &dyn Reuse) -> Vec<Output> {
    site.config
        .codes()
        .filter_map(|lang| index_file(lang, docs, reuse))
        .collect()
}

/// The index of one language from the entries in `docs` that are in it, unless `reuse` knows
/// it to be unchanged.
pub(crate) fn index_file(lang: &str, docs: &[SearchDoc], reuse: &dyn Reuse) -> Option<Output> {
    let mut mine: Vec<&SearchDoc> = docs.iter().filter(|d| d.lang == lang).collect();
    mine.sort_by(|a, b| a.url.cmp(&b.url));
    if !reuse.search_changed(lang, &mine) {
        return None;
    }
    let mut index = IndexWriter::new(lang);
    for doc in mine {
        index.push(doc);
    }
    Some(index.finish())
}

/// A language's index written entry by entry, in URL order, straight into the file's bytes:
/// a build adds each page's entry as the page is rendered, so it never holds a language's
/// entries (26 MB at 10,000 pages per language) beside its index.
pub(crate) struct IndexWriter {
    lang: String,
    bytes: Vec<u8>,
    entries: usize,
}

impl IndexWriter {
    pub fn new(lang: &str) -> IndexWriter {
        IndexWriter {
            lang: lang.to_string(),
            bytes: b"window.OP_SEARCH_INDEX = [".to_vec(),
            entries: 0,
        }
    }

    /// Adds an entry; entries come in URL order.
    pub fn push(&mut self, doc: &SearchDoc) {
        if self.entries > 0 {
            self.bytes.push(b',');
        }
        serde_json::to_writer(&mut self.bytes, doc).expect("strings always serialise");
        self.entries += 1;
    }

    pub fn finish(mut self) -> Output {
        self.bytes.extend_from_slice(b"];\n");
        Output::new(format!("{}/search-index.js", self.lang), self.bytes)
    }
}

/// Page text with whitespace collapsed, up to a byte budget. Built in one pass that stops at
/// the budget: pages are much longer than what the index keeps.
struct Words {
    out: String,
    max: usize,
    space: bool,
}

impl Words {
    fn new(max: usize) -> Self {
        Words {
            out: String::with_capacity(max),
            max,
            space: false,
        }
    }

    fn full(&self) -> bool {
        self.out.len() >= self.max
    }

    /// Returns false once the budget is spent.
    fn push(&mut self, c: char) -> bool {
        if c.is_whitespace() {
            self.space = !self.out.is_empty();
            return !self.full();
        }
        let sep = usize::from(self.space);
        if self.out.len() + sep + c.len_utf8() > self.max {
            self.max = self.out.len();
            return false;
        }
        if self.space {
            self.out.push(' ');
            self.space = false;
        }
        self.out.push(c);
        true
    }

    /// Whitespace collapsed, a word at a time (a word over the budget is cut at a character).
    /// Returns false once the budget is spent.
    fn push_str(&mut self, s: &str) -> bool {
        let mut rest = s;
        while !rest.is_empty() {
            let start = rest
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len());
            if start > 0 {
                self.space = !self.out.is_empty();
                rest = &rest[start..];
                if rest.is_empty() {
                    break;
                }
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = &rest[..end];
            if self.out.len() + usize::from(self.space) + word.len() > self.max {
                return word.chars().all(|c| self.push(c));
            }
            if self.space {
                self.out.push(' ');
                self.space = false;
            }
            self.out.push_str(word);
            rest = &rest[end..];
        }
        !self.full()
    }

    /// Text that is already words separated by single spaces (from `body_text`): copied whole,
    /// up to the budget.
    fn push_words(&mut self, words: &str) {
        if words.is_empty() || self.full() {
            return;
        }
        let sep = usize::from(!self.out.is_empty());
        let room = self.max.saturating_sub(self.out.len() + sep);
        let mut end = room.min(words.len());
        while !words.is_char_boundary(end) {
            end -= 1;
        }
        let chunk = words[..end].trim_end();
        if chunk.is_empty() {
            return;
        }
        if sep == 1 {
            self.out.push(' ');
        }
        self.out.push_str(chunk);
    }

    /// Tags become spaces; the entities pulldown-cmark writes are decoded.
    fn push_html(&mut self, html: &str) {
        const ENTITIES: [(&str, char); 5] = [
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
            ("&amp;", '&'),
        ];
        let mut rest = html;
        loop {
            // The text up to the next tag or entity, in one piece.
            let n = rest
                .bytes()
                .position(|b| b == b'<' || b == b'&')
                .unwrap_or(rest.len());
            if !self.push_str(&rest[..n]) || n == rest.len() {
                return;
            }
            rest = &rest[n..];
            let (used, ok) = if rest.starts_with('<') {
                (rest.find('>').map_or(rest.len(), |n| n + 1), self.push(' '))
            } else {
                match ENTITIES.iter().find(|(e, _)| rest.starts_with(e)) {
                    Some((e, d)) => (e.len(), self.push(*d)),
                    None => (1, self.push('&')),
                }
            };
            if !ok {
                return;
            }
            rest = &rest[used..];
        }
    }

    fn finish(mut self) -> String {
        // Entries are kept until their language's index is written: no spare capacity.
        self.out.shrink_to_fit();
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(summary: &str, html: &str, max: usize) -> String {
        let mut w = Words::new(max);
        w.push_str(summary);
        w.push_html(html);
        w.finish()
    }

    #[test]
    fn html_becomes_words_with_entities_decoded() {
        assert_eq!(
            text(
                "Un  résumé",
                "<p>R&amp;D <em>à</em>\n Marseille &lt;3&gt;</p><p>x</p>",
                100
            ),
            "Un résumé R&D à Marseille <3> x"
        );
    }

    #[test]
    fn an_entry_is_the_summary_then_the_words_of_the_text_within_the_budget() {
        let body = body_text("<p>Un  texte <b>long</b> à lire</p>");
        assert_eq!(body, "Un texte long à lire");
        let mut w = Words::new(20);
        w.push_str("Résumé.");
        w.push_words(&body);
        assert_eq!(w.finish(), "Résumé. Un texte l");
        let mut w = Words::new(100);
        w.push_str("");
        w.push_words(&body);
        assert_eq!(w.finish(), body);
    }

    #[test]
    fn the_budget_keeps_whole_characters() {
        let s = text("", &"<b>مرسيليا</b>".repeat(10), 5);
        assert!(
            s.len() <= 5 && !s.is_empty() && "مرسيليا".starts_with(&s),
            "{s}"
        );
        let s = text("abc", "<p>def ghi</p>", 7);
        assert_eq!(s, "abc def");
    }
}
