//! render (raw): what Markdown does not publish unless `[markdown] unsafe_html = true`: raw
//! HTML (but for comments, notes between writers, which are dropped) and links or images whose
//! address runs a script. Online the CSP would block them; the offline build, opened from
//! `file://`, has only a meta CSP. Hugo and Zola refuse them by default too (issue #34).

use std::path::Path;

use pulldown_cmark::{CowStr, Event, Tag};

use crate::error::Diagnostic;

/// A URL whose scheme runs code or smuggles a document: `javascript:`, `vbscript:`, `data:`
/// (but for pictures), `file:`, however spaced, cased or entity-encoded (the parser decodes
/// entities; browsers drop tabs, newlines and control characters).
pub(crate) fn dangerous_url(url: &str) -> bool {
    let plain: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(32)
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme = match plain.split_once(':') {
        Some((s, _)) if !s.contains(['/', '?', '#']) => s,
        _ => return false,
    };
    match scheme {
        "javascript" | "vbscript" | "file" | "livescript" | "mocha" => true,
        "data" => ![
            "data:image/png",
            "data:image/jpeg",
            "data:image/gif",
            "data:image/webp",
        ]
        .iter()
        .any(|ok| plain.starts_with(ok)),
        _ => false,
    }
}

/// The error for a script address, at its line.
pub(crate) fn url_problem(path: &Path, line: usize, url: &str) -> Diagnostic {
    let shown: String = url.chars().take(40).collect();
    Diagnostic::new(
        path,
        line,
        format!("link to `{shown}`: a script address is not published"),
        "link to a page (@/section/page.md) or an https:// address; or set [markdown] \
         unsafe_html = true in site.toml (see docs/writing.md)",
    )
}

/// A link or image start event whose address is replaced by `#`.
pub(crate) fn defused(event: Event<'_>) -> Event<'_> {
    let tag = match event {
        Event::Start(Tag::Link {
            link_type,
            title,
            id,
            ..
        }) => Tag::Link {
            link_type,
            dest_url: CowStr::from("#"),
            title,
            id,
        },
        Event::Start(Tag::Image {
            link_type,
            title,
            id,
            ..
        }) => Tag::Image {
            link_type,
            dest_url: CowStr::from("#"),
            title,
            id,
        },
        other => return other,
    };
    Event::Start(tag)
}

/// Raw HTML: a whole comment is a note to other writers and is dropped silently; anything else
/// is an error (a writer's tag is better said with a shortcode).
pub(crate) fn html_problem(path: &Path, line: usize, raw: &str) -> Option<Diagnostic> {
    let t = raw.trim();
    let comment = t.starts_with("<!--") && t.ends_with("-->") && t.len() >= 7;
    if comment && !t[4..t.len() - 3].contains("--") {
        return None;
    }
    let shown: String = t.chars().take(40).collect();
    Some(Diagnostic::new(
        path,
        line,
        format!("raw HTML `{shown}` is not published"),
        "use Markdown or a shortcode (figure, cta, quote, actor...); or set [markdown] \
         unsafe_html = true in site.toml if every editor is trusted (see docs/writing.md)",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_addresses_are_found_however_they_are_spelled() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " java\tscript:alert(1)",
            "java\nscript:x",
            "vbscript:x",
            "data:text/html,<script>",
            "file:///etc/passwd",
        ] {
            assert!(dangerous_url(bad), "{bad:?}");
        }
        for good in [
            "https://example.org/a:b",
            "/fr/stories/x/",
            "mailto:contact@example.org",
            "tel:+33",
            "#top",
            "data:image/png;base64,AAAA",
            "./javascript:x",
        ] {
            assert!(!dangerous_url(good), "{good:?}");
        }
    }

    #[test]
    fn comments_are_dropped_and_other_raw_html_is_reported() {
        let p = Path::new("content/x.fr.md");
        assert!(html_problem(p, 3, "<!-- note pour la traduction -->\n").is_none());
        for bad in [
            "<script>alert(1)</script>",
            "<!--<script>",
            "<img src=x onerror=alert(1)>",
            "<!-- a -- b -->",
        ] {
            let d = html_problem(p, 3, bad).expect(bad);
            assert_eq!(d.line, 3);
        }
    }
}
