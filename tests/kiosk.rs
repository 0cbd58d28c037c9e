//! `build --kiosk` (issue #31): the folder for a booth's touch screen. Checked on the files:
//! the attract loop at the root in every language, the kiosk's sheet and script and idle
//! delay on every page, a QR code of each page's online address, no link leaving the folder,
//! the start scripts, and the size within the offline budget. The behaviour in Chromium (loop,
//! touch, idle reset, no request leaving) is tests/browser/kiosk.test.mjs.

use crate::common;

use std::path::Path;

use common::{attr, select, stderr, Fixture};
use scraper::Html;

fn doc(path: &Path) -> Html {
    Html::parse_document(&std::fs::read_to_string(path).unwrap())
}

/// Decodes a QR code drawn as inline SVG.
fn decode(svg: &str) -> String {
    let svg = svg.replacen("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"", 1);
    let tree = resvg::usvg::Tree::from_str(&svg, &Default::default()).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(400, 400).unwrap();
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    let scale = 400.0 / tree.size().width();
    let t = resvg::tiny_skia::Transform::from_scale(scale, scale);
    resvg::render(&tree, t, &mut pixmap.as_mut());
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(400, 400, |x, y| {
        pixmap.pixel(x as u32, y as u32).unwrap().red()
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().unwrap().1
}

#[test]
fn a_kiosk_folder_has_its_loop_its_codes_and_no_way_out() {
    // Cards and kit are drawn by the browser test's build (scripts/test.sh), which also checks
    // the folder's size against the budget and that downloads lead online.
    let site = Fixture::shipped();
    site.edit("site.toml", "kit = true", "kit = false");
    let story = std::fs::read_to_string(site.root().join("content/stories/fidmed.fr.md")).unwrap();
    let link = "\n\nEn ligne : [le site](https://example.org/fidmed?a=1&b=2).\n";
    site.write("content/stories/fidmed.fr.md", &format!("{story}{link}"));
    let out = site.cli(&["build", "--kiosk", "--out", "kiosk"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let kiosk = site.root().join("kiosk");
    // The root is the attract loop, in every language, and the start screen.
    let root = doc(&kiosk.join("index.html"));
    for lang in ["fr", "en", "ar"] {
        let slides = select(&root, &format!(".kiosk-slide[lang={lang}]"));
        assert!(slides.len() >= 8, "{lang}: {} slides", slides.len());
        assert_eq!(
            select(&root, &format!("[data-go={lang}] a")).len(),
            2,
            "{lang}"
        );
    }
    for figure in select(&root, ".kiosk-figure .kiosk-source") {
        let text: String = figure.text().collect();
        assert!(
            text.chars().filter(char::is_ascii_digit).count() >= 4,
            "source and year: {text}"
        );
    }
    assert!(kiosk.join("start-kiosk.sh").is_file() && kiosk.join("start-kiosk.cmd").is_file());
    let sh = std::fs::read_to_string(kiosk.join("start-kiosk.sh")).unwrap();
    for flag in [
        "--kiosk",
        "--noerrdialogs",
        "--disable-pinch",
        "--overscroll-history-navigation=0",
    ] {
        assert!(sh.contains(flag), "{flag}");
    }
    let mut pages = 0;
    for e in walkdir::WalkDir::new(&kiosk).into_iter().flatten() {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "html") {
            continue;
        }
        let html = std::fs::read_to_string(path).unwrap();
        let rel = path
            .strip_prefix(&kiosk)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let page = Html::parse_document(&html);
        let out = "a[href^='http'], a[href^='mailto:'], a[href^='tel:'], form[action^='http']";
        let ways: Vec<String> = select(&page, out).iter().map(|a| a.html()).collect();
        assert!(ways.is_empty(), "{rel}: a way out: {ways:?}");
        assert!(html.contains("kiosk/kiosk.js"), "{rel}: the kiosk script");
        if rel == "index.html" {
            continue;
        }
        pages += 1;
        assert_eq!(
            attr(&page, "html", "data-kiosk-idle").as_deref(),
            Some("90"),
            "{rel}"
        );
        assert!(html.contains("user-scalable=no"), "{rel}: no pinch zoom");
        // Every fiftieth page: its code leads to its online address.
        if pages % 50 == 1 {
            let svg = select(&page, ".kiosk-take svg")[0].html();
            let url = rel.strip_suffix("index.html").unwrap_or(&rel);
            assert_eq!(
                decode(&svg),
                format!("https://oneprovence.netlify.app/{url}"),
                "{rel}"
            );
        }
    }
    assert!(pages > 350, "{pages} pages");
    // A link out of the site is its text and a QR code of its address.
    let story = doc(&kiosk.join("fr/stories/fidmed/index.html"));
    let out_links = select(&story, ".kiosk-out svg");
    assert_eq!(out_links.len(), 1, "the outbound link became a code");
    let target = decode(&out_links[0].html());
    assert_eq!(target, "https://example.org/fidmed?a=1&b=2");
}

#[test]
fn a_kiosk_for_two_languages_and_one_audience_shows_only_them() {
    let site = Fixture::shipped();
    site.edit("site.toml", "kit = true", "kit = false");
    let args = [
        "build",
        "--kiosk",
        "--lang",
        "en,ar",
        "--audience",
        "talents",
        "--out",
        "k",
    ];
    let out = site.cli(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let root = doc(&site.root().join("k/index.html"));
    assert!(select(&root, ".kiosk-slide[lang=fr]").is_empty());
    let langs: Vec<String> = select(&root, "[data-kiosk-langs] button")
        .iter()
        .map(|b| b.value().attr("data-lang").unwrap().to_string())
        .collect();
    assert_eq!(langs, ["en", "ar"]);
    assert_eq!(
        attr(&root, "[data-go=en] a + a", "href").as_deref(),
        Some("en/audiences/talents/index.html")
    );
    // The audience's promise comes right after the opening, before the figures.
    let second = &select(&root, ".kiosk-slide[lang=en]")[1];
    assert!(second
        .value()
        .attr("class")
        .unwrap()
        .contains("kiosk-audience"));
}
