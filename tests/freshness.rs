//! Time made visible (issue #29): targets say when they were set and for when, the browser
//! decides whether their due year is over (tests/browser/targets.test.mjs), and `check` reports
//! what is going stale as of a day, without ever failing on it.

use crate::common::{attr, select, stderr, text, Fixture};

fn check_json(site: &Fixture, as_of: &str) -> (Option<i32>, serde_json::Value) {
    let out = site.cli(&["check", "--format", "json", "--as-of", as_of]);
    let report =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    (out.status.code(), report)
}

/// The entries of one list of the freshness report that name `needle`.
fn listed(report: &serde_json::Value, list: &str, needle: &str) -> bool {
    report["freshness"][list]
        .as_array()
        .unwrap_or_else(|| panic!("no freshness.{list} in {report}"))
        .iter()
        .any(|e| e.as_str().unwrap_or_default().contains(needle))
}

#[test]
fn the_shipped_site_goes_stale_with_the_day_given_and_check_still_passes() {
    let site = Fixture::shipped();
    site.fill_publisher();
    // Checking the whole shipped site takes a while in a debug build: both days at once.
    let (early, late) = std::thread::scope(|s| {
        let early = s.spawn(|| check_json(&site, "2025-01-01"));
        let late = s.spawn(|| check_json(&site, "2027-06-01"));
        (early.join().unwrap(), late.join().unwrap())
    });
    let ((code_2025, early), (code_2027, late)) = (early, late);
    assert_eq!(early["freshness"]["as_of"], "2025-01-01");
    // digital-hub: set in 2023 for 2024, so past in 2025; the Smart Métropole programme runs
    // to 2025, so not yet.
    assert!(listed(&early, "past_targets", "`digital-hub`"), "{early}");
    assert!(!listed(&early, "past_targets", "`smart-sensors`"));
    assert!(listed(&late, "past_targets", "`smart-sensors`"), "{late}");
    // A figure of 2023 is two years old in 2025, four in 2027 (the default limit is three).
    assert!(!listed(&early, "stale_figures", "`digital-hub`"));
    assert!(listed(&late, "stale_figures", "`digital-hub`"));
    assert!(listed(&early, "stale_figures", "`oecd-ranking`"), "2017");
    assert_ne!(early["freshness"], late["freshness"]);
    // Warnings only: with everything else in order, check passes on either day.
    assert_eq!(code_2025, Some(0), "{early}");
    assert_eq!(code_2027, Some(0), "{late}");
}

#[test]
fn the_text_report_ends_with_freshness_and_leaves_the_verdict_alone() {
    let site = Fixture::new("basic");
    site.edit(
        "content/figures.toml",
        "year = 2023\n",
        "year = 2023\nset = 2023\ndue = 2024\n",
    );
    let early = site.cli(&["check", "--as-of", "2024-06-01"]);
    let late = site.cli(&["check", "--as-of", "2029-06-01"]);
    assert_eq!(early.status.code(), late.status.code());
    let stdout = String::from_utf8_lossy(&late.stdout);
    assert!(stdout.contains("Freshness as of 2029-06-01"), "{stdout}");
    assert!(
        stdout.contains("Targets past their due year (1):"),
        "{stdout}"
    );
    assert!(stdout.contains("content/figures.toml:1: target `hub` was due in 2024"));
    assert!(stdout.contains("Figures more than 3 years old (1):"));
    assert!(stdout.contains("Pages not reviewed for 2 years"));
    let before = String::from_utf8_lossy(&early.stdout);
    assert!(!before.contains("Targets past their due year"), "{before}");
}

#[test]
fn a_reviewed_date_takes_a_page_out_of_the_stale_list_in_toml_and_yaml() {
    let site = Fixture::new("basic");
    let (_, before) = check_json(&site, "2029-06-01");
    assert!(
        listed(&before, "stale_pages", "premiere.fr.md"),
        "dated 2026-10-01: {before}"
    );
    assert!(listed(&before, "stale_pages", "seconde.fr.md"));
    site.edit(
        "content/stories/premiere.fr.md",
        "date = 2026-10-01\n",
        "date = 2026-10-01\nreviewed = 2029-01-15\n",
    );
    site.write(
        "content/stories/seconde.fr.md",
        "---\ntitle: Seconde histoire\ndate: 2026-10-02\nreviewed: 2028-03-01\nsectors:\n  - numerique\n---\nTexte.\n",
    );
    let (_, after) = check_json(&site, "2029-06-01");
    assert!(!listed(&after, "stale_pages", "premiere.fr.md"), "{after}");
    assert!(!listed(&after, "stale_pages", "seconde.fr.md"), "{after}");
    // Three years on, the review itself is old.
    let (_, later) = check_json(&site, "2031-06-01");
    assert!(listed(
        &later,
        "stale_pages",
        "premiere.fr.md:4: reviewed on 2029-01-15"
    ));
    // A shorter limit in site.toml counts.
    site.write(
        "site.toml",
        &(std::fs::read_to_string(site.root().join("site.toml")).unwrap()
            + "\n[freshness]\npage_years = 0\n"),
    );
    let (_, strict) = check_json(&site, "2029-06-01");
    assert!(listed(&strict, "stale_pages", "premiere.fr.md"), "{strict}");
}

