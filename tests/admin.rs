//! The browser editor at `/admin/` (issue #20): its `config.yml` is written from `site.toml`
//! and the content model (every section, three languages, the vocabularies with their labels),
//! the editor is served from the site with no CDN, and the offline build leaves it out.

use crate::common;

use common::{stderr, Fixture};
use oneprovence::i18n::I18n;
use serde_json::Value;

/// The editor's configuration for the site in `root`, as the build writes it.
fn editor_config(site: &Fixture) -> Value {
    let opts = oneprovence::BuildOptions {
        root: site.root().to_path_buf(),
        ..Default::default()
    };
    let config = oneprovence::load_config(&opts).unwrap();
    let i18n = I18n::load(&config).unwrap();
    let site = oneprovence::pipeline::load_site(config).unwrap();
    oneprovence::render::admin::config(&site, &i18n)
}

fn collection<'a>(config: &'a Value, name: &str) -> &'a Value {
    config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no collection {name}"))
}

fn field<'a>(fields: &'a Value, name: &str) -> &'a Value {
    fields
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

fn option_values(field: &Value) -> Vec<String> {
    field["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["value"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn editor_has_a_collection_per_section_in_every_language_of_the_site() {
    let site = Fixture::shipped();
    let config = editor_config(&site);
    assert_eq!(config["i18n"]["structure"], "multiple_files");
    assert_eq!(
        config["i18n"]["locales"],
        serde_json::json!(["fr", "en", "ar"])
    );
    assert_eq!(config["i18n"]["default_locale"], "fr");
    assert_eq!(config["media_folder"], "static/images");
    assert_eq!(config["public_folder"], "/images");
    // Saved through GitHub (signed in with Netlify) as drafts: branches with deploy previews.
    assert_eq!(config["backend"]["name"], "github");
    assert_eq!(config["backend"]["repo"], "one-provence/oneprovence");
    assert_eq!(config["publish_mode"], "editorial_workflow");
    for section in [
        "stories",
        "ecosystem",
        "schemes",
        "sites",
        "audiences",
        "icapital",
    ] {
        let c = collection(&config, section);
        assert_eq!(c["folder"], format!("content/{section}"));
        assert_eq!(c["format"], "toml-frontmatter");
        assert_eq!(c["i18n"], true);
        let title = field(&c["fields"], "title");
        assert_eq!(
            (&title["i18n"], &title["required"]),
            (&Value::Bool(true), &Value::Bool(true))
        );
        assert_eq!(field(&c["fields"], "body")["widget"], "markdown");
    }
    let pages = collection(&config, "pages");
    let files: Vec<&str> = pages["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    for plain in ["about", "legal", "accessibility"] {
        assert!(
            files.contains(&format!("content/{plain}.{{{{locale}}}}.md").as_str()),
            "{files:?}"
        );
    }
    let sections = collection(&config, "sections");
    let orientation = sections["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "orientation-_index")
        .unwrap();
    assert_eq!(field(&orientation["fields"], "template")["readonly"], true);
    assert!(sections["files"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["file"] == "content/kit/_index.{{locale}}.md"));
}

#[test]
fn language_independent_fields_are_edited_once_in_the_french_file() {
    let config = editor_config(&Fixture::shipped());
    let stories = &collection(&config, "stories")["fields"];
    for shared in ["date", "sectors", "audiences", "actors"] {
        assert_eq!(field(stories, shared)["i18n"], false, "{shared}");
    }
    // The source is shown to the reader: translated in each language (issue #17).
    for text in ["title", "summary", "body", "source"] {
        assert_eq!(field(stories, text)["i18n"], true, "{text}");
    }
    assert_eq!(field(stories, "date")["widget"], "datetime");
    assert_eq!(field(stories, "date")["required"], true);
    let actors = field(stories, "actors");
    assert_eq!(actors["widget"], "relation");
    assert_eq!(actors["collection"], "ecosystem");
    // Audiences translate their objectives, promises and calls to action.
    let audiences = &collection(&config, "audiences")["fields"];
    for text in ["objectives", "promises", "ctas"] {
        assert_eq!(field(audiences, text)["i18n"], true, "{text}");
    }
    assert_eq!(field(audiences, "weight")["widget"], "number");
    assert_eq!(field(audiences, "weight")["i18n"], false);
}

#[test]
fn every_vocabulary_of_site_toml_is_a_select_of_its_values_with_their_labels() {
    let site = Fixture::shipped();
    let config = editor_config(&site);
    let text = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    let settings: toml::Table = toml::from_str(&text).unwrap();
    let vocabularies = settings["vocabularies"].as_table().unwrap();
    let mut checked = 0;
    for c in config["collections"].as_array().unwrap() {
        let Some(fields) = c.get("fields") else {
            continue;
        };
        for (name, values) in vocabularies {
            let Some(f) = fields
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["name"] == *name)
            else {
                continue;
            };
            assert_eq!(f["widget"], "select");
            assert_eq!(f["multiple"], true);
            let expected: Vec<String> = values
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect();
            assert_eq!(option_values(f), expected, "{name} in {}", c["name"]);
            checked += 1;
        }
    }
    // Each vocabulary is used by at least one section.
    assert!(checked >= vocabularies.len(), "{checked}");
    let sectors = field(&collection(&config, "stories")["fields"], "sectors");
    let sante = &sectors["options"][0];
    assert_eq!(
        (sante["value"].as_str(), sante["label"].as_str()),
        (Some("sante"), Some("Santé et biotechnologies"))
    );
}

#[test]
fn a_vocabulary_value_added_to_site_toml_appears_in_the_editor() {
    let site = Fixture::shipped();
    site.edit("site.toml", "\"ville\"]", "\"ville\", \"spatial\"]");
    let last_sector = |site: &Fixture| {
        let config = editor_config(site);
        let sectors = field(&collection(&config, "ecosystem")["fields"], "sectors");
        sectors["options"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone()
    };
    // With no other change: offered under its value (check asks for its labels).
    assert_eq!(
        last_sector(&site),
        serde_json::json!({ "label": "spatial", "value": "spatial" })
    );
    // Its label, once written in i18n/, is what the editor shows.
    let fr = std::fs::read_to_string(site.root().join("i18n/fr.ftl")).unwrap();
    site.write("i18n/fr.ftl", &format!("{fr}\nsectors-spatial = Spatial\n"));
    assert_eq!(
        last_sector(&site),
        serde_json::json!({ "label": "Spatial", "value": "spatial" })
    );
}

#[test]
fn a_new_section_gets_its_collection_with_no_other_change() {
    let site = Fixture::new("basic");
    site.write(
        "content/rendezvous/_index.fr.md",
        "+++\ntitle = \"Agenda\"\n+++\n",
    );
    site.write(
        "content/rendezvous/salon.fr.md",
        "+++\ntitle = \"Salon\"\ndate = 2026-05-01\nstart = 2026-05-01T09:30:00+02:00\nsectors = [\"sante\"]\n+++\nTexte.\n",
    );
    let config = editor_config(&site);
    let events = collection(&config, "rendezvous");
    assert_eq!(events["label"], "Agenda");
    assert_eq!(events["folder"], "content/rendezvous");
    assert_eq!(
        option_values(field(&events["fields"], "sectors")),
        ["sante", "numerique"]
    );
    // A day stays a day; an instant keeps its time and offset.
    assert_eq!(field(&events["fields"], "date")["format"], "YYYY-MM-DD");
    assert_eq!(
        field(&events["fields"], "start")["format"],
        "YYYY-MM-DDTHH:mm:ssZ"
    );
}

#[test]
fn key_figures_and_lexicon_are_file_collections() {
    let config = editor_config(&Fixture::shipped());
    let data = collection(&config, "data");
    let files = data["files"].as_array().unwrap();
    let figures = files.iter().find(|f| f["name"] == "figures").unwrap();
    assert_eq!(figures["file"], "content/figures.toml");
    let digital = field(&figures["fields"], "digital-hub");
    assert_eq!(field(&digital["fields"], "ar")["widget"], "object");
    let lexicon = files.iter().find(|f| f["name"] == "lexicon").unwrap();
    let concepts = field(&lexicon["fields"], "concepts");
    field(&concepts["fields"], "financement");
    field(&concepts["fields"], "grands-comptes");
}

#[test]
fn build_serves_the_editor_and_the_offline_build_leaves_it_out() {
    let site = Fixture::new("basic");
    site.build_ok();
    let yaml: serde_norway::Value = serde_norway::from_str(&site.read("admin/config.yml")).unwrap();
    assert_eq!(yaml["i18n"]["default_locale"].as_str(), Some("fr"));
    let index = site.read("admin/index.html");
    assert!(index.contains("<script src=\"/admin/sveltia-cms.js\"></script>"));
    let preview = site.read("admin/preview.js");
    let css = preview.split('"').nth(1).unwrap();
    assert!(css.starts_with("/assets/main."), "{preview}");
    assert!(site.public().join(css.trim_start_matches('/')).is_file());
    for font in [
        "source-sans-3-latin-wght-normal.woff2",
        "material-symbols-outlined-latin-wght-normal.woff2",
    ] {
        assert!(
            site.public().join("admin/fonts").join(font).is_file(),
            "{font}"
        );
    }
    assert!(site.public().join("admin/locales/ar.json").is_file());

    let out = site.cli(&["build", "--offline", "--out", "offline"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site.root().join("offline/index.html").is_file());
    assert!(!site.root().join("offline/admin").exists());
}

#[test]
fn the_vendored_editor_calls_no_cdn() {
    let js =
        std::fs::read_to_string(common::repo().join("themes/one-provence/admin/sveltia-cms.js"))
            .unwrap();
    for host in [
        "unpkg.com",
        "cdn.jsdelivr.net",
        "fonts.googleapis.com",
        "esm.sh",
    ] {
        assert!(!js.contains(host), "{host} is named in the vendored bundle");
    }
    // Every /admin/ file the bundle names directly is vendored beside it.
    for font in js.match_indices("/admin/fonts/").map(|(i, _)| &js[i..]) {
        let name: String = font["/admin/fonts/".len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
            .collect();
        let path = common::repo()
            .join("themes/one-provence/admin/fonts")
            .join(&name);
        assert!(path.is_file(), "{name}");
    }
}

#[test]
fn a_call_for_projects_saved_from_the_editor_has_its_dates_and_builds() {
    // No published event writes `opens` or `closes` (the only call is a draft): the form must
    // offer them all the same, or a call saved from the editor fails the build.
    let site = Fixture::shipped();
    let config = editor_config(&site);
    let events = &collection(&config, "events")["fields"];
    for date in ["opens", "closes"] {
        let f = field(events, date);
        assert_eq!(f["widget"], "datetime", "{date}");
        // A wall-clock time in the event's time zone, as the loader reads it: no offset.
        assert_eq!(f["format"], "YYYY-MM-DDTHH:mm:ss", "{date}");
        assert_eq!(f["i18n"], false, "{date}");
    }
    assert_eq!(field(events, "eligible")["i18n"], true);
    assert_eq!(field(events, "online")["widget"], "boolean");
    // A call has no start of its own, nor always a place: the form does not ask for them.
    for optional in ["start", "venue", "country"] {
        assert_eq!(field(events, optional)["required"], false, "{optional}");
    }
    assert_eq!(field(events, "event-kinds")["required"], true);
    assert_eq!(field(events, "event-kinds")["max"], 1);
    // The call's dates follow the start in the form.
    let names: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
    assert_eq!(
        (at("opens"), at("closes")),
        (at("start") + 1, at("start") + 2)
    );

    // What the editor writes for such a call (its datetime fields as strings in their format,
    // only the fields the form has) builds, with its closing date shown.
    let value = |date: &str| {
        let f = field(events, date);
        assert_eq!(f["format"], "YYYY-MM-DDTHH:mm:ss");
        format!(
            "{date} = \"2031-0{}-15T12:00:00\"",
            if date == "opens" { 1 } else { 3 }
        )
    };
    site.write(
        "content/events/appel-essai.fr.md",
        &format!(
            "+++\ntitle = \"Appel d'essai\"\nsummary = \"Un appel.\"\nevent-kinds = [\"appel-a-projets\"]\n{}\n{}\neligible = \"Les offreurs de solutions.\"\nonline = true\nsource = \"Source\"\n+++\nTexte.\n",
            value("opens"),
            value("closes")
        ),
    );
    for lang in ["en", "ar"] {
        site.write(
            &format!("content/events/appel-essai.{lang}.md"),
            "+++\ntitle = \"Call\"\nsummary = \"A call.\"\neligible = \"Solution providers.\"\nsource = \"Source\"\n+++\nText.\n",
        );
    }
    site.build_ok();
    let page = site.read("fr/events/appel-essai/index.html");
    assert!(page.contains("class=\"call-status\""), "{page}");
    assert!(
        page.contains("datetime=\"2031-03-15T12:00:00+01:00\""),
        "{page}"
    );
}
