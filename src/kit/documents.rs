//! kit: where what a document says (its `Spec`) goes on the page. Each function measures and
//! places the text of one kind of document (one-pager, key figures, brand sheet; the slides are
//! in `slides`), then the SVG templates of `brand/templates/kit/` draw it.

use serde::Serialize;
use tera::{Context, Tera};

use super::qr::{self, Qr};
pub(crate) use super::spec::{AudienceSpec, FigureSpec, Spec};
use crate::config::Brand;
use crate::draw::compose::{mirror, Flow, Role, Style, TextLine};
use crate::draw::layout::Measurer;

pub const A4: (f32, f32) = (595.2756, 841.8898);
/// 16:9, the size of a widescreen slide (13.33 × 7.5 in).
pub(crate) const SLIDE: (f32, f32) = (960.0, 540.0);
pub(super) const M: f32 = 42.0;

/// "Source: …" under a figure. A source in another language than the document (a French title
/// in an Arabic sheet) goes on its own line, tagged with its language: one line never mixes
/// directions (STACK.md §4).
/// A target's years on a line of their own under its label, never cut (issue #29).
pub(super) fn target(f: &mut Flow, fig: &FigureSpec, style: Style) {
    if !fig.target.is_empty() {
        f.text(&fig.target, style.lines(2)).gap(2.0);
    }
}

pub(super) fn source(f: &mut Flow, spec: &Spec, fig: &FigureSpec, style: Style) {
    let label = spec.label("kit-source");
    if fig.source_lang == spec.lang {
        f.text_dir(&format!("{label} {}", fig.source), style, fig.source_rtl);
    } else {
        // Quoted in its own language, which a screen reader is told (PDF/UA's Lang).
        f.text(label, style.lines(1));
        f.text_in(&fig.source, style, fig.source_rtl, &fig.source_lang);
    }
}

/// A filled rectangle behind some text (figure tiles, swatches).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Tile {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub color: String,
}

/// What a kit template is given, besides the page size, palette and direction.
pub struct Drawn {
    pub template: &'static str,
    pub ctx: Context,
    /// The text, also in `ctx`: drawn with the page for the preview and the print PDF, line
    /// by line and tagged for the screen PDF.
    pub lines: Vec<TextLine>,
}

pub(super) fn base(spec: &Spec, brand: &Brand, (w, h): (f32, f32)) -> Context {
    let mut ctx = Context::new();
    ctx.insert("width", &w);
    ctx.insert("height", &h);
    ctx.insert("bleed", &crate::draw::pdf::BLEED);
    ctx.insert("colors", &brand.colors);
    ctx.insert("rtl", &spec.rtl);
    ctx.insert("lang", &spec.lang);
    ctx.insert("site_name", &spec.site_name);
    ctx.insert("host", &spec.host);
    ctx.insert("margin", &M);
    // The emblem sits on the leading side; the brand name next to it.
    ctx.insert("logo_x", &mirror(M, 36.0, w, spec.rtl));
    ctx.insert("brand_x", &if spec.rtl { w - M - 46.0 } else { M + 46.0 });
    ctx.insert("anchor", if spec.rtl { "end" } else { "start" });
    ctx
}

pub(super) fn finish(ctx: &mut Context, lines: &[TextLine], tiles: Vec<Tile>) {
    ctx.insert("lines", lines);
    ctx.insert("tiles", &tiles);
}

pub(super) fn qr_at(ctx: &mut Context, url: &str, x: f32, y: f32, size: f32) {
    if let Some(Qr { modules, path }) = qr::encode(url) {
        ctx.insert("qr_path", &path);
        ctx.insert("qr_url", url);
        ctx.insert("qr_x", &x);
        ctx.insert("qr_y", &y);
        ctx.insert("qr_size", &size);
        ctx.insert("qr_scale", &(size / modules as f32));
    }
}

