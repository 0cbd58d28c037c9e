//! resolve: links translations by base name, inherits language-independent fields from the
//! default language's file, applies the missing-translation policy, checks vocabularies and
//! computes URLs. Takes the loaded `SourceFile`s, gives a `Site`.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use super::fields::Fields;
use super::figures::Figures;
use super::frontmatter::{line_of_key, line_of_text};
use super::load::SourceFile;
use super::{Meta, Page, PageKind, Site};
use crate::config::{Config, TranslationPolicy};
use crate::error::Diagnostic;

/// `unreadable`: keys of files that exist but could not be read (their own error is reported
/// elsewhere); references to them are not errors on top of it.
pub(crate) fn resolve(
    config: Config,
    files: Vec<SourceFile>,
    figures: Figures,
    unreadable: &BTreeSet<String>,
    drafts: bool,
) -> (Site, Vec<Diagnostic>) {
    let mut by_key: BTreeMap<String, BTreeMap<String, SourceFile>> = BTreeMap::new();
    for f in files {
        by_key
            .entry(f.key.clone())
            .or_default()
            .insert(f.lang.clone(), f);
    }
    let names: Vec<String> = by_key.keys().cloned().collect();
    let keys: BTreeSet<&str> = names.iter().chain(unreadable).map(String::as_str).collect();
    let known = Known {
        keys: &keys,
        unreadable,
        drafts,
        figures: &figures,
    };
    // Each key's files are dropped once its pages are made: the loaded tables and the pages
    // made from them are never all in memory together.
    let resolved: Vec<(Vec<Page>, Vec<Diagnostic>)> = by_key
        .into_par_iter()
        .map(|(key, langs)| {
            let (mut pages, mut problems) = (Vec::new(), Vec::new());
            resolve_key(&config, &known, &key, &langs, &mut pages, &mut problems);
            (pages, problems)
        })
        .collect();
    let mut pages = Vec::with_capacity(resolved.iter().map(|(p, _)| p.len()).sum());
    let mut problems = Vec::new();
    for (mut p, mut d) in resolved {
        pages.append(&mut p);
        problems.append(&mut d);
    }
    check_parents(&config, &keys, &pages, &mut problems);
    super::addresses::check(&pages, &mut problems);
    (Site::new(config, pages, figures), problems)
}

/// The pages of one key, resolved again from its files (`serve`, after an edit of front matter)
/// against the keys and figures of `site`.
pub(crate) fn resolve_one(
    site: &Site,
    key: &str,
    files: Vec<SourceFile>,
    drafts: bool,
) -> (Vec<Page>, Vec<Diagnostic>) {
    let langs: BTreeMap<String, SourceFile> =
        files.into_iter().map(|f| (f.lang.clone(), f)).collect();
    let keys: BTreeSet<&str> = site.pages.iter().map(|p| p.key.as_str()).collect();
    let known = Known {
        keys: &keys,
        unreadable: &site.broken,
        drafts,
        figures: &site.figures,
    };
    let (mut pages, mut problems) = (Vec::new(), Vec::new());
    resolve_key(&site.config, &known, key, &langs, &mut pages, &mut problems);
    (pages, problems)
}

/// What references may name: page keys and figure ids.
struct Known<'a> {
    keys: &'a BTreeSet<&'a str>,
    figures: &'a Figures,
    /// Keys of files that exist but could not be read.
    unreadable: &'a BTreeSet<String>,
    /// Pages marked `draft = true` are made too (`build --drafts`, `check`).
    drafts: bool,
}

fn resolve_key(
    config: &Config,
    known: &Known,
    key: &str,
    langs: &BTreeMap<String, SourceFile>,
    pages: &mut Vec<Page>,
    problems: &mut Vec<Diagnostic>,
) {
    let default = config.default_language.as_str();
    let Some(base) = langs.get(default) else {
        // A French file that exists but could not be read has its own error.
        if known.unreadable.contains(key) {
            return;
        }
        let any = langs.values().next().expect("a key has at least one file");
        problems.push(Diagnostic::new(
            &any.path,
            1,
            format!("no {default} file for `{key}`: translations inherit from the {default} file"),
            format!("add content/{key}.{default}.md with the shared fields (date, sectors, ...)"),
        ));
        return;
    };
    if is_draft(&base.split.table) && !known.drafts {
        return;
    }
    for lang in config.codes() {
        let (file, fallback) = match langs.get(lang) {
            Some(f) if !is_draft(&f.split.table) || known.drafts => (f, false),
            _ if config.translation_policy == TranslationPolicy::Fallback => (base, true),
            _ => continue,
        };
        let mut table = base.split.table.clone();
        if !fallback && lang != default {
            for (k, v) in &file.split.table {
                table.insert(k.clone(), v.clone());
            }
        }
        match meta(config, known, file, base, table) {
            Ok(meta) => pages.push(page(key, lang, file, meta, fallback)),
            Err(mut d) => {
                if fallback {
                    // Reported once, for the default language's own page.
                    continue;
                }
                problems.append(&mut d);
            }
        }
    }
}

