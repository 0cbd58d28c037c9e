//! The communication kit, read back: page sizes and boxes (pdfinfo), embedded fonts (pdffonts),
//! extracted French and Arabic text (pdftotext), the QR code decoded from the rendered page
//! (pdftoppm + rqrr), the logo pack, the zips and their manifests, and the kit page.

use crate::common;

mod collisions;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::{attr, select, Fixture};
use sha2::{Digest, Sha256};

pub(crate) const LANGS: [&str; 3] = ["fr", "en", "ar"];

/// The shipped site, built once for the whole file (the kit takes a few seconds in debug).
pub(crate) fn site() -> &'static Fixture {
    static SITE: OnceLock<Fixture> = OnceLock::new();
    SITE.get_or_init(|| {
        let f = Fixture::shipped();
        // The zips carry the social cards and the videos: drawn here, once.
        f.edit("site.toml", "cards = false", "cards = true");
        f.edit("site.toml", "video = false", "video = true");
        f.build_ok();
        f
    })
}

pub(crate) fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed (apt-get install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub(crate) fn info(pdf: &Path) -> BTreeMap<String, String> {
    tool("pdfinfo", &["-box", pdf.to_str().unwrap()])
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

fn numbers(s: &str) -> Vec<f64> {
    s.split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect()
}

pub(crate) fn text(pdf: &Path) -> String {
    tool("pdftotext", &[pdf.to_str().unwrap(), "-"])
}

/// Letters and digits only: spacing, punctuation and bidi controls left out.
pub(crate) fn letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether `needle` is in `hay`, both reduced to letters. pdftotext gives the letters of an
/// Arabic ligature (lam-alef, ra after shin...) in swapped order (STACK.md §6), which does not
/// show on the page; so for Arabic a window of the same letters, in any order, also counts.
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (letters(hay), letters(needle));
    if hay.contains(&needle) {
        return true;
    }
    let h: Vec<char> = hay.chars().collect();
    let mut n: Vec<char> = needle.chars().collect();
    if n.is_empty() || n.len() > h.len() || !n.iter().any(|c| ('\u{0600}'..='\u{06FF}').contains(c))
    {
        return false;
    }
    n.sort_unstable();
    h.windows(n.len()).any(|w| {
        let mut w = w.to_vec();
        w.sort_unstable();
        w == n
    })
}

fn audiences(lang: &str) -> Vec<(String, String, Vec<String>)> {
    let root = site().public().join(lang).join("audiences");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&root).unwrap().flatten() {
        if !e.path().is_dir() {
            continue;
        }
        let slug = e.file_name().to_string_lossy().into_owned();
        if slug.starts_with("page") {
            continue;
        }
        let doc = site().html(&format!("{lang}/audiences/{slug}/index.html"));
        let title = common::text(&doc, "main h1");
        let promises = select(&doc, ".promises li")
            .iter()
            .map(|li| li.text().collect::<String>())
            .collect();
        out.push((slug, title, promises));
    }
    assert_eq!(out.len(), 4, "four audiences in {lang}");
    out
}

#[test]
fn each_language_has_an_a4_one_pager_per_audience_with_its_text_and_fonts_embedded() {
    for lang in LANGS {
        for (slug, title, promises) in audiences(lang) {
            let pdf = site()
                .public()
                .join(format!("kit/{lang}/one-pager-{slug}-{lang}.pdf"));
            let i = info(&pdf);
            assert_eq!(i["Pages"], "1", "{}", pdf.display());
            let size = numbers(&i["Page size"]);
            assert!(
                (size[0] - 595.28).abs() < 0.1 && (size[1] - 841.89).abs() < 0.1,
                "A4: {size:?}"
            );
            let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(rows.len() >= 2, "{fonts}");
            for row in &rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                // emb, sub, uni are the three yes/no columns before the object id.
                let n = cols.len();
                assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
            }
            let extracted = text(&pdf);
            assert!(
                contains(&extracted, &title),
                "{lang}/{slug}: title {title:?} not in {extracted}"
            );
            let first = promises.first().expect("promises on the audience page");
            let words: Vec<&str> = first.split_whitespace().take(3).collect();
            assert!(
                contains(&extracted, &words.join(" ")),
                "{lang}/{slug}: promise {first:?} not in {extracted}"
            );
            if lang == "ar" {
                assert!(
                    rows.iter().any(|r| r.contains("Arabic")),
                    "an Arabic face embedded: {fonts}"
                );
                let arabic = extracted
                    .chars()
                    .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
                    .count();
                assert!(arabic > 200, "Arabic text extractable: {arabic} letters");
            }
        }
    }
}

