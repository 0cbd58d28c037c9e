//! A stick or a kiosk for one delegation (issue #31): `--lang` keeps only some languages,
//! `--audience` puts one audience first; unknown values are usage errors listing the allowed
//! ones. Checked on the files written, online and offline.

use crate::common;

use std::path::Path;

use common::{select, stderr, Fixture};
use scraper::Html;

fn files(root: &Path) -> Vec<String> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

fn doc(path: &Path) -> Html {
    Html::parse_document(&std::fs::read_to_string(path).unwrap())
}

#[test]
fn lang_keeps_only_the_languages_named_offline_kit_and_search_included() {
    let site = Fixture::shipped();
    let out = site.cli(&["build", "--offline", "--lang", "en,ar", "--out", "stick"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stick = site.root().join("stick");
    let all = files(&stick);
    assert!(all.iter().any(|f| f.starts_with("en/")) && all.iter().any(|f| f.starts_with("ar/")));
    let french: Vec<&String> = all
        .iter()
        .filter(|f| {
            f.starts_with("fr/") || f.contains("/fr/") || f.contains("-fr.") || f.contains("-fr-")
        })
        .collect();
    assert!(
        french.is_empty(),
        "French files left: {:?}",
        &french[..french.len().min(5)]
    );
    // The kit's documents of both languages are on the stick; their zips, which hold the same
    // files, stay online (issue #31: the stick's budget).
    for doc in ["kit/en/presentation-en.pdf", "kit/ar/presentation-ar.pdf"] {
        assert!(all.contains(&doc.to_string()), "{doc}");
    }
    assert!(
        !all.iter().any(|f| f.ends_with(".zip")),
        "a zip on the stick"
    );
    for f in all
        .iter()
        .filter(|f| f.ends_with(".html") && !f.starts_with("admin/"))
    {
        let page = doc(&stick.join(f));
        let lang = page.root_element().value().attr("lang").unwrap_or("");
        assert_ne!(lang, "fr", "{f}");
        for a in select(&page, "a[href], link[href]") {
            let href = a.value().attr("href").unwrap();
            assert!(!href.contains("fr/"), "{f}: link to French: {href}");
        }
        assert!(
            select(&page, "[hreflang=fr], [lang=fr]").is_empty(),
            "{f}: French named"
        );
    }
    // The chooser at the root offers the two languages kept.
    let chooser = doc(&stick.join("index.html"));
    let choices: Vec<String> = select(&chooser, ".choices a")
        .iter()
        .map(|a| a.value().attr("hreflang").unwrap().to_string())
        .collect();
    assert_eq!(choices, ["en", "ar"]);
}

#[test]
fn audience_puts_one_audience_first_and_the_root_leads_to_its_page() {
    let site = Fixture::shipped();
    site.edit("site.toml", "kit = true", "kit = false");
    let out = site.cli(&[
        "build",
        "--audience",
        "talents",
        "--lang",
        "fr,ar",
        "--out",
        "out",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let root = site.root().join("out");
    let chooser = doc(&root.join("index.html"));
    let links: Vec<&str> = select(&chooser, ".choices a")
        .iter()
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(links, ["/fr/audiences/talents/", "/ar/audiences/talents/"]);
    for lang in ["fr", "ar"] {
        let home = doc(&root.join(lang).join("index.html"));
        let first = select(&home, ".hero-audiences a")[0]
            .value()
            .attr("href")
            .unwrap()
            .to_string();
        assert_eq!(first, format!("/{lang}/audiences/talents/"));
    }
    // Without it, the shipped order (site order) and the homes.
    site.cli(&["build", "--out", "plain"]);
    let plain = doc(&site.root().join("plain/fr/index.html"));
    let first = select(&plain, ".hero-audiences a")[0]
        .value()
        .attr("href")
        .unwrap()
        .to_string();
    assert_ne!(first, "/fr/audiences/talents/");
}

#[test]
fn unknown_languages_and_audiences_are_usage_errors_naming_the_allowed_ones() {
    let site = Fixture::shipped();
    for (args, allowed) in [
        (vec!["--lang", "en,de"], "fr, en, ar"),
        (vec!["--lang", ""], "fr, en, ar"),
        (
            vec!["--audience", "investors"],
            "institutionnels-investisseurs",
        ),
    ] {
        let mut all = vec!["build", "--out", "x"];
        all.extend(args.iter().copied());
        let out = site.cli(&all);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(allowed), "{args:?}: {}", stderr(&out));
        assert!(!site.root().join("x").exists(), "{args:?}: nothing written");
    }
}
