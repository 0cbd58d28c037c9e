//! render: the data of the orientation page, one plain script per language
//! (`/<lang>/orientation-data.js`, so it works from `file://`): the entries of every directory
//! with their vocabulary values, stories and chapters as further reading, the lexicon's forms
//! analyzed by the build (`analyze`), and the stop words and intent phrases the browser's
//! analyzer needs to read a question the same way.

use std::collections::BTreeMap;

use serde::Serialize;

use super::search::SearchDoc;
use super::Output;
use crate::content::{Page, PageKind, Site};
use crate::i18n::I18n;

/// Text kept per entry for full-text relevance.
const MAX_TEXT: usize = 1200;

#[derive(Serialize)]
struct Entry<'a> {
    u: &'a str,
    t: &'a str,
    s: &'a str,
    /// Its section (`ecosystem`, `schemes`...).
    d: &'a str,
    /// Its vocabulary values.
    c: Vec<&'a str>,
    /// No sector given: it serves every sector.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    ns: bool,
    x: &'a str,
}

/// Vocabulary value → language → label, for every value of every vocabulary.
pub fn labels(site: &Site, i18n: &I18n) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (field, values) in site.config.oriented_vocabularies() {
        for v in values {
            for lang in site.config.codes() {
                let label = i18n.tr(lang, &format!("{field}-{v}"), None);
                out.entry(v.clone())
                    .or_default()
                    .entry(lang.to_string())
                    .or_insert(label);
            }
        }
    }
    out
}

/// Whether the site has an orientation page, whose data holds the pages' text.
pub(crate) fn enabled(site: &Site) -> bool {
    site.get("orientation/_index", &site.config.default_language)
        .is_some()
}

/// The orientation data of every language.
pub(crate) fn data_files(site: &Site, i18n: &I18n, docs: &[SearchDoc]) -> Vec<Output> {
    let Some(data) = Orientation::new(site, i18n) else {
        return Vec::new();
    };
    site.config
        .codes()
        .map(|lang| data.file(site, i18n, lang, docs))
        .collect()
}

/// What every language's orientation data shares (the analyzed lexicon), made once; a build
/// writes each language's file as soon as that language's pages are rendered.
pub(crate) struct Orientation {
    shared: String,
}

impl Orientation {
    /// `None` when the site has no orientation page.
    pub fn new(site: &Site, i18n: &I18n) -> Option<Orientation> {
        if !enabled(site) {
            return None;
        }
        let labels = labels(site, i18n);
        let forms = forms(site, &labels);
        Some(Orientation {
            shared: shared_json(site, &forms),
        })
    }

    /// The data of `lang`, with the text of the pages whose search entries are in `docs`.
    pub fn file(&self, site: &Site, i18n: &I18n, lang: &str, docs: &[SearchDoc]) -> Output {
        let text: BTreeMap<&str, &str> = docs
            .iter()
            .filter(|d| d.lang == lang)
            .map(|d| (d.url.as_str(), d.text.as_str()))
            .collect();
        let own = language_data(site, i18n, lang, &text);
        let own = serde_json::to_string(&own).expect("strings always serialise");
        // Two JSON objects joined into one: `{own…}` and `{shared…}` → `{own…,shared…}`.
        let json = format!("{},{}", &own[..own.len() - 1], &self.shared[1..]);
        Output::new(
            format!("{lang}/orientation-data.js"),
            format!("window.OP_ORIENTATION = {json};\n"),
        )
    }
}

/// Analyzed form (words joined by spaces) → the concepts it names, with their weight.
type Forms = BTreeMap<String, BTreeMap<String, u8>>;

/// Language → its forms: a word names a concept in the language it is written under (and in
/// every language when it is `shared`), so a question is read with its own language's words.
fn forms(
    site: &Site,
    labels: &BTreeMap<String, BTreeMap<String, String>>,
) -> BTreeMap<String, Forms> {
    let mut out: BTreeMap<String, Forms> = BTreeMap::new();
    for f in site.lexicon.forms(labels) {
        if f.tokens.is_empty() {
            continue;
        }
        let w = out
            .entry(f.lang)
            .or_default()
            .entry(f.tokens.join(" "))
            .or_default()
            .entry(f.concept)
            .or_insert(0);
        *w = (*w).max(f.weight);
    }
    out
}

fn entry<'a>(p: &'a Page, text: &BTreeMap<&str, &'a str>) -> Entry<'a> {
    let x = text.get(p.url.as_str()).copied().unwrap_or("");
    let cut = x
        .char_indices()
        .take_while(|(i, _)| *i < MAX_TEXT)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    Entry {
        u: &p.url,
        t: &p.meta.title,
        s: p.meta.summary.as_deref().unwrap_or(""),
        d: p.section(),
        c: p.meta
            .terms
            .values()
            .flatten()
            .map(String::as_str)
            .collect(),
        ns: p.meta.terms.get("sectors").is_none_or(|s| s.is_empty()),
        x: &x[..cut],
    }
}

