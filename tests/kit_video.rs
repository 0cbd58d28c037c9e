//! The kit's videos (issue #32), probed as a partner's upload would be: ffprobe says codec,
//! pixel format, frame rate, length and size; the file's own boxes say its index comes first;
//! ffmpeg pulls each scene's first frame, whose pixels say where the text sits (left in French,
//! right in Arabic) and that a key figure is on screen; the kit page offers each video without
//! autoplay and with its text version; the zips carry them; a video is redrawn only when what
//! it shows changes.

use crate::common::{attr, select, Fixture};
use crate::kit::{read_zip, site, tool, LANGS};

use std::path::{Path, PathBuf};

const FORMATS: [(&str, u32, u32); 3] = [
    ("vertical", 1080, 1920),
    ("portrait", 1080, 1350),
    ("landscape", 1920, 1080),
];

fn video(root: &Path, lang: &str, format: &str) -> PathBuf {
    root.join(format!("kit/{lang}/video-{format}-{lang}.mp4"))
}

fn probe(path: &Path, entries: &str, extra: &[&str]) -> serde_json::Value {
    let p = path.to_str().unwrap();
    let mut args = vec!["-v", "error", "-of", "json", "-show_entries", entries];
    args.extend(extra);
    args.push(p);
    serde_json::from_str(&tool("ffprobe", &args)).unwrap()
}

fn ratio(v: &serde_json::Value) -> f64 {
    let (n, d) = v.as_str().unwrap().split_once('/').unwrap();
    n.parse::<f64>().unwrap() / d.parse::<f64>().unwrap()
}

/// The top-level boxes of an MP4, in order.
fn boxes(bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while at + 8 <= bytes.len() {
        let size = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        out.push(String::from_utf8_lossy(&bytes[at + 4..at + 8]).to_string());
        assert!(size >= 8, "a box of {size} bytes at {at}");
        at += size;
    }
    out
}

#[test]
fn every_video_is_h264_yuv420p_with_its_index_first_within_the_networks_limits() {
    let public = site().public();
    for lang in LANGS {
        for (format, w, h) in FORMATS {
            let path = video(&public, lang, format);
            let name = path.display().to_string();
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            let order = boxes(&bytes);
            let (moov, mdat) = (
                order.iter().position(|b| b == "moov"),
                order.iter().position(|b| b == "mdat"),
            );
            assert!(moov.is_some() && moov < mdat, "{name}: boxes {order:?}");
            let s = &probe(
                &path,
                "stream=codec_name,profile,pix_fmt,width,height,r_frame_rate,avg_frame_rate,nb_frames:format=duration",
                &[],
            );
            let st = &s["streams"][0];
            assert_eq!(s["streams"].as_array().unwrap().len(), 1, "{name}: {s}");
            assert_eq!(st["codec_name"], "h264", "{name}");
            assert_eq!(st["pix_fmt"], "yuv420p", "{name}");
            assert_eq!(
                (st["width"].as_u64(), st["height"].as_u64()),
                (Some(w as u64), Some(h as u64)),
                "{name}"
            );
            let (r, avg) = (ratio(&st["r_frame_rate"]), ratio(&st["avg_frame_rate"]));
            assert!(
                (24.0..=60.0).contains(&avg) && (r - avg).abs() < 0.01,
                "{name}: {r} {avg} fps"
            );
            let d: f64 = s["format"]["duration"].as_str().unwrap().parse().unwrap();
            assert!((10.0..=60.0).contains(&d), "{name}: {d} s");
            let frames: f64 = st["nb_frames"].as_str().unwrap().parse().unwrap();
            assert!(
                (frames / avg - d).abs() < 0.1,
                "{name}: {frames} frames for {d} s"
            );
        }
    }
}