#[test]
fn the_print_variant_has_three_millimetres_of_bleed_and_a_trim_box_of_a4() {
    let pdf = site()
        .public()
        .join("kit/fr/one-pager-talents-fr-print.pdf");
    let i = info(&pdf);
    let trim = numbers(&i["TrimBox"]);
    let bleed = numbers(&i["BleedBox"]);
    let media = numbers(&i["MediaBox"]);
    let mm = 72.0 / 25.4;
    assert!(((trim[2] - trim[0]) - 595.28).abs() < 0.1, "{trim:?}");
    assert!(((trim[3] - trim[1]) - 841.89).abs() < 0.1, "{trim:?}");
    for k in 0..2 {
        assert!(((trim[k] - bleed[k]) - 3.0 * mm).abs() < 0.05, "{bleed:?}");
        assert!(((bleed[k + 2] - trim[k + 2]) - 3.0 * mm).abs() < 0.05);
        assert!(
            media[k] < bleed[k] && media[k + 2] > bleed[k + 2],
            "room for crop marks"
        );
    }
    // Crop marks: dark hairlines in the corner margin, outside the bleed.
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("p");
    tool(
        "pdftoppm",
        &[
            "-r",
            "72",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let png = image::open(dir.path().join("p-1.png")).unwrap().to_luma8();
    // The vertical mark of the top-left corner runs at x = trim, above the bleed.
    let x = trim[0].round() as u32;
    let dark = (2..(bleed[1] as u32 - 2))
        .any(|y| (x.saturating_sub(1)..=x + 1).any(|xx| png.get_pixel(xx, y).0[0] < 160));
    assert!(dark, "a crop mark above the top-left corner");
    // Nothing but the marks past the bleed: the margin's middle is white.
    assert!(png.get_pixel(png.width() / 2, 3).0[0] > 250);
}

/// The one QR code of a PDF's first page, decoded.
fn qr_of(pdf: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("q");
    tool(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let img = image::open(dir.path().join("q-1.png")).unwrap().to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the page");
    grids[0].decode().unwrap().1
}

#[test]
fn the_qr_code_of_a_one_pager_leads_to_its_audience_page() {
    let content = qr_of(&site().public().join("kit/en/one-pager-talents-en.pdf"));
    let doc = site().html("en/audiences/talents/index.html");
    let canonical = attr(&doc, "link[rel=canonical]", "href").unwrap();
    assert_eq!(content, canonical);
}

#[test]
fn printed_addresses_and_qr_codes_use_print_base_url() {
    let f = Fixture::shipped();
    f.edit(
        "site.toml",
        "base_url = \"https://oneprovence.netlify.app\"\n",
        "base_url = \"https://oneprovence.netlify.app\"\nprint_base_url = \"https://print.example.org/\"\n",
    );
    f.build_ok();
    let pdf = f.public().join("kit/fr/one-pager-talents-fr.pdf");
    assert_eq!(
        qr_of(&pdf),
        "https://print.example.org/fr/audiences/talents/"
    );
    let t = text(&pdf);
    assert!(t.contains("print.example.org"), "{t}");
    assert!(!t.contains("netlify.app"), "{t}");
    // The site itself keeps its published address.
    let doc = f.html("fr/audiences/talents/index.html");
    let canonical = attr(&doc, "link[rel=canonical]", "href").unwrap();
    assert!(canonical.starts_with("https://oneprovence.netlify.app/"));
}

#[test]
fn a_presentation_and_a_figures_sheet_in_each_language() {
    for lang in LANGS {
        let deck = site()
            .public()
            .join(format!("kit/{lang}/presentation-{lang}.pdf"));
        let i = info(&deck);
        assert!(i["Pages"].parse::<usize>().unwrap() >= 4);
        let size = numbers(&i["Page size"]);
        assert!(
            (size[0] / size[1] - 16.0 / 9.0).abs() < 0.01,
            "16:9: {size:?}"
        );
        let t = text(&deck);
        for (_, title, _) in audiences(lang) {
            assert!(contains(&t, &title), "{lang}: {title} in the deck");
        }
        let sheet = site()
            .public()
            .join(format!("kit/{lang}/key-figures-{lang}.pdf"));
        let i = info(&sheet);
        let size = numbers(&i["Page size"]);
        assert!((size[0] - 595.28).abs() < 0.1, "A4");
        // Every figure of the figures page shows on the sheet, with its source.
        let page = site().html(&format!("{lang}/kit/index.html"));
        assert!(!select(&page, "main").is_empty());
        let figures = std::fs::read_to_string(site().root().join("content/figures.toml")).unwrap();
        let table: toml::Table = toml::from_str(&figures).unwrap();
        let t = text(&sheet);
        for (id, f) in &table {
            let value = f[lang]["value"].as_str().unwrap();
            assert!(contains(&t, value), "{lang}: figure {id} ({value})");
        }
        // Sources in the sheet's language, the roadmap's own name kept.
        let roadmap = match lang {
            "fr" => "Feuille de route Innov Provence",
            "en" => "Innov Provence roadmap",
            _ => "Innov Provence",
        };
        assert!(contains(&t, roadmap), "{lang}: {roadmap}");
        // A target and a forecast say when they were set and for when (issue #29), on the
        // sheet and on the one-pager that shows the forecast, never cut.
        let (goal, forecast) = match lang {
            "fr" => (
                "Objectif fixé en 2022 pour 2025",
                "Prévision faite en 2023 pour 2035",
            ),
            "en" => (
                "Target set in 2022 for 2025",
                "Forecast made in 2023 for 2035",
            ),
            _ => ("هدفٌ وُضع عام 2022 لعام 2025", "توقّعٌ صدر عام 2023 لعام 2035"),
        };
        assert!(contains(&t, goal), "{lang}: {goal}");
        assert!(contains(&t, forecast), "{lang}: {forecast}");
        let talents = site()
            .public()
            .join(format!("kit/{lang}/one-pager-talents-{lang}.pdf"));
        assert!(contains(&text(&talents), forecast), "{lang}: {forecast}");
    }
}

#[test]
fn the_logo_pack_has_every_variant_as_outlined_svg_transparent_png_and_pdf() {
    let brand: toml::Table =
        toml::from_str(&std::fs::read_to_string(site().root().join("brand/brand.toml")).unwrap())
            .unwrap();
    let variants = brand["logo"]["variants"].as_array().unwrap();
    assert!(variants.len() >= 5);
    for v in variants {
        let stem = format!("kit/logos/one-provence-{}", v.as_str().unwrap());
        let svg = site().read(&format!("{stem}.svg"));
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert!(
            !doc.descendants().any(|n| n.has_tag_name("text")),
            "{stem}.svg: text outlined, so no font is needed"
        );
        assert!(doc.descendants().any(|n| n.has_tag_name("path")));
        for w in [256u32, 512, 1024] {
            let png = image::open(site().public().join(format!("{stem}-{w}.png")))
                .unwrap()
                .to_rgba8();
            assert_eq!(png.width(), w);
            // Transparent around the mark, opaque on it.
            assert_eq!(
                png.get_pixel(0, 0).0[3],
                0,
                "{stem}-{w}.png corner transparent"
            );
            assert!(png.pixels().any(|p| p.0[3] == 255));
        }
        let i = info(&site().public().join(format!("{stem}.pdf")));
        assert_eq!(i["Pages"], "1");
    }
}

pub(crate) fn read_zip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        out.insert(f.name().to_string(), bytes);
    }
    out
}

#[test]
fn each_zip_holds_the_kit_with_a_manifest_that_matches_its_files() {
    for lang in LANGS {
        let zip = site()
            .public()
            .join(format!("kit/one-provence-kit-{lang}.zip"));
        let files = read_zip(&zip);
        let folder = format!("one-provence-kit-{lang}/");
        assert!(files.keys().all(|k| k.starts_with(&folder)), "one folder");
        let manifest = String::from_utf8(files[&format!("{folder}MANIFEST.txt")].clone()).unwrap();
        let mut listed = 0;
        for line in manifest.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split("  ").collect();
            let (sum, size, name) = (cols[0], cols[1], cols[2]);
            let bytes = &files[&format!("{folder}{name}")];
            assert_eq!(size.parse::<usize>().unwrap(), bytes.len(), "{name}");
            let hex: String = Sha256::digest(bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(sum, hex, "{name}");
            listed += 1;
        }
        assert_eq!(
            listed + 2,
            files.len(),
            "all but the manifest and the note listed"
        );
        let names: Vec<&String> = files.keys().collect();
        let count = |p: &str| names.iter().filter(|n| n.contains(p)).count();
        assert_eq!(count("one-pager-"), 8, "four audiences, screen and print");
        assert_eq!(
            count("presentation-"),
            2 + 2 * 12,
            "the deck as PDF and PPTX, and each slide as PNG and SVG"
        );
        assert_eq!(count("key-figures-"), 1);
        assert_eq!(count("brand-sheet-"), 1);
        assert!(count("logos/") >= 25, "logo pack");
        assert!(files.contains_key(&format!("{folder}README-{lang}.txt")));
        // The social cards of every key figure, square and vertical, as real PNGs.
        let figures: toml::Table = toml::from_str(
            &std::fs::read_to_string(site().root().join("content/figures.toml")).unwrap(),
        )
        .unwrap();
        for id in figures.keys() {
            for f in ["square", "vertical"] {
                let name = format!("{folder}social/figures/{id}.{f}.png");
                let png = image::load_from_memory(&files[&name]).unwrap();
                assert_eq!(png.width(), 1080, "{name}");
            }
        }
        for entry in zip::ZipArchive::new(std::fs::File::open(&zip).unwrap())
            .unwrap()
            .file_names()
        {
            assert!(!entry.contains(".."));
        }
    }
}

#[test]
fn two_builds_with_empty_caches_give_the_same_zip_bytes() {
    let other = Fixture::shipped();
    other.edit("site.toml", "cards = false", "cards = true");
    // The zips carry the videos: drawn again too, which also shows their encoding repeatable.
    other.edit("site.toml", "video = false", "video = true");
    // Same cards (copied from the first build's cache), the kit drawn again from nothing.
    let cards = site().root().join(".cache/cards");
    let into = other.root().join(".cache/cards");
    std::fs::create_dir_all(&into).unwrap();
    for e in std::fs::read_dir(&cards).unwrap().flatten() {
        std::fs::copy(e.path(), into.join(e.file_name())).unwrap();
    }
    assert!(!other.root().join(".cache/kit").exists());
    other.build_ok();
    for lang in LANGS {
        let rel = format!("kit/one-provence-kit-{lang}.zip");
        let a = std::fs::read(site().public().join(&rel)).unwrap();
        let b = std::fs::read(other.public().join(&rel)).unwrap();
        assert!(a == b, "{rel} differs between two builds");
    }
}

#[test]
fn the_kit_page_shows_previews_formats_sizes_and_languages_of_real_files() {
    for lang in LANGS {
        let doc = site().html(&format!("{lang}/kit/index.html"));
        let items = select(&doc, ".kit-item");
        assert!(items.len() >= 7 + 5, "{lang}: documents and logos");
        for img in select(&doc, ".kit-item img") {
            let src = img.value().attr("src").unwrap();
            let file: PathBuf = site().public().join(src.trim_start_matches('/'));
            let png = image::open(&file).unwrap();
            assert_eq!(
                img.value().attr("width").unwrap(),
                png.width().to_string(),
                "{src}"
            );
            assert_eq!(
                img.value().attr("height").unwrap(),
                png.height().to_string()
            );
            assert!(!img.value().attr("alt").unwrap().is_empty());
        }
        for a in select(&doc, ".kit a[download]") {
            let href = a.value().attr("href").unwrap();
            let file = site().public().join(href.trim_start_matches('/'));
            assert!(file.is_file(), "{href}");
            // The size shown next to the link is the file's.
            let meta = a
                .next_siblings()
                .find_map(scraper::ElementRef::wrap)
                .map(|e| e.text().collect::<String>())
                .unwrap_or_default();
            let digits: String = meta.chars().filter(|c| c.is_ascii_digit()).collect();
            let len = std::fs::metadata(&file).unwrap().len() as usize;
            if len < 1024 * 1024 {
                assert_eq!(digits, len.div_ceil(1024).to_string(), "{href}: {meta}");
            } else {
                assert!(!digits.is_empty(), "{href}: a size ({meta})");
            }
        }
        // Each document says its language, marked up in that language.
        for item in select(&doc, ".kit-documents .kit-item") {
            let l = item
                .select(&scraper::Selector::parse(".kit-meta [lang]").unwrap())
                .next()
                .expect("a language on each document");
            assert_eq!(l.value().attr("lang"), Some(lang));
        }
        // One zip per language, each link marked with its language.
        let zips = select(&doc, ".kit-zips a");
        assert_eq!(zips.len(), 3);
        for z in zips {
            assert!(z.value().attr("hreflang").is_some());
            assert!(z
                .select(&scraper::Selector::parse("[lang]").unwrap())
                .next()
                .is_some());
        }
    }
}

#[test]
fn a_broken_kit_template_fails_the_build_naming_the_template_and_keeps_public_whole() {
    let site = Fixture::shipped();
    site.build_ok();
    let before = std::fs::read(site.public().join("kit/fr/presentation-fr.pdf")).unwrap();
    site.edit(
        "brand/templates/kit/slide.svg",
        "{{ m::tiles(tiles=tiles, colors=colors) }}",
        "{{ m::tiles(tiles=tiles, colors=colors) }}{{ no_such_value }}",
    );
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let err = common::stderr(&out);
    assert!(err.contains("brand/templates/kit/slide.svg"), "{err}");
    assert!(err.contains("no_such_value"), "{err}");
    let after = std::fs::read(site.public().join("kit/fr/presentation-fr.pdf")).unwrap();
    assert!(before == after, "the previous build stays whole");
}

#[test]
fn the_brand_sheet_names_each_colour_in_hex_rgb_and_labelled_cmyk_and_the_fonts_it_uses() {
    let brand: toml::Table =
        toml::from_str(&std::fs::read_to_string(site().root().join("brand/brand.toml")).unwrap())
            .unwrap();
    let colors = brand["colors"].as_table().unwrap();
    for lang in LANGS {
        let pdf = site()
            .public()
            .join(format!("kit/{lang}/brand-sheet-{lang}.pdf"));
        let t = text(&pdf);
        for (name, hex) in colors {
            let hex = hex.as_str().unwrap();
            assert!(t.contains(&hex.to_uppercase()), "{lang}: {name} {hex}");
            let v = u32::from_str_radix(&hex[1..], 16).unwrap();
            let rgb = format!("RGB {} {} {}", v >> 16, (v >> 8) & 255, v & 255);
            assert!(t.contains(&rgb), "{lang}: {name} {rgb}");
        }
        // The note saying they are approximations, in the sheet's language.
        let ftl = std::fs::read_to_string(site().root().join(format!("i18n/{lang}.ftl"))).unwrap();
        let msg = |key: &str| {
            ftl.lines()
                .find_map(|l| l.strip_prefix(&format!("{key} = ")))
                .unwrap()
                .to_string()
        };
        let cmyk = msg("kit-cmyk-label");
        assert!(t.contains(&cmyk), "{lang}: CMYK values marked {cmyk}");
        // Colours named in the reader's language; the fonts named are those embedded.
        for name in colors.keys() {
            let named = msg(&format!("kit-color-{name}"));
            assert!(contains(&t, &named), "{lang}: colour {name} named {named}");
        }
        // Named on every sheet, and embedded in the Arabic one (which draws with both): the
        // site's faces, one Arabic typeface everywhere (issue #32).
        let ar = site().public().join("kit/ar/brand-sheet-ar.pdf");
        let fonts = tool("pdffonts", &[ar.to_str().unwrap()]);
        for family in ["Noto Sans", "Noto Sans Arabic"] {
            assert!(t.contains(family), "{lang}: {family} named");
            let embedded = family.replace(' ', "");
            assert!(fonts.contains(&embedded), "{family} embedded: {fonts}");
        }
        assert!(!t.contains("Plex"), "{lang}: a font the kit does not use");
        // The palette is a table: a row per colour, its name the row's header.
        let s = structure(&pdf);
        assert!(s.contains("\n  Table (block)"), "{lang}: {s}");
        assert_eq!(s.matches("    TR").count(), colors.len(), "{lang}: {s}");
        assert!(s.matches("      TD").count() >= 3 * colors.len(), "{lang}");
        let navy = msg("kit-color-navy");
        let header = format!("TH:\n         /Scope /Row\n        \"{navy}\"");
        assert!(s.contains(&header), "{lang}: {s}");
        assert!(s.contains("\n  Figure"), "{lang}: the emblem as a figure");
        let note = ftl
            .lines()
            .find_map(|l| l.strip_prefix("kit-cmyk-note = "))
            .unwrap();
        let words: Vec<&str> = note.split_whitespace().skip(1).take(4).collect();
        assert!(contains(&t, &words.join(" ")), "{lang}: {note}");
    }
}

/// The fonts a PDF embeds, as `pdffonts` names them (subset prefix left out).
fn embedded_fonts(pdf: &Path) -> Vec<String> {
    tool("pdffonts", &[pdf.to_str().unwrap()])
        .lines()
        .skip(2)
        .filter_map(|row| row.split_whitespace().next())
        .map(|name| name.split_once('+').map_or(name, |(_, n)| n).to_string())
        .collect()
}

#[test]
fn every_arabic_pdf_of_the_kit_embeds_the_site_faces_noto_sans_arabic_and_noto_sans_only() {
    let mut seen_arabic = 0;
    let pdfs: Vec<PathBuf> = std::fs::read_dir(site().public().join("kit/ar"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    assert!(pdfs.len() >= 11, "screen and print PDFs: {pdfs:?}");
    for pdf in &pdfs {
        let fonts = embedded_fonts(pdf);
        assert!(!fonts.is_empty(), "{}", pdf.display());
        for f in &fonts {
            assert!(
                f.starts_with("NotoSansArabic-") || f.starts_with("NotoSans-"),
                "{}: {f} is not Noto Sans Arabic or Noto Sans ({fonts:?})",
                pdf.display()
            );
        }
        seen_arabic += usize::from(fonts.iter().any(|f| f.starts_with("NotoSansArabic-")));
    }
    assert!(
        seen_arabic >= 7,
        "{seen_arabic} documents set in Noto Sans Arabic"
    );
    // The brand sheet names the typeface it is set in.
    let sheet = text(&site().public().join("kit/ar/brand-sheet-ar.pdf"));
    assert!(sheet.contains("Noto Sans Arabic"), "{sheet}");
}

/// Word boxes from `pdftotext -bbox`: (xMin, yMin, xMax, yMax, text).
fn words(pdf: &Path) -> Vec<(f64, f64, f64, f64, String)> {
    tool("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"])
        .lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let num = |k: &str| -> f64 {
                let at = l.find(&format!("{k}=\"")).unwrap() + k.len() + 2;
                l[at..].split('"').next().unwrap().parse().unwrap()
            };
            let text = l
                .split('>')
                .nth(1)
                .unwrap_or("")
                .split('<')
                .next()
                .unwrap_or("");
            (
                num("xMin"),
                num("yMin"),
                num("xMax"),
                num("yMax"),
                text.to_string(),
            )
        })
        .collect()
}

