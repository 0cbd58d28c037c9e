//! draw: usvg trees to PDF (krilla, text kept as text with the brand fonts embedded as subsets)
//! and to PNG previews (resvg), so a preview and its PDF come from the same parsed tree.
//! Print variants add 3 mm of bleed and crop marks around the trim box (STACK.md §6).

use krilla::geom::{Rect, Size};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::Document;
use krilla_svg::{SurfaceExt, SvgSettings};
use resvg::{tiny_skia, usvg};

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;
pub(crate) const BLEED: f32 = 3.0 * MM;
/// Room outside the bleed for the crop marks.
pub(crate) const SLUG: f32 = 10.0 * MM;

pub struct Info<'a> {
    pub title: &'a str,
    pub lang: &'a str,
}

/// One PDF page per tree, each `w`×`h` points. With `print`, the trees are the wrapped ones from
/// [`print_svg`] and the page gets its bleed and trim boxes.
pub fn pdf(
    pages: &[usvg::Tree],
    w: f32,
    h: f32,
    print: bool,
    info: &Info,
) -> Result<Vec<u8>, String> {
    let mut doc = Document::new();
    for tree in pages {
        let (pw, ph) = if print {
            (w + 2.0 * SLUG, h + 2.0 * SLUG)
        } else {
            (w, h)
        };
        let mut settings = PageSettings::from_wh(pw, ph).ok_or("page size")?;
        if print {
            let edge = SLUG - BLEED;
            settings = settings
                .with_bleed_box(Rect::from_ltrb(edge, edge, pw - edge, ph - edge))
                .with_trim_box(Rect::from_ltrb(SLUG, SLUG, pw - SLUG, ph - SLUG));
        }
        let mut page = doc.start_page_with(settings);
        let mut surface = page.surface();
        let size = Size::from_wh(pw, ph).ok_or("page size")?;
        surface
            .draw_svg(tree, size, SvgSettings::default())
            .ok_or("the SVG could not be drawn")?;
        surface.finish();
        page.finish();
    }
    doc.set_metadata(
        Metadata::new()
            .title(info.title.to_string())
            .language(info.lang.to_string())
            .creator("oneprovence".to_string()),
    );
    doc.finish().map_err(|e| format!("{e:?}"))
}

/// What is inside the root `<svg>` element, to place a drawing inside another one.
pub(crate) fn svg_body(svg: &str) -> &str {
    let start = svg
        .find("<svg")
        .and_then(|i| svg[i..].find('>').map(|j| i + j + 1))
        .unwrap_or(0);
    let end = svg.rfind("</svg>").unwrap_or(svg.len()).max(start);
    &svg[start..end]
}

/// The page as a print shop wants it: the document, whose backgrounds already run 3 mm past its
/// edges, moved inside a larger sheet with crop marks in the margin.
pub(crate) fn print_svg(svg: &str, w: f32, h: f32) -> String {
    let body = svg_body(svg);
    let (pw, ph) = (w + 2.0 * SLUG, h + 2.0 * SLUG);
    let mut marks = String::new();
    let gap = BLEED + 2.0;
    for (x, y) in [
        (SLUG, SLUG),
        (SLUG + w, SLUG),
        (SLUG, SLUG + h),
        (SLUG + w, SLUG + h),
    ] {
        let sx = if x > SLUG { 1.0 } else { -1.0 };
        let sy = if y > SLUG { 1.0 } else { -1.0 };
        // A horizontal and a vertical hairline per corner, starting past the bleed.
        marks.push_str(&format!(
            "<path d=\"M{} {y}H{}M{x} {}V{}\"/>",
            x + sx * gap,
            x + sx * SLUG,
            y + sy * gap,
            y + sy * SLUG
        ));
    }
    // Nothing is drawn past the bleed: the crop marks stand on blank paper.
    let (bw, bh) = (w + 2.0 * BLEED, h + 2.0 * BLEED);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{pw}\" height=\"{ph}\" viewBox=\"0 0 {pw} {ph}\"><clipPath id=\"kit-bleed\"><rect x=\"-{BLEED}\" y=\"-{BLEED}\" width=\"{bw}\" height=\"{bh}\"/></clipPath><g transform=\"translate({SLUG} {SLUG})\" clip-path=\"url(#kit-bleed)\">{body}</g><g fill=\"none\" stroke=\"#000000\" stroke-width=\"0.25\">{marks}</g></svg>"
    )
}

/// A PNG of the tree `width` pixels wide.
pub fn png(tree: &usvg::Tree, width: u32) -> Result<Vec<u8>, String> {
    let scale = width as f32 / tree.size().width();
    let height = (tree.size().height() * scale).round() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("preview size")?;
    resvg::render(
        tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    super::raster::encode_png(&pixmap)
}