#[test]
fn a_malformed_reviewed_date_is_an_error_with_its_file_and_line() {
    let site = Fixture::new("basic");
    site.edit(
        "content/stories/premiere.fr.md",
        "date = 2026-10-01\n",
        "date = 2026-10-01\nreviewed = \"last week\"\n",
    );
    site.write(
        "content/stories/seconde.fr.md",
        "---\ntitle: Seconde histoire\ndate: 2026-10-02\nreviewed: 2026-02-30\n---\nTexte.\n",
    );
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("content/stories/premiere.fr.md:4: `reviewed` is not a calendar date"),
        "{err}"
    );
    assert!(err.contains("fix: write reviewed = 2023-06-15 (year-month-day)"));
    assert!(
        err.contains("content/stories/seconde.fr.md:4: `reviewed` is not a calendar date"),
        "{err}"
    );
    let (code, report) = check_json(&site, "2027-01-01");
    assert_eq!(code, Some(1));
    assert!(report["errors"]
        .to_string()
        .contains("`reviewed` is not a calendar date"));
}

#[test]
fn a_malformed_as_of_day_is_a_usage_error_with_the_fix() {
    let site = Fixture::new("basic");
    for bad in ["2027-13-01", "tomorrow", "2027-6-1", "01/06/2027"] {
        let out = site.cli(&["check", "--as-of", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = stderr(&out);
        assert!(err.contains("is not a calendar date"), "{err}");
        assert!(err.contains("--as-of 2027-06-01"), "{err}");
    }
}

#[test]
fn a_due_year_without_the_year_set_or_before_it_is_an_error() {
    let site = Fixture::new("basic");
    site.edit(
        "content/figures.toml",
        "year = 2023\n",
        "year = 2023\ndue = 2024\n",
    );
    let err = stderr(&site.cli(&["build"]));
    assert!(
        err.contains("content/figures.toml:1: figure `hub` has `due = 2024` but no `set`"),
        "{err}"
    );
    site.edit(
        "content/figures.toml",
        "due = 2024\n",
        "set = 2023\ndue = 2020\n",
    );
    let err = stderr(&site.cli(&["build"]));
    assert!(
        err.contains("is due in 2020, before it was set (2023)"),
        "{err}"
    );
}

#[test]
fn a_target_figure_carries_its_years_and_says_when_it_was_set_and_for_when() {
    let site = Fixture::new("basic");
    site.edit(
        "content/figures.toml",
        "year = 2023\n",
        "year = 2023\nset = 2023\ndue = 2024\n",
    );
    for lang in ["fr", "en", "ar"] {
        let path = format!("content/about.{lang}.md");
        let body = std::fs::read_to_string(site.root().join(&path)).unwrap();
        site.write(
            &path,
            &format!("{body}\n{{{{ figure_stat(id=\"hub\") }}}}\n"),
        );
    }
    site.build_ok();
    let fr = site.html("fr/about/index.html");
    assert_eq!(
        attr(&fr, ".stat-target", "data-due").as_deref(),
        Some("2024")
    );
    assert_eq!(
        attr(&fr, ".stat-target", "data-set").as_deref(),
        Some("2023")
    );
    // Without script: when it was set and for when, never that it is current or past.
    assert_eq!(text(&fr, ".stat-target"), "Objectif fixé en 2023 pour 2024");
    assert_eq!(
        attr(&fr, ".stat-target", "data-past-text").as_deref(),
        Some("Objectif fixé en 2023 pour 2024, échéance passée")
    );
    assert!(attr(&fr, ".stat-target", "data-ahead-text")
        .is_some_and(|t| t.contains("échéance à venir")));
    assert_eq!(
        attr(&fr, "script[src$='targets.js']", "src").as_deref(),
        Some("/js/targets.js")
    );
    assert!(site.public().join("js/targets.js").is_file());
    let ar = site.html("ar/about/index.html");
    assert_eq!(text(&ar, ".stat-target"), "هدفٌ وُضع عام 2023 لعام 2024");
    let en = site.html("en/about/index.html");
    assert_eq!(text(&en, ".stat-target"), "Target set in 2023 for 2024");
    // A forecast is not a goal someone set, and says so.
    site.edit(
        "content/figures.toml",
        "set = 2023\n",
        "forecast = true\nset = 2023\n",
    );
    site.build_ok();
    let forecast = site.html("fr/about/index.html");
    assert_eq!(
        text(&forecast, ".stat-target"),
        "Prévision faite en 2023 pour 2024"
    );
    // A figure that is no target says nothing of the kind, and loads no script.
    site.edit(
        "content/figures.toml",
        "forecast = true\nset = 2023\ndue = 2024\n",
        "",
    );
    site.build_ok();
    let plain = site.html("fr/about/index.html");
    assert!(select(&plain, ".stat-target").is_empty());
    assert!(select(&plain, "script[src$='targets.js']").is_empty());
}
