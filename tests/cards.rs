//! Social cards: one PNG per page in its language, referenced with absolute URLs; Arabic set
//! right to left; hostile titles drawn, not injected; unchanged cards not redrawn.

use crate::common;

use common::{attr, Fixture};
use resvg::tiny_skia::Pixmap;

fn with_cards() -> Fixture {
    let site = Fixture::new("basic");
    site.edit("site.toml", "cards = false", "cards = true");
    site
}

/// Light pixels (the title's white) in the left and right halves of the title band.
fn ink_sides(png: &[u8]) -> (usize, usize) {
    let p = Pixmap::decode_png(png).unwrap();
    let (mut left, mut right) = (0, 0);
    for y in 220..460 {
        for x in 0..p.width() {
            let c = p.pixel(x, y).unwrap();
            if c.red() > 220 && c.green() > 220 && c.blue() > 220 {
                if x < p.width() / 2 {
                    left += 1
                } else {
                    right += 1
                }
            }
        }
    }
    (left, right)
}

#[test]
fn every_page_gets_its_card_with_absolute_meta() {
    let site = with_cards();
    site.build_ok();
    let doc = site.html("en/stories/premiere/index.html");
    let image = attr(&doc, "meta[property='og:image']", "content").unwrap();
    assert_eq!(image, "https://fixture.test/cards/en/stories/premiere.png");
    assert_eq!(
        attr(&doc, "meta[property='og:image:width']", "content").as_deref(),
        Some("1200")
    );
    assert_eq!(
        attr(&doc, "meta[property='og:image:height']", "content").as_deref(),
        Some("630")
    );
    assert_eq!(
        attr(&doc, "meta[property='og:image:alt']", "content").as_deref(),
        Some("First story")
    );
    assert_eq!(
        attr(&doc, "meta[name='twitter:card']", "content").as_deref(),
        Some("summary_large_image")
    );
    assert_eq!(
        attr(&doc, "meta[name='twitter:image']", "content").as_deref(),
        Some(image.as_str())
    );
    let png = std::fs::read(site.public().join("cards/en/stories/premiere.png")).unwrap();
    let p = Pixmap::decode_png(&png).unwrap();
    assert_eq!((p.width(), p.height()), (1200, 630));
    for lang in ["fr", "en", "ar"] {
        assert!(site.public().join(format!("cards/{lang}.png")).exists());
        assert!(site
            .public()
            .join(format!("cards/{lang}/ecosystem/incubo.png"))
            .exists());
    }
}

#[test]
fn arabic_cards_are_set_from_the_right_and_french_ones_from_the_left() {
    let site = with_cards();
    site.build_ok();
    let (l, r) =
        ink_sides(&std::fs::read(site.public().join("cards/fr/stories/premiere.png")).unwrap());
    assert!(
        l > 3 * r.max(1),
        "French title starts at the left: {l} / {r}"
    );
    let (l, r) =
        ink_sides(&std::fs::read(site.public().join("cards/ar/stories/premiere.png")).unwrap());
    assert!(
        r > 3 * l.max(1),
        "Arabic title starts at the right: {l} / {r}"
    );
}

#[test]
fn hostile_titles_are_drawn_as_text() {
    let site = with_cards();
    site.write(
        "content/stories/hostile.fr.md",
        "+++\ntitle = '</text><script>alert(1)</script> R&D \"Aix\" & <Marseille>'\ndate = 2026-01-05\n+++\nTexte\n",
    );
    site.build_ok();
    let png = std::fs::read(site.public().join("cards/fr/stories/hostile.png")).unwrap();
    let (l, _) = ink_sides(&png);
    assert!(l > 1000, "the title is drawn");
}

#[test]
fn unchanged_cards_come_from_the_cache() {
    let site = with_cards();
    site.build_ok();
    let cache = site.root().join(".cache/cards");
    let count = || std::fs::read_dir(&cache).unwrap().count();
    let first = count();
    assert!(first > 30);
    site.build_ok();
    assert_eq!(count(), first, "nothing redrawn");
    site.edit(
        "content/stories/premiere.fr.md",
        "Première histoire",
        "Histoire renommée",
    );
    site.build_ok();
    assert_eq!(
        count(),
        first + 3,
        "only the renamed page's three cards are drawn again"
    );
}

