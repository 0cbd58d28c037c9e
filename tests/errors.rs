//! Bad input: every content error names the file, the line and the fix; all of them are listed
//! together; hostile text is escaped; a failed build leaves the previous output whole.

use crate::common;

use common::{select, stderr, text, Fixture};

fn errors_of(site: &Fixture) -> String {
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(1), "a content error exits 1");
    stderr(&out)
}

#[test]
fn broken_front_matter_names_the_file_and_line() {
    let site = Fixture::new("basic");
    site.write(
        "content/stories/casse.fr.md",
        "+++\ntitle = \"Cassé\"\ndate = 2026-01-01\nsectors = [\"sante\"\n+++\nTexte\n",
    );
    let err = errors_of(&site);
    assert!(err.contains("content/stories/casse.fr.md:4:"), "{err}");
    assert!(err.contains("invalid TOML front matter"), "{err}");
    assert!(
        err.contains("4 | sectors = [\"sante\""),
        "the offending line is shown: {err}"
    );
    assert!(err.contains("fix:"), "{err}");
}

#[test]
fn broken_yaml_front_matter_names_the_line() {
    let site = Fixture::new("basic");
    site.write(
        "content/casse.fr.md",
        "---\ntitle: A\nbad: [unclosed\n---\nx\n",
    );
    let err = errors_of(&site);
    assert!(err.contains("content/casse.fr.md:"), "{err}");
    assert!(err.contains("invalid YAML front matter"), "{err}");
}

#[test]
fn unknown_shortcode_names_the_line_in_the_file() {
    let site = Fixture::new("basic");
    site.write(
        "content/stories/video.fr.md",
        "+++\ntitle = \"Vidéo\"\ndate = 2026-01-01\n+++\nIntro\n\n{{ video(id=\"x\") }}\n",
    );
    let err = errors_of(&site);
    assert!(
        err.contains("content/stories/video.fr.md:7: unknown shortcode `video`"),
        "{err}"
    );
    assert!(
        err.contains("use one of: actor, figure, figure_stat, publisher, quote"),
        "{err}"
    );
}

#[test]
fn unknown_vocabulary_value_lists_the_allowed_ones() {
    let site = Fixture::new("basic");
    site.edit(
        "content/stories/seconde.fr.md",
        "[\"numerique\"]",
        "[\"numerique\", \"spatial\"]",
    );
    let err = errors_of(&site);
    assert!(
        err.contains("seconde.fr.md:5: unknown sectors value \"spatial\""),
        "{err}"
    );
    assert!(err.contains("use one of: sante, numerique"), "{err}");
}

#[test]
fn every_content_error_of_a_build_is_listed_together() {
    let site = Fixture::new("basic");
    site.write("content/a.fr.md", "+++\ntitle = \n+++\n");
    site.write(
        "content/b.fr.md",
        "+++\ntitle = \"B\"\n+++\n[x](@/nowhere.md)\n",
    );
    site.write(
        "content/c.fr.md",
        "+++\ntitle = \"C\"\n+++\n![](/images/none.png)\n",
    );
    let err = errors_of(&site);
    assert!(err.contains("3 content errors"), "{err}");
    assert!(err.contains("content/a.fr.md:2:"), "{err}");
    assert!(
        err.contains("content/b.fr.md:4: link to `@/nowhere.md`: no such page"),
        "{err}"
    );
    assert!(
        err.contains("content/c.fr.md:4: image `/images/none.png` not found"),
        "{err}"
    );
}

#[test]
fn a_translation_without_its_french_file_is_an_error() {
    let site = Fixture::new("basic");
    site.write("content/orphan.en.md", "+++\ntitle = \"Orphan\"\n+++\n");
    let err = errors_of(&site);
    assert!(err.contains("content/orphan.en.md:1: no fr file"), "{err}");
}

