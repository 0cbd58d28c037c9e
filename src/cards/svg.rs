//! cards: where the text of a card goes. Titles and figures are measured with the brand fonts,
//! wrapped and placed (right-aligned and isolated for Arabic, STACK.md §4), then the SVG
//! templates of `brand/templates/cards/` draw the lines they are given.

use std::path::PathBuf;

use serde::Serialize;
use tera::Context;

use super::{Cards, Format, MARGIN};
use crate::config::Brand;
use crate::content::figures::FigureView;
use crate::content::{Page, Site};
use crate::draw::layout::{self, Block, Frame, Measurer, Run};
use crate::error::{Error, Result};
use crate::i18n::I18n;
use crate::templates::chain;

#[derive(Serialize)]
struct Line {
    y: f32,
    runs: Vec<Run>,
}

impl Cards {
    /// A key figure as a square or vertical card: the value large, its label and its source.
    pub(super) fn figure_svg(
        &self,
        site: &Site,
        brand: &Brand,
        i18n: &I18n,
        id: &str,
        lang: &str,
        f: Format,
    ) -> Result<String> {
        let fig = site
            .figures
            .get(id, lang, &site.config.default_language)
            .ok_or_else(|| Error::Asset {
                path: PathBuf::from("content/figures.toml"),
                message: format!("no figure `{id}`"),
            })?;
        let rtl = site.config.dir(lang).is_rtl();
        // A target says when it was set and for when (issue #29): the card is drawn once, so
        // it never says whether the due year is over.
        let label = match i18n.target(lang, &fig) {
            Some(note) => format!("{}. {note}", fig.label),
            None => fig.label.to_string(),
        };
        let text = self.fit_figure(
            &FigureView {
                label: &label,
                ..fig
            },
            lang,
            rtl,
            f,
        );
        let mut ctx = frame_context(site, brand, f, rtl);
        let mut m = Measurer::new(&self.options, &self.widths);
        figure_context(&mut ctx, &mut m, &text, f, rtl);
        self.templates
            .tera
            .render("figure.svg", &ctx)
            .map_err(|e| Error::Template {
                template: "brand/templates/cards/figure.svg".into(),
                page: format!("content/figures.toml [{id}]"),
                message: chain(&e),
            })
    }

    /// A figure's value, label and source, each fitted to the width of the card.
    fn fit_figure(&self, fig: &FigureView, lang: &str, rtl: bool, f: Format) -> FigureText {
        let w = f.width as f32;
        let mut m = Measurer::new(&self.options, &self.widths);
        let frame = Frame {
            width: w - 2.0 * MARGIN,
            max_size: 60.0,
            min_size: 40.0,
            max_lines: 5,
            bold: true,
            rtl,
        };
        let value = layout::fit(
            &mut m,
            fig.value,
            Frame {
                max_size: 170.0,
                min_size: 90.0,
                max_lines: 1,
                ..frame
            },
        );
        let label = layout::fit(&mut m, fig.label, frame);
        let source_text = match fig.year {
            Some(y) => format!("{} ({y})", fig.source),
            None => fig.source.to_string(),
        };
        let source_rtl = rtl && fig.source_lang == lang;
        let source = layout::fit(
            &mut m,
            &source_text,
            Frame {
                max_size: 30.0,
                min_size: 26.0,
                max_lines: 3,
                bold: false,
                rtl: source_rtl,
                ..frame
            },
        );
        FigureText {
            value,
            label,
            source,
            source_rtl,
        }
    }

