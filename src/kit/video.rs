//! kit (video): the toolbox's video (issue #32), per language and format: the positioning, each
//! key figure of the presentation with its source and year, the four audiences' first promise,
//! and a closing picture with the site's address. Each scene is laid out like a slide (measured
//! lines, so the collision test reads its boxes), drawn through `video.svg`, held long enough
//! to read its words, and cross-faded into the next (`draw::video`).

use resvg::{tiny_skia, usvg};
use serde::{Deserialize, Serialize};

use super::documents::{base, finish, source, target, Drawn};
use super::spec::Spec;
use crate::config::Brand;
use crate::draw::compose::{mirror, Flow, Role, Style, TextLine};
use crate::draw::layout::Measurer;
use crate::draw::video::{Shot, Timing};

/// The three formats: phone stories and reels, the 4:5 feed picture, and 16:9 screens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Format {
    pub name: &'static str,
    pub pixels: (u32, u32),
}

pub(crate) const FORMATS: [Format; 3] = [
    Format {
        name: "vertical",
        pixels: (1080, 1920),
    },
    Format {
        name: "portrait",
        pixels: (1080, 1350),
    },
    Format {
        name: "landscape",
        pixels: (1920, 1080),
    },
];

/// A fade of eight frames: each costs as much as a key frame, and the videos go on sticks.
pub(crate) const TIMING: Timing = Timing {
    fps: 25,
    fade: 0.32,
};

/// Scenes are laid out at half their pixel size (a 540-unit short side, like a slide's).
const SCALE: f32 = 2.0;
/// The scenes' margin, and where their text ends above the footer (emblem and address).
pub(crate) const VM: f32 = 36.0;
pub(crate) const FOOTER: f32 = 76.0;

/// Reading time: a base plus a quarter second a word (about 240 words a minute), within
/// bounds; the whole video stays under a minute (the networks' and the limit).
const BASE_SECONDS: f32 = 1.5;
const PER_WORD: f32 = 0.25;
const MIN_SECONDS: f32 = 3.5;
const MAX_SECONDS: f32 = 7.0;
pub(crate) const MAX_TOTAL: f32 = 58.0;

const KICKER: Style = Style::new(15.0, true, "sea").lines(1);
const VALUE: Style = Style::new(64.0, true, "sea").lines(1).shrink_to(34.0);
const LABEL: Style = Style::new(24.0, true, "navy")
    .lines(4)
    .shrink_to(18.0)
    .leading(1.25);
const SOURCE: Style = Style::new(15.0, false, "ink").lines(3).leading(1.3);
const TITLE: Style = Style::new(32.0, true, "navy")
    .role(Role::H2)
    .lines(3)
    .shrink_to(24.0)
    .leading(1.2);
const PROMISE: Style = Style::new(22.0, false, "ink")
    .lines(5)
    .shrink_to(17.0)
    .leading(1.35);

/// One scene: its layout, how long it stays, and its words for the text version.
pub(crate) struct Scene {
    pub drawn: Drawn,
    pub seconds: f32,
    pub text: String,
}

/// What the kit page says a video shows, and its length (issue #32: a text version, RGAA).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct VideoInfo {
    pub width: u32,
    pub height: u32,
    pub seconds: f32,
    pub text: Vec<String>,
    /// When each scene starts, in seconds, then the end.
    #[serde(default)]
    pub starts: Vec<f32>,
}

impl VideoInfo {
    /// The words on screen as WebVTT cues, one a scene: the `<track>` of the player, for a
    /// screen reader or a magnifier (the video has no sound to caption).
    pub fn vtt(&self) -> String {
        let time = |s: f32| {
            let ms = (s * 1000.0).round() as u64;
            format!(
                "{:02}:{:02}:{:02}.{:03}",
                ms / 3_600_000,
                ms / 60_000 % 60,
                ms / 1000 % 60,
                ms % 1000
            )
        };
        let mut out = String::from("WEBVTT\n");
        for (i, text) in self.text.iter().enumerate() {
            let (Some(a), Some(b)) = (self.starts.get(i), self.starts.get(i + 1)) else {
                break;
            };
            // A cue's text may not hold "-->" nor a blank line.
            let text = text.replace("-->", "→").replace('\n', " ");
            out.push_str(&format!(
                "\n{}\n{} --> {}\n{}\n",
                i + 1,
                time(*a),
                time(*b),
                text
            ));
        }
        out
    }
}

struct Layout<'a, 'm, 'o> {
    m: &'m mut Measurer<'o>,
    spec: &'a Spec,
    brand: &'a Brand,
    size: (f32, f32),
}

impl<'o> Layout<'_, '_, 'o> {
    /// A scene's column, from `top` down to the footer.
    fn flow(&mut self, top: f32) -> Flow<'_, 'o> {
        let (w, h) = self.size;
        Flow::new(self.m, VM, w - 2.0 * VM, top, self.spec.rtl).bounded(h - FOOTER)
    }

