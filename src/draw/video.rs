//! draw (video): still pictures held on screen and cross-faded, encoded as an MP4 that social
//! networks and booth screens accept (issue #32): H.264 Constrained Baseline in yuv420p from
//! OpenH264 (BSD-2, built from source by the `openh264` crate, with NASM's assembly when NASM is
//! installed), in an MP4 whose `moov` comes before `mdat` (muxide, pure Rust). Each picture is
//! converted to YUV once; the frames of a fade are blended in YUV, which is the same as
//! blending in RGB since the conversion is affine.

use muxide::api::{MuxerBuilder, VideoCodec};
use openh264::encoder::{
    BitRate, Complexity, Encoder, EncoderConfig, FrameRate, FrameType, IntraFramePeriod, QpRange,
    RateControlMode, UsageType, VuiConfig,
};
use openh264::formats::{RgbaSliceU8, YUVBuffer, YUVSource};
use openh264::OpenH264API;
use resvg::tiny_skia::Pixmap;

/// One picture of a video and how long it stays (its fade into the next included).
pub struct Shot {
    pub pixmap: Pixmap,
    pub seconds: f32,
}

/// How a video is encoded: frames per second and the length of each cross-fade.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    pub fps: u32,
    pub fade: f32,
}

/// The frames of each shot: its whole length in frames, and how many of its last frames fade
/// into the next (none for the last shot).
pub fn frames(shots: &[Shot], t: Timing) -> Vec<(usize, usize)> {
    let fade = (t.fade * t.fps as f32).round() as usize;
    shots
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let n = ((s.seconds * t.fps as f32).round() as usize).max(1);
            let f = if i + 1 < shots.len() {
                fade.min(n / 2)
            } else {
                0
            };
            (n, f)
        })
        .collect()
}

fn yuv(p: &Pixmap) -> YUVBuffer {
    // Opaque pictures: premultiplied RGBA is plain RGBA.
    let (w, h) = (p.width() as usize, p.height() as usize);
    YUVBuffer::from_rgba8_source(RgbaSliceU8::new(p.data(), (w, h)))
}

/// The quantiser of every frame (lower is sharper and larger).
const QP: u8 = 27;

/// `a` faded towards `b` by `k` (0 to 1), plane by plane.
fn blend(a: &YUVBuffer, b: &YUVBuffer, k: f32) -> YUVBuffer {
    let (w, h) = a.dimensions();
    let kb = (k * 256.0).round() as u32;
    let ka = 256 - kb;
    let mut out = Vec::with_capacity(w * h * 3 / 2);
    for (pa, pb) in [(a.y(), b.y()), (a.u(), b.u()), (a.v(), b.v())] {
        out.extend(
            pa.iter()
                .zip(pb)
                .map(|(&x, &y)| ((x as u32 * ka + y as u32 * kb + 128) >> 8) as u8),
        );
    }
    YUVBuffer::from_vec(out, w, h)
}

/// Ease in and out, so a fade starts and ends gently.
fn ease(x: f32) -> f32 {
    x * x * (3.0 - 2.0 * x)
}

fn encoder(fps: u32) -> Result<Encoder, String> {
    let config = EncoderConfig::new()
        // Pictures held still: the camera tools at low complexity encode an unchanged frame in
        // a third of the time the screen-content tools take (measured at 1080x1920), without
        // the analyses that look for scene changes and backgrounds. One thread per video: the
        // kit draws the videos side by side.
        .usage_type(UsageType::CameraVideoRealTime)
        .complexity(Complexity::Low)
        .scene_change_detect(false)
        .background_detection(false)
        .adaptive_quantization(false)
        .num_threads(1)
        .max_frame_rate(FrameRate::from_hz(fps as f32))
        // A fixed quantiser: each picture is coded once at a quality that keeps small text
        // sharp, and the frames that repeat it cost almost nothing (rate control spent a
        // megabyte a video refining pictures after each key frame).
        .rate_control_mode(RateControlMode::Off)
        .qp(QpRange::new(QP, QP))
        .bitrate(BitRate::from_bps(4_000_000))
        // Every frame is written: a skipped one would leave the MP4 a sample short.
        .skip_frames(false)
        // A key frame starts each picture (see `mp4`), at most ten seconds apart.
        .intra_frame_period(IntraFramePeriod::from_num_frames(10 * fps))
        // The conversion above is BT.601 with limited range: say so, or players guess.
        .vui(VuiConfig::bt601());
    Encoder::with_api_config(OpenH264API::from_source(), config).map_err(|e| e.to_string())
}

