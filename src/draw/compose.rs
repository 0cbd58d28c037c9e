//! draw: text placed on a page before resvg draws it. A `Flow` is a column: paragraphs are
//! measured with the brand fonts, wrapped, and stacked downwards; each line knows its position,
//! size, colour and direction, and the SVG templates draw the lines they are given.

use serde::Serialize;

use super::layout::{self, Frame, Measurer, Run};

/// One line of text as a template draws it.
#[derive(Debug, Clone, Serialize)]
pub struct TextLine {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub weight: u16,
    pub color: &'static str,
    pub anchor: &'static str,
    /// RLI…PDI around right-to-left lines: usvg ignores `direction` (STACK.md §4).
    pub open: &'static str,
    pub close: &'static str,
    pub runs: Vec<Run>,
    /// What the paragraph this line belongs to is, for the PDF's structure tree.
    pub role: Role,
    /// The line starts a paragraph (the lines that follow, up to the next first one, are its).
    pub first: bool,
    /// The language of a passage in another language than the document's (a French source in
    /// an Arabic sheet); empty when it is the document's own.
    pub lang: String,
    /// The line's measured width (at most its frame's).
    pub width: f32,
    /// The box the layout gave its paragraph: the line must stay inside it (issue #32).
    pub frame: Rect,
}

/// A rectangle on the page, in points from the top left.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    /// How far `other` overlaps this one, horizontally and vertically (negative: apart).
    pub fn overlap(&self, other: &Rect) -> (f32, f32) {
        (
            self.right().min(other.right()) - self.x.max(other.x),
            self.bottom().min(other.bottom()) - self.y.max(other.y),
        )
    }

    /// Whether `other` lies inside this one, give or take `tolerance` points.
    pub fn holds(&self, other: &Rect, tolerance: f32) -> bool {
        other.x >= self.x - tolerance
            && other.y >= self.y - tolerance
            && other.right() <= self.right() + tolerance
            && other.bottom() <= self.bottom() + tolerance
    }
}

/// The structure a paragraph has in a tagged PDF (PDF/UA-1): a heading of some level, a
/// paragraph, an item of a list (consecutive items make one list), or a table cell (`Th`
/// starts a row, `Td` follows in it; consecutive rows make one table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Role {
    H1,
    H2,
    H3,
    P,
    Item,
    Th,
    Td,
}

impl TextLine {
    /// The line's text as read (the isolation marks left out).
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    /// Where the line's letters are: its measured width from its anchor, and from a little
    /// above the capitals (ascenders) to the bottom of the descenders.
    pub fn rect(&self) -> Rect {
        let x = match self.anchor {
            "end" => self.x - self.width,
            "middle" => self.x - self.width / 2.0,
            _ => self.x,
        };
        Rect {
            x,
            y: self.y - ASCENT * self.size,
            w: self.width,
            h: (ASCENT + DESCENT) * self.size,
        }
    }
}

/// A line's extent above and below its baseline, as a share of its size (Noto Sans: ascenders
/// at 0.76, descenders at 0.24; Arabic letters stay within them but for a few marks).
const ASCENT: f32 = 0.78;
const DESCENT: f32 = 0.24;
/// No frame below: the page's margins bound the column.
pub(crate) const OPEN: f32 = 1.0e6;

/// How a paragraph looks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    pub size: f32,
    pub min_size: f32,
    pub bold: bool,
    pub color: &'static str,
    pub max_lines: usize,
    /// Line height as a multiple of the size.
    pub leading: f32,
    pub role: Role,
}

impl Style {
    pub const fn new(size: f32, bold: bool, color: &'static str) -> Style {
        Style {
            size,
            min_size: size,
            bold,
            color,
            max_lines: 12,
            leading: 1.3,
            role: Role::P,
        }
    }

    pub const fn role(mut self, role: Role) -> Style {
        self.role = role;
        self
    }

    pub const fn lines(mut self, n: usize) -> Style {
        self.max_lines = n;
        self
    }

    pub const fn shrink_to(mut self, min: f32) -> Style {
        self.min_size = min;
        self
    }

