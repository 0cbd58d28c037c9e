//! draw (raster): PNG encoding of drawn pixmaps. tiny-skia's own `encode_png` compresses with
//! zlib's balanced level: on a cold build it was a third of all the time (perf, shipped site,
//! about a thousand cards). The fastest zlib level writes the same pixels several times faster
//! for files a little larger; opaque images drop their alpha channel, a quarter of the bytes to
//! compress.

use resvg::tiny_skia::Pixmap;

/// zlib level 3: the balanced level's compression (26 MB of cards against 25 MB) for less time;
/// fdeflate's ultra-fast mode halved the time but doubled the size. Every row is filtered with
/// `Sub`: on a sample of 60 cards, 2 % smaller and 14 % faster than choosing per row (adaptive),
/// which tries all five filters on every row.
const LEVEL: u8 = 3;

pub(crate) fn encode_png(pixmap: &Pixmap) -> Result<Vec<u8>, String> {
    let opaque = pixmap.pixels().iter().all(|p| p.alpha() == 255);
    let (data, color) = if opaque {
        // Opaque premultiplied pixels are straight: their first three bytes, copied in place
        // (an iterator of arrays took a fifth of the encoding time).
        let rgba = pixmap.data();
        let mut rgb = vec![0; rgba.len() / 4 * 3];
        for (to, from) in rgb.chunks_exact_mut(3).zip(rgba.chunks_exact(4)) {
            to.copy_from_slice(&from[..3]);
        }
        (rgb, png::ColorType::Rgb)
    } else {
        let rgba: Vec<u8> = pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect();
        (rgba, png::ColorType::Rgba)
    };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(color);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_deflate_compression(png::DeflateCompression::Level(LEVEL));
    encoder.set_filter(png::Filter::Sub);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&data).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use resvg::tiny_skia::{Color, Pixmap};

    #[test]
    fn opaque_images_lose_their_alpha_and_keep_their_pixels() {
        let mut p = Pixmap::new(4, 3).unwrap();
        p.fill(Color::from_rgba8(11, 37, 69, 255));
        let bytes = encode_png(&p).unwrap();
        let img = image::load_from_memory(&bytes).unwrap();
        assert_eq!(img.color(), image::ColorType::Rgb8);
        assert_eq!(img.to_rgb8().get_pixel(3, 2).0, [11, 37, 69]);
        let mut t = Pixmap::new(2, 2).unwrap();
        t.fill(Color::from_rgba8(255, 0, 0, 128));
        let img = image::load_from_memory(&encode_png(&t).unwrap()).unwrap();
        assert_eq!(img.color(), image::ColorType::Rgba8);
        let px = img.to_rgba8().get_pixel(0, 0).0;
        assert!(px[0] >= 250 && px[3] == 128, "{px:?}");
    }
}
