//! A build does not hold the site's text (issue #22): each page's Markdown is read again from
//! its file when the page is rendered, and each language's search index is written entry by
//! entry as its pages are. These tests hold the behaviour; the memory it saves is measured by
//! `bench/run.sh`, not here.

use crate::common;

use common::Fixture;
use oneprovence::content::Site;
use serde_json::Value;

fn load(site: &Fixture) -> Site {
    let opts = oneprovence::BuildOptions {
        root: site.root().to_path_buf(),
        ..Default::default()
    };
    let config = oneprovence::load_config(&opts).unwrap();
    oneprovence::pipeline::load_site(config).unwrap()
}

#[test]
fn a_build_leaves_each_text_in_its_file_and_reads_it_when_the_page_is_rendered() {
    let fixture = Fixture::new("basic");
    let site = load(&fixture);
    assert!(site.pages.iter().all(|p| p.body.held().is_none()));
    let page = site.get("stories/premiere", "ar").unwrap();
    let file = fixture.root().join("content/stories/premiere.ar.md");
    let written = std::fs::read_to_string(file).unwrap();
    let body = site.text(page).unwrap();
    assert!(!body.is_empty() && written.ends_with(&*body), "{body}");
    assert!(!body.contains("+++") && !body.contains("title ="));
    // A page shown in French for want of a translation reads the French file.
    let fallback = site.get("stories/seconde", "en").unwrap();
    assert!(fallback.fallback);
    let french = site.get("stories/seconde", "fr").unwrap();
    assert_eq!(site.text(fallback).unwrap(), site.text(french).unwrap());
}

#[test]
fn the_text_read_when_rendering_is_the_file_as_it_is_then() {
    let fixture = Fixture::new("basic");
    let site = load(&fixture);
    let page = site.get("stories/premiere", "fr").unwrap();
    let path = "content/stories/premiere.fr.md";
    let text = std::fs::read_to_string(fixture.root().join(path)).unwrap();
    let edited = format!("{text}\nUne phrase ajoutée.\n");
    fixture.write(path, &edited);
    assert!(site.text(page).unwrap().ends_with("Une phrase ajoutée.\n"));
}

#[test]
fn a_page_file_gone_before_its_page_is_rendered_is_an_error_naming_the_file() {
    let fixture = Fixture::new("basic");
    let site = load(&fixture);
    let page = site.get("stories/premiere", "fr").unwrap();
    fixture.remove("content/stories/premiere.fr.md");
    let err = site.text(page).unwrap_err();
    assert_eq!(
        err.path,
        std::path::Path::new("content/stories/premiere.fr.md")
    );
    assert!(err.message.contains("cannot read"), "{err}");
}

/// The entries of a language's index, as the browser reads them.
fn entries(js: &str) -> Vec<Value> {
    let json = js
        .strip_prefix("window.OP_SEARCH_INDEX = ")
        .and_then(|j| j.strip_suffix(";\n"))
        .expect("the index is one assignment");
    serde_json::from_str::<Vec<Value>>(json).unwrap()
}

#[test]
fn a_streamed_search_index_is_the_one_serve_writes_with_every_entry_in_url_order() {
    let fixture = Fixture::new("basic");
    fixture.build_ok();
    let opts = oneprovence::BuildOptions {
        root: fixture.root().to_path_buf(),
        ..Default::default()
    };
    let memory =
        oneprovence::pipeline::build_in_memory(&opts, &oneprovence::render::reuse::Nothing)
            .unwrap_or_else(|e| panic!("{e}"));
    for lang in ["fr", "en", "ar"] {
        let path = format!("{lang}/search-index.js");
        let streamed = fixture.read(&path);
        let held = memory.outputs.iter().find(|o| o.path == path).unwrap();
        assert_eq!(streamed.as_bytes(), &held.bytes[..], "{path}");
        let urls: Vec<String> = entries(&streamed)
            .iter()
            .map(|e| e["u"].as_str().unwrap().to_string())
            .collect();
        let mut sorted = urls.clone();
        sorted.sort();
        assert_eq!(urls, sorted, "{path}");
        assert!(
            urls.contains(&format!("/{lang}/stories/premiere/")),
            "{urls:?}"
        );
        assert!(urls.iter().all(|u| u.starts_with(&format!("/{lang}/"))));
    }
}
