//! render: finds shortcodes in a page's Markdown (`{{ name(arg="v") }}` and
//! `{% name(arg="v") %}body{% end %}`, the syntax Zola users know), leaves a placeholder in their
//! place, and checks each call against the theme's `shortcodes.toml` (known name, required and
//! allowed arguments). Fenced code blocks are left alone.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{line_of, Diagnostic};

/// What a theme declares of one shortcode.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    #[serde(default)]
    pub required: Vec<String>,
    #[serde(default)]
    pub optional: Vec<String>,
    /// Whether the block form (`{% name() %}...{% end %}`) is allowed; its text is `body`.
    #[serde(default)]
    pub block: bool,
    /// The `id` argument names a key figure (`"figures"`) or a page of this section: the
    /// template receives it as `figure` or `target`, and an unknown id is an error.
    #[serde(default)]
    pub lookup: Option<String>,
}

pub(crate) type Specs = BTreeMap<String, Spec>;

#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub name: String,
    pub args: serde_json::Map<String, serde_json::Value>,
    pub line: usize,
}

pub(crate) fn placeholder(i: usize) -> String {
    format!("OPSHORTCODE{i}X")
}

/// What `extract` gives: the text with placeholders, the calls they stand for (the n-th
/// placeholder is the n-th call), and the problems found.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    pub text: String,
    pub calls: Vec<Call>,
    pub problems: Vec<Diagnostic>,
}

/// Replaces shortcodes with placeholders; returns the new text, the calls and the problems.
/// How an inline (`{{ name(...) }}`) and a block (`{% name(...) %}`) shortcode open.
const INLINE_OPEN: &str = "{{";
const BLOCK_OPEN: &str = "{%";

pub(crate) fn extract(specs: &Specs, path: &Path, body: &str, first_line: usize) -> Extracted {
    // Most pages call no shortcode: one fast search instead of a scan line by line.
    if !body.contains(INLINE_OPEN) && !body.contains(BLOCK_OPEN) {
        return Extracted {
            text: body.to_string(),
            ..Extracted::default()
        };
    }
    let mut scan = Scan {
        specs,
        path,
        body,
        first_line,
        i: 0,
        in_fence: false,
        at_line_start: true,
        found: Extracted {
            text: String::with_capacity(body.len()),
            ..Extracted::default()
        },
    };
    while scan.i < body.len() {
        if scan.at_line_start && scan.fence_line() {
            continue;
        }
        let rest = &body[scan.i..];
        let is_inline = rest.starts_with(INLINE_OPEN);
        let is_block = rest.starts_with(BLOCK_OPEN);
        if is_inline || is_block {
            scan.shortcode(is_block);
        } else {
            scan.plain_text();
        }
    }
    scan.found
}

/// The scan of a page's body by `extract`: where it is, and what it has found.
struct Scan<'a> {
    specs: &'a Specs,
    path: &'a Path,
    body: &'a str,
    first_line: usize,
    /// Byte offset in `body`.
    i: usize,
    in_fence: bool,
    at_line_start: bool,
    found: Extracted,
}

