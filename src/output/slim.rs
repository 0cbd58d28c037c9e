//! output: what a USB stick or a booth leaves online (issue #31), so the folder stays within
//! `offline_budget_mb`. The kit's zips hold the same files as the folder's own `kit/<lang>/`
//! (copy that folder from the stick); story-format cards and the phone formats of the videos
//! are for posting online (the stick keeps the 16:9 one, for a meeting room's screen); a booth
//! also has no use for a print shop's PDF nor for the videos (its attract loop shows the same). Links to a file left
//! online lead to its online address (the kiosk then turns them into QR codes); a video left
//! online is taken off the page with its player, its download link kept.

use crate::files::Output;

/// Where a folder is used: a stick on a laptop keeps the print PDFs; a booth's screen does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    Stick,
    Booth,
}

/// Whether the file at `path` (site path, no leading slash) stays online in this use.
pub fn online_only(path: &str, usage: Use) -> bool {
    let kit = path.starts_with("kit/");
    (kit && path.ends_with(".zip"))
        || (kit && usage == Use::Booth && path.ends_with("-print.pdf"))
        || (path.starts_with("cards/") && path.ends_with(".vertical.png"))
        // A video and its poster (`previews/video-…`).
        || (kit
            && path.contains("/video-")
            && (usage == Use::Booth || !path.contains("/video-landscape-")))
}

/// Removes the files left online, and points the pages at their online addresses (`base`, no
/// trailing slash). Before the offline rewrite: paths are still site-absolute.
pub fn slim(outputs: &mut Vec<Output>, base: &str, usage: Use) {
    let online: Vec<String> = outputs
        .iter()
        .filter(|o| online_only(&o.path, usage))
        .map(|o| o.path.clone())
        .collect();
    if online.is_empty() {
        return;
    }
    outputs.retain(|o| !online_only(&o.path, usage));
    for o in outputs.iter_mut().filter(|o| o.path.ends_with(".html")) {
        let mut html = String::from_utf8_lossy(&o.bytes).into_owned();
        for p in &online {
            if p.ends_with(".mp4") {
                html = drop_player(&html, p);
            }
            html = html.replace(&format!("href=\"/{p}\""), &format!("href=\"{base}/{p}\""));
        }
        o.bytes = html.into_bytes();
    }
}

/// The page without the `<video>` element whose source is `/path`.
fn drop_player(html: &str, path: &str) -> String {
    let src = format!("src=\"/{path}\"");
    let Some(at) = html.find(&src) else {
        return html.to_string();
    };
    let (Some(start), Some(end)) = (html[..at].rfind("<video"), html[at..].find("</video>")) else {
        return html.to_string();
    };
    let end = at + end + "</video>".len();
    format!("{}{}", &html[..start], &html[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stick_keeps_print_pdfs_and_the_screen_video_a_booth_neither() {
        let p = |path: &str| (online_only(path, Use::Stick), online_only(path, Use::Booth));
        assert_eq!(p("kit/one-provence-kit-fr.zip"), (true, true));
        assert_eq!(p("kit/fr/one-pager-talents-fr-print.pdf"), (false, true));
        assert_eq!(p("kit/fr/one-pager-talents-fr.pdf"), (false, false));
        assert_eq!(p("cards/fr/x.vertical.png"), (true, true));
        assert_eq!(p("cards/fr/x.square.png"), (false, false));
        assert_eq!(p("kit/fr/video-vertical-fr.mp4"), (true, true));
        assert_eq!(p("kit/fr/video-landscape-fr.mp4"), (false, true));
        assert_eq!(p("kit/fr/previews/video-portrait-fr.png"), (true, true));
        assert_eq!(p("kit/fr/previews/video-landscape-fr.png"), (false, true));
    }

    #[test]
    fn a_video_left_online_loses_its_player_and_its_link_leads_online() {
        let page = "<li><video controls><source src=\"/kit/fr/video-vertical-fr.mp4\" type=\"video/mp4\"></video><a href=\"/kit/fr/video-vertical-fr.mp4\">MP4</a></li>\
<li><video controls><source src=\"/kit/fr/video-landscape-fr.mp4\"></video></li>";
        let mut outputs = vec![
            Output::new("fr/kit/index.html", page.as_bytes().to_vec()),
            Output::new("kit/fr/video-vertical-fr.mp4", vec![0]),
            Output::new("kit/fr/video-landscape-fr.mp4", vec![0]),
        ];
        slim(&mut outputs, "https://example.org", Use::Stick);
        assert_eq!(outputs.len(), 2);
        let html = String::from_utf8(outputs[0].bytes.clone()).unwrap();
        assert_eq!(html.matches("<video").count(), 1, "{html}");
        assert!(html.contains("video-landscape-fr.mp4"));
        assert!(
            html.contains("href=\"https://example.org/kit/fr/video-vertical-fr.mp4\""),
            "{html}"
        );
    }
}
