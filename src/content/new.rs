//! new: starts a page in every language from the section's archetype
//! (`archetypes/<section>.md` in the site, then in the theme, then the theme's `default.md`).
//! The default language's file gets every field; the others only the text fields they
//! translate. Nothing is overwritten.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Error, Result};

/// Fields a translation carries; the others are inherited from the default language's file.
const TEXT_FIELDS: [&str; 4] = ["title", "summary", "description", "tagline"];

pub fn new_page(
    config: &Config,
    section: &str,
    slug: &str,
    only: Option<&str>,
    today: &str,
) -> Result<Vec<PathBuf>> {
    let usage = |message: String, fix: &str| {
        Error::Content(Diagnostics(vec![Diagnostic::new(
            "content", 0, message, fix,
        )]))
    };
    let ok = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    if !ok(slug) || !ok(section) {
        return Err(usage(
            format!("`{section}/{slug}` cannot be used in a URL"),
            "use lowercase letters a-z, digits and hyphens",
        ));
    }
    let default = config.default_language.as_str();
    let dir = config.root.join("content").join(section);
    if !dir.join(format!("_index.{default}.md")).is_file() {
        return Err(usage(
            format!("no section `{section}`"),
            "create content/<section>/_index.fr.md first, or pick an existing section",
        ));
    }
    let langs: Vec<&str> = match only {
        Some(l) if config.language(l).is_none() => {
            return Err(usage(
                format!("unknown language `{l}`"),
                "use one of the languages of site.toml",
            ));
        }
        Some(l) => vec![l],
        None => config.codes().collect(),
    };
    if langs.iter().any(|l| *l != default)
        && !langs.contains(&default)
        && !dir.join(format!("{slug}.{default}.md")).is_file()
    {
        return Err(usage(
            format!("no {default} file for `{section}/{slug}`"),
            "write the default language's page first (without --lang)",
        ));
    }
    let targets: Vec<(PathBuf, &str)> = langs
        .iter()
        .map(|l| (dir.join(format!("{slug}.{l}.md")), *l))
        .collect();
    if let Some((p, _)) = targets.iter().find(|(p, _)| p.exists()) {
        return Err(usage(
            format!("{} already exists", p.display()),
            "pick another slug; nothing was written",
        ));
    }
    let title = slug.replace('-', " ");
    let title = title[..1].to_uppercase() + &title[1..];
    let archetype = archetype(config, section)?
        .replace("{{ title }}", &title.replace('"', "'"))
        .replace("{{ date }}", today);
    for (path, lang) in &targets {
        let text = if *lang == default {
            archetype.clone()
        } else {
            translation(&archetype)
        };
        std::fs::write(path, text).map_err(|e| Error::io("write", path, e))?;
    }
    Ok(targets.into_iter().map(|(p, _)| p).collect())
}

fn archetype(config: &Config, section: &str) -> Result<String> {
    let name = format!("{section}.md");
    let candidates = [
        config.root.join("archetypes").join(&name),
        config.theme_dir().join("archetypes").join(&name),
        config.theme_dir().join("archetypes").join("default.md"),
    ];
    let path: &Path = candidates.iter().find(|p| p.is_file()).ok_or_else(|| {
        Error::io(
            "find",
            config.theme_dir().join("archetypes/default.md"),
            std::io::Error::from(std::io::ErrorKind::NotFound),
        )
    })?;
    std::fs::read_to_string(path).map_err(|e| Error::io("read", path, e))
}

/// The archetype's front matter reduced to the text fields, and its body.
fn translation(archetype: &str) -> String {
    let mut parts = archetype.splitn(3, "+++\n");
    let _ = parts.next();
    let front = parts.next().unwrap_or("");
    let body = parts.next().unwrap_or("");
    let kept: String = front
        .lines()
        .filter(|l| {
            TEXT_FIELDS
                .iter()
                .any(|f| l.trim_start().starts_with(f) && l.contains('='))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    format!("+++\n{kept}+++\n{body}")
}

#[cfg(test)]
mod tests {
    use super::translation;

    #[test]
    fn translations_keep_only_text_fields() {
        let t = translation(
            "+++\ntitle = \"A\"\ndate = 2026-01-01\nsummary = \"\"\nsectors = []\n+++\nBody\n",
        );
        assert_eq!(t, "+++\ntitle = \"A\"\nsummary = \"\"\n+++\nBody\n");
    }
}