fn is_draft(t: &toml::Table) -> bool {
    t.get("draft").and_then(|v| v.as_bool()).unwrap_or(false)
}

fn page(key: &str, lang: &str, file: &SourceFile, meta: Meta, fallback: bool) -> Page {
    let (kind, parent) = kind_and_parent(key);
    Page {
        key: key.to_string(),
        lang: lang.to_string(),
        kind,
        parent,
        path: file.path.clone(),
        meta,
        body: file.split.body.clone(),
        raw_front: file.split.raw.clone(),
        body_line: file.split.body_line,
        fallback,
        content_lang: file.lang.clone(),
        url: url_for(key, lang),
    }
}

pub(crate) fn kind_and_parent(key: &str) -> (PageKind, String) {
    let parent_of = |dir: &str| match dir.rsplit_once('/') {
        Some((up, _)) => format!("{up}/_index"),
        None if dir.is_empty() => String::new(),
        None => "_index".to_string(),
    };
    if key == "_index" {
        (PageKind::Home, String::new())
    } else if let Some(dir) = key.strip_suffix("/_index") {
        (PageKind::Section, parent_of(dir))
    } else {
        let dir = key.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
        let parent = if dir.is_empty() {
            "_index".to_string()
        } else {
            format!("{dir}/_index")
        };
        (PageKind::Page, parent)
    }
}

/// `/<lang>/<dirs>/<slug>/` for a page key.
pub(crate) fn url_for(key: &str, lang: &str) -> String {
    let path = key
        .strip_suffix("_index")
        .unwrap_or(key)
        .trim_end_matches('/');
    crate::urls::page(lang, path)
}

/// Types the merged front matter; a field's errors point at the file that set it.
fn meta(
    config: &Config,
    known: &Known,
    file: &SourceFile,
    base: &SourceFile,
    table: toml::Table,
) -> Result<Meta, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let fields = Fields {
        file,
        base,
        table: &table,
    };
    let title = fields.string("title", &mut problems).unwrap_or_default();
    if title.trim().is_empty() && problems.is_empty() {
        problems.push(Diagnostic::new(
            &file.path,
            file.split.raw_line,
            "the page has no title",
            "add `title = \"...\"` to the front matter",
        ));
    }
    let description = fields.string("description", &mut problems);
    let summary = fields.string("summary", &mut problems);
    let template = fields.string("template", &mut problems);
    let date = fields.date(&mut problems);
    let reviewed = fields.day("reviewed", &mut problems);
    let reported = super::reported::field(&fields, &mut problems);
    let weight = table
        .get("weight")
        .and_then(|v| v.as_integer())
        .unwrap_or(0);
    let paginate_by = table
        .get("paginate_by")
        .and_then(|v| v.as_integer())
        .filter(|&n| n > 0)
        .map(|n| n as usize);
    let sort_by = fields.sort_by(&mut problems);
    let terms = terms(config, &fields, &mut problems);
    let refs = references(config, known.keys, &fields, &mut problems);
    if !known.unreadable.contains(super::figures::FILE) {
        check_figures(known.figures, &fields, &mut problems);
    }
    super::outbound::check(&fields, &mut problems);
    let event = is_event(&file.key)
        .then(|| super::event::parse(&fields, is_draft(&table), &mut problems))
        .flatten()
        .map(Box::new);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Meta {
        title,
        description,
        summary,
        date,
        reviewed,
        reported,
        draft: is_draft(&table),
        weight,
        template,
        paginate_by,
        sort_by,
        terms,
        refs,
        event,
        extra: table,
    })
}

/// A page of the agenda (not its section page).
fn is_event(key: &str) -> bool {
    key.strip_prefix(super::event::SECTION)
        .and_then(|k| k.strip_prefix('/'))
        .is_some_and(|slug| slug != "_index" && !slug.contains('/'))
}