pub(super) const H1: Style = Style::new(26.0, true, "white")
    .role(Role::H1)
    .lines(3)
    .shrink_to(20.0)
    .leading(1.2);
pub(super) const KICKER: Style = Style::new(11.0, true, "sun").lines(1);
pub(super) const LEAD: Style = Style::new(17.0, true, "navy")
    .lines(3)
    .shrink_to(13.0)
    .leading(1.25);
pub(super) const BODY: Style = Style::new(11.0, false, "ink").lines(8).leading(1.45);
pub(super) const HEAD: Style = Style::new(13.0, true, "sea").lines(2).role(Role::H2);
pub(super) const VALUE: Style = Style::new(20.0, true, "navy")
    .lines(1)
    .shrink_to(14.0)
    .leading(1.15);
pub(super) const SMALL: Style = Style::new(8.5, false, "ink").lines(4).leading(1.3);
pub(super) const NOTE: Style = Style::new(7.0, false, "ink").lines(3).leading(1.3);

/// Spaces inside parentheses become no-break spaces, so the wrap never splits them.
fn keep_parentheses(name: &str) -> String {
    let mut depth = 0usize;
    name.chars()
        .map(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if c == ' ' && depth > 0 {
                '\u{a0}'
            } else {
                c
            }
        })
        .collect()
}

/// The A4 one-pager for one audience: positioning, promises, proof figures with their sources,
/// key actors, and a QR code to the audience's page.
pub(crate) fn one_pager(m: &mut Measurer, spec: &Spec, brand: &Brand, a: &AudienceSpec) -> Drawn {
    let (w, h) = A4;
    let rtl = spec.rtl;
    let mut ctx = base(spec, brand, A4);
    let mut lines = Vec::new();
    let header_h = 190.0;
    let mut f = Flow::new(m, M, w - 2.0 * M, 88.0, rtl);
    f.text(&spec.audiences_title, KICKER)
        .gap(6.0)
        .text(&a.title, H1);
    lines.extend(f.take());
    // Main column on the leading side, figures on the trailing side.
    let side_w = 170.0;
    let main_w = w - 2.0 * M - side_w - 24.0;
    let main = promises_column(m, spec, a, main_w, header_h + 12.0);
    lines.extend(main.lines);
    let side = proof_column(m, spec, a, side_w, header_h + 12.0);
    lines.extend(side.lines);
    let mut bottom = Flow::new(m, M, w - 2.0 * M, main.bottom.max(side.bottom) + 10.0, rtl);
    if !a.actors.is_empty() {
        bottom.text(spec.label("kit-actors"), HEAD).gap(2.0);
        // A name is never broken inside its parentheses: split over two lines, a Latin
        // "(…)" in an Arabic line would have its halves reordered by the bidi algorithm.
        let names: Vec<String> = a.actors.iter().map(|n| keep_parentheses(n)).collect();
        bottom.text(&names.join(" · "), BODY.lines(4));
    }
    lines.extend(bottom.take());
    let footer_y = h - 130.0;
    lines.extend(one_pager_footer(m, spec, a, &mut ctx, footer_y));
    ctx.insert("header_h", &header_h);
    ctx.insert("footer_y", &footer_y);
    finish(&mut ctx, &lines, side.tiles);
    Drawn {
        template: "one-pager.svg",
        ctx,
        lines,
    }
}

/// Text laid out in a column of a page, the tiles behind it, and where it ends.
pub(super) struct Column {
    pub lines: Vec<TextLine>,
    pub tiles: Vec<Tile>,
    pub bottom: f32,
}

