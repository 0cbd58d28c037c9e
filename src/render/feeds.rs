//! render: the site-wide machine-readable files: `sitemap.xml` with `xhtml:link` alternates,
//! one Atom feed per language, `robots.txt`. Dates come from content, never the clock, so two
//! builds give the same bytes.

use std::fmt::Write;

use super::views::term_url;
use super::Output;
use crate::content::{newest_first, Page, PageKind, Site};
use crate::i18n::I18n;
use crate::templates::escape_xml as escape;

pub fn sitemap(site: &Site) -> Vec<Output> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in site.pages.iter().filter(|p| !p.fallback) {
        let _ = writeln!(
            xml,
            "  <url>\n    <loc>{}</loc>",
            escape(&site.permalink(&page.url))
        );
        if let Some(d) = page.meta.date {
            let _ = writeln!(xml, "    <lastmod>{d}</lastmod>");
        }
        let translations = site.translations(&page.key);
        if translations.len() > 1 {
            for t in &translations {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    t.lang,
                    escape(&site.permalink(&t.url))
                );
            }
            if let Some(d) = translations
                .iter()
                .find(|t| t.lang == site.config.default_language)
            {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                    escape(&site.permalink(&d.url))
                );
            }
        }
        xml.push_str("  </url>\n");
    }
    for group in taxonomy_groups(site) {
        for (_, url) in &group {
            let _ = writeln!(
                xml,
                "  <url>\n    <loc>{}</loc>",
                escape(&site.permalink(url))
            );
            for (lang, alt) in &group {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>",
                    escape(&site.permalink(alt))
                );
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    vec![Output::new("sitemap.xml", xml)]
}

/// One feed per language of the dated pages, newest first.
pub fn atom(site: &Site, i18n: &I18n) -> Vec<Output> {
    let mut out = Vec::new();
    for lang in site.config.codes() {
        let mut pages: Vec<_> = site
            .pages_in(lang)
            .filter(|p| p.kind == PageKind::Page && p.meta.date.is_some())
            .collect();
        pages.sort_by(|a, b| newest_first(a, b));
        pages.truncate(site.config.feed_limit);
        let updated = pages
            .first()
            .and_then(|p| p.meta.date)
            .map(|d| format!("{d}T00:00:00Z"))
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        let home = site.permalink(&crate::urls::home(lang));
        let self_url = site.permalink(&format!("/{lang}/atom.xml"));
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <id>{}</id>\n  <updated>{updated}</updated>\n",
            escape(&site.config.title),
            escape(&i18n.tr(lang, "feed-subtitle", None)),
            escape(&self_url),
            escape(&home),
            escape(&home),
        );
        for p in pages {
            let date = p
                .meta
                .date
                .map(|d| format!("{d}T00:00:00Z"))
                .unwrap_or_default();
            let summary = p.meta.summary.as_deref().or(p.meta.description.as_deref());
            entry(&mut xml, site, p, &date, Some(&date), summary.unwrap_or(""));
        }
        xml.push_str("</feed>\n");
        out.push(Output::new(format!("{lang}/atom.xml"), xml));
    }
    out
}

pub fn robots(site: &Site) -> Output {
    Output::new(
        "robots.txt",
        format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
            site.config.base_url
        ),
    )
}

/// The vocabulary pages, grouped by the page they translate: each group is (language, URL).
fn taxonomy_groups(site: &Site) -> Vec<Vec<(String, String)>> {
    let mut used = std::collections::BTreeSet::new();
    for (term, _) in site.terms() {
        used.insert((term.field.to_string(), Some(term.value.to_string())));
        used.insert((term.field.to_string(), None));
    }
    let default = site.config.default_language.as_str();
    used.into_iter()
        .filter(|(field, value)| {
            let key = format!("{field}/{}", value.as_deref().unwrap_or("_index"));
            site.get(&key, default).is_none()
        })
        .map(|(field, value)| {
            site.config
                .codes()
                .map(|lang| {
                    let url = match &value {
                        Some(v) => term_url(lang, &field, v),
                        None => crate::urls::terms(lang, &field),
                    };
                    (lang.to_string(), url)
                })
                .collect()
        })
        .collect()
}

/// One feed of the agenda per language (`/<lang>/events/atom.xml`), soonest first; each entry
/// dated by its `updated` field or its first day, never the clock.
pub fn agenda(r: &super::Renderer) -> Vec<Output> {
    let site = r.site;
    let section = crate::content::event::SECTION;
    let mut out = Vec::new();
    for lang in site.config.codes() {
        let Some(list) = site.get(&format!("{section}/_index"), lang) else {
            continue;
        };
        let events = super::events::dated(r, lang);
        let day = |e: &crate::content::event::Event| {
            let d = e.updated.or(e.start.map(|w| match w {
                crate::content::event::When::Day(d) => d,
                crate::content::event::When::At(dt) => dt.date(),
            }));
            d.map(|d| format!("{d}T00:00:00Z")).unwrap_or_default()
        };
        let updated = events
            .iter()
            .map(|(_, e)| day(e))
            .max()
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        let page_url = site.permalink(&list.url);
        let self_url = site.permalink(&format!("{}atom.xml", list.url));
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{} · {}</title>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <id>{}</id>\n  <updated>{updated}</updated>\n",
            escape(&site.config.title),
            escape(&list.meta.title),
            escape(&self_url),
            escape(&page_url),
            escape(&page_url),
        );
        for (p, e) in events {
            let date = day(e);
            let dates = r.i18n.event_dates(lang, e).unwrap_or_default();
            let summary = p.meta.summary.as_deref().unwrap_or("");
            entry(
                &mut xml,
                site,
                p,
                &date,
                None,
                &format!("{dates}. {summary}"),
            );
        }
        xml.push_str("</feed>\n");
        out.push(Output::new(format!("{lang}/{section}/atom.xml"), xml));
    }
    out
}

/// One Atom `<entry>` for a page: both feeds (stories, agenda) write theirs with it.
fn entry(
    xml: &mut String,
    site: &Site,
    p: &Page,
    updated: &str,
    published: Option<&str>,
    summary: &str,
) {
    let link = escape(&site.permalink(&p.url));
    let published = published.map_or(String::new(), |d| {
        format!("    <published>{d}</published>\n")
    });
    let _ = write!(
        xml,
        "  <entry xml:lang=\"{}\">\n    <title>{}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n    <id>{link}</id>\n{published}    <updated>{updated}</updated>\n    <author><name>{}</name></author>\n    <summary>{}</summary>\n  </entry>\n",
        p.content_lang,
        escape(&p.meta.title),
        escape(&site.config.title),
        escape(summary),
    );
}
