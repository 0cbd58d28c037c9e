//! check: everything that is broken or unfinished, in one report: content errors of every stage
//! (front matter, vocabularies, references, dead `@/` links), links and anchors in the rendered
//! pages that lead nowhere, images without alt text, translation coverage per language, missing
//! and unused Fluent messages, draft pages, the orientation lexicon's gaps and conflicts, the
//! glossary's variants to avoid; and, as warnings, what is going stale as of a day.
//! Nothing is written.

pub mod freshness;
mod glossary;
mod lexicon;
mod links;

use std::collections::BTreeSet;

use serde::Serialize;

use crate::error::{Diagnostic, Result};
use crate::pipeline::{load_config, render_site, BuildOptions};

#[derive(Debug, Serialize)]
pub struct Coverage {
    pub lang: String,
    /// Pages written in this language (not shown in French for want of a file).
    pub translated: usize,
    pub pages: usize,
    pub messages: usize,
    pub default_messages: usize,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub errors: Vec<Diagnostic>,
    pub coverage: Vec<Coverage>,
    pub untranslated: Vec<String>,
    pub missing_messages: Vec<String>,
    pub unused_messages: Vec<String>,
    pub drafts: Vec<String>,
    /// Settings of `site.toml` that must be filled in before publishing (the publisher).
    pub settings: Vec<String>,
    /// Stale figures, past targets, pages not reviewed: reported, never fatal (issue #29).
    pub freshness: freshness::Freshness,
}

impl Report {
    /// Anything a reader would meet as broken, or a page or message missing in a language.
    pub fn is_broken(&self) -> bool {
        !(self.errors.is_empty()
            && self.untranslated.is_empty()
            && self.missing_messages.is_empty()
            && self.settings.is_empty())
    }
}

/// The report on the site at `root`; freshness is judged as of `as_of` (the caller's today, or
/// `--as-of`), so the same day gives the same report.
pub fn run(root: &std::path::Path, as_of: jiff::civil::Date) -> Result<Report> {
    let config = load_config(&BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    })?;
    // Drafts are checked too, and listed.
    let rendered = render_site(config, true)?;
    let site = &rendered.site;
    let mut errors = rendered.problems.clone();
    errors.extend(links::check(site, &rendered.outputs));
    errors.extend(lexicon::check(site, &rendered.i18n));
    errors.extend(glossary::check(&site.config.root));
    errors.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    errors.dedup();

    let default = site.config.default_language.clone();
    let default_keys = rendered.i18n.keys(&default);
    let mut coverage = Vec::new();
    let mut untranslated = Vec::new();
    let mut missing_messages = Vec::new();
    for lang in site.config.codes() {
        let pages: Vec<_> = site.pages_in(lang).collect();
        for p in pages.iter().filter(|p| p.fallback) {
            untranslated.push(format!(
                "{lang}: {} (add content/{}.{lang}.md)",
                p.key, p.key
            ));
        }
        let keys = rendered.i18n.keys(lang);
        for k in default_keys.difference(&keys) {
            missing_messages.push(format!("i18n/{lang}.ftl: no message `{k}`"));
        }
        coverage.push(Coverage {
            lang: lang.to_string(),
            translated: pages.iter().filter(|p| !p.fallback).count(),
            pages: pages.len(),
            messages: keys.intersection(&default_keys).count(),
            default_messages: default_keys.len(),
        });
    }
    for (lang, key) in rendered.i18n.missing() {
        let line = format!("i18n/{lang}.ftl: no message `{key}`");
        if !missing_messages.contains(&line) {
            missing_messages.push(line);
        }
    }
    let mut used = used_messages(&site.config.theme_dir(), rendered.i18n.asked());
    // Every allowed value of a vocabulary needs its label, used yet or not (an event kind
    // no event has yet).
    for (field, values) in &site.config.vocabularies {
        used.extend(values.iter().map(|v| format!("{field}-{v}")));
    }
    let unused_messages = default_keys
        .iter()
        .filter(|k| !used.contains(*k))
        .map(|k| format!("i18n/{default}.ftl: `{k}` is never used"))
        .collect();
    let drafts = site
        .pages_in(&default)
        .filter(|p| p.meta.draft)
        .map(|p| match &p.meta.event {
            Some(e) if e.start.is_none() => format!(
                "{} (draft = true: an event the sources do not date; add `{}` to publish it)",
                p.path.display(),
                if e.is_call() { "closes" } else { "start" }
            ),
            _ => format!("{} (draft = true: not published)", p.path.display()),
        })
        .collect();
    Ok(Report {
        errors,
        coverage,
        untranslated,
        missing_messages,
        unused_messages,
        drafts,
        settings: site.config.publisher.problems(),
        freshness: freshness::report(site, as_of),
    })
}

