//! The module order of `src/` (STYLE.md): top-level modules lowest first, each using only the
//! ones above it, so data and plumbing flow one way. Read from the source: any `crate::` path
//! that points down this list fails the test with its file and line. Test modules are excepted.
//! Also holds the size gates: files of at most 500 lines, functions of at most 80.

use std::path::{Path, PathBuf};

/// Lowest first. A new top-level module must be placed here.
const ORDER: &[&str] = &[
    "error",
    "files",
    "hash",
    "urls",
    "analyze",
    "progress",
    "config",
    "content",
    "i18n",
    "templates",
    "assets",
    "draw",
    "cards",
    "kit",
    "render",
    "output",
    "pipeline",
    "serve",
    "check",
];

fn sources() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// `src/render/page.rs` → `render`; `src/lib.rs` and `src/main.rs` → `None` (they may use all).
fn module_of(path: &Path) -> Option<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rel = path.strip_prefix(&src).ok()?;
    let first = rel
        .components()
        .next()?
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    let name = first.trim_end_matches(".rs").to_string();
    (name != "lib" && name != "main").then_some(name)
}

/// The code of a file without its comments and without its test module.
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.split("//").next().unwrap_or("");
        out.push((i + 1, code.to_string()));
    }
    out
}

/// Every module a line names through `crate::`: `crate::x::y`, and `use crate::{x, y::z}`.
fn named_modules(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                names.push(ident(item.trim()));
            }
        } else {
            names.push(ident(rest));
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// Every use of a module further down the order, as `file:line: a uses b`.
fn upward_imports(files: &[(PathBuf, String)]) -> Vec<String> {
    let rank = |m: &str| ORDER.iter().position(|o| *o == m);
    let mut bad = Vec::new();
    for (path, text) in files {
        let Some(module) = module_of(path) else {
            continue;
        };
        let Some(own) = rank(&module) else {
            bad.push(format!(
                "{}: module `{module}` is not in ORDER",
                path.display()
            ));
            continue;
        };
        for (n, code) in code_lines(text) {
            for used in named_modules(&code) {
                if rank(&used).is_some_and(|r| r > own) {
                    bad.push(format!(
                        "{}:{n}: `{module}` uses `{used}`, which comes after it",
                        path.display()
                    ));
                }
            }
        }
    }
    bad
}

fn read_all() -> Vec<(PathBuf, String)> {
    sources()
        .into_iter()
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap();
            (p, t)
        })
        .collect()
}

#[test]
fn no_module_uses_one_that_comes_after_it() {
    let bad = upward_imports(&read_all());
    assert!(
        bad.is_empty(),
        "imports against the module order:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_check_catches_a_planted_upward_import() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let planted = vec![
        (
            root.join("files.rs"),
            "use crate::pipeline::Built;\n".to_string(),
        ),
        (
            root.join("render/page.rs"),
            "fn f() { crate::serve::run(x); }\n".to_string(),
        ),
        (
            root.join("hash.rs"),
            "use crate::{error, urls::file_of};\n".to_string(),
        ),
        (
            root.join("check/mod.rs"),
            "use crate::render::Output;\n".to_string(),
        ),
    ];
    let bad = upward_imports(&planted);
    assert_eq!(bad.len(), 3, "{bad:?}");
    assert!(bad[0].ends_with("files.rs:1: `files` uses `pipeline`, which comes after it"));
    assert!(bad[1].contains("`render` uses `serve`"));
    assert!(bad[2].contains("`hash` uses `urls`"));
}

/// A line without its string and brace character literals, whose braces are not code.
fn without_literals(code: &str) -> String {
    let code = code
        .replace("'{'", "")
        .replace("'}'", "")
        .replace("\\\"", "");
    code.split('"').step_by(2).collect()
}

/// Lines of each function, by brace matching from its `fn` line (code without comments).
fn long_functions(path: &Path, text: &str, limit: usize) -> Vec<String> {
    let lines: Vec<(usize, String)> = code_lines(text)
        .into_iter()
        .map(|(n, c)| (n, without_literals(&c)))
        .collect();
    let mut out = Vec::new();
    for (k, (n, code)) in lines.iter().enumerate() {
        let t = code.trim_start();
        let is_fn = ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn "]
            .iter()
            .any(|p| t.starts_with(p));
        if !is_fn || t.ends_with(';') {
            continue;
        }
        let mut depth = 0i32;
        let mut opened = false;
        for (end, code) in &lines[k..] {
            for c in code.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if opened && depth <= 0 {
                if end - n > limit {
                    out.push(format!("{}:{n}: {} lines", path.display(), end - n));
                }
                break;
            }
        }
    }
    out
}

#[test]
fn files_and_functions_stay_short() {
    let mut bad = Vec::new();
    for (path, text) in read_all() {
        let n = text.lines().count();
        if n > 500 {
            bad.push(format!("{}: {n} lines (at most 500)", path.display()));
        }
        bad.extend(long_functions(&path, &text, 80));
    }
    assert!(bad.is_empty(), "split these:\n{}", bad.join("\n"));
}
