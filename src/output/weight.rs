//! output: the weight of each language's home page as a visitor downloads it (HTML, CSS and JS
//! gzip-compressed, fonts as woff2), printed by `build` and checked against a budget.

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::files::Output;

fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().map(|v| v.len()).unwrap_or(bytes.len())
}

/// Bytes a first visit to `/<lang>/` downloads: the page, the stylesheet and scripts it links,
/// and the fonts of its script (Latin always; Arabic for right-to-left pages).
pub fn home_weight(outputs: &[Output], lang: &str, rtl: bool) -> Option<usize> {
    let home = outputs
        .iter()
        .find(|o| o.path == format!("{lang}/index.html"))?;
    let html = String::from_utf8_lossy(&home.bytes);
    let mut total = gzip_len(&home.bytes);
    for o in outputs {
        let linked = |ext: &str| o.path.ends_with(ext) && html.contains(&format!("/{}\"", o.path));
        if linked(".css") || linked(".js") {
            total += gzip_len(&o.bytes);
        }
        let font = o.path.starts_with("fonts/") && o.path.ends_with(".woff2");
        if font && (o.path.contains("latin") || (rtl && o.path.contains("arabic"))) {
            total += o.bytes.len();
        }
    }
    Some(total)
}
