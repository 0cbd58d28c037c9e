//! draw: text layout for cards and kit documents, done before resvg draws (resvg neither wraps lines nor orders
//! right-to-left paragraphs: STACK.md §4–5). Words are measured with the real fonts through
//! usvg's own shaping, lines are broken on U+0020 only (French puts no-break spaces before
//! `: ; ! ?`), the size shrinks within limits and the last line is ellipsized past the maximum.
//! Each line is split into script runs so Latin inside Arabic gets a Latin font (usvg's fallback
//! inside one run fails for Arabic).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::Mutex;

use resvg::usvg;

pub(crate) use super::runs::place;
pub use super::runs::{runs, Run};

pub(crate) const LATIN: &str = "Noto Sans";
/// The site's Arabic face too (one Arabic typeface everywhere, issue #32). It has no Latin
/// letters: Latin inside an Arabic line is a run of its own in Noto Sans (`place`).
pub(crate) const ARABIC: &str = "Noto Sans Arabic";

/// Loads the brand fonts only (never the system's), so cards are the same on every machine.
pub fn font_db(dir: &std::path::Path) -> Arc<usvg::fontdb::Database> {
    let mut db = usvg::fontdb::Database::new();
    // Loaded as bytes: a font given by path is memory-mapped again at every use.
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ttf" || x == "otf"))
        .collect();
    files.sort();
    for f in files {
        if let Ok(bytes) = std::fs::read(&f) {
            db.load_font_data(bytes);
        }
    }
    db.set_sans_serif_family(LATIN);
    db.set_serif_family(LATIN);
    Arc::new(db)
}

/// A short hash of the brand fonts: a changed font redraws every card and kit document.
pub(crate) fn fonts_hash(dir: &std::path::Path) -> String {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut h = crate::hash::Key::new();
    for f in files {
        h.add(&std::fs::read(&f).unwrap_or_default());
    }
    h.finish()
}

pub fn options(db: Arc<usvg::fontdb::Database>) -> usvg::Options<'static> {
    usvg::Options {
        fontdb: db,
        font_family: LATIN.into(),
        ..Default::default()
    }
}

/// Line breaks are decided with widths measured once at this size and scaled: `fit` tries
/// sizes one after another, and measuring a text again at each cost a fifth of a cold build.
/// Outlines scale with the size to within a few tenths of a percent (Arabic shaping is not
/// exactly linear): a width within `MARGIN` of the limit is measured exactly, so the breaks are
/// those exact measures give.
const REFERENCE_SIZE: f32 = 100.0;
const MARGIN: f32 = 1.01;

/// Widths measured, by text, size (tenths), weight and direction: shared by every card (and
/// every kit document) drawn with the same fonts, which repeat titles in several formats and
/// section names on every card.
#[derive(Default)]
pub struct Widths(Mutex<HashMap<(String, u32, bool, bool), f32>>);

pub struct Measurer<'a> {
    pub options: &'a usvg::Options<'static>,
    widths: &'a Widths,
}

impl<'a> Measurer<'a> {
    pub fn new(options: &'a usvg::Options<'static>, widths: &'a Widths) -> Self {
        Measurer { options, widths }
    }

    /// Width of a text at a size, in the fonts its runs need.
    pub fn width(&mut self, text: &str, size: f32, bold: bool, rtl: bool) -> f32 {
        let key = (text.to_string(), (size * 10.0) as u32, bold, rtl);
        let known = |w: &Widths| {
            w.0.lock()
                .expect("no panic while holding the lock")
                .get(&key)
                .copied()
        };
        if let Some(w) = known(self.widths) {
            return w;
        }
        // Measured without the lock: two threads may measure the same text once each.
        let w = self.measure(text, size, bold, rtl);
        let mut widths = self
            .widths
            .0
            .lock()
            .expect("no panic while holding the lock");
        widths.insert(key, w);
        w
    }

    /// Whether a text fits a width at a size: decided by its width at `REFERENCE_SIZE`, scaled,
    /// unless that is within the margin of the limit, where only an exact measure decides.
    fn fits(&mut self, text: &str, size: f32, f: &Frame) -> bool {
        let scaled = self.scaled(text, size, f);
        if scaled * MARGIN <= f.width {
            true
        } else if scaled > f.width * MARGIN {
            false
        } else {
            self.width(text, size, f.bold, f.rtl) <= f.width
        }
    }