/// Each scene starts on a key frame: their times, from ffprobe.
fn scene_starts(path: &Path) -> Vec<f64> {
    let v = probe(
        path,
        "frame=pts_time",
        &["-skip_frame", "nokey", "-select_streams", "v"],
    );
    v["frames"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["pts_time"].as_str().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn each_scene_stays_long_enough_to_read() {
    let public = site().public();
    for lang in LANGS {
        let path = video(&public, lang, "vertical");
        let starts = scene_starts(&path);
        // The positioning, four key figures, four audiences, the closing picture.
        assert!(starts.len() >= 10, "{}: {starts:?}", path.display());
        for w in starts.windows(2) {
            assert!(
                w[1] - w[0] >= 3.0,
                "{}: a scene of {:.2} s in {starts:?}",
                path.display(),
                w[1] - w[0]
            );
        }
    }
}

/// The first frame of the `n`th scene as RGB pixels.
fn scene_frame(path: &Path, n: usize) -> image::RgbImage {
    let out = tempfile::Builder::new().suffix(".png").tempfile().unwrap();
    let select = format!("select=eq(n\\,{n})");
    let args = [
        "-v",
        "error",
        "-y",
        "-skip_frame",
        "nokey",
        "-i",
        path.to_str().unwrap(),
        "-vf",
        &select,
        "-frames:v",
        "1",
        "-fps_mode",
        "vfr",
        out.path().to_str().unwrap(),
    ];
    tool("ffmpeg", &args);
    image::open(out.path()).unwrap().to_rgb8()
}

/// The columns where dark text is, between the top band and the footer.
fn ink_columns(img: &image::RgbImage) -> (u32, u32, usize) {
    let (w, h) = img.dimensions();
    let (mut min, mut max, mut sea) = (w, 0, 0);
    for y in 40..h - 180 {
        for x in 0..w {
            let [r, g, b] = img.get_pixel(x, y).0;
            if (r as u32 + g as u32 + b as u32) < 300 {
                min = min.min(x);
                max = max.max(x);
            }
            // The figure's number is in the brand's sea blue (#00657f).
            if r < 40 && (80..130).contains(&g) && (100..150).contains(&b) {
                sea += 1;
            }
        }
    }
    (min, max, sea)
}

#[test]
fn a_key_figure_is_on_screen_set_from_the_leading_side_in_each_language() {
    let public = site().public();
    for (format, w, _) in FORMATS {
        for lang in ["fr", "ar"] {
            let path = video(&public, lang, format);
            // Scene 1 is the positioning; scene 2 the first key figure.
            let img = scene_frame(&path, 1);
            let (min, max, sea) = ink_columns(&img);
            let name = format!("{} (scene 2)", path.display());
            assert!(sea > 2000, "{name}: no figure in sea blue ({sea} pixels)");
            // The scenes' margin is 72 px at full size.
            if lang == "ar" {
                assert!(
                    max > w - 90 && max < w - 60,
                    "{name}: text ends at {max} of {w}"
                );
            } else {
                assert!(min > 60 && min < 90, "{name}: text starts at {min} of {w}");
            }
        }
    }
}

#[test]
fn the_kit_page_offers_each_video_muted_never_autoplaying_with_its_text_version() {
    let f = site();
    for lang in LANGS {
        let page = f.html(&format!("{lang}/kit/index.html"));
        let videos = select(&page, "video");
        assert_eq!(videos.len(), 3, "{lang}: three formats");
        for v in &videos {
            let a = v.value();
            for required in ["controls", "muted", "playsinline"] {
                assert!(
                    a.attr(required).is_some(),
                    "{lang}: video without {required}"
                );
            }
            assert_eq!(a.attr("preload"), Some("none"), "{lang}");
            assert!(a.attr("autoplay").is_none(), "{lang}: autoplay");
            let poster = a.attr("poster").expect("a poster");
            assert!(
                f.public().join(poster.trim_start_matches('/')).is_file(),
                "{poster}"
            );
            let described = a
                .attr("aria-describedby")
                .expect("described by its text version");
            let items = select(&page, &format!("#{described} ol li")).len();
            assert!(items >= 10, "{lang}: {items} scenes in the text version");
        }
        let sources = select(&page, "video source");
        for s in &sources {
            let src = s.value().attr("src").unwrap();
            assert_eq!(s.value().attr("type"), Some("video/mp4"));
            assert!(
                f.public().join(src.trim_start_matches('/')).is_file(),
                "{src}"
            );
        }
        // The text version names every audience the video shows.
        let text = crate::common::text(&page, ".kit-video-text");
        for a in [
            "grands-comptes",
            "talents",
            "institutionnels-investisseurs",
            "offreurs-solutions",
        ] {
            let src =
                std::fs::read_to_string(f.root().join(format!("content/audiences/{a}.{lang}.md")))
                    .unwrap();
            let title = src
                .lines()
                .find_map(|l| l.strip_prefix("title = "))
                .unwrap()
                .trim_matches('"');
            assert!(
                text.contains(title),
                "{lang}: the text version lacks «{title}»"
            );
        }
        let link = attr(&page, ".kit-video a[download]", "href").unwrap();
        assert!(link.ends_with(".mp4"), "{link}");
    }
}

#[test]
fn each_zip_carries_its_languages_videos() {
    let f = site();
    for lang in LANGS {
        let zip = read_zip(&f.public().join(format!("kit/one-provence-kit-{lang}.zip")));
        for (format, _, _) in FORMATS {
            let name = format!("one-provence-kit-{lang}/video-{format}-{lang}.mp4");
            let bytes = zip
                .get(&name)
                .unwrap_or_else(|| panic!("{name} not in the zip"));
            assert_eq!(
                bytes,
                &std::fs::read(video(&f.public(), lang, format)).unwrap()
            );
        }
    }
}

fn cached_videos(f: &Fixture) -> Vec<(String, std::time::SystemTime)> {
    let mut out: Vec<_> = std::fs::read_dir(f.root().join(".cache/kit"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".mp4"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().to_string(),
                e.metadata().unwrap().modified().unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_video_is_redrawn_only_when_what_it_shows_changes_and_the_switch_turns_them_off() {
    let f = Fixture::shipped();
    f.edit("site.toml", "video = false", "video = true");
    let only_fr = ["build", "--lang", "fr"];
    let o = f.cli(&only_fr);
    assert!(o.status.success(), "{}", crate::common::stderr(&o));
    let first = cached_videos(&f);
    assert_eq!(first.len(), 3, "{first:?}");
    // A story's text is not in the video: nothing redrawn.
    f.edit(
        "content/stories/henri-fabre.fr.md",
        "+++\n",
        "+++\n# edited\n",
    );
    assert!(f.cli(&only_fr).status.success());
    assert_eq!(cached_videos(&f), first);
    // A key figure's value is: the three videos are drawn again.
    let figures = std::fs::read_to_string(f.root().join("content/figures.toml")).unwrap();
    let value = figures
        .lines()
        .find(|l| l.contains("42 000"))
        .expect("a figure of 42 000");
    f.edit(
        "content/figures.toml",
        value,
        &value.replace("42 000", "42 001"),
    );
    assert!(f.cli(&only_fr).status.success());
    let after = cached_videos(&f);
    assert_eq!(after.len(), 6, "{after:?}");
    assert!(std::fs::read(video(&f.public(), "fr", "landscape")).is_ok());
    // Turned off: no video, and no videos section on the kit page.
    f.edit("site.toml", "video = true", "video = false");
    assert!(f.cli(&only_fr).status.success());
    assert!(!video(&f.public(), "fr", "landscape").exists());
    assert!(select(&f.html("fr/kit/index.html"), "video").is_empty());
}

fn folder_bytes(dir: &Path) -> (u64, Vec<String>) {
    let mut total = 0;
    let mut names = Vec::new();
    for e in walkdir::WalkDir::new(dir).into_iter().flatten() {
        if e.file_type().is_file() {
            total += e.metadata().unwrap().len();
            names.push(
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .to_string(),
            );
        }
    }
    (total, names)
}

/// Issue #31: a stick and a booth of the whole site, cards, kit and videos included, stay
/// within `offline_budget_mb` (25 MB): before, the stick weighed 56 MB, its zips alone 24 MB.
#[test]
fn the_stick_and_the_booth_of_the_whole_site_fit_the_budget() {
    let f = site();
    let budget = 25 * 1024 * 1024;
    for (flag, out) in [("--offline", "stick"), ("--kiosk", "booth")] {
        let o = f.cli(&["build", flag, "--out", out]);
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            crate::common::stderr(&o)
        );
        assert!(o.status.success(), "{said}");
        assert!(!said.contains("over the"), "{flag}: {said}");
        let (bytes, names) = folder_bytes(&f.root().join(out));
        assert!(bytes <= budget, "{flag}: {bytes} bytes");
        assert!(!names.iter().any(|n| n.ends_with(".zip")), "{flag}: a zip");
        assert!(
            !names.iter().any(|n| n.contains("video-vertical")),
            "{flag}: a phone video"
        );
        let landscape = names.iter().any(|n| n.ends_with("video-landscape-fr.mp4"));
        assert_eq!(landscape, flag == "--offline", "{flag}: the 16:9 video");
    }
}
