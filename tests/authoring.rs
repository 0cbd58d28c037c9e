//! `check` and `new`, as communications staff use them.

use crate::common;

use common::{stderr, Fixture};

#[test]
fn check_passes_on_the_shipped_content_once_the_publisher_is_filled_in() {
    let site = Fixture::shipped();
    // The seeds do not give the publisher's details: the shipped site.toml leaves them empty
    // and `check` says so (tests/contact.rs); filled in, nothing else is reported.
    site.fill_publisher();
    let out = site.cli(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", stderr(&out));
    assert!(stdout.contains("check passed"));
    // Every page exists in Arabic: the coverage line reads `ar  N/N`.
    let ar = stdout
        .lines()
        .find(|l| l.trim_start().starts_with("ar "))
        .unwrap();
    let pages: Vec<&str> = ar.split_whitespace().nth(1).unwrap().split('/').collect();
    assert_eq!(pages[0], pages[1], "{stdout}");
    assert!(pages[0].parse::<usize>().unwrap() > 100, "{stdout}");
}

#[test]
fn check_names_the_file_line_and_target_of_a_dead_link_and_exits_one() {
    let site = Fixture::new("basic");
    site.edit(
        "content/stories/premiere.fr.md",
        "Vers [la seconde]",
        "Voir [ailleurs](/fr/ailleurs/).\n\nVers [la seconde]",
    );
    let out = site.cli(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("content/stories/premiere.fr.md:12: link to `/fr/ailleurs/`: no such page"),
        "{stdout}"
    );
}

#[test]
fn check_reports_missing_translations_messages_images_without_alt_and_drafts() {
    let site = Fixture::new("basic");
    site.write(
        "content/stories/brouillon.fr.md",
        "+++\ntitle = \"B\"\ndate = 2026-01-01\ndraft = true\n+++\n![](/fonts/OFL.txt)\n",
    );
    let ar = std::fs::read_to_string(site.root().join("i18n/ar.ftl")).unwrap();
    site.write("i18n/ar.ftl", &ar.replace("toc-title = المحتويات\n", ""));
    let out = site.cli(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = report.to_string();
    assert!(
        text.contains("en: stories/seconde"),
        "untranslated page listed"
    );
    assert!(text.contains("i18n/ar.ftl: no message `toc-title`"));
    assert!(text.contains("has no alt text"));
    assert!(text.contains("brouillon.fr.md (draft = true"));
    let ar = report["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["lang"] == "ar")
        .unwrap();
    assert!(ar["translated"].as_u64() < ar["pages"].as_u64());
}

#[test]
fn new_writes_every_language_from_the_archetype_and_never_overwrites() {
    let site = Fixture::new("basic");
    let out = site.cli(&["new", "stories", "nouvelle-histoire"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let fr = std::fs::read_to_string(site.root().join("content/stories/nouvelle-histoire.fr.md"))
        .unwrap();
    assert!(
        fr.contains("title = \"Nouvelle histoire\"")
            && fr.contains("sectors = []")
            && fr.contains("draft = true")
    );
    let ar = std::fs::read_to_string(site.root().join("content/stories/nouvelle-histoire.ar.md"))
        .unwrap();
    assert!(
        ar.contains("title =") && !ar.contains("sectors"),
        "translations carry text fields only"
    );
    site.build_ok();
    let again = site.cli(&["new", "stories", "nouvelle-histoire"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"));
    let unknown = site.cli(&["new", "nowhere", "x"]);
    assert!(stderr(&unknown).contains("no section `nowhere`"));
}

#[test]
fn check_reports_lexicon_gaps_and_conflicts_with_their_line() {
    let site = Fixture::new("basic");
    site.write(
        "content/lexicon.toml",
        "[languages.fr]\nstop = [\"pour\"]\n\n[concepts.financement]\nfr = { synonyms = [\"argent\", \"pour\"] }\n\n[concepts.hebergement]\nfr = { synonyms = [\"locaux\", \"argent\"] }\n\n[concepts.inconnu]\nfr = { synonyms = [\"x\"] }\n",
    );
    let out = site.cli(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "content/lexicon.toml:8: “argent” (fr) names `hebergement` and `financement`",
        "content/lexicon.toml:5: “pour” (fr) is only stop words",
        "content/lexicon.toml:10: `inconnu` is a value of no vocabulary",
        "`numerique` has no synonym in fr",
    ] {
        assert!(stdout.contains(expected), "{expected}\n{stdout}");
    }
}

#[test]
fn check_reports_a_glossary_variant_and_glued_scripts_with_file_line_and_preferred_form() {
    let site = Fixture::new("basic");
    let path = "content/stories/premiere.ar.md";
    let text = std::fs::read_to_string(site.root().join(path)).unwrap();
    let lines = text.lines().count();
    site.write(
        path,
        &format!("{text}\nتقع في المتروبول.\n\nزيارة وle Cloître.\n"),
    );
    let out = site.cli(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!(
            "{path}:{}: glossary: \"المتروبول\" is a variant to avoid",
            lines + 2
        )),
        "{stdout}"
    );
    assert!(stdout.contains("write \"الحاضرة\""), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "{path}:{}: \"وle\" glues Arabic and Latin letters",
            lines + 4
        )),
        "{stdout}"
    );
}
