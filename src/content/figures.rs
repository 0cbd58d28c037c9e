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
    pub source: String,
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
    let map: BTreeMap<String, Figure> = match toml::from_str(&text) {
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
    for (id, f) in &map {
        for lang in config.codes() {
            if !f.languages.contains_key(lang) {
                let line = line_of_text(&text, 1, &format!("[{id}]")).unwrap_or(1);
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
