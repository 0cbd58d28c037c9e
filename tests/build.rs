//! Building fixture sites: languages, translations, fallbacks, front matter formats and
//! the command line's output and exit codes.

use crate::common;

use common::{attr, select, stderr, text, Fixture};

#[test]
fn renders_every_language_with_its_lang_and_direction() {
    let site = Fixture::new("basic");
    site.build_ok();
    for (lang, dir) in [("fr", "ltr"), ("en", "ltr"), ("ar", "rtl")] {
        let doc = site.html(&format!("{lang}/stories/premiere/index.html"));
        assert_eq!(attr(&doc, "html", "lang").as_deref(), Some(lang));
        assert_eq!(attr(&doc, "html", "dir").as_deref(), Some(dir));
    }
    assert_eq!(
        text(&site.html("ar/stories/premiere/index.html"), "h1"),
        "القصة الأولى"
    );
}

#[test]
fn language_switcher_leads_to_the_same_page_in_the_other_language() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("fr/stories/premiere/index.html");
    let links: Vec<String> = select(&doc, ".lang-switch a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    assert_eq!(links, ["/en/stories/premiere/", "/ar/stories/premiere/"]);
}

#[test]
fn translations_inherit_date_and_sectors_from_the_french_file() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("en/stories/premiere/index.html");
    assert_eq!(
        attr(&doc, "time", "datetime").as_deref(),
        Some("2026-10-01")
    );
    assert!(text(&doc, ".tags").contains("Health and biotech"));
    assert!(site.public().join("en/sectors/sante/index.html").exists());
}

#[test]
fn hreflang_alternates_are_reciprocal_and_include_x_default() {
    let site = Fixture::new("basic");
    site.build_ok();
    let mut sets = Vec::new();
    for lang in ["fr", "en", "ar"] {
        let doc = site.html(&format!("{lang}/stories/premiere/index.html"));
        let alts: Vec<(String, String)> = select(&doc, "link[rel=alternate][hreflang]")
            .iter()
            .map(|l| {
                let v = l.value();
                (
                    v.attr("hreflang").unwrap().into(),
                    v.attr("href").unwrap().into(),
                )
            })
            .collect();
        assert!(alts.contains(&(
            lang.into(),
            format!("https://fixture.test/{lang}/stories/premiere/")
        )));
        assert!(alts.iter().any(|(h, _)| h == "x-default"));
        sets.push(alts);
    }
    assert!(sets.windows(2).all(|w| w[0] == w[1]), "{sets:?}");
}

#[test]
fn missing_translation_shows_french_with_a_notice_and_no_alternate() {
    let site = Fixture::new("basic");
    let report = site.build_ok();
    let expected = ["en/stories/seconde/", "ar/stories/seconde/"];
    assert!(report.fallbacks >= expected.len());
    let doc = site.html("en/stories/seconde/index.html");
    assert_eq!(attr(&doc, "html", "lang").as_deref(), Some("en"));
    assert_eq!(attr(&doc, ".prose", "lang").as_deref(), Some("fr"));
    assert!(text(&doc, ".notice").contains("not been translated into English"));
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href").as_deref(),
        Some("https://fixture.test/fr/stories/seconde/")
    );
    let fr = site.html("fr/stories/seconde/index.html");
    let langs: Vec<&str> = select(&fr, "link[rel=alternate][hreflang]")
        .iter()
        .filter_map(|l| l.value().attr("hreflang"))
        .collect();
    assert_eq!(
        langs,
        ["fr", "x-default"],
        "a fallback page is not an alternate"
    );
}

#[test]
fn omit_policy_leaves_the_page_out_and_the_switcher_says_so() {
    let site = Fixture::new("basic");
    site.edit(
        "site.toml",
        "translation_policy = \"fallback\"",
        "translation_policy = \"omit\"",
    );
    site.build_ok();
    assert!(!site.public().join("en/stories/seconde/index.html").exists());
    let doc = site.html("fr/stories/seconde/index.html");
    let en = select(&doc, ".lang-switch a[lang=en]");
    assert_eq!(en[0].value().attr("href"), Some("/en/"));
    assert_eq!(en[0].value().attr("title"), Some("page not translated"));
}