    /// Where a scene's text may start: below the top band.
    fn top(&self) -> f32 {
        40.0
    }

    /// The scene's text moved down to sit a little above the middle of the space it has (the
    /// optical centre), where a phone held upright shows it best.
    fn centre(&self, lines: &mut [TextLine]) {
        let bottom = self.size.1 - FOOTER;
        let Some(end) = lines.iter().map(|l| l.rect().bottom()).reduce(f32::max) else {
            return;
        };
        let dy = ((bottom - end) * 0.45).max(0.0);
        for l in lines.iter_mut() {
            l.y += dy;
        }
    }

    fn scene(&self, mut lines: Vec<TextLine>, dark: bool, words: &[&str]) -> Scene {
        self.centre(&mut lines);
        let mut ctx = base(self.spec, self.brand, self.size);
        ctx.insert("dark", &dark);
        ctx.insert("margin", &VM);
        ctx.insert("logo_x", &mirror(VM, 28.0, self.size.0, self.spec.rtl));
        finish(&mut ctx, &lines, Vec::new());
        let text = words
            .iter()
            .filter(|w| !w.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" — ");
        let count = text.split_whitespace().filter(|w| *w != "—").count() as f32;
        Scene {
            drawn: Drawn {
                template: "video.svg",
                ctx,
                lines,
            },
            seconds: (BASE_SECONDS + PER_WORD * count).clamp(MIN_SECONDS, MAX_SECONDS),
            text,
        }
    }
}

/// The scenes of one language's video in one format, their lengths within `MAX_TOTAL`.
pub(crate) fn scenes(m: &mut Measurer, spec: &Spec, brand: &Brand, f: Format) -> Vec<Scene> {
    let size = (f.pixels.0 as f32 / SCALE, f.pixels.1 as f32 / SCALE);
    let mut l = Layout {
        m,
        spec,
        brand,
        size,
    };
    let mut out = Vec::new();
    let top = l.top();
    // The positioning, on navy.
    let mut c = l.flow(top);
    c.text(&spec.site_name, KICKER.color("sun")).gap(12.0);
    c.text(&spec.positioning, TITLE.color("white").lines(5))
        .gap(14.0);
    c.text(&spec.tagline, PROMISE.color("sun").lines(4));
    let lines = c.take();
    out.push(l.scene(
        lines,
        true,
        &[&spec.site_name, &spec.positioning, &spec.tagline],
    ));
    // Each key figure with its source and year.
    let kicker = spec.label("kit-figures-title").to_string();
    for fig in &spec.highlights {
        let mut c = l.flow(top);
        c.text(&kicker, KICKER).gap(10.0);
        c.text(&fig.value, VALUE).gap(6.0);
        c.text(&fig.label, LABEL).gap(12.0);
        target(&mut c, fig, SOURCE);
        source(&mut c, spec, fig, SOURCE);
        let lines = c.take();
        let said = format!("{} {}", spec.label("kit-source"), fig.source);
        out.push(l.scene(lines, false, &[&fig.value, &fig.label, &fig.target, &said]));
    }
    // Each audience and its first promise.
    for a in &spec.audiences {
        let promise = a.promises.first().map(String::as_str).unwrap_or(&a.summary);
        let mut c = l.flow(top);
        c.text(&spec.audiences_title, KICKER).gap(10.0);
        c.text(&a.title, TITLE).gap(16.0);
        c.text(promise, PROMISE);
        let lines = c.take();
        out.push(l.scene(lines, false, &[&a.title, promise]));
    }
    // The closing picture: where to find everything.
    let closing = spec.label("kit-video-closing").to_string();
    let mut c = l.flow(top);
    c.text(&closing, PROMISE.color("sun")).gap(10.0);
    c.text(&spec.host, TITLE.color("white").lines(2));
    let lines = c.take();
    out.push(l.scene(lines, true, &[&closing, &spec.host]));
    fit_total(&mut out);
    out
}

/// Shortens every scene alike when the whole would pass `MAX_TOTAL` (never below 3 s).
fn fit_total(scenes: &mut [Scene]) {
    let total: f32 = scenes.iter().map(|s| s.seconds).sum();
    if total > MAX_TOTAL {
        let k = MAX_TOTAL / total;
        for s in scenes.iter_mut() {
            s.seconds = (s.seconds * k).max(3.0);
        }
    }
}

/// A scene's picture at the format's size.
pub(crate) fn picture(tree: &usvg::Tree, f: Format) -> Result<tiny_skia::Pixmap, String> {
    let (w, h) = f.pixels;
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("video size")?;
    let scale = w as f32 / tree.size().width();
    resvg::render(
        tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// The shots of a video: each scene's picture for its time.
pub(crate) fn shots(pictures: Vec<tiny_skia::Pixmap>, scenes: &[Scene]) -> Vec<Shot> {
    pictures
        .into_iter()
        .zip(scenes)
        .map(|(pixmap, s)| Shot {
            pixmap,
            seconds: s.seconds,
        })
        .collect()
}