/// Vocabulary fields (`sectors = ["health"]`): each value must be one of `site.toml`'s.
fn terms(
    config: &Config,
    fields: &Fields,
    problems: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (field, allowed) in &config.vocabularies {
        let Some(value) = fields.table.get(field) else {
            continue;
        };
        let Some(items) = value.as_array() else {
            let (p, l) = fields.at(field);
            problems.push(Diagnostic::new(
                p,
                l,
                format!("`{field}` must be a list"),
                format!(
                    "write {field} = [\"{}\"]",
                    allowed.first().map(String::as_str).unwrap_or("")
                ),
            ));
            continue;
        };
        let mut values = Vec::new();
        for item in items {
            let v = item.as_str().unwrap_or_default().to_string();
            if allowed.contains(&v) {
                values.push(v);
            } else {
                let f = fields.owner(field);
                let line = value_line(f, field, &v);
                problems.push(Diagnostic::new(
                    &f.path,
                    line,
                    format!("unknown {field} value {v:?}"),
                    format!("use one of: {}", allowed.join(", ")),
                ));
            }
        }
        out.insert(field.clone(), values);
    }
    out
}

/// Line of a list value (`"cisam"`) in a file's front matter, else the line of its field.
fn value_line(f: &SourceFile, field: &str, value: &str) -> usize {
    line_of_text(&f.split.raw, f.split.raw_line, &format!("\"{value}\""))
        .unwrap_or_else(|| line_of_key(&f.split.raw, f.split.raw_line, field))
}

/// Fields naming other pages (`actors = ["cisam"]`): each value must be a page of the section.
fn references(
    config: &Config,
    keys: &BTreeSet<&str>,
    fields: &Fields,
    problems: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (field, section) in &config.references {
        let Some(items) = fields.table.get(field).and_then(|v| v.as_array()) else {
            continue;
        };
        let mut found = Vec::new();
        for v in items.iter().filter_map(|i| i.as_str()) {
            let key = format!("{section}/{v}");
            if keys.contains(key.as_str()) {
                found.push(key);
            } else {
                let f = fields.owner(field);
                let line = value_line(f, field, v);
                problems.push(Diagnostic::new(
                    &f.path,
                    line,
                    format!("{field}: no page `{v}` in content/{section}/"),
                    format!(
                        "use the name of a file of content/{section}/ without .fr.md, or add content/{key}.fr.md"
                    ),
                ));
            }
        }
        out.insert(field.clone(), found);
    }
    out
}

/// `figures = ["id", ...]` must name figures of content/figures.toml.
fn check_figures(figures: &Figures, fields: &Fields, problems: &mut Vec<Diagnostic>) {
    let Some(items) = fields.table.get("figures").and_then(|v| v.as_array()) else {
        return;
    };
    for id in items.iter().filter_map(|i| i.as_str()) {
        if !figures.contains(id) {
            let f = fields.owner("figures");
            let line = value_line(f, "figures", id);
            problems.push(Diagnostic::new(
                &f.path,
                line,
                format!("unknown figure `{id}`"),
                "use an id of content/figures.toml, or add the figure there with its source",
            ));
        }
    }
}

/// A page in a folder needs that folder's `_index` page, or it would be listed nowhere.
fn check_parents(
    config: &Config,
    keys: &BTreeSet<&str>,
    pages: &[Page],
    problems: &mut Vec<Diagnostic>,
) {
    let default = config.default_language.as_str();
    for p in pages
        .iter()
        .filter(|p| p.lang == default && !p.parent.is_empty())
    {
        if !keys.contains(p.parent.as_str()) {
            problems.push(Diagnostic::new(
                &p.path,
                1,
                format!("the section `{}` has no section page", p.parent),
                format!("add content/{}.{default}.md with a title", p.parent),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_language_and_folder() {
        assert_eq!(url_for("_index", "ar"), "/ar/");
        assert_eq!(url_for("stories/_index", "en"), "/en/stories/");
        assert_eq!(url_for("stories/cisam", "fr"), "/fr/stories/cisam/");
        assert_eq!(url_for("about", "fr"), "/fr/about/");
    }

    #[test]
    fn pages_belong_to_their_folder_section() {
        assert_eq!(kind_and_parent("stories/x").1, "stories/_index");
        assert_eq!(kind_and_parent("about").1, "_index");
        assert_eq!(
            kind_and_parent("stories/_index"),
            (PageKind::Section, "_index".into())
        );
        assert_eq!(kind_and_parent("_index"), (PageKind::Home, String::new()));
    }
}
