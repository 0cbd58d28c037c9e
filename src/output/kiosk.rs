//! output (kiosk): turns the offline folder into one for a booth's touch screen (issue #31).
//! Every page gets the kiosk's stylesheet and script (touch sizes, idle reset), its idle delay,
//! a "take this page with you" corner with a QR code of its online address, and a button back
//! to the start; links that would leave the folder become their text and a QR code. The start
//! scripts open the folder full screen in Chromium, Chrome or Edge.

use std::collections::BTreeMap;

use super::slim::{self, Use};
use crate::files::Output;
use crate::kit::qr;

/// What the corner and the idle overlay say, in one language.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    /// "Take this page with you: scan the code".
    pub take: String,
    /// "Start again".
    pub restart: String,
    /// "Still there?".
    pub still: String,
    /// "Continue".
    pub resume: String,
    /// The label of a link's QR code ("Scan to open this link").
    pub link: String,
}

/// Before the offline rewrite: what each page carries (site-absolute paths, rewritten after).
/// `base` is the online address QR codes lead to; `texts` by language code.
pub fn inject(outputs: &mut Vec<Output>, base: &str, idle: u32, texts: &BTreeMap<String, Texts>) {
    // Nobody downloads a zip, a print shop's PDF or a story-format card from a touch screen:
    // links to them lead online (and so become QR codes).
    slim::slim(outputs, base, Use::Booth);
    for o in outputs.iter_mut().filter(|o| o.path.ends_with(".html")) {
        if o.path == "index.html" {
            // The attract loop and start screen carry their own (kiosk.html).
            continue;
        }
        let html = String::from_utf8_lossy(&o.bytes).into_owned();
        let lang = lang_of(&html).unwrap_or_default();
        let t = texts.get(&lang).cloned().unwrap_or_default();
        let online = format!("{base}{}", url_of(&o.path));
        let corner = format!(
            "<aside class=\"kiosk-corner\" aria-label=\"{take}\"><a class=\"kiosk-restart\" href=\"/index.html\">{restart}</a><figure class=\"kiosk-take\">{svg}<figcaption>{take}<br><span dir=\"ltr\">{short}</span></figcaption></figure></aside>\
<div class=\"kiosk-idle\" hidden role=\"alertdialog\" aria-modal=\"true\" aria-labelledby=\"kiosk-idle-title\"><p id=\"kiosk-idle-title\">{still}</p><p class=\"kiosk-count\" aria-live=\"polite\"></p><button type=\"button\" class=\"kiosk-resume\">{resume}</button></div>\
<script src=\"/kiosk/kiosk.js\" defer></script></body>",
            take = escape(&t.take),
            restart = escape(&t.restart),
            still = escape(&t.still),
            resume = escape(&t.resume),
            svg = qr_svg(&online, &t.take, 132),
            short = escape(short(&online)),
        );
        let html = html
            .replacen("</body>", &corner, 1)
            .replacen(
                "</head>",
                "<link rel=\"stylesheet\" href=\"/kiosk/kiosk.css\"></head>",
                1,
            )
            .replacen(
                "content=\"width=device-width, initial-scale=1\"",
                "content=\"width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no\"",
                1,
            )
            .replacen("<html ", &format!("<html data-kiosk-idle=\"{idle}\" "), 1);
        o.bytes = html.into_bytes();
    }
}

/// After the offline rewrite: a link out of the folder (web, mail, telephone) cannot be
/// followed from a booth. Its text stays, with a QR code of its address to scan (but for the
/// online form's address, whose QR code the offline rewrite already drew).
pub fn unlink(outputs: &mut [Output], texts: &BTreeMap<String, Texts>) {
    for o in outputs.iter_mut().filter(|o| o.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&o.bytes).into_owned();
        let lang = lang_of(&html).unwrap_or_default();
        let label = texts.get(&lang).map(|t| t.link.clone()).unwrap_or_default();
        o.bytes = unlink_page(&html, &label).into_bytes();
    }
}

fn unlink_page(html: &str, label: &str) -> String {
    let mut out = String::with_capacity(html.len() + 4096);
    let mut rest = html;
    while let Some(start) = rest.find("<a ") {
        let tag_end = match rest[start..].find('>') {
            Some(e) => start + e + 1,
            None => break,
        };
        let tag = &rest[start..tag_end];
        let href = attr(tag, "href");
        let outside = ["http://", "https://", "mailto:", "tel:"]
            .iter()
            .any(|p| href.starts_with(p));
        let close = rest[tag_end..].find("</a>").map(|c| tag_end + c);
        let (true, Some(close)) = (outside, close) else {
            out.push_str(&rest[..tag_end]);
            rest = &rest[tag_end..];
            continue;
        };
        out.push_str(&rest[..start]);
        out.push_str("<span class=\"kiosk-out\">");
        out.push_str(&rest[tag_end..close]);
        // The offline form's stand-in already shows the code of the same address.
        let drawn = out
            .rfind("class=\"contact-offline\"")
            .is_some_and(|i| !out[i..].contains("</div>"));
        if !drawn {
            let raw = href.replace("&amp;", "&");
            out.push_str(&qr_svg(&raw, label, 96));
        }
        out.push_str("</span>");
        rest = &rest[close + "</a>".len()..];
    }
    out.push_str(rest);
    out
}

