//! render: one page's Markdown to HTML with pulldown-cmark. Headings get ids (Unicode-aware,
//! so Arabic headings get Arabic ids), `@/section/page.md` links become the URL of that page in
//! the reader's language, tables get a scrolling wrapper, and shortcode placeholders are
//! swapped for their HTML.

use std::collections::HashSet;
use std::path::Path;

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::raw;
use crate::error::{line_of, Diagnostic};
use crate::urls;

#[derive(Debug, Clone, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<Heading>,
    pub words: usize,
    pub problems: Vec<Diagnostic>,
}

/// A page's Markdown rendered.
#[derive(Debug, Clone)]
pub struct Content {
    pub html: String,
    /// Its headings, for the table of contents.
    pub toc: Vec<Heading>,
    pub words: usize,
    pub problems: Vec<Diagnostic>,
    /// Its words for the search index (empty when the page has no entry).
    pub text: String,
}

/// What the Markdown pass needs to know of the site.
pub struct Links<'a> {
    /// URL of a page key (`stories/x`) in the page's language, if that page exists.
    pub page_url: &'a dyn Fn(&str) -> Option<String>,
    /// Whether a site path (`/images/a.jpg`) names a file the build will publish.
    pub asset_exists: &'a dyn Fn(&str) -> bool,
    /// Intrinsic size and resized copies of a raster image, by site path.
    pub image: &'a dyn Fn(&str) -> Option<crate::assets::images::Image>,
    /// `[markdown] unsafe_html`: raw HTML and script URLs published as written.
    pub unsafe_html: bool,
}

pub fn render(path: &Path, text: &str, first_line: usize, links: &Links) -> Rendered {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut events: Vec<(Event, usize)> = Parser::new_ext(text, options)
        .into_offset_iter()
        .map(|(e, r)| (e, r.start))
        .collect();
    let toc = heading_ids(&mut events);
    let mut pass = Pass {
        path,
        text,
        first_line,
        links,
        out: Rendered {
            toc,
            ..Rendered::default()
        },
        events: Vec::with_capacity(events.len() + 8),
        image: None,
    };
    for (event, offset) in events {
        pass.event(event, offset);
    }
    let mut html_out = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut html_out, pass.events.into_iter());
    let mut out = pass.out;
    out.html = html_out;
    out
}

/// A responsive image whose alt text is being gathered.
struct PendingImage {
    src: String,
    info: crate::assets::images::Image,
    title: String,
    alt: String,
}

/// The pass over a page's events: links resolved, images and tables rewritten, words counted.
struct Pass<'t, 'a> {
    path: &'a Path,
    text: &'t str,
    first_line: usize,
    links: &'a Links<'a>,
    out: Rendered,
    /// The events to write as HTML.
    events: Vec<Event<'t>>,
    image: Option<PendingImage>,
}

