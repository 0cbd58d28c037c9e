//! Pages that point at each other: directory entries and the finder's data, cited actors and
//! their backlinks, key figures, ordered chapters, audience pages, search indexes.

use crate::common;

use common::{attr, select, stderr, text, Fixture};

#[test]
fn directory_home_groups_entries_and_carries_the_finder_data() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("fr/ecosystem/index.html");
    let groups: Vec<String> = select(&doc, "[data-group] h2")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(groups, ["Incubateur (2)", "Financeur (2)"]);
    let mixte = select(&doc, "[data-entry='/fr/ecosystem/mixte/']");
    assert_eq!(
        mixte.len(),
        2,
        "an entry of two kinds is listed in both groups"
    );
    assert_eq!(
        mixte[0].value().attr("data-needs"),
        Some("financement hebergement")
    );
    let selects: Vec<&str> = select(&doc, "[data-finder] select")
        .iter()
        .filter_map(|s| s.value().attr("name"))
        .collect();
    assert_eq!(selects, ["needs", "stages", "sectors"]);
    let forms = attr(&doc, "[data-finder-status]", "data-forms").unwrap();
    assert!(forms.contains("[\"one\",\"{n} résultat\"]"), "{forms}");
    assert_eq!(
        attr(&doc, "script[src='/js/finder.js']", "defer").as_deref(),
        Some("")
    );
}

#[test]
fn facet_pages_work_without_javascript() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("fr/needs/financement/index.html");
    let titles: Vec<String> = select(&doc, ".card-title a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(titles.len(), 2);
    assert!(titles.contains(&"Fonds".to_string()) && titles.contains(&"Mixte".to_string()));
}

#[test]
fn an_actor_page_shows_its_facets_and_who_cites_it() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("fr/ecosystem/incubo/index.html");
    assert!(text(&doc, ".facets").contains("Hébergement"));
    assert!(text(&doc, ".facets").contains("Marseille"));
    let cited: Vec<&str> = select(&doc, ".cited-by a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(cited, ["/fr/icapital/un/"]);
}

#[test]
fn chapters_link_in_order_with_progress_and_cited_actors() {
    let site = Fixture::new("basic");
    site.build_ok();
    let one = site.html("en/icapital/un/index.html");
    assert_eq!(
        attr(&one, "a[rel=next]", "href").as_deref(),
        Some("/en/icapital/deux/")
    );
    assert!(select(&one, "a[rel=prev]").is_empty());
    assert_eq!(
        text(&one, ".chapter-progress span"),
        "Chapter \u{2068}1\u{2069} of \u{2068}2\u{2069}"
    );
    assert_eq!(
        attr(&one, ".cited-actors a", "href").as_deref(),
        Some("/en/ecosystem/incubo/")
    );
    assert_eq!(
        attr(&one, ".prose .actor-card a", "href").as_deref(),
        Some("/en/ecosystem/fonds/")
    );
    let two = site.html("en/icapital/deux/index.html");
    assert_eq!(
        attr(&two, "a[rel=prev]", "href").as_deref(),
        Some("/en/icapital/un/")
    );
}

#[test]
fn figures_are_shown_with_their_source_in_the_page_language() {
    let site = Fixture::new("basic");
    site.build_ok();
    let en = site.html("en/icapital/un/index.html");
    assert_eq!(text(&en, ".stat-value"), "7th");
    assert!(text(&en, ".stat-source").contains("Press article, October 2023"));
    let ar = site.html("ar/audiences/talents/index.html");
    assert_eq!(text(&ar, ".stat-value"), "السابع");
}

#[test]
fn audience_pages_list_what_is_tagged_for_them_and_resolve_their_calls_to_action() {
    let site = Fixture::new("basic");
    site.build_ok();
    let doc = site.html("en/audiences/talents/index.html");
    let tagged: Vec<&str> = select(&doc, "#tagged-title ~ ul a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(tagged.contains(&"/en/stories/premiere/"), "{tagged:?}");
    assert!(tagged.contains(&"/en/ecosystem/incubo/"), "{tagged:?}");
    assert_eq!(
        attr(&doc, ".ctas a", "href").as_deref(),
        Some("/en/ecosystem/")
    );
    assert_eq!(text(&doc, ".promises li"), "A promise");
}

#[test]
fn an_unknown_actor_or_figure_fails_the_build_with_file_and_line() {
    let site = Fixture::new("basic");
    site.edit(
        "content/icapital/deux.fr.md",
        "weight = 2",
        "weight = 2\nactors = [\"nobody\"]",
    );
    site.edit(
        "content/icapital/un.fr.md",
        "{{ figure_stat(id=\"hub\") }}",
        "{{ figure_stat(id=\"moon\") }}",
    );
    site.edit(
        "content/audiences/talents.fr.md",
        "figures = [\"hub\"]",
        "figures = [\"hub\", \"mars\"]",
    );
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "content/icapital/deux.fr.md:4: actors: no page `nobody` in content/ecosystem/"
        ),
        "{err}"
    );
    assert!(
        err.contains("content/icapital/un.fr.md:6: figure_stat: no figure `moon`"),
        "{err}"
    );
    assert!(
        err.contains("content/audiences/talents.fr.md:6: unknown figure `mars`"),
        "{err}"
    );
}

