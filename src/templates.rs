//! templates: the one tera setup of the program. The theme's templates (HTML, XML), parsed once
//! per build with the functions they call: `t(key=..., lang=..., count=...)` for Fluent strings,
//! `label(field=..., value=..., lang=...)` for vocabulary labels; and the SVG templates of cards
//! and kit documents. One escaper per context: HTML (pages) and XML (feeds, SVG).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Tera, Value};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::hash;
use crate::i18n::I18n;

pub fn load(config: &Config, i18n: Arc<I18n>) -> Result<Tera> {
    let dir = config.theme_dir().join("templates");
    let mut named = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io("read", &dir, e.into()))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let text = crate::files::read_text(path)?;
        bounded(path, &text)?;
        let name = path
            .strip_prefix(&dir)
            .map(|r| r.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        named.push((name, text));
    }
    references(&dir, &named)?;
    let mut tera = Tera::default();
    tera.add_raw_templates(named).map_err(|e| Error::Template {
        template: dir.display().to_string(),
        page: "(loading the theme)".into(),
        message: chain(&e),
    })?;
    tera.autoescape_on(vec![".html", ".xml", ".svg"]);
    tera.set_escape_fn(escape_html);
    tera.register_function("t", Translate(i18n.clone()));
    tera.register_function("label", Label(i18n));
    Ok(tera)
}

/// Every `include`, `extends` and `import` names a template of the theme: tera would say so
/// only while rendering some page, naming neither the file nor the line of the tag.
fn references(dir: &Path, named: &[(String, String)]) -> Result<()> {
    let known: std::collections::HashSet<&str> = named.iter().map(|(n, _)| n.as_str()).collect();
    for (name, text) in named {
        // Written escaped so that braces in this file stay balanced for simple readers.
        for (at, _) in text.match_indices("\u{7b}%") {
            let tag = text[at + 2..].trim_start_matches(['-', ' ', '\t', '\n', '\r']);
            let Some(rest) = ["include", "extends", "import"]
                .iter()
                .find_map(|w| tag.strip_prefix(w))
            else {
                continue;
            };
            let rest = rest.trim_start();
            let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                continue;
            };
            let target = rest[1..].split(quote).next().unwrap_or("");
            let end = rest.find("%\u{7d}").unwrap_or(rest.len());
            if known.contains(target) || rest[..end].contains("ignore missing") {
                continue;
            }
            return Err(Error::Config {
                path: dir.join(name),
                line: crate::error::line_of(text, at),
                message: format!(
                    "no template `{target}` in {}; correct the name or add the file",
                    dir.display()
                ),
            });
        }
    }
    Ok(())
}

/// Tera's parser recurses once per bracket and per block: thousands overflow the stack and
/// abort the process. Real templates nest a handful deep; past 64 the file is refused with
/// the line where it goes too deep.
fn bounded(path: &Path, text: &str) -> Result<()> {
    const LIMIT: usize = 64;
    let deep = crate::files::too_deep(text, b"([", b")]", LIMIT).or_else(|| {
        let mut depth = 0usize;
        // Written escaped so that braces in this file stay balanced for simple readers.
        for (at, _) in text.match_indices("\u{7b}%") {
            let tag = text[at + 2..].trim_start_matches(['-', ' ', '\t', '\n']);
            let word: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            if ["if", "for", "block", "macro", "filter", "raw"].contains(&word.as_str()) {
                depth += 1;
                if depth > LIMIT {
                    return Some(at);
                }
            } else if word.starts_with("end") {
                depth = depth.saturating_sub(1);
            }
        }
        None
    });
    match deep {
        Some(at) => Err(Error::Config {
            path: path.to_path_buf(),
            line: crate::error::line_of(text, at),
            message: format!(
                "brackets or blocks nested more than {LIMIT} deep; close them or split the template"
            ),
        }),
        None => Ok(()),
    }
}

/// usvg refuses a document of too many nodes, but names the page being drawn, not the
/// template; elements nested past 256 are refused here at the template's line.
fn svg_bounded(path: &Path, text: &str) -> Result<()> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    for (i, w) in bytes.windows(2).enumerate() {
        match w {
            [b'<', c] if c.is_ascii_alphabetic() => depth += 1,
            [b'<', b'/'] | [b'/', b'>'] => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 256 {
            return Err(Error::Config {
                path: path.to_path_buf(),
                line: crate::error::line_of(text, i),
                message: "elements nested more than 256 deep; close them or simplify the SVG"
                    .into(),
            });
        }
    }
    Ok(())
}

