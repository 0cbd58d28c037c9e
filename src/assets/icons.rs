//! assets (icons): the browser tab's icon and the home-screen icon, drawn from the brand's
//! emblem (`brand/logos/emblem.svg`) so they change with it. The theme's `favicon.svg` is the
//! fallback for a site without a brand folder.

use std::path::Path;

use resvg::{tiny_skia, usvg};

use crate::error::{Error, Result};
use crate::files::Output;

/// Side of the touch icon: what iOS asks for (`apple-touch-icon.png`, 180 px).
pub(crate) const TOUCH_SIZE: u32 = 180;
/// Share of the touch icon the emblem fills: the rest is the clear space platforms crop into.
const FILL: f32 = 0.72;

/// Replaces the static `favicon.svg` by the emblem and adds `apple-touch-icon.png`.
pub fn add(root: &Path, outputs: &mut Vec<Output>) -> Result<()> {
    let emblem_path = root.join("brand/logos/emblem.svg");
    let emblem = match std::fs::read(&emblem_path) {
        Ok(bytes) => Some(bytes),
        Err(_) => outputs
            .iter()
            .find(|o| o.path == "favicon.svg")
            .map(|o| o.bytes.clone()),
    };
    let Some(emblem) = emblem else {
        return Ok(());
    };
    let png = touch_icon(&emblem).map_err(|message| Error::Config {
        path: emblem_path,
        line: 1,
        message,
    })?;
    outputs.retain(|o| o.path != "favicon.svg" && o.path != "apple-touch-icon.png");
    outputs.push(Output::new("favicon.svg", emblem));
    outputs.push(Output::new("apple-touch-icon.png", png));
    Ok(())
}

/// The emblem centred on white (iOS shows transparency as black), filling `FILL` of the side.
pub(crate) fn touch_icon(svg: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default())
        .map_err(|e| format!("the emblem is not a readable SVG: {e}"))?;
    let bbox = tree.root().abs_bounding_box();
    let side = TOUCH_SIZE as f32;
    let scale = side * FILL / bbox.width().max(bbox.height());
    let tx = (side - bbox.width() * scale) / 2.0 - bbox.x() * scale;
    let ty = (side - bbox.height() * scale) / 2.0 - bbox.y() * scale;
    let mut pixmap = tiny_skia::Pixmap::new(TOUCH_SIZE, TOUCH_SIZE).ok_or("no pixmap")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let transform = tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, tx, ty);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| format!("could not encode the touch icon: {e}"))
}
