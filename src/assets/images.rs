//! assets: responsive images. Every JPEG or PNG published from a static folder is resized (image
//! crate, Lanczos) to the widths below that are smaller than itself; pages then give browsers a
//! `srcset` to choose from, and the intrinsic width and height so nothing shifts while loading.
//! Resized files are cached in `.cache/images/` by the hash of the original.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

use image::{codecs::jpeg::JpegEncoder, imageops::FilterType, ImageFormat, ImageReader};
use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::files::Output;

pub(crate) const WIDTHS: [u32; 3] = [480, 960, 1600];
/// The content column is at most about 46rem wide.
pub(crate) const SIZES: &str = "(min-width: 48rem) 46rem, 100vw";

#[derive(Debug, Clone, serde::Serialize)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    /// `/images/a-480w.jpg 480w, ..., /images/a.jpg 2000w`; empty when the image is small.
    pub srcset: String,
}

/// Site path (`/images/a.jpg`) to what the pages say of it.
pub(crate) type Images = BTreeMap<String, Image>;

fn format_of(path: &str) -> Option<ImageFormat> {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".jpg") || lower.ends_with(".jpeg") {
        Some(ImageFormat::Jpeg)
    } else if lower.ends_with(".png") {
        Some(ImageFormat::Png)
    } else {
        None
    }
}

/// The resized files to publish and the table of every raster image of the static folders.
pub(crate) fn responsive(statics: &[Output], cache: &Path) -> Result<(Vec<Output>, Images)> {
    let rasters: Vec<(&Output, ImageFormat)> = statics
        .iter()
        .filter_map(|o| format_of(&o.path).map(|f| (o, f)))
        .collect();
    if rasters.is_empty() {
        return Ok((Vec::new(), Images::new()));
    }
    std::fs::create_dir_all(cache).map_err(|e| Error::io("create", cache, e))?;
    let done = rasters
        .par_iter()
        .map(|(o, format)| resize(o, *format, cache))
        .collect::<Result<Vec<_>>>()?;
    let mut outputs = Vec::new();
    let mut images = Images::new();
    for (path, image, mut files) in done {
        images.insert(path, image);
        outputs.append(&mut files);
    }
    Ok((outputs, images))
}

fn resize(o: &Output, format: ImageFormat, cache: &Path) -> Result<(String, Image, Vec<Output>)> {
    let fail = |message: String| Error::Asset {
        path: Path::new("static").join(&o.path),
        message,
    };
    let reader = ImageReader::with_format(Cursor::new(&o.bytes), format);
    let (width, height) = reader
        .into_dimensions()
        .map_err(|e| fail(format!("not a readable image: {e}")))?;
    let key = crate::hash::hex(&o.bytes)[..24].to_string();
    let (stem, ext) = o.path.rsplit_once('.').unwrap_or((&o.path, ""));
    let mut decoded = None;
    let mut files = Vec::new();
    let mut srcset = Vec::new();
    for w in WIDTHS.into_iter().filter(|w| *w < width) {
        let cached = cache.join(format!("{key}-{w}.{ext}"));
        let bytes = match std::fs::read(&cached) {
            Ok(b) => b,
            Err(_) => {
                if decoded.is_none() {
                    decoded = Some(
                        image::load_from_memory_with_format(&o.bytes, format)
                            .map_err(|e| fail(format!("not a readable image: {e}")))?,
                    );
                }
                let img = decoded.as_ref().expect("decoded just above");
                let h = (height as u64 * w as u64).div_ceil(width as u64) as u32;
                let small = img.resize_exact(w, h, FilterType::Lanczos3);
                let mut buf = Vec::new();
                match format {
                    ImageFormat::Jpeg => small
                        .to_rgb8()
                        .write_with_encoder(JpegEncoder::new_with_quality(&mut buf, 82)),
                    _ => small.write_to(&mut Cursor::new(&mut buf), ImageFormat::Png),
                }
                .map_err(|e| fail(format!("could not encode a {w} px copy: {e}")))?;
                let _ = std::fs::write(&cached, &buf);
                buf
            }
        };
        let path = format!("{stem}-{w}w.{ext}");
        srcset.push(format!("/{path} {w}w"));
        files.push(Output::new(path, bytes));
    }
    if !srcset.is_empty() {
        srcset.push(format!("/{} {width}w", o.path));
    }
    Ok((
        format!("/{}", o.path),
        Image {
            width,
            height,
            srcset: srcset.join(", "),
        },
        files,
    ))
}