#[test]
fn sections_paginate_newest_first() {
    let site = Fixture::new("basic");
    site.build_ok();
    let first = site.html("fr/stories/index.html");
    assert_eq!(text(&first, ".card-title"), "Seconde histoire");
    assert_eq!(
        attr(&first, "a[rel=next]", "href").as_deref(),
        Some("/fr/stories/page/2/")
    );
    let second = site.html("fr/stories/page/2/index.html");
    assert_eq!(text(&second, ".card-title"), "Première histoire");
}

#[test]
fn vocabulary_value_pages_paginate_when_asked() {
    let site = Fixture::new("basic");
    site.edit(
        "site.toml",
        "default_language = \"fr\"",
        "default_language = \"fr\"\nterms_paginate_by = 2",
    );
    site.build_ok();
    // Three French pages are tagged `sante`: two on the first page, one on the second.
    let first = site.html("fr/sectors/sante/index.html");
    assert_eq!(select(&first, ".cards .card").len(), 2);
    assert!(
        text(&first, ".count").contains('3'),
        "{}",
        text(&first, ".count")
    );
    assert_eq!(
        attr(&first, "a[rel=next]", "href").as_deref(),
        Some("/fr/sectors/sante/page/2/")
    );
    let second = site.html("fr/sectors/sante/page/2/index.html");
    assert_eq!(select(&second, ".cards .card").len(), 1);
    assert_eq!(
        attr(&second, "a[rel=prev]", "href").as_deref(),
        Some("/fr/sectors/sante/")
    );
    let titles: Vec<String> = [&first, &second]
        .iter()
        .flat_map(|d| {
            select(d, ".card-title")
                .into_iter()
                .map(|e| e.text().collect())
        })
        .collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    // Without the setting, one page lists them all.
    let site = Fixture::new("basic");
    site.build_ok();
    let all = site.html("fr/sectors/sante/index.html");
    assert_eq!(select(&all, ".cards .card").len(), 3);
    assert!(select(&all, "a[rel=next]").is_empty());
    // A theme written before pagination still finds its `items`.
    site.write(
        "themes/one-provence/templates/term.html",
        "<ul>{% for item in items %}<li class=\"old\">{{ item.title }}</li>{% endfor %}</ul>",
    );
    site.build_ok();
    let old = site.html("fr/sectors/sante/index.html");
    assert_eq!(select(&old, "li.old").len(), 3);
}

#[test]
fn yaml_front_matter_reads_like_toml() {
    let site = Fixture::new("basic");
    site.build_ok();
    assert_eq!(text(&site.html("fr/about/index.html"), "h1"), "À propos");
}

#[test]
fn shortcodes_render_through_theme_templates() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("fr/stories/premiere/index.html");
    assert_eq!(text(&doc, ".quote blockquote").trim(), "Une citation.");
    assert!(text(&doc, ".quote figcaption").contains("Un document"));
    assert_eq!(
        attr(&doc, ".prose a[href*=seconde]", "href").as_deref(),
        Some("/fr/stories/seconde/")
    );
}

#[test]
fn arabic_headings_get_arabic_anchor_ids() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("ar/stories/premiere/index.html");
    assert_eq!(attr(&doc, ".prose h2", "id").as_deref(), Some("عنوان-فرعي"));
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = Fixture::new("basic");
    site.write(
        "content/stories/brouillon.fr.md",
        "+++\ntitle = \"Brouillon\"\ndate = 2026-01-01\ndraft = true\n+++\nPas encore.\n",
    );
    site.build_ok();
    assert!(!site
        .public()
        .join("fr/stories/brouillon/index.html")
        .exists());
    let out = site.cli(&["build", "--drafts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site
        .public()
        .join("fr/stories/brouillon/index.html")
        .exists());
}