/// The one-pager's main column, from `top`: positioning, tagline, summary and promises.
fn promises_column(
    m: &mut Measurer,
    spec: &Spec,
    a: &AudienceSpec,
    main_w: f32,
    top: f32,
) -> Column {
    let (w, _) = A4;
    let rtl = spec.rtl;
    let mut main = Flow::new(m, mirror(M, main_w, w, rtl), main_w, top, rtl);
    main.text(&spec.positioning, LEAD).gap(4.0);
    main.text(&spec.tagline, BODY.lines(2)).gap(8.0);
    main.text(&a.summary, BODY).gap(14.0);
    main.text(spec.label("kit-promises"), HEAD).gap(2.0);
    for p in &a.promises {
        main.text(&format!("— {p}"), BODY.lines(4).role(Role::Item))
            .gap(5.0);
    }
    let bottom = main.y;
    Column {
        lines: main.take(),
        tiles: Vec::new(),
        bottom,
    }
}

/// The one-pager's side column, from `top`: up to four figures, each on a tile with its source.
fn proof_column(m: &mut Measurer, spec: &Spec, a: &AudienceSpec, side_w: f32, top: f32) -> Column {
    let (w, _) = A4;
    let rtl = spec.rtl;
    let mut tiles = Vec::new();
    let side_x = mirror(w - M - side_w, side_w, w, rtl);
    let mut side = Flow::new(m, side_x + 10.0, side_w - 20.0, top, rtl);
    side.text(spec.label("kit-proof"), HEAD).gap(6.0);
    for fig in a.figures.iter().take(4) {
        let top = side.y;
        side.gap(4.0).text(&fig.value, VALUE).gap(2.0);
        side.text(&fig.label, SMALL).gap(3.0);
        target(&mut side, fig, NOTE);
        source(&mut side, spec, fig, NOTE);
        side.gap(8.0);
        tiles.push(Tile {
            x: side_x,
            y: top,
            w: side_w,
            h: side.y - top,
            color: "sand".into(),
        });
        side.gap(8.0);
    }
    let bottom = side.y;
    Column {
        lines: side.take(),
        tiles,
        bottom,
    }
}

/// Footer: the QR code to the audience page and the site's address as the only contact.
fn one_pager_footer(
    m: &mut Measurer,
    spec: &Spec,
    a: &AudienceSpec,
    ctx: &mut Context,
    footer_y: f32,
) -> Vec<TextLine> {
    let (w, _) = A4;
    let rtl = spec.rtl;
    let qr_size = 92.0;
    qr_at(
        ctx,
        &a.url,
        mirror(M, qr_size, w, rtl),
        footer_y + 19.0,
        qr_size,
    );
    let text_w = w - 2.0 * M - qr_size - 20.0;
    let mut foot = Flow::new(
        m,
        mirror(M + qr_size + 20.0, text_w, w, rtl),
        text_w,
        footer_y + 20.0,
        rtl,
    );
    foot.text(spec.label("kit-more"), HEAD);
    foot.text_dir(&a.url, BODY.lines(2), false).gap(2.0);
    foot.text(spec.label("kit-scan"), SMALL).gap(2.0);
    foot.text(&format!("{} · {}", spec.site_name, spec.host), SMALL);
    foot.take()
}

/// The key figures, as many A4 pages as they need, grouped by theme: each theme a heading
/// across the page, then its figures on tiles in two columns, each with its source.
pub(crate) fn figures_sheet(m: &mut Measurer, spec: &Spec, brand: &Brand) -> Vec<Drawn> {
    let mut pages = Vec::new();
    let mut figures = spec.figures.iter().peekable();
    while figures.peek().is_some() {
        let mut page = FiguresPage::new(m, spec, brand);
        let mut theme: Option<&str> = None;
        while let Some(fig) = figures.peek() {
            if theme != Some(fig.theme.as_str()) && !page.heading(spec, &fig.theme) {
                break;
            }
            theme = Some(fig.theme.as_str());
            if !page.tile(spec, fig) {
                break;
            }
            figures.next();
        }
        pages.push(page.finish());
    }
    pages
}

/// One page of the figures sheet being filled: its lines, tiles and the two columns' heights.
struct FiguresPage<'m, 'o> {
    m: &'m mut Measurer<'o>,
    ctx: Context,
    lines: Vec<TextLine>,
    tiles: Vec<Tile>,
    ys: [f32; 2],
    empty: bool,
}

