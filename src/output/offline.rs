//! output (offline): turns the built site into a folder that works from `file://`, for
//! delegations at trade shows: every site link becomes relative and names a file
//! (`../stories/x/index.html`, since `file://` does not turn a folder into its index), and the
//! files that need absolute URLs (feeds, sitemap, robots.txt) are left out. Optionally zipped
//! with fixed timestamps so two builds give the same bytes.

use crate::files::Output;

/// Files only the published site uses: feeds, sitemap, the link-preview cards that only other
/// sites show (the square and vertical ones are listed on the kit page, so they stay), and the
/// editor at `/admin/`, which saves to the repository through the network.
fn published_only(path: &str) -> bool {
    path == "sitemap.xml"
        || path.starts_with("admin/")
        || path == "robots.txt"
        || path.ends_with("/atom.xml")
        || (path.starts_with("cards/")
            && !path.ends_with(".square.png")
            && !path.ends_with(".vertical.png"))
}

/// The note at the root of the folder and of the zip, in each language.
pub const README: &str =
    "Ouvrez index.html dans votre navigateur : le site fonctionne sans réseau.\n\
Open index.html in your browser: the site works with no network.\n\
افتح الملف index.html في متصفحك: يعمل الموقع دون اتصال بالشبكة.\n";

/// The online Content-Security-Policy (netlify.toml), as a meta element: a page opened from
/// `file://` gets no headers, and raw HTML a writer opted into must not run there either.
/// `frame-ancestors` is the one directive a meta element cannot carry.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; \
base-uri 'self'; form-action 'self'";

fn with_csp(html: &str) -> String {
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">");
    match html.find("<meta charset=\"utf-8\">") {
        Some(i) => {
            let at = i + "<meta charset=\"utf-8\">".len();
            format!("{}{meta}{}", &html[..at], &html[at..])
        }
        None => html.replacen("<head>", &format!("<head>{meta}"), 1),
    }
}

pub fn prepare(outputs: &mut Vec<Output>) {
    outputs.retain(|o| !published_only(&o.path));
    inline_fonts(outputs);
    for o in outputs.iter_mut().filter(|o| o.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&o.bytes);
        let html = super::offline_forms::replace(&html);
        let html = drop_text_tracks(&html);
        o.bytes = with_csp(&relativize(&o.path, &html)).into_bytes();
    }
    outputs.push(Output::new("README.txt", README));
}

/// Rewrites `href`, `src` and `action` values starting with one `/` into paths relative to
/// the page, naming `index.html` for folders; records the page's root in `data-root` for
/// scripts that build links (search results).
pub(crate) fn relativize(page_path: &str, html: &str) -> String {
    let depth = page_path.matches('/').count();
    let root = "../".repeat(depth);
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(i) = find_attr(rest) {
        let (before, after) = rest.split_at(i);
        out.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        let value = &after[..end];
        out.push_str(&rewrite(value, &root));
        rest = &after[end..];
    }
    out.push_str(rest);
    let out = out.replacen("<html ", &format!("<html data-root=\"{root}\" "), 1);
    drop_feed_links(&out)
}

/// Offset of the next site-absolute attribute value (`/x`, not the protocol-relative `//x`).
fn find_attr(s: &str) -> Option<usize> {
    let mut best: Option<usize> = None;
    // `poster`: a video's picture before it plays (the kit page).
    for pat in [" href=\"/", " src=\"/", " action=\"/", " poster=\"/"] {
        let mut from = 0;
        while let Some(i) = s[from..].find(pat) {
            let start = from + i + pat.len() - 1;
            if !s[start..].starts_with("//") {
                best = Some(best.map_or(start, |b: usize| b.min(start)));
                break;
            }
            from = start + 1;
        }
    }
    best
}

fn rewrite(value: &str, root: &str) -> String {
    let split = value.find(['#', '?']).unwrap_or(value.len());
    let (path, tail) = value.split_at(split);
    let mut rel = format!("{root}{}", path.trim_start_matches('/'));
    if path.ends_with('/') {
        rel.push_str("index.html");
    }
    if rel.is_empty() {
        rel.push_str("index.html");
    }
    format!("{rel}{tail}")
}

/// Chromium refuses web fonts read from `file://` (an opaque origin fails the CORS check), so
/// the offline stylesheet carries its fonts as `data:` URLs.
fn inline_fonts(outputs: &mut [Output]) {
    use base64::Engine;
    let fonts: Vec<(String, String)> = outputs
        .iter()
        .filter(|o| o.path.starts_with("fonts/") && o.path.ends_with(".woff2"))
        .map(|o| {
            let data = base64::engine::general_purpose::STANDARD.encode(&o.bytes);
            (
                format!("url(../{})", o.path),
                format!("url(data:font/woff2;base64,{data})"),
            )
        })
        .collect();
    for css in outputs
        .iter_mut()
        .filter(|o| o.path.starts_with("assets/") && o.path.ends_with(".css"))
    {
        let mut text = String::from_utf8_lossy(&css.bytes).into_owned();
        for (from, to) in &fonts {
            text = text.replace(from, to);
        }
        css.bytes = text.into_bytes();
    }
}

/// Chromium loads no `<track>` from `file://` (another origin to it): the kit page's videos
/// lose theirs on the stick, where the text version beside each player says the same.
fn drop_text_tracks(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<track ") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find('>').map_or("", |e| &rest[i + e + 1..]);
    }
    out.push_str(rest);
    out
}

/// Feeds stay off the stick (their entries need absolute URLs), so the head's feed link and
/// the footer's go too; a footer link to the home page named "feed" would mislead.
fn drop_feed_links(html: &str) -> String {
    html.lines()
        .filter(|l| !l.contains("type=\"application/atom+xml\""))
        .filter(|l| !l.contains("rel=\"preload\""))
        .filter(|l| !(l.trim_start().starts_with("<li><a href=") && l.contains("/atom.xml\"")))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_relative_and_name_files() {
        let html = "<html lang=\"fr\"><a href=\"/fr/stories/x/#top\">x</a><img src=\"/fonts/a.woff2\"><a href=\"https://e.test/\">e</a><a href=\"#a\">a</a>";
        let out = relativize("fr/stories/y/index.html", html);
        assert!(
            out.contains("href=\"../../../fr/stories/x/index.html#top\""),
            "{out}"
        );
        assert!(out.contains("src=\"../../../fonts/a.woff2\""));
        assert_eq!(
            drop_text_tracks(
                "<video><source src=\"v.mp4\"><track kind=\"captions\" src=\"v.vtt\"></video>"
            ),
            "<video><source src=\"v.mp4\"></video>"
        );
        let video = relativize(
            "fr/kit/index.html",
            "<video poster=\"/kit/fr/p.png\"><source src=\"/kit/fr/v.mp4\"></video>",
        );
        assert!(video.contains("poster=\"../../kit/fr/p.png\""), "{video}");
        assert!(out.contains("href=\"https://e.test/\""));
        assert!(out.contains("href=\"#a\""));
        assert!(out.contains("data-root=\"../../../\""));
    }

    #[test]
    fn feeds_and_social_cards_stay_off_the_stick() {
        assert!(published_only("cards/fr/stories/x.png"));
        assert!(published_only("fr/atom.xml"));
        assert!(!published_only("kit/one-provence-kit-fr.zip"));
        assert!(!published_only("fr/index.html"));
    }

    #[test]
    fn root_pages_link_without_a_prefix() {
        let out = relativize("index.html", "<html lang=\"fr\"><a href=\"/fr/\">fr</a>");
        assert!(out.contains("href=\"fr/index.html\""), "{out}");
    }
}
