//! content: the orientation lexicon (`content/lexicon.toml`), which communications staff edit
//! without code: per vocabulary value and language, synonyms, related words and common
//! misspellings; per language, intent phrases ("je cherche") and stop words. Its forms are
//! analyzed at build time by `analyze`, the same rules the browser applies to a question.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use crate::analyze::{self, Stops};
use crate::config::Config;
use crate::error::{line_of_error, line_of_text, Diagnostic};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    #[serde(default)]
    pub synonyms: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub misspellings: Vec<String>,
    /// Words every language uses alike ("startup", "coworking"): a form belongs to its
    /// language only (issue #30: the English "local" is not the French « local »), unless it
    /// is written here.
    #[serde(default)]
    pub shared: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageWords {
    #[serde(default)]
    pub stop: Vec<String>,
    #[serde(default)]
    pub intents: Vec<String>,
    /// Words that tell a question is in this language ("the", "my" / « le », « mon »): the
    /// question is read in its own language first, whatever the page's.
    #[serde(default)]
    pub markers: Vec<String>,
}

/// One concept: its words per language, and the broader concepts it implies (a question
/// about a grant is about funding too), so that no word needs to be written under two.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Concept {
    #[serde(default)]
    pub implies: Vec<String>,
    #[serde(flatten)]
    pub words: BTreeMap<String, Words>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct File {
    #[serde(default)]
    languages: BTreeMap<String, LanguageWords>,
    #[serde(default)]
    concepts: BTreeMap<String, Concept>,
    #[serde(default)]
    purposes: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// `content/lexicon.toml`, relative to the site's root.
    pub path: PathBuf,
    pub text: String,
    pub languages: BTreeMap<String, LanguageWords>,
    /// Vocabulary value → its words per language and what it implies.
    pub concepts: BTreeMap<String, Concept>,
    /// Audience → language → phrases saying who asks and why ("invest in", « s'implanter »,
    /// "نقل شركتي"): the intent of a question, read before its topics (issue #30).
    pub purposes: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    pub stops: Stops,
}

/// One way of naming a concept, analyzed: the words a question must contain, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub tokens: Vec<String>,
    pub concept: String,
    /// 2 for labels, synonyms and misspellings; 1 for related words.
    pub weight: u8,
    pub lang: String,
    /// The word as written in the lexicon (for `check`'s messages).
    pub written: String,
    /// A label from the Fluent files rather than a word of the lexicon.
    pub label: bool,
    /// Written under `shared`: it names the concept in every language.
    pub shared: bool,
}

/// Reads the lexicon; a site without one has an empty lexicon. Syntax errors and values that
/// are in no vocabulary are content problems, with file and line.
pub fn load(config: &Config) -> (Lexicon, Vec<Diagnostic>) {
    let rel = PathBuf::from("content/lexicon.toml");
    let text = match super::load::read_optional(&config.root, &rel) {
        Ok(Some(text)) => text,
        Ok(None) => return (Lexicon::default(), Vec::new()),
        Err(d) => return (Lexicon::default(), vec![d]),
    };
    let file: File = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            let line = e.span().map(|s| line_of_error(&text, s.start)).unwrap_or(1);
            let d = Diagnostic::new(
                &rel,
                line,
                format!("invalid lexicon: {}", e.message()),
                "each concept is `[concepts.<value>]` with `fr = { synonyms = [\"...\"] }`",
            );
            return (Lexicon::default(), vec![d]);
        }
    };
    let mut problems = Vec::new();
    let known = |v: &String| config.vocabularies.values().any(|list| list.contains(v));
    let audiences = config.vocabularies.get("audiences");
    for slug in file.purposes.keys() {
        if !audiences.is_some_and(|a| a.contains(slug)) {
            let line = line_of_text(&text, 1, &format!("[purposes.{slug}]")).unwrap_or(1);
            problems.push(Diagnostic::new(
                &rel,
                line,
                format!("`{slug}` is no audience"),
                "name a value of the `audiences` list of site.toml",
            ));
        }
    }
    for (slug, concept) in &file.concepts {
        let line = line_of_text(&text, 1, &format!("[concepts.{slug}]")).unwrap_or(1);
        for v in std::iter::once(slug).chain(&concept.implies) {
            if !known(v) {
                problems.push(Diagnostic::new(
                    &rel,
                    line,
                    format!("`{v}` is a value of no vocabulary"),
                    "use a value of a [vocabularies] list of site.toml",
                ));
            }
        }
    }
    let folded = |lang: &str| -> Vec<String> {
        file.languages
            .get(lang)
            .map(|l| l.stop.iter().map(|w| analyze::fold(w)).collect())
            .unwrap_or_default()
    };
    let stops = Stops {
        fr: folded("fr"),
        en: folded("en"),
        ar: folded("ar"),
    };
    let lexicon = Lexicon {
        path: rel,
        text,
        languages: file.languages,
        concepts: file.concepts,
        purposes: file.purposes,
        stops,
    };
    (lexicon, problems)
}