impl<'m, 'o> FiguresPage<'m, 'o> {
    const HEADER_H: f32 = 150.0;
    const BOTTOM: f32 = A4.1 - 60.0;

    fn new(m: &'m mut Measurer<'o>, spec: &Spec, brand: &Brand) -> Self {
        let (w, rtl) = (A4.0, spec.rtl);
        let mut lines = Vec::new();
        let mut head = Flow::new(m, M, w - 2.0 * M, 80.0, rtl);
        head.text(&spec.site_name, KICKER).gap(4.0);
        head.text(spec.label("kit-figures-title"), H1.lines(1));
        head.text(&spec.tagline, BODY.lines(2).leading(1.3));
        for l in head.take() {
            lines.push(TextLine {
                color: if l.color == "ink" { "white" } else { l.color },
                ..l
            });
        }
        let top = Self::HEADER_H + 14.0;
        FiguresPage {
            m,
            ctx: base(spec, brand, A4),
            lines,
            tiles: Vec::new(),
            ys: [top, top],
            empty: true,
        }
    }

    /// A theme's heading across the page; false when it would leave no room for a figure.
    fn heading(&mut self, spec: &Spec, theme: &str) -> bool {
        let Some((_, label)) = spec.themes.iter().find(|(k, _)| k == theme) else {
            return true;
        };
        let y = self.ys[0].max(self.ys[1]);
        if !self.empty && y + 120.0 > Self::BOTTOM {
            return false;
        }
        let mut f = Flow::new(self.m, M, A4.0 - 2.0 * M, y, spec.rtl);
        f.text(label, HEAD).gap(6.0);
        self.ys = [f.y, f.y];
        self.lines.extend(f.take());
        true
    }

    /// A figure on a tile in the shorter column; false when the page is full.
    fn tile(&mut self, spec: &Spec, fig: &FigureSpec) -> bool {
        let (w, rtl) = (A4.0, spec.rtl);
        let col_w = (w - 2.0 * M - 16.0) / 2.0;
        let col = if self.ys[0] <= self.ys[1] { 0 } else { 1 };
        let x = mirror(M + col as f32 * (col_w + 16.0), col_w, w, rtl);
        let top = self.ys[col];
        let mut f = Flow::new(self.m, x + 10.0, col_w - 20.0, top, rtl);
        f.gap(4.0).text(&fig.value, VALUE).gap(2.0);
        f.text(&fig.label, SMALL.lines(5)).gap(3.0);
        target(&mut f, fig, NOTE);
        source(&mut f, spec, fig, NOTE);
        f.gap(8.0);
        if f.y > Self::BOTTOM && !self.empty {
            return false;
        }
        self.tiles.push(Tile {
            x,
            y: top,
            w: col_w,
            h: f.y - top,
            color: if col == 0 { "sand" } else { "mist" }.into(),
        });
        self.ys[col] = f.y + 12.0;
        self.lines.extend(f.take());
        self.empty = false;
        true
    }

    fn finish(mut self) -> Drawn {
        self.ctx.insert("header_h", &Self::HEADER_H);
        finish(&mut self.ctx, &self.lines, self.tiles);
        Drawn {
            template: "figures.svg",
            ctx: self.ctx,
            lines: self.lines,
        }
    }
}

/// Renders a drawn page through its template; the error names the template.
pub fn svg(tera: &Tera, d: &Drawn) -> Result<String, String> {
    tera.render(d.template, &d.ctx)
        .map_err(|e| format!("{}: {}", d.template, crate::templates::chain(&e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parentheses_are_kept_on_one_line() {
        assert_eq!(
            keep_parentheses("جامعة إكس-مرسيليا (Aix-Marseille Université)"),
            "جامعة إكس-مرسيليا (Aix-Marseille\u{a0}Université)"
        );
    }
}