    pub const fn leading(mut self, l: f32) -> Style {
        self.leading = l;
        self
    }

    /// The same style in another of the brand's colours (light text on a dark scene).
    pub const fn color(mut self, color: &'static str) -> Style {
        self.color = color;
        self
    }
}

/// A column of text, filled from the top. `rtl` aligns it to the right edge.
pub(crate) struct Flow<'m, 'o> {
    m: &'m mut Measurer<'o>,
    pub x: f32,
    pub width: f32,
    pub y: f32,
    pub rtl: bool,
    pub lines: Vec<TextLine>,
    /// The column's box: from where it starts down to `bottom` (open unless bounded).
    top: f32,
    bottom: f32,
}

impl<'m, 'o> Flow<'m, 'o> {
    pub fn new(m: &'m mut Measurer<'o>, x: f32, width: f32, y: f32, rtl: bool) -> Self {
        Flow {
            m,
            x,
            width,
            y,
            rtl,
            lines: Vec::new(),
            top: y,
            bottom: OPEN,
        }
    }

    /// The column ends at `bottom` (a tile's edge, the footer): lines placed past it are out
    /// of their box (each line carries its box, for the tests to check).
    pub fn bounded(mut self, bottom: f32) -> Self {
        self.bottom = bottom;
        self
    }

    fn frame(&self) -> Rect {
        Rect {
            x: self.x,
            y: self.top,
            w: self.width,
            h: self.bottom - self.top,
        }
    }

    /// A paragraph in the column's own direction.
    pub fn text(&mut self, text: &str, style: Style) -> &mut Self {
        let rtl = self.rtl;
        self.text_dir(text, style, rtl)
    }

    /// A paragraph whose own direction may differ from the column's (a French source quoted in
    /// an Arabic document stays left-to-right, aligned with the column).
    pub(crate) fn text_dir(&mut self, text: &str, style: Style, text_rtl: bool) -> &mut Self {
        self.text_in(text, style, text_rtl, "")
    }

    /// A paragraph in another language than the document's (`lang`, e.g. `fr`), which may also
    /// have another direction.
    pub(crate) fn text_in(
        &mut self,
        text: &str,
        style: Style,
        text_rtl: bool,
        lang: &str,
    ) -> &mut Self {
        let block = layout::fit(
            self.m,
            text,
            Frame {
                width: self.width,
                max_size: style.size,
                min_size: style.min_size,
                max_lines: style.max_lines,
                bold: style.bold,
                rtl: text_rtl,
            },
        );
        let lh = block.size * style.leading;
        let frame = self.frame();
        for (i, line) in block.lines.iter().enumerate() {
            self.y += lh;
            let (runs, exact) =
                layout::place(self.m, line, (block.size, style.bold), text_rtl, self.rtl);
            // A line of several runs has each isolated on its own.
            let isolated = text_rtl && exact.is_none();
            self.lines.push(TextLine {
                x: if self.rtl {
                    self.x + self.width
                } else {
                    self.x
                },
                y: self.y - (lh - block.size) / 2.0 - block.size * 0.18,
                size: block.size,
                weight: if style.bold { 700 } else { 400 },
                color: style.color,
                anchor: if self.rtl { "end" } else { "start" },
                open: if isolated { "\u{2067}" } else { "" },
                close: if isolated { "\u{2069}" } else { "" },
                runs,
                role: style.role,
                first: i == 0,
                lang: lang.to_string(),
                width: exact.unwrap_or(block.widths[i]),
                frame,
            });
        }
        self
    }

    pub fn gap(&mut self, dy: f32) -> &mut Self {
        self.y += dy;
        self
    }

    /// The lines placed so far, leaving the column empty at the same height.
    pub fn take(&mut self) -> Vec<TextLine> {
        std::mem::take(&mut self.lines)
    }
}

/// The x of a box of width `w` placed at `x` from the leading edge of a page of width `page`:
/// mirrored for right-to-left documents.
pub(crate) fn mirror(x: f32, w: f32, page: f32, rtl: bool) -> f32 {
    if rtl {
        page - x - w
    } else {
        x
    }
}