impl Lexicon {
    /// Every form of every concept, `labels` (value → language → label) included.
    pub fn forms(&self, labels: &BTreeMap<String, BTreeMap<String, String>>) -> Vec<Form> {
        let mut forms = Vec::new();
        let mut add = |concept: &str, lang: &str, written: &str, weight: u8, label: bool| {
            let tokens = analyze::analyze(written, lang, &self.stops);
            forms.push(Form {
                tokens,
                concept: concept.to_string(),
                weight,
                lang: lang.to_string(),
                written: written.to_string(),
                label,
                shared: false,
            });
        };
        for (concept, by_lang) in labels {
            for (lang, label) in by_lang {
                add(concept, lang, label, 2, true);
            }
        }
        for (concept, c) in &self.concepts {
            for (lang, words) in &c.words {
                for w in words.synonyms.iter().chain(&words.misspellings) {
                    add(concept, lang, w, 2, false);
                }
                for w in &words.related {
                    add(concept, lang, w, 1, false);
                }
            }
        }
        forms.extend(self.shared_forms());
        forms
    }

    /// The `shared` words of every concept, analyzed under each language's rules.
    fn shared_forms(&self) -> Vec<Form> {
        let mut forms = Vec::new();
        for (concept, c) in &self.concepts {
            for written in c.words.values().flat_map(|w| &w.shared) {
                for lang in ["fr", "en", "ar"] {
                    forms.push(Form {
                        tokens: analyze::analyze(written, lang, &self.stops),
                        concept: concept.clone(),
                        weight: 2,
                        lang: lang.to_string(),
                        written: written.clone(),
                        label: false,
                        shared: true,
                    });
                }
            }
        }
        forms
    }

    /// Intent phrases of a language, analyzed: removed from a question before its concepts
    /// are looked for.
    pub(crate) fn intents(&self, lang: &str) -> Vec<Vec<String>> {
        self.languages
            .get(lang)
            .map(|l| {
                l.intents
                    .iter()
                    .map(|p| analyze::analyze(p, lang, &self.stops))
                    .filter(|t| !t.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The purpose phrases of an audience, every language's, folded (words split by one space).
    pub(crate) fn purposes_of(&self, audience: &str) -> Vec<String> {
        self.purposes
            .get(audience)
            .into_iter()
            .flat_map(|by_lang| by_lang.values().flatten())
            .map(|p| {
                let folded = analyze::fold(p);
                let words: Vec<&str> = folded
                    .split(|c: char| !c.is_alphanumeric() && c != '*')
                    .filter(|w| !w.is_empty())
                    .collect();
                words.join(" ")
            })
            .filter(|p| !p.is_empty())
            .collect()
    }

    /// The markers of a language, folded.
    pub(crate) fn markers(&self, lang: &str) -> Vec<String> {
        self.languages
            .get(lang)
            .map(|l| l.markers.iter().map(|w| analyze::fold(w)).collect())
            .unwrap_or_default()
    }

    /// The line of a concept's table, or 1.
    pub(crate) fn line_of_concept(&self, value: &str) -> usize {
        line_of_text(&self.text, 1, &format!("[concepts.{value}]")).unwrap_or(1)
    }

    /// The line where `word` is written under `concept` (or anywhere), for messages.
    pub(crate) fn line_of(&self, concept: &str, word: &str) -> usize {
        let quoted = format!("\"{word}\"");
        let header = format!("[concepts.{concept}]");
        let from = self
            .text
            .lines()
            .position(|l| l.trim() == header)
            .unwrap_or(0);
        self.text
            .lines()
            .enumerate()
            .skip(from)
            .find(|(_, l)| l.contains(&quoted))
            .map(|(i, _)| i + 1)
            .or_else(|| line_of_text(&self.text, 1, &quoted))
            .unwrap_or(1)
    }
}