/// A vocabulary value as the page shows it.
#[derive(Serialize)]
struct ConceptInfo<'a> {
    label: String,
    fields: Vec<&'a str>,
    /// How many entries have it: the fewer, the more specific.
    n: usize,
}

/// What every language's data holds alike, serialised once.
#[derive(Serialize)]
struct Shared<'a> {
    stop: BTreeMap<&'a str, &'a [String]>,
    intents: Vec<Vec<String>>,
    forms: &'a BTreeMap<String, Forms>,
    markers: BTreeMap<&'a str, Vec<String>>,
    /// Audiences in the order of site.toml, each with its purpose phrases.
    purposes: Vec<(&'a str, Vec<String>)>,
    implies: BTreeMap<&'a str, &'a [String]>,
}

fn shared_json(site: &Site, forms: &BTreeMap<String, Forms>) -> String {
    let lexicon = &site.lexicon;
    let stops = &lexicon.stops;
    let shared = Shared {
        stop: BTreeMap::from([
            ("fr", stops.fr.as_slice()),
            ("en", stops.en.as_slice()),
            ("ar", stops.ar.as_slice()),
        ]),
        intents: site
            .config
            .codes()
            .flat_map(|l| lexicon.intents(l))
            .collect(),
        forms,
        markers: ["fr", "en"]
            .into_iter()
            .map(|l| (l, lexicon.markers(l)))
            .collect(),
        purposes: site
            .config
            .vocabularies
            .get("audiences")
            .into_iter()
            .flatten()
            .map(|a| (a.as_str(), lexicon.purposes_of(a)))
            .filter(|(_, p)| !p.is_empty())
            .collect(),
        implies: lexicon
            .concepts
            .iter()
            .filter(|(_, c)| !c.implies.is_empty())
            .map(|(k, c)| (k.as_str(), c.implies.as_slice()))
            .collect(),
    };
    serde_json::to_string(&shared).expect("strings always serialise")
}

/// One language's own part of the data.
#[derive(Serialize)]
struct LanguageData<'a> {
    lang: &'a str,
    concepts: BTreeMap<&'a str, ConceptInfo<'a>>,
    sections: BTreeMap<&'a str, String>,
    /// Audience → its page (address, title): a question saying who asks leads there first.
    audiences: BTreeMap<&'a str, (&'a str, &'a str)>,
    entries: Vec<Entry<'a>>,
    reading: Vec<Entry<'a>>,
}

fn language_data<'a>(
    site: &'a Site,
    i18n: &I18n,
    lang: &'a str,
    text: &BTreeMap<&str, &'a str>,
) -> LanguageData<'a> {
    let directories = &site.config.directories;
    let pages: Vec<&Page> = site
        .pages_in(lang)
        .filter(|p| p.kind == PageKind::Page && !p.section().is_empty() && !p.fallback)
        .collect();
    let (primary, reading): (Vec<&Page>, Vec<&Page>) = pages
        .into_iter()
        .partition(|p| directories.contains_key(p.section()));
    let entries: Vec<Entry> = primary.iter().map(|p| entry(p, text)).collect();
    let reading: Vec<Entry> = reading.iter().map(|p| entry(p, text)).collect();
    let mut concepts: BTreeMap<&str, ConceptInfo> = BTreeMap::new();
    for (field, values) in site.config.oriented_vocabularies() {
        for v in values {
            let c = concepts.entry(v.as_str()).or_insert_with(|| ConceptInfo {
                label: i18n.tr(lang, &format!("{field}-{v}"), None),
                fields: Vec::new(),
                n: entries.iter().filter(|e| e.c.contains(&v.as_str())).count(),
            });
            c.fields.push(field);
        }
    }
    let sections = entries
        .iter()
        .chain(&reading)
        .map(|e| {
            let title = site
                .get(&format!("{}/_index", e.d), lang)
                .map(|p| p.meta.title.clone())
                .unwrap_or_default();
            (e.d, title)
        })
        .collect();
    let audiences = site
        .config
        .vocabularies
        .get("audiences")
        .into_iter()
        .flatten()
        .filter_map(|v| {
            let p = site.get(&format!("audiences/{v}"), lang)?;
            Some((v.as_str(), (p.url.as_str(), p.meta.title.as_str())))
        })
        .collect();
    LanguageData {
        lang,
        concepts,
        sections,
        audiences,
        entries,
        reading,
    }
}