#[test]
fn one_pager_text_stays_inside_the_margins_and_clear_of_the_footer() {
    let footer = 841.89 - 130.0;
    for lang in LANGS {
        for (slug, _, _) in audiences(lang) {
            let pdf = site()
                .public()
                .join(format!("kit/{lang}/one-pager-{slug}-{lang}.pdf"));
            let ws = words(&pdf);
            assert!(ws.len() > 100, "{lang}/{slug}: {} words", ws.len());
            for (x0, y0, x1, y1, t) in &ws {
                // 42 pt margins, with a little room for the bidi marks' advance.
                assert!(
                    *x0 >= 36.0 && *x1 <= 560.0,
                    "{lang}/{slug}: {t} at x {x0}–{x1}"
                );
                assert!(
                    !(*y0 < footer && *y1 > footer),
                    "{lang}/{slug}: {t} across the footer"
                );
                assert!(*y1 < 841.89 - 12.0, "{lang}/{slug}: {t} off the page");
            }
            // The body ends above the footer band: its last line is well clear of it.
            let body_bottom = ws
                .iter()
                .filter(|w| w.3 < footer)
                .map(|w| w.3)
                .fold(0.0, f64::max);
            assert!(
                body_bottom < footer - 8.0,
                "{lang}/{slug}: body reaches {body_bottom}"
            );
        }
    }
}