impl<'t> Pass<'t, '_> {
    /// The line in the source file of an offset in the body.
    fn line(&self, offset: usize) -> usize {
        self.first_line + line_of(self.text, offset) - 1
    }

    /// Takes one event of the parser, at `offset` in the body.
    fn event(&mut self, event: Event<'t>, offset: usize) {
        if self.image.is_some() {
            return self.alt_text(event);
        }
        match event {
            Event::Html(ref raw) | Event::InlineHtml(ref raw) if !self.links.unsafe_html => {
                let line = self.line(offset);
                self.out
                    .problems
                    .extend(raw::html_problem(self.path, line, raw));
            }
            Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. })
                if !self.links.unsafe_html && raw::dangerous_url(dest_url) =>
            {
                let line = self.line(offset);
                self.out
                    .problems
                    .push(raw::url_problem(self.path, line, dest_url));
                self.events.push(raw::defused(event));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if dest_url.starts_with("@/") => {
                let dest_url = self.internal_link(dest_url, offset);
                self.events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image { .. }) => self.start_image(event, offset),
            Event::Start(Tag::Table(_)) => {
                self.events.push(Event::Html(CowStr::from(
                    "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\">",
                )));
                self.events.push(event);
            }
            Event::End(TagEnd::Table) => {
                self.events.push(event);
                self.events.push(Event::Html(CowStr::from("</div>")));
            }
            Event::Text(ref t) => {
                self.out.words += count_words(t);
                self.events.push(event);
            }
            other => self.events.push(other),
        }
    }

    /// An image: checked, and when the build has resized copies of it, its alt text gathered
    /// (`alt_text`) to write one `<img>` with `srcset`.
    fn start_image(&mut self, event: Event<'t>, offset: usize) {
        let Event::Start(Tag::Image {
            ref dest_url,
            ref title,
            ..
        }) = event
        else {
            return self.events.push(event);
        };
        check_image(
            self.path,
            self.line(offset),
            dest_url,
            self.links,
            &mut self.out.problems,
        );
        match (self.links.image)(dest_url) {
            Some(info) => {
                self.image = Some(PendingImage {
                    src: dest_url.to_string(),
                    info,
                    title: title.to_string(),
                    alt: String::new(),
                })
            }
            None => self.events.push(event),
        }
    }

    /// Inside a responsive image: its alt text gathered as plain text (CommonMark: the text of
    /// emphasis and code spans, breaks as spaces), then the tag written whole at its end.
    fn alt_text(&mut self, event: Event<'t>) {
        let Some(img) = self.image.as_mut() else {
            return self.events.push(event);
        };
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => img.alt.push_str(&t),
            Event::SoftBreak | Event::HardBreak => img.alt.push(' '),
            Event::End(TagEnd::Image) => {
                let tag = img_tag(img);
                self.image = None;
                self.events.push(Event::Html(CowStr::from(tag)));
            }
            _ => {}
        }
    }

    /// The URL an `@/` link names; a dead one is reported and kept as written.
    fn internal_link(&mut self, dest_url: CowStr<'t>, offset: usize) -> CowStr<'t> {
        match internal_link(&dest_url, self.links) {
            Ok(url) => CowStr::from(url),
            Err(fix) => {
                self.out.problems.push(Diagnostic::new(
                    self.path,
                    self.line(offset),
                    format!("link to `{dest_url}`: no such page"),
                    fix,
                ));
                dest_url
            }
        }
    }
}

/// Words separated by ASCII whitespace (enough for a reading time), in one pass over the bytes.
fn count_words(t: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for b in t.bytes() {
        let word_byte = !b.is_ascii_whitespace();
        words += usize::from(word_byte && !in_word);
        in_word = word_byte;
    }
    words
}

/// `<img>` with `srcset`, `sizes`, width and height: the browser picks a copy for the screen and
/// reserves the space before it arrives.
fn img_tag(img: &PendingImage) -> String {
    let esc = crate::templates::escape_html;
    let (src, info, alt) = (&img.src, &img.info, &img.alt);
    let title = if img.title.is_empty() {
        String::new()
    } else {
        format!(" title=\"{}\"", esc(&img.title))
    };
    let srcset = if info.srcset.is_empty() {
        String::new()
    } else {
        format!(
            " srcset=\"{}\" sizes=\"{}\"",
            esc(&info.srcset),
            crate::assets::images::SIZES
        )
    };
    format!(
        "<img src=\"{}\"{srcset} width=\"{}\" height=\"{}\" alt=\"{}\"{title} loading=\"lazy\" decoding=\"async\">",
        esc(src),
        info.width,
        info.height,
        esc(alt)
    )
}

fn internal_link(dest: &str, links: &Links) -> Result<String, String> {
    let link = urls::page_link(dest).unwrap_or_else(|| Err(String::new()))?;
    let key = link.key;
    let url = (links.page_url)(key).ok_or_else(|| {
        format!("check the name: content/{key}.fr.md does not exist (or is a draft)")
    })?;
    Ok(match link.anchor {
        Some(a) => format!("{url}#{a}"),
        None => url,
    })
}

fn check_image(
    path: &Path,
    line: usize,
    dest: &str,
    links: &Links,
    problems: &mut Vec<Diagnostic>,
) {
    problems.extend(image_problem(path, line, dest, links));
}

/// Why an image address cannot be published (remote, or no such file), if it cannot.
pub(crate) fn image_problem(
    path: &Path,
    line: usize,
    dest: &str,
    links: &Links,
) -> Option<Diagnostic> {
    if dest.starts_with("http://") || dest.starts_with("https://") || dest.starts_with("//") {
        Some(Diagnostic::new(
            path,
            line,
            format!("image `{dest}` is loaded from another site"),
            "the built site makes no network request: copy the image into static/ and link it as /images/...",
        ))
    } else if dest.starts_with('/') && !(links.asset_exists)(dest) {
        Some(Diagnostic::new(
            path,
            line,
            format!("image `{dest}` not found"),
            format!("add the file static{dest}, or correct the path"),
        ))
    } else {
        None
    }
}

