//! The orientation data of the shipped site (issue #30): a lexicon form belongs to the
//! language it is written under, so a word that looks alike in French and English (a false
//! friend) is read as what it means in the question's language; and the purposes that say who
//! asks reach the page.

use crate::common;

use std::sync::OnceLock;

use common::Fixture;
use oneprovence::analyze::{analyze, Stops};
use serde_json::Value;

/// The shipped site, built once for this module's tests.
fn data(lang: &str) -> Value {
    static SITE: OnceLock<Fixture> = OnceLock::new();
    let site = SITE.get_or_init(|| {
        let site = Fixture::shipped();
        site.build_ok();
        site
    });
    let text = site.read(&format!("{lang}/orientation-data.js"));
    let json = text
        .trim()
        .trim_start_matches("window.OP_ORIENTATION = ")
        .trim_end_matches(';');
    serde_json::from_str(json).expect("the orientation data is JSON")
}

/// The concepts `word` names when read with the words of `lang`.
fn concepts(data: &Value, lang: &str, word: &str) -> Vec<String> {
    let stops = Stops::default();
    let key = analyze(word, lang, &stops).join(" ");
    data["forms"][lang][&key]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Words written alike in French and English that mean something else in each.
const FALSE_FRIENDS: [(&str, &str); 8] = [
    ("en", "local"),
    ("en", "stage"),
    ("en", "formation"),
    ("en", "place"),
    ("en", "library"),
    ("fr", "actuel"),
    ("fr", "librairie"),
    ("fr", "stage"),
];

#[test]
fn false_friends_are_read_in_the_language_of_the_question() {
    let data = data("fr");
    for (lang, word) in FALSE_FRIENDS {
        let own = concepts(&data, lang, word);
        for other in ["fr", "en"].into_iter().filter(|l| *l != lang) {
            for c in concepts(&data, other, word) {
                assert!(
                    !own.contains(&c),
                    "“{word}” in {lang} is read as `{c}`, what it means in {other}"
                );
            }
        }
    }
    // The test means something: the French words do name what the English ones must not.
    assert!(concepts(&data, "fr", "local").contains(&"hebergement".to_string()));
    assert!(concepts(&data, "fr", "formation").contains(&"universite".to_string()));
}

#[test]
fn shared_words_name_their_concept_in_every_language() {
    let data = data("en");
    for lang in ["fr", "en", "ar"] {
        assert!(
            concepts(&data, lang, "5G").contains(&"lab-5g".to_string()),
            "“5G” in {lang}"
        );
    }
}

#[test]
fn the_purposes_and_the_audience_pages_reach_the_page() {
    let data = data("ar");
    let purposes = data["purposes"].as_array().expect("purposes");
    let investors = purposes
        .iter()
        .find(|p| p[0] == "institutionnels-investisseurs")
        .expect("the investors' purposes");
    let phrases: Vec<&str> = investors[1]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(phrases.contains(&"invest in") && phrases.contains(&"s implanter"));
    assert!(phrases.contains(&"نقل شركتي"), "{phrases:?}");
    let page = &data["audiences"]["institutionnels-investisseurs"];
    assert_eq!(page[0], "/ar/audiences/institutionnels-investisseurs/");
    assert!(data["markers"]["en"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w == "the"));
}