#[test]
fn hostile_text_in_an_audience_title_is_drawn_as_text_in_the_kit() {
    let site = Fixture::shipped();
    site.edit(
        "content/audiences/talents.en.md",
        "title = \"Talent\"",
        "title = \"Talent </text><script>x</script> & <b>\"",
    );
    site.build_ok();
    let pdf = site.public().join("kit/en/one-pager-talents-en.pdf");
    let t = text(&pdf);
    assert!(t.contains("</text><script>x</script> & <b>"), "{t}");
    let page = site.read("en/kit/index.html");
    assert!(
        !page.contains("<script>x</script>"),
        "escaped on the kit page"
    );
}

/// The structure tree as poppler reads it back: element names and the text of their content,
/// in the order of the tree (`pdfinfo -struct-text`).
fn structure(pdf: &Path) -> String {
    let out = Command::new("pdfinfo")
        .args(["-struct-text", pdf.to_str().unwrap()])
        .output()
        .expect("pdfinfo (poppler-utils)");
    // Heading titles are printed in PDFDocEncoding, not UTF-8: only the quoted text is read.
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn screen_pdfs(lang: &str) -> Vec<PathBuf> {
    let dir = site().public().join("kit").join(lang);
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .filter(|p| !p.to_string_lossy().ends_with("-print.pdf"))
        .collect();
    v.sort();
    v
}

#[test]
fn every_screen_pdf_is_tagged_with_its_title_language_and_pdf_ua_identification() {
    let mut n = 0;
    for lang in LANGS {
        for pdf in screen_pdfs(lang) {
            n += 1;
            let i = info(&pdf);
            assert_eq!(i["Tagged"], "yes", "{}", pdf.display());
            assert!(
                i["Title"].starts_with("One Provence — "),
                "{:?}",
                i["Title"]
            );
            let meta = tool("pdfinfo", &["-meta", pdf.to_str().unwrap()]);
            assert!(
                meta.contains("<pdfuaid:part>1</pdfuaid:part>"),
                "{}",
                pdf.display()
            );
            assert!(
                meta.contains(&format!("<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li>")),
                "{}",
                pdf.display()
            );
            let s = structure(&pdf);
            assert!(s.starts_with("Document"), "{}: {s}", pdf.display());
            assert!(
                s.contains("\n  H1 "),
                "{}: a first-level heading",
                pdf.display()
            );
        }
    }
    assert_eq!(n, 21, "7 screen PDFs in each of 3 languages");
}

#[test]
fn the_structure_tree_reads_a_one_pager_in_order_with_its_list_and_qr_figure() {
    for lang in LANGS {
        for (slug, title, promises) in audiences(lang) {
            let pdf = site()
                .public()
                .join(format!("kit/{lang}/one-pager-{slug}-{lang}.pdf"));
            let s = structure(&pdf);
            // Lines are quoted one by one; a paragraph's lines joined give its text.
            let flat: String = s
                .lines()
                .filter_map(|l| l.trim().strip_prefix('"')?.strip_suffix('"'))
                .collect::<Vec<_>>()
                .join(" ");
            let h1 = s.find("\n  H1 ").expect("H1");
            let list = s.find("\n  L (block)").expect("a list of promises");
            let figure = s.find("\n  Figure").expect("the QR code as a figure");
            assert!(h1 < list && list < figure, "{lang}/{slug}: reading order");
            assert!(s.matches("LI (block)").count() >= promises.len());
            // Arabic included: the text reads in logical order, as written.
            assert!(flat.contains(&title), "{lang}/{slug}: {title} in {flat}");
            let first = promises[0]
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(flat.contains(&first), "{lang}/{slug}: {first} in {flat}");
        }
    }
}

/// The rows and columns holding any ink (alpha above zero) of a PNG: left, top, right, bottom.
fn ink_box(p: &resvg::tiny_skia::Pixmap) -> (u32, u32, u32, u32) {
    let (mut l, mut t, mut r, mut b) = (u32::MAX, u32::MAX, 0, 0);
    for y in 0..p.height() {
        for x in 0..p.width() {
            if p.pixel(x, y).unwrap().alpha() > 0 {
                (l, t, r, b) = (l.min(x), t.min(y), r.max(x), b.max(y));
            }
        }
    }
    (l, t, r, b)
}

#[test]
fn every_logo_png_has_its_mark_centred_in_the_clear_space_of_the_brand() {
    let dir = site().public().join("kit/logos");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".png") {
            continue;
        }
        n += 1;
        let p = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(e.path()).unwrap()).unwrap();
        let (l, t, r, b) = ink_box(&p);
        let margins = [l, t, p.width() - 1 - r, p.height() - 1 - b];
        let (min, max) = (
            *margins.iter().min().unwrap(),
            *margins.iter().max().unwrap(),
        );
        // The same clear space on every side (antialiasing: a couple of pixels).
        let tolerance = 2 + p.width() / 256;
        assert!(max - min <= tolerance, "{name}: margins {margins:?}");
        // brand.toml: a quarter of the emblem's height. The sun is 22 of the emblem's 35 units.
        let sun_rows: Vec<u32> = (0..p.height())
            .filter(|&y| {
                (0..p.width()).any(|x| {
                    let c = p.pixel(x, y).unwrap();
                    c.alpha() == 255
                        && c.red() > 220
                        && (160..=200).contains(&c.green())
                        && c.blue() < 100
                })
            })
            .collect();
        if let (Some(top), Some(bottom)) = (sun_rows.first(), sun_rows.last()) {
            let emblem = (bottom - top + 1) as f32 * 35.0 / 22.0;
            assert!(
                min as f32 >= emblem / 4.0 - tolerance as f32,
                "{name}: clear space {min} px for an emblem of {emblem} px"
            );
        }
    }
    assert_eq!(n, 15, "5 variants × 3 widths");
}

