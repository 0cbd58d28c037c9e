//! The shipped site: enough real pages in every language, right `lang`/`dir`, reciprocal
//! hreflang alternates, no broken internal link, a sitemap with alternates, a feed per language.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::{attr, select, Fixture};

fn html_files(root: &Path) -> Vec<String> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            e.path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

fn built() -> Fixture {
    let site = Fixture::shipped();
    site.build_ok();
    site
}

#[test]
fn every_language_has_twenty_pages_and_twelve_stories() {
    let site = built();
    let files = html_files(&site.public());
    for lang in ["fr", "en", "ar"] {
        let pages = files
            .iter()
            .filter(|f| f.starts_with(&format!("{lang}/")) && f.ends_with("index.html"))
            .count();
        assert!(pages >= 20, "{lang}: {pages} pages");
        let stories = std::fs::read_dir(site.public().join(lang).join("stories"))
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().join("index.html").exists() && e.file_name() != "page")
            .count();
        assert!(stories >= 12, "{lang}: {stories} stories");
    }
}

#[test]
fn every_page_declares_its_language_and_direction() {
    let site = built();
    for f in html_files(&site.public()) {
        let doc = site.html(&f);
        let lang = attr(&doc, "html", "lang").unwrap_or_default();
        let dir = attr(&doc, "html", "dir").unwrap_or_default();
        let want = f
            .split('/')
            .next()
            .filter(|p| ["fr", "en", "ar"].contains(p))
            .unwrap_or("fr");
        assert_eq!(lang, want, "{f}");
        assert_eq!(dir, if want == "ar" { "rtl" } else { "ltr" }, "{f}");
    }
}