#[test]
fn a_file_without_language_suffix_is_an_error_with_the_fix() {
    let site = Fixture::new("basic");
    site.write("content/notes.md", "+++\ntitle = \"Notes\"\n+++\n");
    let err = errors_of(&site);
    assert!(
        err.contains("content/notes.md:1: the file name has no language suffix"),
        "{err}"
    );
    assert!(err.contains("rename it `notes.fr.md`"), "{err}");
}

#[test]
fn hostile_text_in_a_title_is_escaped() {
    let site = Fixture::new("basic");
    let hostile = "</title><script>alert(1)</script>\" onload=\"x";
    site.write(
        "content/stories/hostile.fr.md",
        &format!("+++\ntitle = '{hostile}'\ndate = 2026-01-03\nsummary = '<img src=x onerror=alert(1)>'\n+++\nTexte\n"),
    );
    site.build_ok();
    let doc = site.html("fr/stories/hostile/index.html");
    // The theme's own scripts (the menu's) are files of /js/; nothing inline was injected.
    let injected = "script:not([type='application/ld+json']):not([src^='/js/'])";
    assert!(
        select(&doc, injected).is_empty(),
        "no script element was injected"
    );
    assert!(select(&doc, "img[onerror]").is_empty());
    assert!(text(&doc, "title").starts_with("</title><script>"));
    let ld: String = select(&doc, "script[type='application/ld+json']")[0]
        .text()
        .collect();
    assert!(
        !ld.contains("</"),
        "the JSON-LD block cannot be closed early"
    );
    let ld: serde_json::Value = serde_json::from_str(&ld).unwrap();
    assert_eq!(ld["@graph"][0]["headline"], hostile);
    assert_eq!(text(&doc, "h1"), hostile);
    let list = site.html("fr/stories/index.html");
    assert!(select(&list, injected).is_empty());
    let feed = site.read("fr/atom.xml");
    roxmltree::Document::parse(&feed).expect("the feed stays well-formed XML");
}

#[test]
fn a_failed_build_leaves_the_previous_output_whole() {
    let site = Fixture::new("basic");
    site.build_ok();
    let before = site.read("fr/stories/premiere/index.html");
    site.edit(
        "content/stories/premiere.fr.md",
        "title = \"Première histoire\"",
        "title = \"Changée\"",
    );
    site.write("content/stories/casse.fr.md", "+++\ntitle = \n+++\n");
    let _ = errors_of(&site);
    assert_eq!(site.read("fr/stories/premiere/index.html"), before);
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "no staging folder left behind");
}

#[test]
fn a_missing_fluent_message_falls_back_to_french_with_a_warning() {
    let site = Fixture::new("basic");
    let ar = std::fs::read_to_string(site.root().join("i18n/ar.ftl")).unwrap();
    let without: String = ar
        .lines()
        .filter(|l| !l.starts_with("skip-link"))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("i18n/ar.ftl", &without);
    let out = site.cli(&["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("i18n/ar.ftl: no message `skip-link`"),
        "{}",
        stderr(&out)
    );
    let doc = site.html("ar/index.html");
    assert_eq!(text(&doc, ".skip-link"), "Aller au contenu");
}

#[test]
fn a_broken_fluent_file_names_its_line() {
    let site = Fixture::new("basic");
    site.write("i18n/en.ftl", "skip-link = Skip\nbroken = { $x\n");
    let err = errors_of(&site);
    assert!(err.contains("i18n/en.ftl:2:"), "{err}");
}

#[test]
fn an_empty_figures_file_with_the_kit_on_builds_without_a_figures_sheet() {
    // It used to panic (exit 101) drawing a figures sheet of no page.
    let site = Fixture::new("basic");
    site.edit("site.toml", "kit = false", "kit = true");
    site.write("content/figures.toml", "");
    site.edit(
        "content/audiences/talents.fr.md",
        "figures = [\"hub\"]\n",
        "",
    );
    site.edit(
        "content/icapital/un.fr.md",
        "{{ figure_stat(id=\"hub\") }}",
        "",
    );
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(site.public().join("kit/fr/presentation-fr.pdf").is_file());
    assert!(!site.public().join("kit/fr/key-figures-fr.pdf").exists());
}
