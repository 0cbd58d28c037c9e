//! kit: the logo pack. Each variant of `brand/logos/` as SVG with its text turned into outlines
//! (it then needs no font on the partner's machine), as transparent PNGs in several widths, and
//! as PDF.

use std::path::Path;

use resvg::usvg;

use crate::draw::pdf;

pub const WIDTHS: [u32; 3] = [256, 512, 1024];

/// One file of the pack: its name under `kit/logos/` and its bytes.
pub struct LogoFile {
    pub name: String,
    pub format: &'static str,
    pub bytes: Vec<u8>,
}

pub fn pack(
    root: &Path,
    variant: &str,
    options: &usvg::Options<'static>,
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
            bytes: pdf::png(&tree, w)?,
        });
    }
    // 1 px of the SVG is 0.75 pt: the PDF has the logo's nominal size and scales without loss.
    let (w, h) = (tree.size().width() * 0.75, tree.size().height() * 0.75);
    files.push(LogoFile {
        name: format!("{stem}.pdf"),
        format: "PDF",
        bytes: pdf::pdf(
            &[tree],
            w,
            h,
            false,
            &pdf::Info {
                title: &format!("One Provence — {variant}"),
                lang: "fr",
            },
        )?,
    });
    Ok(files)
}
