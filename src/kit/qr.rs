//! kit: a QR code as one SVG path, so it stays vector in the PDF and sharp when printed.

use qrcode::{Color, EcLevel, QrCode};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Qr {
    /// Modules per side, quiet zone not included: the template scales `path` to its box.
    pub modules: usize,
    pub path: String,
}

/// Medium error correction: survives a crease or a smudge on a printed sheet.
pub(crate) fn encode(text: &str) -> Option<Qr> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let n = code.width();
    let dark: Vec<bool> = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if dark[y * n + x] {
                // Horizontal runs of dark modules as one rectangle each: a shorter path.
                let start = x;
                while x < n && dark[y * n + x] {
                    x += 1;
                }
                path.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    Some(Qr { modules: n, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_becomes_a_square_path_of_dark_runs() {
        let qr = encode("https://example.org/fr/audiences/talents/").unwrap();
        assert!(qr.modules >= 21 && (qr.modules - 17).is_multiple_of(4));
        assert!(qr.path.starts_with("M0 0h7v1h-7z"), "finder pattern first");
    }
}