/// A QR code as an inline SVG image of `size` CSS pixels.
fn qr_svg(text: &str, label: &str, size: u32) -> String {
    qr::encode(text).map_or(String::new(), |q| {
        let n = q.modules + 8;
        format!(
            "<svg class=\"kiosk-qr\" role=\"img\" aria-label=\"{label}\" viewBox=\"-4 -4 {n} {n}\" width=\"{size}\" height=\"{size}\"><rect x=\"-4\" y=\"-4\" width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>",
            label = escape(label),
            path = q.path
        )
    })
}

/// `fr/stories/x/index.html` → `/fr/stories/x/`; `fr/404.html` → `/fr/404.html`.
fn url_of(path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some(dir) => format!("/{dir}"),
        None => format!("/{path}"),
    }
}

/// The address without its scheme, as people type it.
fn short(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
}

fn lang_of(html: &str) -> Option<String> {
    let i = html.find("<html ")?;
    let tag = &html[i..i + html[i..].find('>')?];
    Some(attr(tag, "lang").to_string())
}

fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
    let pat = format!(" {name}=\"");
    tag.find(&pat)
        .map(|i| &tag[i + pat.len()..])
        .and_then(|v| v.find('"').map(|e| &v[..e]))
        .unwrap_or("")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Opens the folder full screen: kiosk mode, no error dialogs, no pinch zoom, no swipe back,
/// no "restore pages" bubble, a throwaway profile (nothing remembered between visitors).
pub const START_LINUX: &str = r#"#!/bin/sh
# Opens this folder as a kiosk in Chromium or Google Chrome. Leave with Alt+F4.
here="$(cd "$(dirname "$0")" && pwd)"
profile="$(mktemp -d)"
for b in chromium chromium-browser google-chrome google-chrome-stable microsoft-edge; do
  if command -v "$b" >/dev/null 2>&1; then
    exec "$b" --kiosk --noerrdialogs --disable-pinch --overscroll-history-navigation=0 \
      --disable-session-crashed-bubble --disable-infobars --no-first-run \
      --disable-features=TranslateUI --user-data-dir="$profile" "file://$here/index.html"
  fi
done
echo "Chromium, Chrome or Edge is needed to open the kiosk." >&2
exit 1
"#;

/// The same for Windows (Edge is always there; Chrome when installed).
pub const START_WINDOWS: &str = "@echo off\r\n\
rem Opens this folder as a kiosk in Microsoft Edge or Google Chrome. Leave with Alt+F4.\r\n\
set HERE=%~dp0\r\n\
set PROFILE=%TEMP%\\oneprovence-kiosk-%RANDOM%\r\n\
set FLAGS=--kiosk --noerrdialogs --disable-pinch --overscroll-history-navigation=0 --disable-session-crashed-bubble --disable-infobars --no-first-run --user-data-dir=\"%PROFILE%\"\r\n\
if exist \"%ProgramFiles%\\Google\\Chrome\\Application\\chrome.exe\" (\r\n\
  start \"\" \"%ProgramFiles%\\Google\\Chrome\\Application\\chrome.exe\" %FLAGS% \"file:///%HERE:\\=/%index.html\"\r\n\
) else (\r\n\
  start \"\" msedge %FLAGS% \"file:///%HERE:\\=/%index.html\"\r\n\
)\r\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outside_links_become_text_and_a_code_site_links_stay() {
        let html = "<html lang=\"fr\"><p><a href=\"https://example.org/a?b=1&amp;c=2\">Site</a> \
<a href=\"../x/index.html\">Ici</a></p></html>";
        let out = unlink_page(html, "Scanner");
        assert!(!out.contains("href=\"https://"), "{out}");
        assert!(out.contains("<span class=\"kiosk-out\">Site<svg"), "{out}");
        assert!(out.contains("<a href=\"../x/index.html\">Ici</a>"), "{out}");
    }

    #[test]
    fn page_addresses_are_the_online_ones() {
        assert_eq!(url_of("fr/stories/x/index.html"), "/fr/stories/x/");
        assert_eq!(url_of("fr/404.html"), "/fr/404.html");
        assert_eq!(short("https://a.b/fr/"), "a.b/fr/");
    }
}
