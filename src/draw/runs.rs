//! draw: a line of text split into runs of one font each and placed in visual order. Noto Sans
//! Arabic has no Latin letters, and usvg shapes a text of several fonts with each font over the
//! whole text and misplaces glyphs (STACK.md §4): so each run is measured and drawn on its own
//! at its x, isolated in its direction, the runs ordered by unicode-bidi.

use super::layout::{Measurer, ARABIC, LATIN};
pub(crate) fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Characters Noto Sans Arabic draws besides Arabic letters (its cmap): spaces, digits, a few
/// punctuation marks, the joiners and direction marks. Any other character of an Arabic line
/// (Latin letters, parentheses, dashes, the middle dot) goes to Noto Sans.
fn in_arabic_face(c: char) -> bool {
    is_arabic(c)
        || matches!(c, ' ' | '\u{a0}' | '!' | ',' | '-' | '.' | ':' | '0'..='9' | '«' | '»' | '\u{200b}'..='\u{2011}')
}

/// A piece of a line drawn with one font.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Run {
    pub text: String,
    pub family: &'static str,
    /// In a line of several runs, where this one starts from the line's x (each run is drawn
    /// on its own there: see `place`); 0 in a line of one run.
    pub x: f32,
    /// RLI (or LRI) … PDI around a run of a line of several runs, in the run's direction.
    pub open: &'static str,
    pub close: &'static str,
}

/// A line split into runs of one font each, in reading order: Arabic letters in the Arabic
/// face; Latin letters in the Latin one; spaces, digits and punctuation with the run they
/// follow when its face has them (at the start of an Arabic line, the Arabic face).
pub fn runs(text: &str, rtl: bool) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for c in text.chars() {
        let family = match out.last() {
            _ if is_arabic(c) => ARABIC,
            _ if c.is_alphabetic() => LATIN,
            Some(r) if r.family == LATIN || in_arabic_face(c) => r.family,
            None if rtl && in_arabic_face(c) => ARABIC,
            _ => LATIN,
        };
        match out.last_mut() {
            Some(r) if r.family == family => r.text.push(c),
            _ => out.push(Run {
                text: c.to_string(),
                family,
                x: 0.0,
                open: "",
                close: "",
            }),
        }
    }
    out
}

/// Spaces at a run's ends become no-break spaces: usvg drops the spaces at the ends of a text
/// chunk, and with them the gap between two runs.
fn no_break_ends(piece: &str) -> String {
    let inner = piece.trim_matches(' ');
    if inner.is_empty() {
        return "\u{a0}".repeat(piece.len());
    }
    let lead = piece.len() - piece.trim_start_matches(' ').len();
    let trail = piece.len() - piece.trim_end_matches(' ').len();
    format!("{}{inner}{}", "\u{a0}".repeat(lead), "\u{a0}".repeat(trail))
}

/// A line's runs placed side by side, in reading order, and the line's width when it has
/// several. usvg shapes a text of several fonts with each font over the whole text and then
/// misplaces glyphs (STACK.md §4); so each run is drawn alone at its own x, its direction
/// isolated, and the runs are ordered visually by unicode-bidi with the line's direction as
/// the paragraph's. `end`: the line's x is its right end (right-aligned lines).
pub(crate) fn place(
    m: &mut Measurer,
    text: &str,
    (size, bold): (f32, bool),
    rtl: bool,
    end: bool,
) -> (Vec<Run>, Option<f32>) {
    let runs = runs(text, rtl);
    if runs.len() < 2 {
        return (runs, None);
    }
    let mut bounds = Vec::with_capacity(runs.len());
    let mut at = 0;
    for r in &runs {
        bounds.push((at, at + r.text.len(), r.family));
        at += r.text.len();
    }
    let level = if rtl {
        unicode_bidi::Level::rtl()
    } else {
        unicode_bidi::Level::ltr()
    };
    let info = unicode_bidi::BidiInfo::new(text, Some(level));
    let Some(para) = info.paragraphs.first() else {
        return (runs, None);
    };
    let (levels, visual) = info.visual_runs(para, para.range.clone());
    let mut placed = Vec::new();
    let mut x = 0.0;
    for v in visual {
        let run_rtl = levels[v.start].is_rtl();
        let mut inside: Vec<(usize, usize, &'static str)> = bounds
            .iter()
            .filter_map(|&(s, e, f)| {
                let (s, e) = (s.max(v.start), e.min(v.end));
                (s < e).then_some((s, e, f))
            })
            .collect();
        if run_rtl {
            inside.reverse();
        }
        for (s, e, family) in inside {
            let (open, close) = match (run_rtl, rtl) {
                (true, _) => ("\u{2067}", "\u{2069}"),
                (false, true) => ("\u{2066}", "\u{2069}"),
                (false, false) => ("", ""),
            };
            let text = no_break_ends(&text[s..e]);
            let w = m.advance(&text, size, bold, (family, run_rtl));
            placed.push((
                s,
                Run {
                    text,
                    family,
                    x,
                    open,
                    close,
                },
            ));
            x += w;
        }
    }
    if end {
        for (_, r) in &mut placed {
            r.x -= x;
        }
    }
    placed.sort_by_key(|p| p.0);
    (placed.into_iter().map(|p| p.1).collect(), Some(x))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draw::layout::{font_db, options, Widths};

    fn opts() -> resvg::usvg::Options<'static> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("brand/fonts");
        options(font_db(&dir))
    }

    #[test]
    fn latin_inside_arabic_lines_and_arabic_inside_latin_lines_are_runs_of_their_own() {
        let of = |r: &[Run]| -> Vec<(String, &str)> {
            r.iter().map(|r| (r.text.clone(), r.family)).collect()
        };
        let r = runs("منذ 2023، أصبحت Aix-Marseille (عاصمة)", true);
        assert_eq!(
            of(&r),
            [
                ("منذ 2023، أصبحت ".to_string(), ARABIC),
                ("Aix-Marseille (".into(), LATIN),
                ("عاصمة".into(), ARABIC),
                (")".into(), LATIN),
            ]
        );
        let l = runs("CISAM, مرسيليا", false);
        assert_eq!(
            of(&l),
            [("CISAM, ".to_string(), LATIN), ("مرسيليا".into(), ARABIC)]
        );
    }

    #[test]
    fn runs_of_an_arabic_line_are_placed_right_to_left_and_kept_in_reading_order() {
        let o = opts();
        let widths = Widths::default();
        let mut m = Measurer::new(&o, &widths);
        let (r, w) = place(
            &mut m,
            "مدينة Aix-Marseille اليوم",
            (20.0, false),
            true,
            true,
        );
        let w = w.expect("several runs");
        // Read first, drawn rightmost; read last, drawn leftmost, the line ending at x 0.
        let (first, last) = (&r[0], &r[r.len() - 1]);
        assert!(r.iter().all(|p| p.x <= first.x && p.x >= last.x), "{r:?}");
        assert!((last.x + w).abs() < 0.01, "{r:?} {w}");
        assert!(w > 150.0 && w < 400.0, "{w}");
        let latin = r
            .iter()
            .find(|p| p.text.contains("Aix"))
            .expect("a Latin run");
        assert_eq!(
            (first.open, latin.open, latin.family),
            ("\u{2067}", "\u{2066}", LATIN)
        );
    }
}