#[test]
fn the_presentation_has_ten_to_fourteen_slides_readable_when_projected_each_in_the_zip() {
    let figures: toml::Table = toml::from_str(
        &std::fs::read_to_string(site().root().join("content/figures.toml")).unwrap(),
    )
    .unwrap();
    for lang in LANGS {
        let deck = site()
            .public()
            .join(format!("kit/{lang}/presentation-{lang}.pdf"));
        let pages: usize = info(&deck)["Pages"].parse().unwrap();
        assert!((10..=14).contains(&pages), "{lang}: {pages} slides");
        // 12 pt at least, sources included: a word box is about 1.36 × the size in Noto Sans
        // and 2.1 × the size in Noto Sans Arabic.
        for (x0, y0, _, y1, word) in words(&deck) {
            // Latin words of Arabic slides are in Noto Sans too.
            let min = 12.0 * 1.36 - 0.2;
            assert!(
                y1 - y0 >= min,
                "{lang}: «{word}» at {x0},{y0} is {} high",
                y1 - y0
            );
        }
        let t = text(&deck);
        // The key figures of the kit page, with their sources.
        for id in [
            "first-metropolis",
            "companies-2022",
            "digital-hub",
            "icapital-2023",
        ] {
            let value = figures[id][lang]["value"].as_str().unwrap();
            assert!(contains(&t, value), "{lang}: {id} ({value})");
        }
        assert!(
            t.contains("/orientation/"),
            "{lang}: the orientation page's address"
        );
        let zip = read_zip(
            &site()
                .public()
                .join(format!("kit/one-provence-kit-{lang}.zip")),
        );
        for i in 1..=pages {
            for ext in ["png", "svg"] {
                let name = format!("slides/presentation-{lang}-{i:02}.{ext}");
                let file = zip.iter().find(|(k, _)| k.ends_with(&name));
                assert!(
                    file.is_some_and(|(_, b)| b.len() > 1000),
                    "{lang}: {name} in the zip"
                );
            }
        }
    }
}