#[test]
fn writes_sitemap_feeds_robots_chooser_and_404s() {
    let site = Fixture::new("basic");
    site.build_ok();
    let sitemap = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).unwrap();
    let alternates = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "link" && n.attribute("hreflang") == Some("ar"))
        .count();
    assert!(
        alternates >= 3,
        "home, about, stories and premiere have Arabic alternates"
    );
    assert!(
        !sitemap.contains("/en/stories/seconde/"),
        "fallback pages are not listed"
    );
    for lang in ["fr", "en", "ar"] {
        let feed = site.read(&format!("{lang}/atom.xml"));
        let doc = roxmltree::Document::parse(&feed).unwrap();
        let entries = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "entry")
            .count();
        assert_eq!(entries, 2, "{lang}");
        assert!(site.public().join(format!("{lang}/404.html")).exists());
    }
    assert!(site
        .read("robots.txt")
        .contains("Sitemap: https://fixture.test/sitemap.xml"));
    let chooser = site.html("index.html");
    assert_eq!(select(&chooser, ".choices a").len(), 3);
    assert!(site.public().join("404.html").exists());
}

#[test]
fn stylesheet_is_minified_fingerprinted_and_keeps_logical_properties() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("fr/index.html");
    let href = attr(&doc, "link[rel=stylesheet]", "href").unwrap();
    assert!(
        href.starts_with("/assets/main.") && href.ends_with(".css"),
        "{href}"
    );
    let css = site.read(href.trim_start_matches('/'));
    assert!(!css.contains("@import"), "imports are bundled");
    assert!(css.contains("margin-inline:auto") || css.contains("margin-inline:"));
    assert!(
        css.contains("--color-navy:#0b2545"),
        "brand colours become custom properties"
    );
    assert!(!css.contains("\n  "), "minified");
}