    /// The width of a line, by its scaled upper bound when that fits the frame, else measured
    /// exactly.
    fn line_width(&mut self, text: &str, size: f32, f: &Frame) -> f32 {
        let scaled = self.scaled(text, size, f);
        if scaled * MARGIN <= f.width {
            scaled * MARGIN
        } else {
            self.width(text, size, f.bold, f.rtl)
        }
    }

    /// The text's width at `REFERENCE_SIZE`, scaled to `size`.
    fn scaled(&mut self, text: &str, size: f32, f: &Frame) -> f32 {
        self.width(text, REFERENCE_SIZE, f.bold, f.rtl) * size / REFERENCE_SIZE
    }

    /// The advance of a text in one face and direction: where a run drawn after it starts.
    pub(crate) fn advance(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        (family, rtl): (&'static str, bool),
    ) -> f32 {
        // Cached with the widths, the face named in the key.
        let key = format!("\u{1}{family}\u{1}{text}");
        let known = self
            .widths
            .0
            .lock()
            .expect("no panic while holding the lock")
            .get(&(key.clone(), (size * 10.0) as u32, bold, rtl))
            .copied();
        if let Some(w) = known {
            return w;
        }
        let w = self.advance_of(text, size, bold, (family, rtl));
        self.widths
            .0
            .lock()
            .expect("no panic while holding the lock")
            .insert((key, (size * 10.0) as u32, bold, rtl), w);
        w
    }

    /// Measured between two full stops (both faces have one): the outlines of ".text." less
    /// those of "..".
    fn advance_of(&self, text: &str, size: f32, bold: bool, (family, rtl): (&str, bool)) -> f32 {
        let (open, close) = if rtl {
            ("\u{2067}", "\u{2069}")
        } else {
            ("", "")
        };
        let span = |t: &str| format!("<tspan font-family=\"{family}\">{t}</tspan>");
        let text = crate::templates::escape_xml(text);
        let both = self.outline_width(&span(&format!(".{open}{text}{close}.")), size, bold);
        let dots = self.outline_width(&span(".."), size, bold);
        match (both, dots) {
            (Some(a), Some(b)) => a - b,
            _ => text.chars().count() as f32 * size * 0.62,
        }
    }

    /// The width of the text's outlines as usvg draws them. A text of several runs is drawn
    /// run by run (`place`): its width is the sum of their advances.
    fn measure(&self, text: &str, size: f32, bold: bool, rtl: bool) -> f32 {
        let runs = runs(text, rtl);
        if runs.len() > 1 {
            return runs
                .iter()
                .map(|r| self.advance_of(&r.text, size, bold, (r.family, r.family == ARABIC)))
                .sum();
        }
        let spans: String = runs
            .iter()
            .map(|r| {
                format!(
                    "<tspan font-family=\"{}\">{}</tspan>",
                    r.family,
                    crate::templates::escape_xml(&r.text)
                )
            })
            .collect();
        // Measured exactly as it is drawn: right-to-left lines isolated (RLI…PDI).
        let (open, close) = if rtl {
            ("\u{2067}", "\u{2069}")
        } else {
            ("", "")
        };
        self.outline_width(&format!("{open}{spans}{close}"), size, bold)
            .unwrap_or_else(|| text.chars().count() as f32 * size * 0.62)
    }

    /// The width of a `<text>`'s content as usvg lays it out.
    fn outline_width(&self, content: &str, size: f32, bold: bool) -> Option<f32> {
        let weight = if bold { 700 } else { 400 };
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"400\"><text x=\"0\" y=\"200\" font-size=\"{size}\" font-weight=\"{weight}\">{content}</text></svg>"
        );
        // usvg 0.47 can panic on some mixed-script runs; a card must never stop the build, so
        // such a text falls back to an estimate (its line is then cut with room to spare).
        let options = self.options;
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            usvg::Tree::from_str(&svg, options).ok().and_then(|t| {
                t.root().children().iter().find_map(|n| match n {
                    usvg::Node::Text(t) => Some(t.bounding_box().width()),
                    _ => None,
                })
            })
        }))
        .ok()
        .flatten()
    }
}

/// A text box: where lines may go and how big the text may be.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub width: f32,
    pub max_size: f32,
    pub min_size: f32,
    pub max_lines: usize,
    pub bold: bool,
    pub rtl: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Block {
    pub size: f32,
    pub lines: Vec<String>,
    /// Width of each line (an upper bound, measured exactly when that is over the frame), each
    /// at most the frame's width.
    pub widths: Vec<f32>,
}