    /// The card's SVG text: everything the picture depends on, hence the cache key.
    pub fn svg(
        &self,
        site: &Site,
        brand: &Brand,
        i18n: &I18n,
        page: &Page,
        f: Format,
    ) -> Result<String> {
        let (w, h) = (f.width as f32, f.height as f32);
        let rtl = site.config.dir(&page.lang).is_rtl();
        let mut m = Measurer::new(&self.options, &self.widths);
        let width = w - 2.0 * MARGIN;
        let frame = Frame {
            width,
            max_size: f.max_size,
            min_size: 44.0,
            max_lines: f.max_lines,
            bold: true,
            rtl: site.config.dir(&page.content_lang).is_rtl(),
        };
        let block = layout::fit(&mut m, &page.meta.title, frame);
        // An event's card says when and where; other pages name their section.
        let kicker = super::kicker(site, i18n, page);
        let kicker = layout::fit(
            &mut m,
            &kicker,
            Frame {
                max_size: 30.0,
                min_size: 30.0,
                max_lines: 1,
                bold: true,
                ..frame
            },
        );
        let line_height = block.size * 1.22;
        let band = f.max_lines as f32 * line_height;
        let top = h * 0.40 + (band - block.lines.len() as f32 * line_height) * 0.35 - band * 0.25;
        // The small heading line (30 px, its baseline at or below 190) stands at least half a
        // title line above the title's capitals (issue #21): the title moves down if needed.
        let clearance = block.size * CAP + line_height * 0.5 + 30.0 * DESCENT;
        let top = top.max(250.0).max(190.0 + clearance);
        let lines: Vec<Line> = block
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| Line {
                y: top + i as f32 * line_height,
                runs: layout::place(&mut m, l, (block.size, true), frame.rtl, rtl).0,
            })
            .collect();
        let mut ctx = frame_context(site, brand, f, rtl);
        // Right-to-left lines are isolated (RLI…PDI): usvg ignores `direction` (STACK.md §4).
        ctx.insert("open", if frame.rtl { "\u{2067}" } else { "" });
        ctx.insert("close", if frame.rtl { "\u{2069}" } else { "" });
        let kicker_line = kicker.lines.first().map(String::as_str).unwrap_or("");
        ctx.insert(
            "kicker",
            &layout::place(&mut m, kicker_line, (kicker.size, true), frame.rtl, rtl).0,
        );
        ctx.insert("kicker_y", &(top - clearance).max(190.0));
        ctx.insert("lines", &lines);
        ctx.insert("title_size", &block.size);
        self.templates
            .tera
            .render("og.svg", &ctx)
            .map_err(|e| Error::Template {
                template: "brand/templates/cards/og.svg".into(),
                page: page.path.display().to_string(),
                message: chain(&e),
            })
    }
}

/// Height of the capitals and depth of the descenders, as fractions of the size (Noto Sans).
const CAP: f32 = 0.72;
const DESCENT: f32 = 0.24;

/// The text of a figure card, fitted: its value, label and source.
struct FigureText {
    value: Block,
    label: Block,
    source: Block,
    /// The source is set right to left (a source in the card's own right-to-left language).
    source_rtl: bool,
}

/// Places a figure's label and source under its value, and gives the template all three.
fn figure_context(ctx: &mut Context, m: &mut Measurer, text: &FigureText, f: Format, rtl: bool) {
    let value_y = f.height as f32 * 0.36;
    let top = value_y + 110.0;
    let lh = text.label.size * 1.25;
    let lines = placed(m, (&text.label, true), (top, lh), (rtl, rtl));
    let source_top = top + text.label.lines.len() as f32 * lh + 40.0;
    let dirs = (text.source_rtl, rtl);
    let source = placed(m, (&text.source, false), (source_top, 40.0), dirs);
    ctx.insert("open", if rtl { "\u{2067}" } else { "" });
    ctx.insert("close", if rtl { "\u{2069}" } else { "" });
    let value = text.value.lines.first().map(String::as_str).unwrap_or("");
    ctx.insert(
        "value",
        &layout::place(m, value, (text.value.size, true), rtl, rtl).0,
    );
    ctx.insert("value_size", &text.value.size);
    ctx.insert("value_y", &value_y);
    ctx.insert("lines", &lines);
    ctx.insert("title_size", &text.label.size);
    ctx.insert("source", &source);
}

/// The lines of a block (bold or not), one under the other from `top`, `step` apart, in the
/// text's direction and aligned to the card's (`end`: right-aligned).
fn placed(
    m: &mut Measurer,
    (block, bold): (&Block, bool),
    (top, step): (f32, f32),
    (rtl, end): (bool, bool),
) -> Vec<Line> {
    block
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| Line {
            y: top + i as f32 * step,
            runs: layout::place(m, l, (block.size, bold), rtl, end).0,
        })
        .collect()
}

/// What every card template shares: size, palette, the side text starts from, the brand line.
fn frame_context(site: &Site, brand: &Brand, f: Format, rtl: bool) -> Context {
    let w = f.width as f32;
    let mut ctx = Context::new();
    ctx.insert("width", &f.width);
    ctx.insert("height", &f.height);
    ctx.insert("colors", &brand.colors);
    ctx.insert("anchor", if rtl { "end" } else { "start" });
    ctx.insert("x", &if rtl { w - MARGIN } else { MARGIN });
    ctx.insert("logo_x", &if rtl { w - MARGIN - 48.0 } else { MARGIN });
    ctx.insert(
        "brand_x",
        &if rtl {
            w - MARGIN - 60.0
        } else {
            MARGIN + 60.0
        },
    );
    ctx.insert("site_name", &site.config.title);
    let host = site
        .config
        .base_url
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    ctx.insert("host", host);
    ctx
}
