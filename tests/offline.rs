//! `build --offline`: relative links that name files, no feeds or sitemap, fonts inside the
//! stylesheet (Chromium refuses web fonts from file://), a reproducible zip with a note.

use crate::common;

use common::{attr, select, stderr, Fixture};

#[test]
fn offline_build_links_files_relatively_and_drops_published_only_files() {
    let site = Fixture::new("basic");
    let out = site.cli(&["build", "--offline"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = site.html("fr/stories/premiere/index.html");
    let css = attr(&doc, "link[rel=stylesheet]", "href").unwrap();
    assert!(css.starts_with("../../../assets/main."), "{css}");
    for a in select(&doc, "a[href]") {
        let href = a.value().attr("href").unwrap();
        assert!(!href.starts_with('/'), "absolute link left: {href}");
        if !href.starts_with('#') && !href.starts_with("http") {
            let path = href.split('#').next().unwrap();
            assert!(path.ends_with(".html"), "{href} names a folder");
            let target = site.public().join("fr/stories/premiere").join(path);
            assert!(target.exists(), "{href} leads nowhere");
        }
    }
    assert!(select(&doc, "link[type='application/atom+xml']").is_empty());
    for gone in ["sitemap.xml", "robots.txt", "fr/atom.xml"] {
        assert!(!site.public().join(gone).exists(), "{gone}");
    }
    let css = site.read(css.trim_start_matches("../../../"));
    assert!(css.contains("url(data:font/woff2;base64,"));
    assert!(site.read("README.txt").contains("Open index.html"));
}

#[test]
fn offline_zip_is_reproducible() {
    // Two complete builds two seconds apart, each into its own folder and zip (neither is the
    // other's "up to date"): a timestamp or an order taken from the file system would differ.
    let site = Fixture::new("basic");
    let zip = |n: &str| site.root().join(format!("site-{n}.zip"));
    let build = |n: &str| {
        let out = site.root().join(format!("offline-{n}"));
        site.cli(&[
            "build",
            "--offline",
            "--out",
            out.to_str().unwrap(),
            "--zip",
            zip(n).to_str().unwrap(),
        ])
    };
    let out = build("a");
    assert!(out.status.success(), "{}", stderr(&out));
    let first = std::fs::read(zip("a")).unwrap();
    // Zip times have a two-second resolution: more than that apart.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let out = build("b");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Up to date"));
    let second = std::fs::read(zip("b")).unwrap();
    assert!(first == second, "two builds give the same bytes");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(first)).unwrap();
    assert!(archive.by_name("README.txt").is_ok());
    assert!(archive.by_name("index.html").is_ok());
    assert!(archive.by_name("ar/index.html").is_ok());
}