#[test]
fn search_indexes_are_plain_scripts_per_language() {
    let site = Fixture::new("basic");
    site.build_ok();
    for lang in ["fr", "en", "ar"] {
        let js = site.read(&format!("{lang}/search-index.js"));
        let json = js
            .strip_prefix("window.OP_SEARCH_INDEX = ")
            .unwrap()
            .trim_end()
            .trim_end_matches(';');
        let docs: Vec<serde_json::Value> = serde_json::from_str(json).unwrap();
        assert!(
            docs.iter()
                .any(|d| d["u"] == format!("/{lang}/stories/premiere/")),
            "{lang}"
        );
        assert!(docs
            .iter()
            .all(|d| d["u"].as_str().unwrap().starts_with(&format!("/{lang}/"))));
        let page = site.html(&format!("{lang}/search/index.html"));
        assert_eq!(
            attr(&page, "script[src$='search-index.js']", "src"),
            Some(format!("/{lang}/search-index.js"))
        );
    }
    let fr = site.read("fr/search-index.js");
    assert!(
        fr.contains("Une citation."),
        "shortcode output is searchable"
    );
}

#[test]
fn an_untranslated_figure_source_keeps_its_language() {
    let site = Fixture::new("basic");
    site.build_ok();
    let ar = site.html("ar/icapital/un/index.html");
    assert_eq!(attr(&ar, ".stat-source bdi", "lang").as_deref(), Some("fr"));
    let en = site.html("en/icapital/un/index.html");
    assert_eq!(attr(&en, ".stat-source bdi", "lang").as_deref(), Some("en"));
}

/// Issue #29: an entry of two kinds is listed under each; every heading's count is the cards
/// under it, the page's count is the distinct entries, and no `id` is given twice.
#[test]
fn an_entry_of_two_kinds_is_under_both_headings_and_each_count_is_its_cards() {
    let site = Fixture::new("basic");
    site.build_ok();
    for (lang, count) in [("fr", "3 fiches"), ("en", "3 entries"), ("ar", "3 بطاقات")] {
        let doc = site.html(&format!("{lang}/ecosystem/index.html"));
        let mut under = Vec::new();
        for group in select(&doc, "[data-group]") {
            let heading = group
                .select(&scraper::Selector::parse("h2").unwrap())
                .next()
                .expect("a group has a heading");
            let said: String = heading
                .select(&scraper::Selector::parse(".group-count").unwrap())
                .flat_map(|c| c.text())
                .collect();
            let cards: Vec<&str> = group
                .select(&scraper::Selector::parse("[data-entry]").unwrap())
                .filter_map(|e| e.value().attr("data-entry"))
                .collect();
            assert_eq!(said, format!("({})", cards.len()), "{lang}: {cards:?}");
            under.push((heading.value().attr("id").unwrap().to_string(), cards));
        }
        let mixte = format!("/{lang}/ecosystem/mixte/");
        let kinds: Vec<&str> = under
            .iter()
            .filter(|(_, cards)| cards.contains(&mixte.as_str()))
            .map(|(id, _)| id.as_str())
            .collect();
        assert_eq!(kinds, ["group-incubateur", "group-financeur"], "{lang}");
        let status = text(&doc, "[data-finder-status]").replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(status, count, "{lang}: the distinct entries, not the cards");
        let mut ids: Vec<&str> = select(&doc, "[id]")
            .iter()
            .filter_map(|e| e.value().attr("id"))
            .collect();
        ids.sort_unstable();
        let twice: Vec<&&str> = ids
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| &w[0])
            .collect();
        assert!(twice.is_empty(), "{lang}: ids given twice: {twice:?}");
    }
}

/// Issue #29: an entry naming no sector, or three quarters of them, serves every sector: the
/// finder lists it apart when a sector is chosen, with words for each count in the language.
#[test]
fn entries_serving_every_sector_are_marked_for_the_finder() {
    let site = Fixture::new("basic");
    // The fixture's vocabulary has two sectors: both is all of them, none is every one.
    site.edit(
        "content/ecosystem/fonds.fr.md",
        "sectors = [\"numerique\"]",
        "sectors = [\"numerique\", \"sante\"]",
    );
    site.edit(
        "content/ecosystem/mixte.fr.md",
        "sectors = [\"sante\"]",
        "sectors = []",
    );
    site.build_ok();
    let doc = site.html("en/ecosystem/index.html");
    let marked = |slug: &str| {
        let cards = select(&doc, &format!("[data-entry='/en/ecosystem/{slug}/']"));
        assert!(!cards.is_empty(), "{slug} is listed");
        cards
            .iter()
            .all(|c| c.value().attr("data-all-sectors").is_some())
    };
    assert!(marked("fonds"), "two sectors of two");
    assert!(marked("mixte"), "no sector");
    assert!(!marked("incubo"), "one sector of two");
    let split: serde_json::Value =
        serde_json::from_str(&attr(&doc, "[data-finder-status]", "data-split").unwrap()).unwrap();
    assert_eq!(split["join"], "{total}: {specific}, {every}");
    assert_eq!(split["title"], "All sectors");
    assert!(split["specific"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!(["zero", "none specific to “{sector}”"])));
    let ar = site.html("ar/ecosystem/index.html");
    let split: serde_json::Value =
        serde_json::from_str(&attr(&ar, "[data-finder-status]", "data-split").unwrap()).unwrap();
    assert!(split["every"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!(["two", "اثنتان تخدمان جميع القطاعات"])));
}
