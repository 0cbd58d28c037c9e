//! The kit page on a phone (issue #32): a table of contents whose links lead to headings of the
//! page, the social cards grouped (stories, then the key figures by theme in the kit page's
//! order, each theme in the numeric order of its values), previews loaded lazily at their size,
//! and groups that fold with only the documents open.

use crate::common::select;
use crate::kit::{site, LANGS};

use scraper::Html;

fn page(lang: &str) -> Html {
    site().html(&format!("{lang}/kit/index.html"))
}

#[test]
fn every_link_of_the_kit_pages_contents_leads_to_a_heading_of_the_page() {
    for lang in LANGS {
        let doc = page(lang);
        let links = select(&doc, "nav.kit-toc a");
        assert!(links.len() >= 5 + 6, "{lang}: {} entries", links.len());
        for a in links {
            let href = a.value().attr("href").unwrap();
            let id = href.strip_prefix('#').expect("a link inside the page");
            let target = select(&doc, &format!("[id=\"{id}\"]"));
            assert_eq!(target.len(), 1, "{lang}: {href} leads to one element");
            let tag = target[0].value().name();
            assert!(
                matches!(tag, "h2" | "h3"),
                "{lang}: {href} is a heading ({tag})"
            );
        }
    }
}

/// The group ids of the social cards, in page order.
fn groups(doc: &Html) -> Vec<String> {
    select(doc, ".kit-cards details > summary > h3")
        .iter()
        .map(|h| h.value().attr("id").unwrap().to_string())
        .collect()
}

#[test]
fn social_cards_are_grouped_stories_first_then_figures_by_theme_in_the_kit_pages_order() {
    let expected: Vec<String> = [
        "stories",
        "positioning",
        "one-provence",
        "public-buying",
        "smart-metropole",
        "transitions",
        "research",
    ]
    .iter()
    .map(|g| format!("kit-cards-{g}"))
    .collect();
    for lang in LANGS {
        let doc = page(lang);
        assert_eq!(groups(&doc), expected, "{lang}");
        // Each card once, in its group: stories link to story cards, themes to figure cards.
        for g in select(&doc, ".kit-cards details") {
            let id = g
                .select(&sel("summary h3"))
                .next()
                .unwrap()
                .value()
                .attr("id")
                .unwrap();
            let hrefs: Vec<&str> = g
                .select(&sel(".kit-files a"))
                .filter_map(|a| a.value().attr("href"))
                .collect();
            assert!(!hrefs.is_empty(), "{lang}: {id} has cards");
            let folder = if id == "kit-cards-stories" {
                "/stories/"
            } else {
                "/figures/"
            };
            assert!(
                hrefs.iter().all(|h| h.contains(folder)),
                "{lang}: {id}: {hrefs:?}"
            );
        }
    }
}

fn sel(css: &str) -> scraper::Selector {
    scraper::Selector::parse(css).unwrap()
}

#[test]
fn figure_cards_follow_the_numeric_order_of_their_values_not_the_alphabet() {
    // Read from content/figures.toml by hand: « 10 à 15 » before « 110 » before « 10 millions ».
    let expected: [(&str, &[&str]); 6] = [
        (
            "positioning",
            &[
                "1re",
                "5",
                "6",
                "7e",
                "40e",
                "2013",
                "2023",
                "42 000",
                "10 millions",
            ],
        ),
        ("one-provence", &["près de 1,5 M€"]),
        (
            "public-buying",
            &["64", "150", "près de 800", "8 000", "plus de 721 M€"],
        ),
        ("smart-metropole", &["6", "une centaine"]),
        (
            "transitions",
            &[
                "8",
                "10 à 15",
                "moins de 20 %",
                "14 000 à 15 000",
                "2 M€",
                "14 Md€",
            ],
        ),
        (
            "research",
            &["3", "4e", "7", "plus de 100", "110", "7 000", "40 M€"],
        ),
    ];
    let doc = page("fr");
    for (theme, values) in expected {
        let titles: Vec<String> = select(&doc, &format!("#kit-cards-{theme}"))
            .first()
            .and_then(|h| h.parent()?.parent())
            .map(|details| {
                scraper::ElementRef::wrap(details)
                    .unwrap()
                    .select(&sel(".kit-item h4"))
                    .map(|h| h.text().collect::<String>())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(titles.len(), values.len(), "{theme}: {titles:?}");
        for (t, v) in titles.iter().zip(values) {
            let v = v.replace(' ', "\u{a0}");
            let t = t.replace([' ', '\u{202f}'], "\u{a0}");
            assert!(
                t.starts_with(&format!("{v}\u{a0}")),
                "{theme}: « {t} » should be « {v} »: {titles:?}"
            );
        }
    }
}

#[test]
fn every_preview_loads_lazily_at_its_own_size() {
    for lang in LANGS {
        let doc = page(lang);
        let imgs = select(&doc, ".kit-item img");
        assert!(imgs.len() > 40, "{lang}: {} previews", imgs.len());
        for img in imgs {
            let v = img.value();
            let src = v.attr("src").unwrap();
            assert_eq!(v.attr("loading"), Some("lazy"), "{lang}: {src}");
            for k in ["width", "height"] {
                let n: u32 = v.attr(k).and_then(|w| w.parse().ok()).unwrap_or(0);
                assert!(n > 0, "{lang}: {src} has its {k}");
            }
            assert!(
                site().public().join(src.trim_start_matches('/')).is_file(),
                "{src}"
            );
        }
    }
}

#[test]
fn groups_fold_and_only_the_documents_are_open_at_first() {
    for lang in LANGS {
        let doc = page(lang);
        let folds = select(&doc, "details.kit-fold");
        assert!(folds.len() >= 3 + 7, "{lang}: {} folds", folds.len());
        let open: Vec<String> = folds
            .iter()
            .filter(|d| d.value().attr("open").is_some())
            .map(|d| {
                d.select(&sel("summary [id]"))
                    .next()
                    .unwrap()
                    .value()
                    .attr("id")
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(open, ["kit-documents"], "{lang}");
        for d in folds {
            assert!(
                d.select(&sel("summary")).next().is_some(),
                "{lang}: a summary"
            );
        }
    }
}
