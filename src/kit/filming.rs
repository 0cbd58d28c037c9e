//! kit: drawing one video (laid out by `video`, each scene rendered through `video.svg`, then
//! encoded by `draw::video`), taken from the cache when what it shows is unchanged: a video is
//! the slowest thing the kit makes, redrawn only when its content, the brand or the program
//! changes.

use std::sync::atomic::Ordering;

use resvg::usvg;

use super::documents;
use super::video::{self, Format, VideoInfo, TIMING};
use super::{Builder, Spec};
use crate::draw::layout::Measurer;
use crate::draw::{pdf, video as encode};
use crate::error::Result;
use crate::hash::Key;
use crate::progress::{Event, Progress, Step};

/// Width of a video's poster, in pixels (the kit page shows it at most this wide).
pub(crate) const POSTER_WIDTH: u32 = 540;

/// A drawn video: the MP4, its poster (PNG) and what it shows.
pub(super) struct VideoFiles {
    pub mp4: Vec<u8>,
    pub poster: Vec<u8>,
    pub info: VideoInfo,
}

impl Builder<'_> {
    pub(super) fn video(
        &self,
        spec: &Spec,
        f: Format,
        total: usize,
        progress: &Progress,
    ) -> Result<VideoFiles> {
        let key = Key::new()
            .text(&self.salt)
            .text("video")
            .text(f.name)
            .text(&format!("{TIMING:?}"))
            .bytes(&serde_json::to_vec(spec).unwrap_or_default())
            .finish();
        let at = |ext: &str| self.cache.join(format!("{key}.{ext}"));
        let cached = || {
            Some(VideoFiles {
                mp4: std::fs::read(at("mp4")).ok()?,
                poster: std::fs::read(at("poster.png")).ok()?,
                info: serde_json::from_slice(&std::fs::read(at("video.json")).ok()?).ok()?,
            })
        };
        let files = match cached() {
            Some(v) => v,
            None => {
                let v = self.film(spec, f)?;
                // A cache that cannot be written only costs time.
                let _ = std::fs::write(at("poster.png"), &v.poster);
                let _ = std::fs::write(
                    at("video.json"),
                    serde_json::to_vec(&v.info).unwrap_or_default(),
                );
                let _ = std::fs::write(at("mp4"), &v.mp4);
                v
            }
        };
        progress(Event::Step(Step {
            stage: "kit",
            done: self.done.fetch_add(1, Ordering::Relaxed) + 1,
            total,
        }));
        Ok(files)
    }

    fn film(&self, spec: &Spec, f: Format) -> Result<VideoFiles> {
        let mut m = Measurer::new(&self.options, &self.widths);
        let scenes = video::scenes(&mut m, spec, self.brand, f);
        let fail = |e: String| self.fail("video.svg", format!("{} ({}): {e}", f.name, spec.lang));
        let mut trees = Vec::new();
        for s in &scenes {
            let svg = documents::svg(&self.templates.tera, &s.drawn).map_err(fail)?;
            let tree = usvg::Tree::from_str(&svg, &self.options)
                .map_err(|e| fail(format!("the SVG does not parse: {e}")))?;
            trees.push(tree);
        }
        let poster = pdf::png(&trees[0], POSTER_WIDTH).map_err(fail)?;
        let pictures = trees
            .iter()
            .map(|t| video::picture(t, f))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(fail)?;
        let shots = video::shots(pictures, &scenes);
        let mp4 = encode::mp4(&shots, TIMING).map_err(fail)?;
        // Where each scene starts, in seconds, and where the video ends.
        let mut starts = vec![0.0];
        let mut frames = 0;
        for (n, _) in encode::frames(&shots, TIMING) {
            frames += n;
            starts.push(frames as f32 / TIMING.fps as f32);
        }
        Ok(VideoFiles {
            mp4,
            poster,
            info: VideoInfo {
                width: f.pixels.0,
                height: f.pixels.1,
                seconds: frames as f32 / TIMING.fps as f32,
                text: scenes.into_iter().map(|s| s.text).collect(),
                starts,
            },
        })
    }
}
