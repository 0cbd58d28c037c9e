//! kit: the logo pack. Each variant of `brand/logos/` as SVG with its text turned into outlines
//! (it then needs no font on the partner's machine), as transparent PNGs in several widths (the
//! mark centred in the clear space of brand.toml), and as PDF.

use std::path::Path;

use resvg::{tiny_skia, usvg};

use crate::draw::{pdf, tagged};

pub(crate) const WIDTHS: [u32; 3] = [256, 512, 1024];

/// One file of the pack: its name under `kit/logos/` and its bytes.
pub struct LogoFile {
    pub name: String,
    pub format: &'static str,
    pub bytes: Vec<u8>,
}

/// Draws a variant's files. `clear` is the clear space as a share of the emblem's height
/// (`clear_space` in brand.toml).
pub fn pack(
    root: &Path,
    variant: &str,
    options: &usvg::Options<'static>,
    clear: f32,
) -> Result<Vec<LogoFile>, String> {
    let path = root.join("brand/logos").join(format!("{variant}.svg"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let tree =
        usvg::Tree::from_str(&text, options).map_err(|e| format!("{}: {e}", path.display()))?;
    let stem = format!("one-provence-{variant}");
    let mut files = vec![LogoFile {
        name: format!("{stem}.svg"),
        format: "SVG",
        bytes: tree.to_string(&usvg::WriteOptions::default()).into_bytes(),
    }];
    for w in WIDTHS {
        files.push(LogoFile {
            name: format!("{stem}-{w}.png"),
            format: "PNG",
            bytes: framed_png(&tree, w, clear * emblem_height(root, options)?)?,
        });
    }
    // 1 px of the SVG is 0.75 pt: the PDF has the logo's nominal size and scales without loss.
    let (w, h) = (tree.size().width() * 0.75, tree.size().height() * 0.75);
    files.push(LogoFile {
        name: format!("{stem}.pdf"),
        format: "PDF",
        bytes: tagged_pdf(tree, w, h, variant)?,
    });
    Ok(files)
}

/// The emblem's drawn height in logo units: every variant draws it at the same scale.
fn emblem_height(root: &Path, options: &usvg::Options<'static>) -> Result<f32, String> {
    let path = root.join("brand/logos/emblem.svg");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let tree =
        usvg::Tree::from_str(&text, options).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(tree.root().abs_stroke_bounding_box().height())
}

/// A PNG `width` pixels wide of the logo's drawing alone, centred, with `clear` logo units of
/// clear space on every side (issue #21: the mark sat low in its canvas, the stacked logo
/// had 11 px side margins).
fn framed_png(tree: &usvg::Tree, width: u32, clear: f32) -> Result<Vec<u8>, String> {
    let ink = tree.root().abs_stroke_bounding_box();
    let (cw, ch) = (ink.width() + 2.0 * clear, ink.height() + 2.0 * clear);
    let scale = width as f32 / cw;
    let height = (ch * scale).round() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("logo size")?;
    let at = tiny_skia::Transform::from_row(
        scale,
        0.0,
        0.0,
        scale,
        (clear - ink.x()) * scale,
        (clear - ink.y()) * scale,
    );
    resvg::render(tree, at, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The logo as a tagged PDF (PDF/UA-1): one figure, described by its alternative text.
fn tagged_pdf(tree: usvg::Tree, w: f32, h: f32, variant: &str) -> Result<Vec<u8>, String> {
    let blank = usvg::Tree::from_str(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>",
        &usvg::Options::default(),
    )
    .map_err(|e| e.to_string())?;
    let title = format!("One Provence — {variant}");
    let page = tagged::Page {
        decoration: blank,
        pieces: vec![tagged::Piece::Figure {
            tree,
            alt: format!("One Provence logo ({variant} version)"),
        }],
    };
    tagged::pdf(
        &[page],
        w,
        h,
        &pdf::Info {
            title: &title,
            lang: "en",
        },
    )
}
