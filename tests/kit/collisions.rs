//! No text that collides (issue #32), read back from the PDFs: every kit document (one-pagers
//! screen and print, key figures, presentation, brand sheet), every page and language, through
//! `pdftotext -bbox-layout`. Lines that poppler puts in different blocks do not overlap, and
//! every word lies inside the page minus its margins. The layout's own boxes (each line in the
//! box of its column, a figure's tile) are checked in `src/kit/collisions.rs`.

use std::path::Path;

use super::{site, tool, LANGS};

/// A box in points from the page's top left: x0, y0, x1, y1.
type Bbox = [f64; 4];

/// A word's or a line's box, its text, and the block poppler put it in.
struct Word {
    bbox: Bbox,
    text: String,
    block: usize,
    line: usize,
}

fn num(tag: &str, key: &str) -> f64 {
    let at = tag.find(&format!("{key}=\"")).expect(key) + key.len() + 2;
    tag[at..].split('"').next().unwrap().parse().unwrap()
}

fn bbox(tag: &str) -> Bbox {
    [
        num(tag, "xMin"),
        num(tag, "yMin"),
        num(tag, "xMax"),
        num(tag, "yMax"),
    ]
}

/// Each page's size and words, from `pdftotext -bbox-layout`.
fn pages(pdf: &Path) -> Vec<((f64, f64), Vec<Word>)> {
    let xhtml = tool("pdftotext", &["-bbox-layout", pdf.to_str().unwrap(), "-"]);
    let mut pages = Vec::new();
    let (mut block, mut line) = (0, 0);
    for tag in xhtml.lines().map(str::trim_start) {
        if tag.starts_with("<page ") {
            pages.push(((num(tag, "width"), num(tag, "height")), Vec::new()));
        } else if tag.starts_with("<block ") {
            block += 1;
        } else if tag.starts_with("<line ") {
            line += 1;
        } else if tag.starts_with("<word ") {
            let text = tag.split('>').nth(1).unwrap_or("").split('<').next();
            let words: &mut Vec<Word> = &mut pages.last_mut().expect("a page").1;
            words.push(Word {
                bbox: bbox(tag),
                text: text.unwrap_or("").to_string(),
                block,
                line,
            });
        }
    }
    pages
}

/// The part of a word's box its letters fill. poppler's box runs from the font's ascent to its
/// descent, which for Noto Sans is 1.36 times the size (and twice the size for Noto Sans
/// Arabic): lines set closer than that have boxes that overlap while their letters do not.
/// In an Arabic document, digits and punctuation are in the Arabic face too, unless they
/// follow Latin words.
fn ink(w: &Word, arabic_document: bool) -> Bbox {
    let h = w.bbox[3] - w.bbox[1];
    let arabic = w
        .text
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        || (arabic_document && !w.text.chars().any(|c| c.is_ascii_alphabetic()));
    let (top, bottom) = if arabic { (0.3, 0.25) } else { (0.22, 0.08) };
    [
        w.bbox[0],
        w.bbox[1] + top * h,
        w.bbox[2],
        w.bbox[3] - bottom * h,
    ]
}

fn overlap(a: &Bbox, b: &Bbox) -> (f64, f64) {
    (
        a[2].min(b[2]) - a[0].max(b[0]),
        a[3].min(b[3]) - a[1].max(b[1]),
    )
}

/// The documents' pages and their margins: every PDF of the kit in a language, with where its
/// page (the trim box, for print) sits in poppler's coordinates.
fn documents(lang: &str) -> Vec<std::path::PathBuf> {
    let dir = site().public().join(format!("kit/{lang}"));
    let mut pdfs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    pdfs.sort();
    pdfs
}

/// The trim box's left and top in poppler's coordinates (0 for a screen PDF).
fn trim_origin(pdf: &Path) -> (f64, f64) {
    let info = tool("pdfinfo", &["-box", pdf.to_str().unwrap()]);
    let get = |k: &str| -> Vec<f64> {
        info.lines()
            .find(|l| l.starts_with(k))
            .map(|l| {
                l[k.len()..]
                    .split_whitespace()
                    .filter_map(|x| x.parse().ok())
                    .collect()
            })
            .unwrap_or_default()
    };
    let (media, trim) = (get("MediaBox:"), get("TrimBox:"));
    (trim[0] - media[0], media[3] - trim[3])
}

/// What is wrong on one page of a PDF: words outside the margins, lines of different blocks
/// over each other.
fn problems(pdf: &Path, words: &[Word], (w, h): (f64, f64), (dx, dy): (f64, f64)) -> Vec<String> {
    // The documents' margins (42 pt on A4, 56 on slides), less room for the
    // advance of the bidi marks at the ends of Arabic lines; 12 pt above and below.
    let page_w = w - 2.0 * dx;
    let margin = if page_w > 900.0 { 56.0 } else { 42.0 } - 8.0;
    let area = [dx + margin, dy + 12.0, w - dx - margin, h - dy - 12.0];
    let name = pdf.file_name().unwrap().to_string_lossy();
    let mut out = Vec::new();
    for (i, a) in words.iter().enumerate() {
        let b = a.bbox;
        if b[0] < area[0] || b[2] > area[2] || b[1] < area[1] || b[3] > area[3] {
            out.push(format!("{name}: «{}» {b:?} outside {area:?}", a.text));
        }
        for o in &words[i + 1..] {
            if o.block == a.block || o.line == a.line {
                continue;
            }
            let arabic = name.ends_with("-ar.pdf") || name.ends_with("-ar-print.pdf");
            let (ox, oy) = overlap(&ink(a, arabic), &ink(o, arabic));
            if ox > 0.5 && oy > 0.5 {
                out.push(format!(
                    "{name}: «{}» {b:?} and «{}» {:?} overlap by {oy:.1} pt",
                    a.text, o.text, o.bbox
                ));
            }
        }
    }
    out
}

#[test]
fn no_text_of_any_kit_pdf_overlaps_other_text_or_leaves_the_margins() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for lang in LANGS {
        for pdf in documents(lang) {
            let origin = trim_origin(&pdf);
            for (i, (size, words)) in pages(&pdf).iter().enumerate() {
                assert!(
                    !words.is_empty(),
                    "{}: page {} has text",
                    pdf.display(),
                    i + 1
                );
                checked += 1;
                for p in problems(&pdf, words, *size, origin) {
                    wrong.push(format!("{p} (page {})", i + 1));
                }
            }
        }
    }
    assert!(checked > 60, "{checked} pages checked");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