/// Gives every heading an id (kept if written by hand), unique within the page.
fn heading_ids(events: &mut [(Event, usize)]) -> Vec<Heading> {
    let mut seen = HashSet::new();
    let mut toc = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i].0 {
            let level = *level;
            let given = id.as_ref().map(|s| s.to_string());
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j].0 {
                    text.push_str(t);
                }
                j += 1;
            }
            let base = given.unwrap_or_else(|| slugify(&text));
            let mut unique = base.clone();
            let mut n = 1;
            while !seen.insert(unique.clone()) {
                unique = format!("{base}-{n}");
                n += 1;
            }
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i].0 {
                *id = Some(CowStr::from(unique.clone()));
            }
            toc.push(Heading {
                level: heading_number(level),
                id: unique,
                text: text.trim().to_string(),
            });
            i = j;
        }
        i += 1;
    }
    toc
}

fn heading_number(level: HeadingLevel) -> u8 {
    level as u8
}

/// An id for any script: letters and digits kept (Arabic included), marks and tatweel dropped,
/// the rest joined by single hyphens.
pub(crate) fn slugify(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if is_arabic_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if dash && !s.is_empty() {
                s.push('-');
            }
            dash = false;
            s.push(c);
        } else {
            dash = true;
        }
    }
    if s.is_empty() {
        "section".into()
    } else {
        s
    }
}

fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links() -> (impl Fn(&str) -> Option<String>, impl Fn(&str) -> bool) {
        (
            |k: &str| (k == "stories/a").then(|| "/ar/stories/a/".to_string()),
            |p: &str| p == "/images/ok.png",
        )
    }

    #[test]
    fn words_are_counted_across_spaces_tabs_and_newlines() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("  une  île\tà\nMarseille "), 4);
        assert_eq!(count_words("مرسيليا مدينة"), 2);
    }

    #[test]
    fn arabic_headings_get_arabic_ids() {
        assert_eq!(slugify("الابتكار في مرسيليا"), "الابتكار-في-مرسيليا");
        assert_eq!(
            slugify("Les technopôles : Arbois !"),
            "les-technopôles-arbois"
        );
        assert_eq!(slugify("مُرْسِيلِيَا"), "مرسيليا");
    }

    #[test]
    fn headings_get_unique_ids_and_a_toc() {
        let (p, a) = links();
        let r = render(
            Path::new("x"),
            "## Un\n\n## Un\n\n## Deux {#custom}\n",
            1,
            &Links {
                page_url: &p,
                asset_exists: &a,
                image: &|_| None,
                unsafe_html: false,
            },
        );
        assert!(r.html.contains("<h2 id=\"un\">"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"un-1\">"));
        assert!(r.html.contains("<h2 id=\"custom\">"));
        assert_eq!(r.toc.len(), 3);
    }

    #[test]
    fn internal_links_follow_the_language_and_dead_ones_name_the_line() {
        let (p, a) = links();
        let r = render(
            Path::new("content/x.ar.md"),
            "[a](@/stories/a.md#top)\n\n[b](@/stories/b.md)\n",
            10,
            &Links {
                page_url: &p,
                asset_exists: &a,
                image: &|_| None,
                unsafe_html: false,
            },
        );
        assert!(r.html.contains("href=\"/ar/stories/a/#top\""));
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, 12);
    }

    #[test]
    fn missing_and_remote_images_are_errors() {
        let (p, a) = links();
        let r = render(
            Path::new("x"),
            "![ok](/images/ok.png) ![no](/images/no.png) ![far](https://e.test/a.png)",
            1,
            &Links {
                page_url: &p,
                asset_exists: &a,
                image: &|_| None,
                unsafe_html: false,
            },
        );
        assert_eq!(r.problems.len(), 2, "{:?}", r.problems);
    }

    #[test]
    fn tables_and_footnotes_render() {
        let (p, a) = links();
        let r = render(
            Path::new("x"),
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Note ~~no~~\n",
            1,
            &Links {
                page_url: &p,
                asset_exists: &a,
                image: &|_| None,
                unsafe_html: false,
            },
        );
        assert!(r.html.contains("<div class=\"table-wrap\""));
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("footnote-definition"));
        assert!(r.html.contains("<del>no</del>"));
    }
}