#[test]
fn stories_also_get_square_and_vertical_cards() {
    let site = with_cards();
    site.build_ok();
    for (name, w, h) in [("square", 1080, 1080), ("vertical", 1080, 1920)] {
        let png = std::fs::read(
            site.public()
                .join(format!("cards/ar/stories/premiere.{name}.png")),
        )
        .unwrap();
        let p = Pixmap::decode_png(&png).unwrap();
        assert_eq!((p.width(), p.height()), (w, h), "{name}");
    }
    assert!(
        !site.public().join("cards/fr/about.square.png").exists(),
        "undated pages get the Open Graph card only"
    );
}

#[test]
fn a_brand_colour_changes_the_site_and_the_cards() {
    let site = with_cards();
    site.build_ok();
    let corner = |site: &Fixture| {
        let png = std::fs::read(site.public().join("cards/fr.png")).unwrap();
        let c = Pixmap::decode_png(&png).unwrap().pixel(5, 5).unwrap();
        (c.red(), c.green(), c.blue())
    };
    assert_eq!(corner(&site), (0x0b, 0x25, 0x45));
    site.edit(
        "brand/brand.toml",
        "navy = \"#0b2545\"",
        "navy = \"#123456\"",
    );
    site.build_ok();
    assert_eq!(corner(&site), (0x12, 0x34, 0x56));
    let doc = site.html("fr/index.html");
    let css = attr(&doc, "link[rel=stylesheet]", "href").unwrap();
    assert!(site
        .read(css.trim_start_matches('/'))
        .contains("--color-navy:#123456"));
}

#[test]
fn every_logo_variant_exists_and_draws() {
    let brand = oneprovence::config::Brand::load(&common::repo()).unwrap();
    let variants = brand.logo["variants"].as_array().unwrap();
    assert_eq!(variants.len(), 5);
    let opts = oneprovence::draw::layout::options(oneprovence::draw::layout::font_db(
        &common::repo().join("brand/fonts"),
    ));
    for v in variants {
        let path = common::repo().join(format!("brand/logos/{}.svg", v.as_str().unwrap()));
        let svg = std::fs::read_to_string(&path).unwrap();
        let tree = resvg::usvg::Tree::from_str(&svg, &opts).unwrap();
        let size = tree.size().to_int_size();
        let mut p = Pixmap::new(size.width(), size.height()).unwrap();
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::default(),
            &mut p.as_mut(),
        );
        let inked = p.pixels().iter().filter(|c| c.alpha() > 0).count();
        assert!(inked > 200, "{} draws nothing", path.display());
    }
}

#[test]
fn key_figures_get_square_and_vertical_cards_in_every_language() {
    let site = with_cards();
    site.build_ok();
    for lang in ["fr", "en", "ar"] {
        for (name, h) in [("square", 1080), ("vertical", 1920)] {
            let png = std::fs::read(
                site.public()
                    .join(format!("cards/{lang}/figures/hub.{name}.png")),
            )
            .unwrap();
            assert_eq!(Pixmap::decode_png(&png).unwrap().height(), h);
        }
    }
}

