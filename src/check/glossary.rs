//! check: the glossary (`i18n/glossary.toml`): one term per concept and language. Every variant
//! to avoid found in a page of that language (front matter and body), in that language's part
//! of `content/figures.toml` or in its Fluent file is reported with its file, line and the
//! preferred form; so is a token gluing Arabic and Latin letters ("وle Cloître"), also in the
//! lexicon (whose word lists keep the variants readers type). The shipped content is held to
//! it by `tests/authoring.rs` (check passes once the publisher is filled in).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::Diagnostic;

#[derive(Deserialize)]
struct Glossary {
    #[serde(default)]
    term: Vec<Term>,
}

#[derive(Deserialize)]
struct Term {
    #[serde(flatten)]
    langs: std::collections::BTreeMap<String, toml::Value>,
}

/// (avoid, prefer) pairs per language.
type Rules = std::collections::BTreeMap<String, Vec<(String, String)>>;

/// Front matter fields holding slugs, paths or vocabulary values, not prose.
const NOT_PROSE: [&str; 17] = [
    "actors",
    "operators",
    "figures",
    "sectors",
    "audiences",
    "kinds",
    "needs",
    "stages",
    "site-kinds",
    "scheme-kinds",
    "hero",
    "image",
    "template",
    "sort_by",
    "date",
    "reported",
    "weight",
];

pub fn check(root: &Path) -> Vec<Diagnostic> {
    let path = root.join("i18n/glossary.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let rules = match toml::from_str::<Glossary>(&text) {
        Ok(g) => rules_of(g),
        Err(e) => {
            let line = e
                .span()
                .map_or(1, |s| crate::error::line_of(&text, s.start));
            let fix = "each [[term]] has concept = \"...\" and fr/en/ar = { prefer = \"...\", avoid = [...] }";
            return vec![Diagnostic::new(
                "i18n/glossary.toml",
                line,
                e.message(),
                fix,
            )];
        }
    };
    let mut found = Vec::new();
    let content = root.join("content");
    for entry in walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        let p = entry.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let lang = name.strip_suffix(".md").and_then(|s| s.rsplit('.').next());
        if let Some(lang) = lang.filter(|l| l.len() == 2) {
            scan(root, p, &rules, &mut found, |_| Some(lang.to_string()));
        }
    }
    // A figure's languages are inline tables (`en = { ... }`) or, as the browser editor saves
    // them, tables of their own (`[id.en]`); its top-level `source` is French.
    let mut table_lang: Option<String> = None;
    scan(
        root,
        &content.join("figures.toml"),
        &rules,
        &mut found,
        |line| {
            let t = line.trim_start();
            if let Some(header) = t.strip_prefix('[') {
                let name = header.trim_end().trim_end_matches(']');
                table_lang = name
                    .rsplit_once('.')
                    .map(|(_, l)| l.trim_matches('"').to_string());
                return None;
            }
            let key = t.split(['=', ' ']).next().unwrap_or("");
            if rules.contains_key(key) {
                Some(key.to_string())
            } else if table_lang.is_some() {
                table_lang.clone()
            } else {
                key.starts_with("source").then(|| "fr".to_string())
            }
        },
    );
    scan(
        root,
        &content.join("lexicon.toml"),
        &Rules::new(),
        &mut found,
        |_| None,
    );
    for lang in rules.keys() {
        let ftl = root.join("i18n").join(format!("{lang}.ftl"));
        scan(root, &ftl, &rules, &mut found, |_| Some(lang.clone()));
    }
    found
}

fn rules_of(g: Glossary) -> Rules {
    let mut rules = Rules::new();
    for term in g.term {
        for (lang, v) in term.langs.iter().filter(|(k, _)| k.len() == 2) {
            let prefer = v.get("prefer").and_then(|p| p.as_str()).unwrap_or("");
            let avoid = v.get("avoid").and_then(|a| a.as_array());
            for a in avoid.into_iter().flatten().filter_map(|a| a.as_str()) {
                let list = rules.entry(lang.clone()).or_default();
                list.push((a.to_string(), prefer.to_string()));
            }
        }
    }
    rules
}

/// Checks each line of one file in the language `lang_of` gives it (none: only glued tokens).
fn scan(
    root: &Path,
    path: &Path,
    rules: &Rules,
    found: &mut Vec<Diagnostic>,
    mut lang_of: impl FnMut(&str) -> Option<String>,
) {
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    let rel: PathBuf = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    for (i, raw) in text.lines().enumerate() {
        if raw.trim_start().starts_with('#') && path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        // A Fluent message's id is not prose: only its value is checked.
        let raw = match raw.split_once(" = ") {
            Some((id, value))
                if path.extension().is_some_and(|e| e == "ftl") && !id.starts_with(' ') =>
            {
                value
            }
            _ => raw,
        };
        let line = prose_of(raw);
        if let Some(list) = lang_of(raw).and_then(|l| rules.get(&l)) {
            for (avoid, prefer) in list.iter().filter(|(a, _)| has_word(&line, a)) {
                found.push(Diagnostic::new(
                    &rel,
                    i + 1,
                    format!("glossary: \"{avoid}\" is a variant to avoid"),
                    format!("write \"{prefer}\" (i18n/glossary.toml)"),
                ));
            }
        }
        for token in glued(&line) {
            found.push(Diagnostic::new(
                &rel,
                i + 1,
                format!("\"{token}\" glues Arabic and Latin letters"),
                "put a space between them; isolate the Latin name (no و or ل glued to it)",
            ));
        }
    }
}

/// The line without what is not prose: slug fields, link targets, shortcode ids, URLs.
fn prose_of(line: &str) -> String {
    let t = line.trim_start();
    if NOT_PROSE.iter().any(|f| {
        t.strip_prefix(f)
            .is_some_and(|r| r.trim_start().starts_with('='))
    }) {
        return String::new();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while !rest.is_empty() {
        let skip = ["](", "@/", "https://", "http://", "id=\"", "src=\""]
            .iter()
            .filter_map(|p| rest.find(p).map(|i| (i, *p)))
            .min();
        let Some((i, pat)) = skip else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..i]);
        out.push(' ');
        let after = &rest[i + pat.len()..];
        let end = match pat {
            "](" => after.find(')'),
            "id=\"" | "src=\"" => after.find('"').map(|e| e + 1),
            _ => after.find(|c: char| c.is_whitespace() || c == ')' || c == '"'),
        };
        rest = &after[end.unwrap_or(after.len())..];
    }
    out
}

/// `word` in `line`, not inside a longer word.
fn has_word(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Letter runs mixing Arabic and Latin letters.
fn glued(line: &str) -> Vec<&str> {
    line.split(|c: char| !c.is_alphabetic())
        .filter(|t| {
            t.chars().any(is_arabic)
                && t.chars()
                    .any(|c| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only_and_links_are_not_prose() {
        assert!(has_word("la métropole Aix", "métropole"));
        assert!(!has_word("les métropoles", "métropole"));
        assert!(!has_word(
            &prose_of("voir [x](@/metropole.md)"),
            "metropole"
        ));
        assert!(prose_of("sectors = [\"metropole\"]").is_empty());
    }

    #[test]
    fn an_arabic_letter_glued_to_a_latin_word_is_found() {
        assert_eq!(glued("زيارة وle Cloître اليوم"), ["وle"]);
        assert!(glued("زيارة و Le Cloître").is_empty());
    }
}
