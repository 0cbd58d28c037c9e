//! load: the key figures of `content/figures.toml`, written once with their source and year and
//! localised per language, for pages (shortcode, audience proof points), cards and the kit.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::content::frontmatter::line_of_text;
use crate::error::{line_of_error, Diagnostic};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Localised {
    pub value: String,
    pub label: String,
    /// The source in this language, when it needs translating.
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Figure {
    /// The theme it is listed under on the key figures sheet (ordered by `themes` in
    /// `content/kit/_index.fr.md`, labelled by `figures-theme-<theme>` in `i18n/`).
    #[serde(default)]
    pub theme: Option<String>,
    pub year: Option<i64>,
    /// A target or forecast (issue #29): the year it was set, and the year it is due for when
    /// the source gives one. Pages show both; past the due year the browser says so.
    #[serde(default)]
    pub set: Option<i64>,
    #[serde(default)]
    pub due: Option<i64>,
    /// The target is a forecast (« devrait se hisser… »), not a goal someone set: pages say
    /// « prévision » rather than « objectif ».
    #[serde(default)]
    pub forecast: bool,
    pub source: String,
    /// Line of `[id]` in the file, for `check`'s reports.
    #[serde(skip)]
    pub line: usize,
    #[serde(flatten)]
    pub languages: BTreeMap<String, Localised>,
}

#[derive(Debug, Clone, Default)]
pub struct Figures(pub BTreeMap<String, Figure>);

/// What a template sees of one figure in one language.
#[derive(Debug, Clone, Serialize)]
pub struct FigureView<'a> {
    pub id: &'a str,
    pub value: &'a str,
    pub label: &'a str,
    pub source: &'a str,
    /// Language of the source text: the page's when translated, else the default language.
    pub source_lang: &'a str,
    pub year: Option<i64>,
    /// For a target: the year it was set and, when known, the year it is due.
    pub set: Option<i64>,
    pub due: Option<i64>,
    pub forecast: bool,
}

impl Figures {
    pub fn get(&self, id: &str, lang: &str, default: &str) -> Option<FigureView<'_>> {
        let (id, f) = self.0.get_key_value(id)?;
        let (code, l) = f
            .languages
            .get_key_value(lang)
            .or_else(|| f.languages.get_key_value(default))?;
        let translated = l.source.is_some();
        let default_code = f.languages.get_key_value(default).map(|(k, _)| k.as_str());
        Some(FigureView {
            source_lang: if translated {
                code
            } else {
                default_code.unwrap_or(code)
            },
            id,
            value: &l.value,
            label: &l.label,
            source: l.source.as_deref().unwrap_or(&f.source),
            year: f.year,
            set: f.set,
            due: f.due,
            forecast: f.forecast,
        })
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }
}

pub const FILE: &str = "content/figures.toml";

pub fn load(config: &Config) -> (Figures, Vec<Diagnostic>) {
    let text = match super::load::read_optional(&config.root, std::path::Path::new(FILE)) {
        Ok(Some(text)) => text,
        Ok(None) => return (Figures::default(), Vec::new()),
        Err(d) => return (Figures::default(), vec![d]),
    };
    let mut map: BTreeMap<String, Figure> = match toml::from_str(&text) {
        Ok(m) => m,
        Err(e) => {
            let line = e.span().map(|s| line_of_error(&text, s.start)).unwrap_or(1);
            let d = Diagnostic::new(
                FILE,
                line,
                format!("invalid figure: {}", e.message().trim()),
                "each figure needs year, source and fr/en/ar = { value = \"...\", label = \"...\" }",
            );
            return (Figures::default(), vec![d]);
        }
    };
    let mut problems = Vec::new();
    for (id, f) in map.iter_mut() {
        let line = line_of_text(&text, 1, &format!("[{id}]")).unwrap_or(1);
        f.line = line;
        problems.extend(target_problem(id, f));
        for lang in config.codes() {
            if !f.languages.contains_key(lang) {
                problems.push(Diagnostic::new(
                    FILE,
                    line,
                    format!("figure `{id}` has no {lang} value"),
                    format!("add {lang} = {{ value = \"...\", label = \"...\" }}"),
                ));
            }
        }
    }
    (Figures(map), problems)
}

/// A due year needs the year the target was set, and cannot come before it.
fn target_problem(id: &str, f: &Figure) -> Option<Diagnostic> {
    let (message, fix) = match (f.set, f.due) {
        (None, Some(due)) => (
            format!("figure `{id}` has `due = {due}` but no `set`"),
            "add `set = <year the target was set>`, as the source gives it".to_string(),
        ),
        (Some(set), Some(due)) if due < set => (
            format!("figure `{id}` is due in {due}, before it was set ({set})"),
            "check both years against the source: `set` is when it was set, `due` the year aimed at"
                .to_string(),
        ),
        _ => return None,
    };
    Some(Diagnostic::new(FILE, f.line, message, fix))
}