#[test]
fn cards_are_drawn_the_same_way_twice() {
    // Drawn twice from scratch: the second build forgets the cache and the previous build
    // (`--clean`), so the card is drawn again, not copied.
    let site = with_cards();
    let card = |site: &Fixture| std::fs::read(site.public().join("cards/ar/stories/premiere.png"));
    site.build_ok();
    let first = card(&site).unwrap();
    let out = site.cli(&["build", "--clean"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    // `--clean` emptied the cache: what is in it now was drawn by this build.
    assert!(
        site.root()
            .join(".cache/cards")
            .read_dir()
            .unwrap()
            .next()
            .is_some(),
        "the cards were drawn again into an empty cache"
    );
    let second = card(&site).unwrap();
    assert!(
        first == second,
        "same inputs, same bytes, with or without the cache"
    );
}

/// Compares with `tests/reference/<name>`, allowing small rasteriser differences; run with
/// `UPDATE_REFERENCES=1` to accept a deliberate change of the design.
fn matches_reference(name: &str, png: &[u8]) {
    let path = common::repo().join("tests/reference").join(name);
    if std::env::var_os("UPDATE_REFERENCES").is_some() {
        std::fs::write(&path, png).unwrap();
    }
    let want = Pixmap::decode_png(&std::fs::read(&path).unwrap()).unwrap();
    let got = Pixmap::decode_png(png).unwrap();
    assert_eq!((want.width(), want.height()), (got.width(), got.height()));
    let differing = want
        .pixels()
        .iter()
        .zip(got.pixels())
        .filter(|(a, b)| {
            let d = |x: u8, y: u8| (x as i16 - y as i16).abs();
            d(a.red(), b.red()) + d(a.green(), b.green()) + d(a.blue(), b.blue()) > 48
        })
        .count();
    let share = differing as f64 / want.pixels().len() as f64;
    assert!(
        share < 0.005,
        "{name}: {:.2}% of pixels differ",
        share * 100.0
    );
}

#[test]
fn cards_match_their_reference_pictures() {
    let site = with_cards();
    site.write(
        "content/stories/premiere.ar.md",
        "+++\ntitle = \"منذ عام 2023، أصبحت Aix-Marseille عاصمة أوروبية للابتكار\"\nsummary = \"الملخص.\"\n+++\nنص.\n",
    );
    site.build_ok();
    for (file, reference) in [
        ("cards/ar/stories/premiere.png", "card-ar-story.png"),
        ("cards/fr/stories/premiere.png", "card-fr-story.png"),
    ] {
        matches_reference(reference, &std::fs::read(site.public().join(file)).unwrap());
    }
}

/// Rows (in the text area, below the brand row and above the address) holding pixels of the
/// small heading line (sun yellow) and of the title (white).
fn heading_and_title_rows(png: &[u8]) -> (Vec<u32>, Vec<u32>) {
    let p = Pixmap::decode_png(png).unwrap();
    let (mut sun, mut white) = (Vec::new(), Vec::new());
    for y in 130..p.height() - 90 {
        let (mut s, mut w) = (false, false);
        for x in 60..p.width() - 60 {
            let c = p.pixel(x, y).unwrap();
            let (r, g, b) = (c.red(), c.green(), c.blue());
            s |= r > 200 && (150..=205).contains(&g) && b < 120;
            w |= r > 235 && g > 235 && b > 235;
        }
        if s {
            sun.push(y);
        }
        if w {
            white.push(y);
        }
    }
    (sun, white)
}

#[test]
fn the_small_heading_line_stands_half_a_line_above_the_title() {
    let site = with_cards();
    site.build_ok();
    for card in ["en/stories/premiere.png", "fr/stories/premiere.png"] {
        let png = std::fs::read(site.public().join("cards").join(card)).unwrap();
        let (sun, white) = heading_and_title_rows(&png);
        let kicker_bottom = *sun.first().expect("a heading line");
        let kicker_bottom = sun
            .iter()
            .copied()
            .take_while(|y| *y < kicker_bottom + 40)
            .max()
            .unwrap();
        let title_top = *white
            .iter()
            .find(|y| **y > kicker_bottom)
            .expect("a title below the heading line");
        // The title's first line of ink: capitals plus descenders, about 0.96 of its size.
        let first_line_end = white
            .iter()
            .copied()
            .skip_while(|y| *y < title_top)
            .zip(title_top..)
            .take_while(|(y, expected)| y == expected)
            .count() as f32;
        let line_height = first_line_end / 0.96 * 1.22;
        let gap = (title_top - kicker_bottom) as f32;
        assert!(
            gap >= line_height / 2.0,
            "{card}: {gap} px between the heading line and the title, line height {line_height}"
        );
    }
}
