//! check: the orientation lexicon. A vocabulary value with no label or no synonym in a
//! language (a question in that language cannot name it), a word two concepts claim (a
//! question naming it would be read both ways), a word the analyzer reduces to nothing (all
//! stop words: it can never match). Each with the lexicon's file and line.

use std::collections::BTreeMap;

use crate::content::Site;
use crate::error::Diagnostic;
use crate::i18n::I18n;
use crate::render::orientation;

pub fn check(site: &Site, i18n: &I18n) -> Vec<Diagnostic> {
    let lexicon = &site.lexicon;
    if lexicon.text.is_empty() {
        return Vec::new();
    }
    let path = &lexicon.path;
    let at = |line: usize, message: String, fix: &str| Diagnostic::new(path, line, message, fix);
    let mut problems = Vec::new();
    for (field, values) in site.config.oriented_vocabularies() {
        for value in values {
            let line = lexicon.line_of_concept(value);
            for lang in site.config.codes() {
                if !i18n.has(lang, &format!("{field}-{value}")) {
                    problems.push(at(
                        line,
                        format!("`{value}` has no label in {lang}"),
                        &format!("add `{field}-{value} = ...` to i18n/{lang}.ftl"),
                    ));
                }
                let synonyms = lexicon
                    .concepts
                    .get(value)
                    .and_then(|c| c.words.get(lang))
                    .map_or(0, |w| w.synonyms.len());
                if synonyms == 0 {
                    problems.push(at(
                        line,
                        format!("`{value}` has no synonym in {lang}"),
                        &format!(
                            "add `{lang} = {{ synonyms = [\"...\"] }}` under [concepts.{value}]"
                        ),
                    ));
                }
            }
        }
    }
    problems.extend(forms(site, i18n));
    problems
}

/// Words reduced to nothing, and words two concepts claim.
fn forms(site: &Site, i18n: &I18n) -> Vec<Diagnostic> {
    let lexicon = &site.lexicon;
    let path = &lexicon.path;
    let at = |line: usize, message: String, fix: &str| Diagnostic::new(path, line, message, fix);
    let mut problems = Vec::new();
    let labels = orientation::labels(site, i18n);
    let mut claimed: BTreeMap<(String, String), (String, String, bool)> = BTreeMap::new();
    for form in lexicon.forms(&labels) {
        let line = if form.label {
            lexicon.line_of_concept(&form.concept)
        } else {
            lexicon.line_of(&form.concept, &form.written)
        };
        // A label made of stop words ("Entreprise", when "entreprise" is one) is left to the
        // concept's synonyms; a concept without any is reported above.
        if form.tokens.is_empty() && form.label {
            continue;
        }
        if form.tokens.is_empty() {
            let fix = if form.label {
                "remove the label's words from the stop words, or rely on the concept's synonyms"
            } else {
                "write a word that carries the meaning, or remove it from the stop words"
            };
            problems.push(at(
                line,
                format!(
                    "“{}” ({}) is only stop words: no question can match it",
                    form.written, form.lang
                ),
                fix,
            ));
            continue;
        }
        // Related words may point to several concepts; synonyms and labels may not.
        if form.weight < 2 {
            continue;
        }
        let key = (form.lang.clone(), form.tokens.join(" "));
        match claimed.get(&key) {
            // Two labels stemmed alike ("Financeur", "Financement") are Fluent's, not the
            // lexicon's: a question naming one is read as both, which is what it means.
            Some((_, _, true)) if form.label => {}
            Some((concept, first, _)) if *concept != form.concept => problems.push(at(
                line,
                format!(
                    "“{}” ({}) names `{}` and `{concept}` (as “{first}”): a question would be read both ways",
                    form.written, form.lang, form.concept
                ),
                "keep the word under one concept only",
            )),
            Some(_) => {}
            None => {
                claimed.insert(key, (form.concept.clone(), form.written.clone(), form.label));
            }
        }
    }
    problems
}