#[test]
fn no_internal_link_is_broken() {
    let site = built();
    let public = site.public();
    let mut broken = Vec::new();
    for f in html_files(&public) {
        let doc = site.html(&f);
        let ids: BTreeSet<String> = select(&doc, "[id]")
            .iter()
            .filter_map(|e| e.value().attr("id").map(str::to_string))
            .collect();
        for el in select(&doc, "a[href], link[href], img[src], script[src]") {
            let v = el.value();
            let target = v.attr("href").or(v.attr("src")).unwrap();
            if let Some(anchor) = target.strip_prefix('#') {
                if !anchor.is_empty() && !ids.contains(anchor) {
                    broken.push(format!("{f}: {target}"));
                }
                continue;
            }
            if !target.starts_with('/') || target.starts_with("//") {
                continue;
            }
            let path = target.split('#').next().unwrap();
            let file = if path.ends_with('/') {
                public.join(path.trim_start_matches('/')).join("index.html")
            } else {
                public.join(path.trim_start_matches('/'))
            };
            if !file.is_file() {
                broken.push(format!("{f}: {target}"));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn hreflang_alternates_are_reciprocal() {
    let site = built();
    let base = "https://oneprovence.netlify.app";
    let mut claims: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in html_files(&site.public()) {
        if f.ends_with("404.html") {
            continue;
        }
        let doc = site.html(&f);
        let set: BTreeSet<String> = select(&doc, "link[rel=alternate][hreflang]")
            .iter()
            .filter(|l| l.value().attr("hreflang") != Some("x-default"))
            .filter_map(|l| l.value().attr("href").map(str::to_string))
            .collect();
        let url = format!("{base}/{}", f.trim_end_matches("index.html"));
        if !set.is_empty() {
            claims.insert(url, set);
        }
    }
    assert!(claims.len() > 60);
    for (url, set) in &claims {
        for other in set {
            let back = claims
                .get(other)
                .unwrap_or_else(|| panic!("{url} names {other}, which names none"));
            assert_eq!(back, set, "{url} and {other} disagree");
        }
    }
}

#[test]
fn sitemap_lists_pages_with_alternates_and_feeds_exist_per_language() {
    let site = built();
    let xml = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let urls = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "url")
        .count();
    assert!(urls >= 60, "{urls}");
    for lang in ["fr", "en", "ar"] {
        let n = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "link" && n.attribute("hreflang") == Some(lang))
            .count();
        assert!(n >= 40, "{lang}: {n}");
        let feed = site.read(&format!("{lang}/atom.xml"));
        let feed = roxmltree::Document::parse(&feed).unwrap();
        let entries = feed
            .descendants()
            .filter(|n| n.tag_name().name() == "entry")
            .count();
        assert!(entries >= 12, "{lang}: {entries}");
    }
}

#[test]
fn arabic_pages_use_local_arabic_web_fonts() {
    let site = built();
    let doc = site.html("ar/index.html");
    let preload = attr(&doc, "link[rel=preload][as=font]", "href").unwrap();
    assert_eq!(preload, "/fonts/noto-sans-arabic-regular.woff2");
    let bytes = std::fs::read(site.public().join("fonts/noto-sans-arabic-regular.woff2")).unwrap();
    assert_eq!(&bytes[..4], b"wOF2");
    assert!(site.public().join("fonts/OFL.txt").exists());
    for f in html_files(&site.public()) {
        let text = site.read(&f);
        assert!(!text.contains("https://fonts."), "{f} loads a remote font");
    }
}

#[test]
fn brand_palette_pairs_reach_wcag_aa_contrast() {
    let brand = oneprovence::config::Brand::load(&common::repo()).unwrap();
    assert!(!brand.contrast.pairs.is_empty());
    for [fg, bg] in &brand.contrast.pairs {
        let c = |n: &str| oneprovence::config::brand::parse_hex(&brand.colors[n]).unwrap();
        let ratio = oneprovence::config::brand::contrast(c(fg), c(bg));
        assert!(ratio >= 4.5, "{fg} on {bg}: {ratio:.2}");
    }
}

#[test]
fn actor_pages_list_the_stories_and_chapters_that_cite_them() {
    let site = built();
    let doc = site.html("ar/ecosystem/cisam/index.html");
    let cited: Vec<&str> = select(&doc, ".cited-by a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(cited.contains(&"/ar/stories/cisam-trois-ans/"), "{cited:?}");
    assert!(
        cited.contains(&"/ar/icapital/construction-ecosysteme/"),
        "{cited:?}"
    );
}

/// Every template of the shipped theme is rendered from its context struct by a build of the
/// shipped site (issue #28): a template no page uses, or one the build names but the theme
/// lacks, fails here. Tera fails on a variable its context lacks, so each render also checks
/// the struct gives what the template reads.
#[test]
fn every_template_of_the_theme_is_rendered_from_its_context() {
    let site = Fixture::shipped();
    let report = site.build_ok();
    let dir = site.root().join("themes/one-provence/templates");
    let theme: BTreeSet<String> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(&dir).unwrap();
            rel.to_string_lossy().replace('\\', "/")
        })
        // Pieces included by the others, not pages of their own.
        .filter(|t| {
            t != "base.html" && !t.starts_with("partials/") && !t.starts_with("shortcodes/")
        })
        .filter(|t| !t.starts_with("macros"))
        .collect();
    assert!(theme.len() >= 15, "templates found: {theme:?}");
    let used: BTreeSet<String> = report.templates.keys().cloned().collect();
    let unused: Vec<_> = theme.difference(&used).collect();
    assert!(
        unused.is_empty(),
        "templates no page was rendered from: {unused:?}"
    );
    let unknown: Vec<_> = used.difference(&theme).collect();
    assert!(
        unknown.is_empty(),
        "rendered from templates not in the theme: {unknown:?}"
    );
    // Each language has its own copy of every page kind; the chooser at `/` is one page.
    for (t, n) in &report.templates {
        let least = if t == "language.html" { 1 } else { 3 };
        assert!(
            *n >= least,
            "{t} gave {n} files, fewer than one per language"
        );
    }
}