#[test]
fn the_kit_page_lists_and_previews_the_social_cards() {
    for lang in LANGS {
        let doc = site().html(&format!("{lang}/kit/index.html"));
        let cards = select(&doc, ".kit-social .kit-item");
        assert!(
            cards.len() >= 30,
            "{lang}: {} social cards listed",
            cards.len()
        );
        let links: Vec<String> = select(&doc, ".kit-social a")
            .iter()
            .filter_map(|a| a.value().attr("href").map(String::from))
            .collect();
        for format in [".square.png", ".vertical.png"] {
            assert!(links
                .iter()
                .any(|l| l.ends_with(format) && l.contains("/stories/")));
            assert!(links
                .iter()
                .any(|l| l.ends_with(format) && l.contains("/figures/")));
        }
        for l in &links {
            assert!(
                site().public().join(l.trim_start_matches('/')).is_file(),
                "{l}"
            );
        }
        assert!(
            !select(&doc, ".kit-social img").is_empty(),
            "{lang}: previews"
        );
        assert!(select(&doc, ".kit-social .kit-meta").len() >= cards.len());
        assert!(
            !select(&doc, ".kit-slides-note").is_empty(),
            "{lang}: slides in the zip"
        );
    }
}

#[test]
fn the_figures_sheet_is_grouped_by_theme_under_headings() {
    for lang in LANGS {
        let pdf = site()
            .public()
            .join(format!("kit/{lang}/key-figures-{lang}.pdf"));
        let s = structure(&pdf);
        let ftl = std::fs::read_to_string(site().root().join(format!("i18n/{lang}.ftl"))).unwrap();
        let mut at = 0;
        for theme in [
            "positioning",
            "one-provence",
            "public-buying",
            "smart-metropole",
            "transitions",
            "research",
        ] {
            let label = ftl
                .lines()
                .find_map(|l| l.strip_prefix(&format!("figures-theme-{theme} = ")))
                .unwrap();
            let heading = s[at..]
                .find(&format!("\"{label}\""))
                .unwrap_or_else(|| panic!("{lang}: heading {label} after the previous one"));
            at += heading;
            assert!(s[..at].rfind("H2 ").is_some());
        }
    }
}