/// Messages asked for while rendering, plus every literal `key="..."` in the templates (some
/// are only asked on paths this site does not take, such as the `omit` policy's notice).
fn used_messages(theme: &std::path::Path, asked: BTreeSet<String>) -> BTreeSet<String> {
    let mut used = asked;
    // Dates ask for one month's name at a time; the twelve belong together.
    used.extend((1..=12).map(|m| format!("month-{m}")));
    used.insert("date-long".into());
    used.insert("date-month".into());
    // An event's times and time zone are asked for only when some event has a time of day.
    used.extend(["event-at", "event-range"].map(String::from));
    used.extend(asked_by_prefix(theme, "tz-"));
    // A target's wording is chosen by kind (goal or forecast) and by whether it has a due year;
    // the shipped figures need not use every combination (issue #29).
    used.extend(asked_by_prefix(theme, "figure-target-"));
    used.extend(asked_by_prefix(theme, "figure-forecast-"));
    // The kiosk's words are asked by `build --kiosk` only (issue #31).
    used.extend(asked_by_prefix(theme, "kiosk-"));
    for entry in walkdir::WalkDir::new(theme.join("templates"))
        .into_iter()
        .flatten()
    {
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        for quote in ['"', '\''] {
            let pat = format!("key={quote}");
            for part in text.split(&pat).skip(1) {
                if let Some(end) = part.find(quote) {
                    used.insert(part[..end].to_string());
                }
            }
        }
    }
    used
}

/// The messages of the default language whose key starts with `prefix` (time zone names:
/// each is asked for only when an event is in that zone).
fn asked_by_prefix(theme: &std::path::Path, prefix: &str) -> Vec<String> {
    let root = theme.parent().and_then(|p| p.parent()).unwrap_or(theme);
    let text = std::fs::read_to_string(root.join("i18n/fr.ftl")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
        .filter(|k| k.starts_with(prefix))
        .map(String::from)
        .collect()
}

/// The human report: numbered errors with file and line, then the coverage table.
pub fn format(report: &Report) -> String {
    let mut s = String::new();
    let section = |s: &mut String, title: &str, items: &[String]| {
        if !items.is_empty() {
            s.push_str(&format!("\n{title} ({}):\n", items.len()));
            for i in items {
                s.push_str(&format!("  - {i}\n"));
            }
        }
    };
    if report.errors.is_empty() {
        s.push_str("No broken content, link or anchor.\n");
    } else {
        s.push_str(&crate::error::Diagnostics(report.errors.clone()).to_string());
    }
    s.push_str("\nTranslation coverage:\n  lang   pages      messages\n");
    for c in &report.coverage {
        s.push_str(&format!(
            "  {:<5}  {:>3}/{:<3}    {:>3}/{:<3}\n",
            c.lang, c.translated, c.pages, c.messages, c.default_messages
        ));
    }
    section(
        &mut s,
        "Pages shown in French for want of a translation",
        &report.untranslated,
    );
    section(&mut s, "Missing Fluent messages", &report.missing_messages);
    section(&mut s, "Unused Fluent messages", &report.unused_messages);
    section(&mut s, "Drafts", &report.drafts);
    section(
        &mut s,
        "Settings to fill in before publishing",
        &report.settings,
    );
    freshness::format(&report.freshness, &mut s);
    s
}
