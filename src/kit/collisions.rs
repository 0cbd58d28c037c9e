//! kit: the layout's own boxes checked on the shipped site (issue #32). Every document of the
//! kit, every page and language, laid out as a build does (nothing drawn): no two lines
//! overlap, each stays in the box its column was given (a figure's tile, the slide above its
//! footer) and inside the page's margins, and none runs under a QR code. `tests/kit.rs` checks
//! the same on the PDFs' own text positions.

#[cfg(test)]
mod tests {
    use crate::config::{Brand, Config};
    use crate::draw::compose::{Rect, TextLine};
    use crate::draw::layout::{self, Measurer, Widths};
    use crate::i18n::I18n;
    use crate::kit::documents::{self, Drawn, A4, M, SLIDE};
    use crate::kit::{brand_sheet, slides, spec, video};

    /// Lines may touch their box or each other by this much (rounding, a glyph's overhang).
    const TOLERANCE: f32 = 0.5;
    /// The slides' margin, from `slides.rs`.
    const SLIDE_MARGIN: f32 = 56.0;

    /// Every page of every document of the shipped kit, each with its name and page size.
    fn pages() -> Vec<(String, (f32, f32), Drawn)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let config = Config::load(root).expect("site.toml");
        let i18n = I18n::load(&config).expect("i18n");
        let brand = Brand::load(root).expect("brand.toml");
        let site = crate::pipeline::load_site(config).expect("the shipped site");
        let options = layout::options(layout::font_db(&root.join("brand/fonts")));
        let widths = Widths::default();
        let mut m = Measurer::new(&options, &widths);
        let mut out = Vec::new();
        for lang in site.config.codes() {
            let s = spec::spec(&site, &i18n, lang);
            let mut docs: Vec<(String, (f32, f32), Vec<Drawn>)> = s
                .audiences
                .iter()
                .map(|a| {
                    let d = documents::one_pager(&mut m, &s, &brand, a);
                    (format!("one-pager {}", a.key), A4, vec![d])
                })
                .collect();
            docs.push((
                "key figures".into(),
                A4,
                documents::figures_sheet(&mut m, &s, &brand),
            ));
            docs.push((
                "presentation".into(),
                SLIDE,
                slides::presentation(&mut m, &s, &brand),
            ));
            docs.push((
                "brand sheet".into(),
                A4,
                vec![brand_sheet::brand_sheet(&mut m, &s, &brand)],
            ));
            // The videos' scenes, laid out at half their pixel size.
            for f in video::FORMATS {
                let size = (f.pixels.0 as f32 / 2.0, f.pixels.1 as f32 / 2.0);
                let scenes = video::scenes(&mut m, &s, &brand, f);
                let drawn = scenes.into_iter().map(|s| s.drawn).collect();
                docs.push((format!("video {}", f.name), size, drawn));
            }
            for (name, size, drawn) in docs {
                for (i, d) in drawn.into_iter().enumerate() {
                    out.push((format!("{lang} {name} page {}", i + 1), size, d));
                }
            }
        }
        out
    }

    /// The QR code's square, when the page has one.
    fn qr(d: &Drawn) -> Option<Rect> {
        let n = |k: &str| d.ctx.get(k).and_then(|v| v.as_f64()).map(|v| v as f32);
        Some(Rect {
            x: n("qr_x")?,
            y: n("qr_y")?,
            w: n("qr_size")?,
            h: n("qr_size")?,
        })
    }

    /// What is wrong on one page, each problem a sentence naming the lines.
    fn problems(lines: &[TextLine], page: Rect, qr: Option<Rect>) -> Vec<String> {
        let mut out = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            let r = l.rect();
            if !l.frame.holds(&r, TOLERANCE) {
                out.push(format!("«{}» {r:?} leaves its box {:?}", l.text(), l.frame));
            }
            if !page.holds(&r, TOLERANCE) {
                out.push(format!("«{}» {r:?} leaves the page's margins", l.text()));
            }
            if let Some(q) = qr {
                let (ox, oy) = q.overlap(&r);
                if ox > TOLERANCE && oy > TOLERANCE {
                    out.push(format!("«{}» runs under the QR code", l.text()));
                }
            }
            for other in &lines[i + 1..] {
                let (ox, oy) = r.overlap(&other.rect());
                if ox > TOLERANCE && oy > TOLERANCE {
                    out.push(format!(
                        "«{}» and «{}» overlap by {oy:.1} pt",
                        l.text(),
                        other.text()
                    ));
                }
            }
        }
        out
    }

    #[test]
    fn no_line_of_the_kit_overlaps_another_or_leaves_its_box_or_the_margins() {
        let pages = pages();
        assert!(pages.len() > 40, "{} pages", pages.len());
        let mut wrong = Vec::new();
        for (name, (w, h), d) in &pages {
            let margin = if name.contains(" video ") {
                video::VM
            } else if *w == SLIDE.0 {
                SLIDE_MARGIN
            } else {
                M
            };
            // Above and below, the headers' and footers' bands hold text close to the edge.
            let page = Rect {
                x: margin,
                y: 24.0,
                w: w - 2.0 * margin,
                h: h - 48.0,
            };
            // A video's text ends above its footer (emblem and address).
            let page = if name.contains(" video ") {
                Rect {
                    h: h - video::FOOTER - page.y,
                    ..page
                }
            } else {
                page
            };
            for p in problems(&d.lines, page, qr(d)) {
                wrong.push(format!("{name}: {p}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_line_out_of_its_tile_or_over_another_is_seen() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let options = layout::options(layout::font_db(&root.join("brand/fonts")));
        let widths = Widths::default();
        let mut m = Measurer::new(&options, &widths);
        let style = crate::draw::compose::Style::new(12.0, false, "ink");
        let mut tile =
            crate::draw::compose::Flow::new(&mut m, 100.0, 200.0, 100.0, false).bounded(130.0);
        tile.text("Source : un article de presse assez long", style)
            .text("sur deux lignes au moins", style);
        let mut lines = tile.take();
        let mut below = crate::draw::compose::Flow::new(&mut m, 100.0, 200.0, 126.0, false);
        below.text("https://example.org/", style);
        lines.extend(below.take());
        let page = Rect {
            x: 0.0,
            y: 0.0,
            w: 600.0,
            h: 800.0,
        };
        let p = problems(&lines, page, None);
        assert!(p.iter().any(|p| p.contains("leaves its box")), "{p:?}");
        assert!(p.iter().any(|p| p.contains("overlap")), "{p:?}");
    }
}