/// The MP4 of these shots, all of one size (even width and height).
pub fn mp4(shots: &[Shot], t: Timing) -> Result<Vec<u8>, String> {
    let first = shots.first().ok_or("a video with no picture")?;
    let (w, h) = (first.pixmap.width(), first.pixmap.height());
    if w % 2 == 1
        || h % 2 == 1
        || shots
            .iter()
            .any(|s| s.pixmap.width() != w || s.pixmap.height() != h)
    {
        return Err(format!(
            "every picture of a video must be {w}x{h}, even sizes"
        ));
    }
    let pictures: Vec<YUVBuffer> = shots.iter().map(|s| yuv(&s.pixmap)).collect();
    let mut enc = encoder(t.fps)?;
    let mut out = Vec::new();
    let mut mux = MuxerBuilder::new(&mut out)
        .video(VideoCodec::H264, w, h, t.fps as f64)
        .with_fast_start(true)
        .build()
        .map_err(|e| e.to_string())?;
    let mut n = 0usize;
    for (i, (count, fade)) in frames(shots, t).into_iter().enumerate() {
        // Each picture starts on a key frame: a fixed quantiser leaves the faint ghost of a
        // fade in the frames that follow it (seen in the first videos), and a player seeks to
        // the start of each picture.
        if i > 0 {
            enc.force_intra_frame();
        }
        let mut blended: Option<YUVBuffer> = None;
        for f in 0..count {
            let picture = match (f + fade).checked_sub(count) {
                Some(j) if fade > 0 => {
                    // Each step of a fade is shown twice: a changed frame costs as much as a
                    // key frame, a repeated one almost nothing (half the bytes of a fade).
                    if j % 2 == 0 {
                        let k = (j / 2 + 1) as f32 / (fade / 2 + 1) as f32;
                        blended = Some(blend(&pictures[i], &pictures[i + 1], ease(k)));
                    }
                    blended.as_ref().unwrap_or(&pictures[i])
                }
                _ => &pictures[i],
            };
            let bits = enc.encode(picture).map_err(|e| e.to_string())?;
            let key = matches!(bits.frame_type(), FrameType::IDR | FrameType::I);
            mux.write_video(n as f64 / t.fps as f64, &bits.to_vec(), key)
                .map_err(|e| e.to_string())?;
            n += 1;
        }
    }
    mux.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use resvg::tiny_skia::Color;

    fn shot(c: Color, seconds: f32) -> Shot {
        let mut p = Pixmap::new(64, 48).unwrap();
        p.fill(c);
        Shot { pixmap: p, seconds }
    }

    #[test]
    fn shots_last_their_time_and_fade_into_the_next_only() {
        let t = Timing { fps: 25, fade: 0.4 };
        let shots = [shot(Color::WHITE, 2.0), shot(Color::BLACK, 1.0)];
        assert_eq!(frames(&shots, t), vec![(50, 10), (25, 0)]);
        let a = yuv(&shots[0].pixmap);
        let b = yuv(&shots[1].pixmap);
        let mid = blend(&a, &b, 0.5);
        let y = |p: &YUVBuffer| p.y()[0] as i32;
        assert!(
            (y(&mid) - (y(&a) + y(&b)) / 2).abs() <= 1,
            "{} {} {}",
            y(&a),
            y(&mid),
            y(&b)
        );
        assert_eq!(ease(0.0), 0.0);
        assert_eq!(ease(1.0), 1.0);
    }

    #[test]
    fn the_file_is_an_mp4_with_its_index_first() {
        let t = Timing { fps: 25, fade: 0.2 };
        let bytes = mp4(&[shot(Color::WHITE, 0.4), shot(Color::BLACK, 0.4)], t).unwrap();
        let mut boxes = Vec::new();
        let mut at = 0;
        while at + 8 <= bytes.len() {
            let size = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
            boxes.push(String::from_utf8_lossy(&bytes[at + 4..at + 8]).to_string());
            at += size.max(8);
        }
        assert_eq!(boxes, ["ftyp", "moov", "mdat"]);
        assert!(mp4(&[shot(Color::WHITE, 1.0)], t).is_ok());
        assert!(mp4(&[], t).is_err());
    }
}
