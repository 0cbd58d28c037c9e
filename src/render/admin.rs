//! render (admin): the browser editor at `/admin/` (issue #20). Sveltia CMS, vendored in the
//! theme's `admin/` folder by `scripts/vendor-sveltia.sh`, with its `config.yml` written from
//! `site.toml` and the content model: one collection per section that has pages, the section
//! and plain pages, the key figures and the orientation lexicon, in every language of the site.
//! Takes the site; gives the files under `admin/` (the offline build leaves them out).

use std::collections::BTreeMap;

use serde_json::{json, Value};
use walkdir::WalkDir;

use super::admin_fields::{fields, label, Model};
use crate::content::{Page, PageKind, Site};
use crate::error::{Error, Result};
use crate::files::Output;
use crate::i18n::I18n;

/// The folder of the site that every output under it belongs to the editor.
pub(crate) const DIR: &str = "admin";

/// `admin/index.html`, `admin/config.yml`, `admin/preview.js` and the vendored editor.
pub fn files(site: &Site, i18n: &I18n, css: &str) -> Result<Vec<Output>> {
    let vendored = site.config.theme_dir().join(DIR);
    if !vendored.join("sveltia-cms.js").is_file() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for entry in WalkDir::new(&vendored).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io("walk", &vendored, e.into()))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(&vendored)
            .expect("walkdir stays under its root")
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(entry.path()).map_err(|e| Error::io("read", entry.path(), e))?;
        out.push(Output::new(format!("{DIR}/{rel}"), bytes));
    }
    let yaml = serde_norway::to_string(&config(site, i18n)).expect("a JSON value is valid YAML");
    let head =
        "# Written by `oneprovence build` from site.toml and the content model: do not edit.\n";
    out.push(Output::new(
        format!("{DIR}/config.yml"),
        format!("{head}{yaml}"),
    ));
    out.push(Output::new(format!("{DIR}/index.html"), index_html(site)));
    out.push(Output::new(format!("{DIR}/preview.js"), preview_js(css)));
    Ok(out)
}

/// The page that loads the editor. No inline script: the preview style is set by a file.
fn index_html(site: &Site) -> String {
    let title = crate::templates::escape_html(&site.config.title);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"robots\" content=\"noindex\">\n<title>{title} · édition</title>\n</head>\n<body>\n\
<script src=\"/{DIR}/sveltia-cms.js\"></script>\n<script src=\"/{DIR}/preview.js\"></script>\n\
</body>\n</html>\n",
        lang = site.config.default_language,
        dir = site.config.dir(&site.config.default_language).as_str(),
    )
}

/// The preview pane uses the site's own stylesheet (its fingerprinted name changes with it).
fn preview_js(css: &str) -> String {
    let css = serde_json::to_string(css).expect("a string is valid JSON");
    format!("// Written by `oneprovence build`: the editor's preview uses the site's stylesheet.\nwindow.CMS.registerPreviewStyle({css});\n")
}

/// The whole `config.yml`, as a value.
pub fn config(site: &Site, i18n: &I18n) -> Value {
    let c = &site.config;
    let admin = c.admin.clone().unwrap_or_default();
    let model = Model { site, i18n };
    let mut collections = sections(&model);
    collections.push(pages_collection(&model, "pages", "Pages", |p| {
        !p.key.contains('/') && p.kind == PageKind::Page
    }));
    collections.push(pages_collection(&model, "sections", "Rubriques", |p| {
        p.kind != PageKind::Page
    }));
    collections.push(data_collection(&model));
    json!({
        "backend": {
            "name": "github",
            "repo": admin.repo,
            "branch": admin.branch,
            "base_url": "https://api.netlify.com",
        },
        "publish_mode": "editorial_workflow",
        "site_url": c.base_url,
        "display_url": c.base_url,
        "media_folder": "static/images",
        "public_folder": "/images",
        "slug": { "encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-" },
        "output": { "omit_empty_optional_fields": true },
        "i18n": {
            "structure": "multiple_files",
            "locales": c.codes().collect::<Vec<_>>(),
            "default_locale": c.default_language,
        },
        "collections": collections,
    })
}

/// One folder collection per section holding pages (`content/<section>/<slug>.<lang>.md`),
/// in the order of the menu, then by name: a new section appears with its first page.
fn sections(model: &Model) -> Vec<Value> {
    let site = model.site;
    let default = site.config.default_language.as_str();
    let mut by_section: BTreeMap<&str, Vec<&Page>> = BTreeMap::new();
    for p in site.pages.iter().filter(|p| p.kind == PageKind::Page) {
        if let Some((section, _)) = p.key.rsplit_once('/') {
            by_section.entry(section).or_default().push(p);
        }
    }
    let mut names: Vec<&str> = by_section.keys().copied().collect();
    names.sort_by_key(|s| {
        let rank = site.config.menu.iter().position(|m| m == s);
        (rank.unwrap_or(usize::MAX), s.to_string())
    });
    names
        .into_iter()
        .map(|section| {
            let all = &by_section[section];
            let own: Vec<&Page> = all.iter().copied().filter(|p| p.lang == default).collect();
            let title = site
                .get(&format!("{section}/_index"), default)
                .map(|p| p.meta.title.clone())
                .unwrap_or_else(|| label(section));
            let mut fields = fields(model, &own, all);
            if section == crate::content::event::SECTION {
                super::admin_fields::event_fields(&mut fields);
            }
            let has = |n: &str| fields.iter().any(|f| f["name"] == n);
            let sortable: Vec<&str> = ["title", "date", "weight"]
                .into_iter()
                .filter(|n| has(n))
                .collect();
            json!({
                "name": section.replace('/', "-"),
                "label": title,
                "folder": format!("content/{section}"),
                "extension": "md",
                "format": "toml-frontmatter",
                "create": true,
                "i18n": true,
                "identifier_field": "title",
                "summary": "{{title}}",
                "sortable_fields": sortable,
                "fields": fields,
            })
        })
        .collect()
}