impl Scan<'_> {
    /// At the start of a line: copies it whole if it opens, closes or is inside a fenced code
    /// block, and says whether it did.
    fn fence_line(&mut self) -> bool {
        let (i, body) = (self.i, self.body);
        let line_end = body[i..]
            .find('\n')
            .map(|n| i + n + 1)
            .unwrap_or(body.len());
        let t = body[i..line_end].trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            self.in_fence = !self.in_fence;
        }
        if self.in_fence || t.starts_with("```") || t.starts_with("~~~") {
            self.found.text.push_str(&body[i..line_end]);
            self.i = line_end;
            return true;
        }
        false
    }

    /// Copies text in one go up to where a shortcode or a line could start.
    fn plain_text(&mut self) {
        let rest = &self.body[self.i..];
        let c = rest.chars().next().expect("i is inside the text");
        let n = match c {
            '\n' => 1,
            c => rest[c.len_utf8()..]
                .find(['{', '\n'])
                .map_or(rest.len(), |n| n + c.len_utf8()),
        };
        self.at_line_start = c == '\n';
        self.found.text.push_str(&rest[..n]);
        self.i += n;
    }

    /// A shortcode opening at `i` (`{{`, or `{%` for the block form): parsed and replaced by a
    /// placeholder, or reported as malformed and its braces copied as text.
    fn shortcode(&mut self, is_block: bool) {
        self.at_line_start = false;
        let i = self.i;
        let line = self.first_line + line_of(self.body, i) - 1;
        let close = if is_block { "%}" } else { "}}" };
        match parse_call(&self.body[i + 2..], close) {
            Ok(parsed) => self.call(parsed, is_block, line),
            Err(message) => {
                self.found.problems.push(Diagnostic::new(
                    self.path,
                    line,
                    format!("malformed shortcode: {message}"),
                    "write {{ name(arg=\"value\", other=2) }}; to show literal braces, put them in `code`",
                ));
                self.found.text.push_str(&self.body[i..i + 2]);
                self.i += 2;
            }
        }
    }

    /// A parsed call at `i`: a block's text up to `{% end %}` becomes its `body` argument; the
    /// call is checked and leaves a placeholder. An unclosed block is copied as text.
    fn call(&mut self, (name, mut args, used): Parsed, is_block: bool, line: usize) {
        let (i, body) = (self.i, self.body);
        let mut end = i + 2 + used;
        if is_block {
            let Some(stop) = body[end..].find("{% end %}") else {
                self.found.problems.push(Diagnostic::new(
                    self.path,
                    line,
                    format!("the block shortcode `{name}` is never closed"),
                    "add `{% end %}` after its text",
                ));
                self.found.text.push_str(&body[i..end]);
                self.i = end;
                return;
            };
            let text = body[end..end + stop].trim_matches('\n').to_string();
            args.insert("body".into(), serde_json::Value::String(text));
            end += stop + "{% end %}".len();
        }
        let found = &mut self.found;
        check(
            self.specs,
            self.path,
            line,
            &name,
            &args,
            is_block,
            &mut found.problems,
        );
        found.text.push_str(&placeholder(found.calls.len()));
        found.calls.push(Call { name, args, line });
        self.i = end;
    }
}

fn check(
    specs: &Specs,
    path: &Path,
    line: usize,
    name: &str,
    args: &serde_json::Map<String, serde_json::Value>,
    is_block: bool,
    problems: &mut Vec<Diagnostic>,
) {
    let Some(spec) = specs.get(name) else {
        problems.push(Diagnostic::new(
            path,
            line,
            format!("unknown shortcode `{name}`"),
            format!(
                "use one of: {}",
                specs.keys().cloned().collect::<Vec<_>>().join(", ")
            ),
        ));
        return;
    };
    if is_block && !spec.block {
        problems.push(Diagnostic::new(
            path,
            line,
            format!("`{name}` has no block form"),
            format!("write {{{{ {name}(...) }}}} on one line"),
        ));
    }
    for r in &spec.required {
        if !args.contains_key(r) {
            problems.push(Diagnostic::new(
                path,
                line,
                format!("shortcode `{name}` needs the argument `{r}`"),
                format!("add {r}=\"...\""),
            ));
        }
    }
    for a in args.keys() {
        let known =
            spec.required.contains(a) || spec.optional.contains(a) || (a == "body" && spec.block);
        if !known {
            let mut allowed: Vec<&str> = spec
                .required
                .iter()
                .chain(&spec.optional)
                .map(String::as_str)
                .collect();
            allowed.sort_unstable();
            problems.push(Diagnostic::new(
                path,
                line,
                format!("shortcode `{name}` has no argument `{a}`"),
                format!("use: {}", allowed.join(", ")),
            ));
        }
    }
}

type Parsed = (String, serde_json::Map<String, serde_json::Value>, usize);

/// Parses ` name(a="x", b=2) }}` and returns the bytes used, closing delimiter included.
fn parse_call(s: &str, close: &str) -> Result<Parsed, String> {
    let mut p = Cursor { s, i: 0 };
    p.ws();
    let name = p
        .ident()
        .ok_or("expected a shortcode name after the opening braces")?;
    p.ws();
    if !p.eat("(") {
        return Err(format!("expected `(` after `{name}`"));
    }
    let mut args = serde_json::Map::new();
    loop {
        p.ws();
        if p.eat(")") {
            break;
        }
        let key = p.ident().ok_or("expected an argument name")?;
        p.ws();
        if !p.eat("=") {
            return Err(format!("expected `=` after `{key}`"));
        }
        p.ws();
        let value = p.value().ok_or_else(|| {
            format!("argument `{key}` has no valid value (quote text with \"...\")")
        })?;
        args.insert(key, value);
        p.ws();
        if p.eat(",") {
            continue;
        }
        p.ws();
        if p.eat(")") {
            break;
        }
        return Err("expected `,` or `)` between arguments".into());
    }
    p.ws();
    if !p.eat(close) {
        return Err(format!("expected `{close}` to close the shortcode"));
    }
    Ok((name, args, p.i))
}

struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl Cursor<'_> {
    fn rest(&self) -> &str {
        &self.s[self.i..]
    }
    fn ws(&mut self) {
        let t = self.rest().trim_start_matches([' ', '\t', '\n', '\r']);
        self.i = self.s.len() - t.len();
    }
    fn eat(&mut self, tok: &str) -> bool {
        if self.rest().starts_with(tok) {
            self.i += tok.len();
            true
        } else {
            false
        }
    }
    fn ident(&mut self) -> Option<String> {
        let n = self
            .rest()
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(self.rest().len());
        if n == 0 || self.rest().starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let id = self.rest()[..n].to_string();
        self.i += n;
        Some(id)
    }
    fn value(&mut self) -> Option<serde_json::Value> {
        let r = self.rest();
        if let Some(q) = r.chars().next().filter(|c| *c == '"' || *c == '\'') {
            let mut text = String::new();
            let mut chars = r[1..].char_indices();
            while let Some((k, c)) = chars.next() {
                match c {
                    '\\' => match chars.next()?.1 {
                        'n' => text.push('\n'),
                        other => text.push(other),
                    },
                    c if c == q => {
                        self.i += 1 + k + 1;
                        return Some(serde_json::Value::String(text));
                    }
                    c => text.push(c),
                }
            }
            return None;
        }
        for (word, v) in [("true", true), ("false", false)] {
            if r.starts_with(word) {
                self.i += word.len();
                return Some(serde_json::Value::Bool(v));
            }
        }
        let r = self.rest();
        let n = r
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .unwrap_or(r.len());
        let num = &r[..n];
        let v = if let Ok(i) = num.parse::<i64>() {
            serde_json::Value::from(i)
        } else {
            serde_json::Value::from(num.parse::<f64>().ok()?)
        };
        self.i += n;
        Some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specs() -> Specs {
        toml::from_str(
            "[quote]\nrequired=[\"text\"]\noptional=[\"source\"]\nblock=true\n[figure]\nrequired=[\"src\",\"alt\"]",
        )
        .unwrap()
    }

    #[test]
    fn replaces_inline_shortcodes_with_placeholders() {
        let Extracted {
            text,
            calls,
            problems,
        } = extract(
            &specs(),
            Path::new("p.fr.md"),
            "Intro\n\n{{ quote(text=\"Dit \\\"ici\\\"\", source='Seed') }}\n",
            5,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(text, format!("Intro\n\n{}\n", placeholder(0)));
        assert_eq!(calls[0].args["text"], "Dit \"ici\"");
        assert_eq!(calls[0].line, 7);
    }

    #[test]
    fn leaves_fenced_code_alone() {
        let Extracted { text, calls, .. } =
            extract(&specs(), Path::new("p"), "```\n{{ nope() }}\n```\n", 1);
        assert!(calls.is_empty());
        assert!(text.contains("{{ nope() }}"));
    }

    #[test]
    fn unknown_shortcode_names_the_line_and_the_known_ones() {
        let problems = extract(
            &specs(),
            Path::new("p.fr.md"),
            "a\nb\n{{ video(id=3) }}",
            10,
        )
        .problems;
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 12);
        assert!(problems[0].message.contains("unknown shortcode `video`"));
        assert!(problems[0].fix.contains("figure, quote"));
    }

    #[test]
    fn missing_required_argument_is_reported() {
        let problems =
            extract(&specs(), Path::new("p"), "{{ figure(src=\"/a.png\") }}", 1).problems;
        assert!(problems[0].message.contains("needs the argument `alt`"));
    }

    #[test]
    fn block_form_passes_its_text_as_body() {
        let Extracted {
            calls, problems, ..
        } = extract(
            &specs(),
            Path::new("p"),
            "{% quote(text=\"x\") %}\nHello\n{% end %}",
            1,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(calls[0].args["body"], "Hello");
    }
}