/// The SVG templates of one folder (`brand/templates/cards`, `.../kit`), added together so
/// they can import shared macros, XML-escaping every inserted value (a title with `<` or `&`
/// must not break the SVG), with the digest of each one's text.
pub(crate) struct SvgTemplates {
    pub tera: Tera,
    /// Template name to the digest of its text: a changed template redraws what it draws.
    pub digests: BTreeMap<String, String>,
}

impl SvgTemplates {
    pub fn load(dir: &Path) -> Result<SvgTemplates> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| Error::io("read", dir, e))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "svg"))
            .collect();
        files.sort();
        let mut named = Vec::new();
        let mut digests = BTreeMap::new();
        for f in &files {
            let text = crate::files::read_text(f)?;
            bounded(f, &text)?;
            svg_bounded(f, &text)?;
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            digests.insert(name.clone(), hash::hex(text.as_bytes()));
            named.push((name, text));
        }
        let mut tera = Tera::default();
        tera.add_raw_templates(named).map_err(|e| Error::Template {
            template: dir.display().to_string(),
            page: "(loading the SVG templates)".into(),
            message: chain(&e),
        })?;
        tera.autoescape_on(vec![".svg"]);
        tera.set_escape_fn(escape_xml);
        Ok(SvgTemplates { tera, digests })
    }

    /// The digest of every template of the folder together.
    pub fn digest(&self) -> String {
        let mut key = hash::Key::new();
        for (name, d) in &self.digests {
            key.add(name.as_bytes());
            key.add(d.as_bytes());
        }
        key.finish()
    }
}

/// Escapes text for XML (feeds, sitemap, SVG): the five predefined entities.
pub(crate) fn escape_xml(input: &str) -> String {
    escape(input, "&apos;")
}

/// Tera 1 also escapes `/` (as `&#x2F;`), which bloats every URL; these five are enough in
/// text and in quoted attribute values.
pub(crate) fn escape_html(input: &str) -> String {
    escape(input, "&#39;")
}

/// JSON placed inside a `<script>` element: `<`, `>` and `&` as `\u003c`, `\u003e`,
/// `\u0026`, so no text (`</script>`, `<!--<script>`) can end the element or open a comment
/// state; the JSON means the same.
pub(crate) fn json_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            // Line separators are valid JSON but end a line in older JavaScript parsers.
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `& < > "` and the apostrophe as `apostrophe`.
fn escape(input: &str, apostrophe: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 16);
    let mut from = 0;
    // Copies the runs between special bytes in one go: all five are ASCII.
    for (i, b) in input.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => apostrophe,
            _ => continue,
        };
        out.push_str(&input[from..i]);
        out.push_str(entity);
        from = i + 1;
    }
    out.push_str(&input[from..]);
    out
}

/// Tera's errors keep the useful part (the line in the template) in their source chain.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(inner) = cur {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        cur = inner.source();
    }
    s
}

struct Translate(Arc<I18n>);

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let key = str_arg(args, "key")?;
        let lang = str_arg(args, "lang")?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            if k == "key" || k == "lang" || k == "isolate" {
                continue;
            }
            match v {
                Value::Number(n) => {
                    fargs.set(k.clone(), FluentValue::from(n.as_f64().unwrap_or(0.0)))
                }
                Value::String(s) => fargs.set(k.clone(), FluentValue::from(s.clone())),
                other => fargs.set(k.clone(), FluentValue::from(other.to_string())),
            }
        }
        let text = self.0.tr(lang, key, Some(&fargs));
        // `isolate=false`: without Fluent's isolation marks, for arguments that are plain digits
        // (a year reads the same way in any direction) and texts that scripts copy.
        if args.get("isolate") == Some(&Value::Bool(false)) {
            return Ok(Value::String(text.replace(['\u{2068}', '\u{2069}'], "")));
        }
        Ok(Value::String(text))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

struct Label(Arc<I18n>);

impl tera::Function for Label {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let field = str_arg(args, "field")?;
        let value = str_arg(args, "value")?;
        let lang = str_arg(args, "lang")?;
        Ok(Value::String(self.0.tr(
            lang,
            &format!("{field}-{value}"),
            None,
        )))
    }
}

fn str_arg<'a>(args: &'a HashMap<String, Value>, name: &str) -> tera::Result<&'a str> {
    args.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| tera::Error::msg(format!("missing text argument `{name}`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_and_xml_escape_the_five_specials_and_nothing_else() {
        let s = "R&D <b>\"l'été\"</b> /x";
        assert_eq!(
            escape_html(s),
            "R&amp;D &lt;b&gt;&quot;l&#39;été&quot;&lt;/b&gt; /x"
        );
        assert_eq!(
            escape_xml(s),
            "R&amp;D &lt;b&gt;&quot;l&apos;été&quot;&lt;/b&gt; /x"
        );
    }
}
