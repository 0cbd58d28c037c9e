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