/// Greedy wrap at the largest size (stepping down to `min_size`) that fits `max_lines`; past
/// that, the last line is cut with an ellipsis so nothing leaves the box.
pub(crate) fn fit(m: &mut Measurer, text: &str, frame: Frame) -> Block {
    let mut size = frame.max_size;
    loop {
        let lines = wrap(m, text, size, frame);
        if lines.len() <= frame.max_lines || size <= frame.min_size {
            return finish(m, lines, size, frame);
        }
        size = (size - 4.0).max(frame.min_size);
    }
}

fn wrap(m: &mut Measurer, text: &str, size: f32, f: Frame) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || m.fits(&candidate, size, &f) {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, word.to_string()));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

fn finish(m: &mut Measurer, mut lines: Vec<String>, size: f32, f: Frame) -> Block {
    if lines.len() > f.max_lines {
        lines.truncate(f.max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    // A single word longer than the box, or an ellipsized line, is shortened until it fits.
    let mut widths = Vec::with_capacity(lines.len());
    for line in lines.iter_mut() {
        let mut w = m.line_width(line, size, &f);
        while w > f.width && line.chars().count() > 1 {
            let mut chars: Vec<char> = line.trim_end_matches('…').chars().collect();
            chars.pop();
            while chars.last() == Some(&' ') {
                chars.pop();
            }
            *line = chars.into_iter().collect::<String>() + "…";
            w = m.line_width(line, size, &f);
        }
        widths.push(w);
    }
    Block {
        size,
        lines,
        widths,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> usvg::Options<'static> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("brand/fonts");
        options(font_db(&dir))
    }

    #[test]
    fn a_width_measured_once_scales_with_the_size_within_the_margin() {
        let o = opts();
        let widths = Widths::default();
        let m = Measurer::new(&o, &widths);
        for (text, bold, rtl) in [
            ("Aix-Marseille-Provence, capitale européenne", true, false),
            ("منذ 2023، أصبحت Aix-Marseille عاصمة", false, true),
            ("CISAM, مرسيليا", false, false),
        ] {
            let reference = m.measure(text, REFERENCE_SIZE, bold, rtl);
            for size in [18.0, 37.0, 64.0, 92.0] {
                let direct = m.measure(text, size, bold, rtl);
                let scaled = reference * size / REFERENCE_SIZE;
                assert!(
                    (direct - scaled).abs() <= direct * (MARGIN - 1.0),
                    "{text} at {size}: {direct} measured, {scaled} scaled"
                );
            }
        }
    }

    #[test]
    fn every_line_fits_its_box_and_long_titles_are_ellipsized() {
        let o = opts();
        let widths = Widths::default();
        let mut m = Measurer::new(&o, &widths);
        let frame = Frame {
            width: 600.0,
            max_size: 64.0,
            min_size: 40.0,
            max_lines: 3,
            bold: true,
            rtl: false,
        };
        let long = "Aix-Marseille-Provence, métropole d'innovation : ".repeat(6);
        let b = fit(&mut m, &long, frame);
        assert_eq!(b.lines.len(), 3);
        assert_eq!(b.size, 40.0, "shrunk to the minimum before cutting");
        assert!(b.lines[2].ends_with('…'));
        assert!(
            b.widths.iter().all(|w| *w <= 600.0 && *w > 100.0),
            "{:?}",
            b.widths
        );
        let ar = fit(
            &mut m,
            "إيكس مرسيليا بروفانس، عاصمة أوروبية للابتكار منذ عام 2023",
            Frame { rtl: true, ..frame },
        );
        assert!(
            ar.widths.iter().all(|w| *w <= 600.0 && *w > 50.0),
            "{:?}",
            ar.widths
        );
    }

    #[test]
    fn a_short_title_keeps_the_largest_size_on_one_line() {
        let o = opts();
        let widths = Widths::default();
        let mut m = Measurer::new(&o, &widths);
        let frame = Frame {
            width: 1000.0,
            max_size: 64.0,
            min_size: 40.0,
            max_lines: 3,
            bold: true,
            rtl: false,
        };
        let b = fit(&mut m, "FIDMED", frame);
        assert_eq!((b.size, b.lines.len()), (64.0, 1));
    }
}