/// A file collection of single pages (`content/about.<lang>.md`, `content/stories/_index...`).
fn pages_collection(model: &Model, name: &str, title: &str, keep: impl Fn(&Page) -> bool) -> Value {
    let site = model.site;
    let default = site.config.default_language.as_str();
    let files: Vec<Value> = site
        .pages
        .iter()
        .filter(|p| p.lang == default && keep(p))
        .map(|p| {
            let all = site.translations(&p.key);
            // The file of the page, relative to the site (pages hold it relative or not).
            let path = p.path.strip_prefix(&site.config.root).unwrap_or(&p.path);
            let path = path.to_string_lossy().replace('\\', "/");
            let file = path.replace(&format!(".{default}.md"), ".{{locale}}.md");
            json!({
                "name": p.key.replace('/', "-"),
                "label": p.meta.title,
                "file": file,
                "format": "toml-frontmatter",
                "i18n": true,
                "fields": fields(model, &[p], &all),
            })
        })
        .collect();
    json!({ "name": name, "label": title, "i18n": true, "files": files })
}

/// The key figures and the orientation lexicon: TOML data files, each language in one file.
fn data_collection(model: &Model) -> Value {
    let site = model.site;
    let codes: Vec<&str> = site.config.codes().collect();
    let list = |name: &str| json!({ "name": name, "label": label(name), "widget": "list", "required": false });
    let figures: Vec<Value> = site
        .figures
        .0
        .keys()
        .map(|id| {
            let mut fs = vec![
                json!({ "name": "year", "label": "Année", "widget": "number", "value_type": "int", "required": false }),
                // A target's years (issue #29): declared, or the editor would drop them.
                json!({ "name": "set", "label": "Objectif fixé en", "widget": "number", "value_type": "int", "required": false }),
                json!({ "name": "due", "label": "Objectif pour", "widget": "number", "value_type": "int", "required": false }),
                json!({ "name": "forecast", "label": "Prévision (et non objectif)", "widget": "boolean", "required": false }),
                json!({ "name": "source", "label": "Source", "widget": "string" }),
            ];
            for l in &codes {
                fs.push(json!({ "name": l, "label": l.to_uppercase(), "widget": "object", "fields": [
                    { "name": "value", "label": "Valeur", "widget": "string" },
                    { "name": "label", "label": "Libellé", "widget": "string" },
                    { "name": "source", "label": "Source traduite", "widget": "string", "required": false },
                ]}));
            }
            json!({ "name": id, "label": id, "widget": "object", "fields": fs })
        })
        .collect();
    let mut concepts: Vec<&String> = site.config.vocabularies.values().flatten().collect();
    concepts.extend(site.lexicon.concepts.keys());
    concepts.sort();
    concepts.dedup();
    let concept_fields: Vec<Value> = concepts
        .into_iter()
        .map(|c| {
            let mut fs = vec![list("implies")];
            for l in &codes {
                fs.push(json!({ "name": l, "label": l.to_uppercase(), "widget": "object", "required": false,
                    "fields": [list("synonyms"), list("related"), list("misspellings"), list("shared")] }));
            }
            json!({ "name": c, "label": c, "widget": "object", "collapsed": true, "required": false, "fields": fs })
        })
        .collect();
    let languages: Vec<Value> = codes
        .iter()
        .map(|l| {
            json!({ "name": l, "label": l.to_uppercase(), "widget": "object",
            "fields": [list("stop"), list("intents"), list("markers")] })
        })
        .collect();
    let purposes: Vec<Value> = site
        .config
        .vocabularies
        .get("audiences")
        .into_iter()
        .flatten()
        .map(|a| {
            let fs: Vec<Value> = codes.iter().map(|l| list(l)).collect();
            json!({ "name": a, "label": a, "widget": "object", "required": false, "fields": fs })
        })
        .collect();
    json!({ "name": "data", "label": "Données", "files": [
        { "name": "figures", "label": "Chiffres clés", "file": "content/figures.toml",
          "format": "toml", "fields": figures },
        { "name": "lexicon", "label": "Lexique de l'orientation", "file": "content/lexicon.toml",
          "format": "toml", "fields": [
            { "name": "languages", "label": "Mots ignorés et formules, par langue", "widget": "object", "fields": languages },
            { "name": "concepts", "label": "Concepts", "widget": "object", "fields": concept_fields },
            { "name": "purposes", "label": "Intentions, par public", "widget": "object", "fields": purposes },
        ]},
    ]})
}