#[test]
fn build_prints_a_short_summary_and_exits_zero() {
    let site = Fixture::new("basic");
    let out = site.cli(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    assert!(
        stdout
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("Home page weight"),
        "{stdout}"
    );
    assert!(
        stdout.contains("ar 14") && stdout.contains("fr 14"),
        "{stdout}"
    );
}

#[test]
fn usage_errors_exit_two() {
    let site = Fixture::new("basic");
    let out = site.cli(&["build", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Every file of a folder, by relative path, with its bytes.
fn tree(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (rel.display().to_string(), std::fs::read(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn two_builds_give_the_same_bytes() {
    // Two complete builds into two folders (each its own first build, so neither is the
    // other's "up to date"), the caches of images forgotten in between.
    let site = Fixture::new("basic");
    let (a, b) = (site.root().join("out-a"), site.root().join("out-b"));
    let out = site.cli(&["build", "--out", a.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(site.root().join(".cache"));
    let out = site.cli(&["build", "--out", b.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("written"));
    let (first, second) = (tree(&a), tree(&b));
    assert!(first.len() > 50, "{} files", first.len());
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(second[path] == *bytes, "{path} differs between two builds");
    }
}

#[test]
fn a_failure_halfway_through_a_second_build_leaves_public_byte_identical() {
    let site = Fixture::new("basic");
    site.build_ok();
    let before = tree(&site.public());
    // The second build changes pages (streamed to its staging folder as they render), then
    // fails while rendering one page: its template names a variable no page has.
    site.edit(
        "content/stories/premiere.fr.md",
        "title = \"Première histoire\"",
        "title = \"Changée\"",
    );
    site.write(
        "themes/one-provence/templates/broken.html",
        "<p>{{ page.title }}</p>{{ nowhere.at_all }}",
    );
    site.edit(
        "content/about.fr.md",
        "weight: 1\n",
        "weight: 1\ntemplate: broken.html\n",
    );
    let err = site
        .build()
        .expect_err("the broken template fails the build");
    assert!(err.to_string().contains("broken.html"), "{err}");
    // Also a failure after every page was written: two outputs at one path.
    site.edit("content/about.fr.md", "template: broken.html\n", "");
    site.write("static/fr/stories/seconde/index.html", "clash");
    let err = site
        .build()
        .expect_err("two outputs at one path fail the build");
    assert!(
        err.to_string().contains("fr/stories/seconde/index.html"),
        "{err}"
    );
    let after = tree(&site.public());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &before {
        assert!(
            after[path] == *bytes,
            "{path} changed although the build failed"
        );
    }
    let leftovers: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging") || n.contains(".old-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Fixed, the next build goes through and shows the edit.
    site.remove("static/fr/stories/seconde/index.html");
    site.build_ok();
    assert!(site
        .read("fr/stories/premiere/index.html")
        .contains("Changée"));
}

#[test]
fn a_second_build_links_unchanged_files_and_writes_the_rest() {
    use std::os::unix::fs::MetadataExt;
    let site = Fixture::new("basic");
    site.build_ok();
    let ino = |rel: &str| std::fs::metadata(site.public().join(rel)).unwrap().ino();
    let (about, story) = (
        ino("fr/about/index.html"),
        ino("fr/stories/seconde/index.html"),
    );
    site.edit(
        "content/stories/seconde.fr.md",
        "Seulement en français.",
        "Un résumé neuf.",
    );
    let report = site.build_ok();
    assert!(
        report.written > 0 && report.written < report.files,
        "{report:?}"
    );
    assert_eq!(
        ino("fr/about/index.html"),
        about,
        "unchanged: the same file"
    );
    assert_ne!(
        ino("fr/stories/seconde/index.html"),
        story,
        "changed: a new file"
    );
}

#[test]
fn arabic_dates_read_day_month_year_from_the_right() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("ar/stories/premiere/index.html");
    // One isolate around the whole date, whose first strong letter (Arabic) sets it right to
    // left; nested isolates would leave it left to right and reverse the order on screen.
    assert_eq!(
        text(&doc, ".story-meta time"),
        "نُشر في \u{2068}1 أكتوبر 2026\u{2069}"
    );
    assert_eq!(
        text(
            &site.html("fr/stories/premiere/index.html"),
            ".story-meta time"
        ),
        "Publié le \u{2068}1 octobre 2026\u{2069}"
    );
}

fn mtime(p: &std::path::Path) -> std::time::SystemTime {
    std::fs::metadata(p).unwrap().modified().unwrap()
}

#[test]
fn a_second_build_does_nothing_and_an_edit_rewrites_only_what_changed() {
    let site = Fixture::new("basic");
    let first = site.build_ok();
    assert!(!first.up_to_date);
    assert_eq!(first.written, first.files);
    let untouched = site.public().join("fr/stories/seconde/index.html");
    let edited = site.public().join("fr/stories/premiere/index.html");
    let (t_untouched, t_edited) = (mtime(&untouched), mtime(&edited));
    std::thread::sleep(std::time::Duration::from_millis(20));

    let second = site.build_ok();
    assert!(second.up_to_date, "nothing changed");
    assert_eq!(second.written, 0);
    assert_eq!(second.files, first.files);
    assert_eq!(mtime(&untouched), t_untouched);

    site.edit(
        "content/stories/premiere.fr.md",
        "## Un titre",
        "Une phrase ajoutée.\n\n## Un titre",
    );
    let third = site.build_ok();
    assert!(!third.up_to_date);
    assert!(
        third.written >= 1 && third.written < third.files / 2,
        "{third:?}"
    );
    assert!(site
        .read("fr/stories/premiere/index.html")
        .contains("Une phrase ajoutée."));
    assert_ne!(mtime(&edited), t_edited, "the edited page is written");
    assert_eq!(
        mtime(&untouched),
        t_untouched,
        "an unchanged page is not rewritten"
    );

    // A file deleted by hand is noticed and written again.
    std::fs::remove_file(&untouched).unwrap();
    let fourth = site.build_ok();
    assert!(!fourth.up_to_date);
    assert!(untouched.is_file());

    // `--clean` forgets the previous build and writes everything.
    let out = site.cli(&["build", "--clean"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("({} written)", first.files)),
        "{stdout}"
    );
}

#[test]
fn a_failed_first_build_leaves_neither_output_nor_staging_folder() {
    let site = Fixture::new("basic");
    // Pages render (and a clean build streams them to its staging folder) before the dead
    // link is reported.
    site.edit(
        "content/stories/premiere.fr.md",
        "Vers [la seconde]",
        "Voir [ailleurs](@/stories/nulle-part.md).\n\nVers [la seconde]",
    );
    assert!(site.build().is_err());
    assert!(!site.public().exists());
    let leftovers: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // The lock beside the folder stays (empty): removing it would race a build opening it.
        .filter(|n| n.starts_with(".public") && n != ".public.lock")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
