//! Publishing: netlify.toml's rules match files the build really writes; every page carries
//! valid structured data; the CSP allows what pages use (no inline script, nothing remote).

use crate::common;

use common::{select, Fixture};

fn glob_matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => path == pattern,
    }
}

#[test]
fn netlify_rules_match_files_the_build_writes() {
    let site = Fixture::shipped();
    site.build_ok();
    let text = std::fs::read_to_string(common::repo().join("netlify.toml")).unwrap();
    let config: toml::Table = text.parse().unwrap();
    assert_eq!(config["build"]["publish"].as_str(), Some("public"));
    // The build command reuses the generator compiled by an earlier deploy; it ends by running
    // `build`, and the cache plugin keeps what it reuses.
    let command = config["build"]["command"].as_str().unwrap();
    assert!(command.starts_with("scripts/netlify-build.sh"), "{command}");
    let script = std::fs::read_to_string(common::repo().join("scripts/netlify-build.sh")).unwrap();
    assert!(
        script.contains("cargo build --release --locked")
            && script.contains("\"$bin\" build \"$@\"")
    );
    let plugin = &config["plugins"].as_array().unwrap()[0];
    assert_eq!(plugin["package"].as_str(), Some("netlify-plugin-cache"));
    let paths = plugin["inputs"]["paths"].as_array().unwrap();
    for kept in ["target", ".cache"] {
        assert!(
            paths.iter().any(|p| p.as_str() == Some(kept)),
            "{kept} kept between deploys"
        );
    }
    let files: Vec<String> = walkdir::WalkDir::new(site.public())
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            format!(
                "/{}",
                e.path().strip_prefix(site.public()).unwrap().display()
            )
        })
        .collect();
    for h in config["headers"].as_array().unwrap() {
        let pattern = h["for"].as_str().unwrap();
        assert!(
            files.iter().any(|f| glob_matches(pattern, f)),
            "no file matches headers for {pattern}"
        );
        if let Some(csp) = h["values"].get("Content-Security-Policy") {
            let csp = csp.as_str().unwrap();
            let script = csp
                .split(';')
                .map(str::trim)
                .find(|d| d.starts_with("script-src"))
                .unwrap_or_else(|| panic!("{pattern}: no script-src"));
            assert_eq!(script, "script-src 'self'", "{pattern}");
            assert!(csp.contains("frame-ancestors 'none'"));
            // Only the editor at /admin/ may take inline styles (its script injects them);
            // the site's pages keep the strict policy.
            if pattern != "/admin/*" {
                assert!(!csp.contains("unsafe-inline"), "{pattern}");
            }
        }
    }
    for r in config["redirects"].as_array().unwrap() {
        let to = r["to"].as_str().unwrap();
        let file = if to.ends_with('/') {
            format!("{to}index.html")
        } else {
            to.to_string()
        };
        assert!(files.contains(&file), "redirect target {to} is not built");
        let from = r["from"].as_str().unwrap();
        assert!(
            files.iter().any(|f| glob_matches(from, f) || from == "/"),
            "{from}"
        );
    }
    // The CSP forbids inline scripts: only data blocks (JSON-LD) may be inline.
    for f in files.iter().filter(|f| f.ends_with(".html")) {
        let doc = site.html(f.trim_start_matches('/'));
        for s in select(&doc, "script") {
            let v = s.value();
            assert!(
                v.attr("src").is_some() || v.attr("type") == Some("application/ld+json"),
                "{f}: inline script"
            );
            if let Some(src) = v.attr("src") {
                assert!(src.starts_with('/'), "{f}: script from elsewhere: {src}");
            }
        }
        assert!(
            select(&doc, "[style]").is_empty(),
            "{f}: style attribute (blocked by the CSP)"
        );
    }
}

#[test]
fn pages_carry_valid_structured_data() {
    let site = Fixture::shipped();
    site.build_ok();
    let types = |rel: &str| -> Vec<String> {
        let doc = site.html(rel);
        let script = select(&doc, "script[type='application/ld+json']");
        let text: String = script[0].text().collect();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["@type"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(types("fr/index.html"), ["Organization"]);
    assert_eq!(
        types("ar/stories/fidmed/index.html"),
        ["Article", "BreadcrumbList"]
    );
    assert_eq!(
        types("en/ecosystem/cisam/index.html"),
        ["Organization", "BreadcrumbList"]
    );
    assert_eq!(
        types("en/icapital/expansion/index.html"),
        ["BreadcrumbList"]
    );
    let doc = site.html("en/stories/fidmed/index.html");
    let text: String = select(&doc, "script[type='application/ld+json']")[0]
        .text()
        .collect();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let crumbs = v["@graph"][1]["itemListElement"].as_array().unwrap();
    assert_eq!(crumbs.len(), 3, "home, stories, the story");
    assert_eq!(
        crumbs[2]["item"],
        "https://oneprovence.netlify.app/en/stories/fidmed/"
    );
}

fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut buf = std::io::Cursor::new(Vec::new());
    img.write_to(&mut buf, image::ImageFormat::Jpeg).unwrap();
    buf.into_inner()
}

#[test]
fn images_get_resized_copies_a_srcset_and_their_intrinsic_size() {
    let site = Fixture::new("basic");
    let dir = site.root().join("static/images");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("port.jpg"), jpeg(2000, 1000)).unwrap();
    std::fs::write(dir.join("small.jpg"), jpeg(300, 200)).unwrap();
    site.edit(
        "content/stories/premiere.fr.md",
        "Vers [la seconde]",
        "![Le port « vu » d'en haut](/images/port.jpg)\n\n{{ figure(src=\"/images/small.jpg\", alt=\"Petite\") }}\n\nVers [la seconde]",
    );
    site.build_ok();
    let doc = site.html("fr/stories/premiere/index.html");
    let img = select(&doc, "img[src='/images/port.jpg']");
    assert_eq!(img.len(), 1);
    let img = img[0].value();
    assert_eq!(img.attr("width"), Some("2000"));
    assert_eq!(img.attr("height"), Some("1000"));
    assert_eq!(img.attr("alt"), Some("Le port « vu » d’en haut"));
    assert!(img.attr("sizes").is_some());
    let srcset = img.attr("srcset").unwrap();
    let mut widths = Vec::new();
    for candidate in srcset.split(", ") {
        let (url, w) = candidate.split_once(' ').unwrap();
        let w: u32 = w.trim_end_matches('w').parse().unwrap();
        let file = site.public().join(url.trim_start_matches('/'));
        let decoded = image::open(&file).unwrap();
        assert_eq!(decoded.width(), w, "{url}");
        assert_eq!(decoded.height(), w / 2, "{url} keeps the ratio");
        widths.push(w);
    }
    assert_eq!(widths, [480, 960, 1600, 2000]);
    // A small image is not enlarged, but still gets its size (no layout shift).
    let small = select(&doc, "figure img[src='/images/small.jpg']");
    assert_eq!(small[0].value().attr("width"), Some("300"));
    assert_eq!(small[0].value().attr("height"), Some("200"));
    assert!(small[0].value().attr("srcset").is_none());
    assert!(!site.public().join("images/small-480w.jpg").exists());
}
