//! render: what a page's template sees of its relations in the site: the pages its reference
//! fields name, the pages citing it, the pages tagged with the value it stands for (audience
//! pages), its neighbours in an ordered section, its key figures, its directory settings; and
//! `@/page.md` links written in front matter, turned into URLs of the page's language.

use std::collections::BTreeMap;

use serde::Serialize;

use super::directory::{directory_view, DirectoryView};
use super::related::Related;
use super::views::{self, plural_forms, SummaryView};
use super::Renderer;
use crate::content::figures::FigureView;
use crate::content::frontmatter::line_of_text;
use crate::content::{Page, PageKind};
use crate::error::Diagnostic;

#[derive(Serialize)]
struct Group<'a> {
    section: String,
    title: String,
    url: String,
    pages: Vec<SummaryView<'a>>,
}

/// What a page's template sees of its relations. Fields only some pages have are left out
/// elsewhere (see `context.rs`).
#[derive(Serialize)]
pub(crate) struct RelationsView<'a> {
    /// `ref_<field>`: the pages a reference field names.
    #[serde(flatten)]
    refs: BTreeMap<String, Vec<SummaryView<'a>>>,
    cited_by: Vec<SummaryView<'a>>,
    tagged: Vec<Group<'a>>,
    /// A regular page's `prev`, `next`, `position` and `total` in its section.
    #[serde(flatten)]
    neighbours: Option<NeighboursView<'a>>,
    figures: Vec<FigureView<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    directory: Option<DirectoryView<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    related: Option<Vec<SummaryView<'a>>>,
    /// `entry` or `audience`: the page asks One Provence for an introduction.
    #[serde(skip_serializing_if = "Option::is_none")]
    contact_kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contact_errors: Option<Vec<(String, String)>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    directories: Option<Vec<DirectoryLink>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    count_forms: Option<Vec<(String, String)>>,
    extra: serde_json::Value,
}

#[derive(Serialize)]
struct NeighboursView<'a> {
    prev: Option<SummaryView<'a>>,
    next: Option<SummaryView<'a>>,
    position: usize,
    total: usize,
}

/// The relation views of a page; problems found (dead `@/` links in front matter) are
/// returned beside them.
pub(crate) fn view<'a>(
    r: &'a Renderer,
    related: &Related<'a>,
) -> (RelationsView<'a>, Vec<Diagnostic>) {
    let site = r.site;
    let page = related.page;
    let lang = page.lang.as_str();
    let summary = |p: &'a Page| views::summary(p, &r.i18n, lang);
    let refs = related
        .refs
        .iter()
        .map(|(field, pages)| {
            (
                format!("ref_{field}"),
                pages.iter().copied().map(summary).collect(),
            )
        })
        .collect();
    let neighbours = related.siblings.as_ref().map(|s| NeighboursView {
        prev: s.prev.map(summary),
        next: s.next.map(summary),
        position: s.position,
        total: s.total,
    });
    let figures = views::page_figures(site, page, lang);
    let section = page.parent.strip_suffix("/_index").unwrap_or("");
    let regular = page.kind == PageKind::Page;
    let dir_name = if page.kind == PageKind::Section {
        page.section_dir()
    } else {
        section
    };
    let dir = site.config.directories.get(dir_name);
    // Entries and audience pages ask One Provence for an introduction (partials/contact.html).
    // The contact page carries the general form; the orientation's answers end with one of
    // their own (what was asked goes with it).
    let contact_kind = match dir {
        _ if page.key == "contact" => Some("general"),
        _ if page.key == "orientation/_index" => Some("orientation"),
        _ if regular && section == "audiences" => Some("audience"),
        Some(_) if regular => Some("entry"),
        _ => None,
    };
    // The orientation page and the directories link to one another, so that schemes and
    // sites are found from the ecosystem's home and every directory leads to the question box.
    let finder = page.key == "orientation/_index" || dir.is_some();
    let mut problems = Vec::new();
    let extra = resolve_links(r, page, &page.meta.extra, &mut problems);
    let view = RelationsView {
        refs,
        cited_by: related.cited.iter().copied().map(summary).collect(),
        tagged: tagged_groups(r, page, &related.tagged),
        neighbours,
        figures,
        directory: dir.map(|d| directory_view(r, page, dir_name, d)),
        related: dir
            .filter(|_| regular)
            .map(|_| related_entries(r, page, dir_name)),
        contact_kind,
        contact_errors: contact_kind.map(|_| plural_forms(r, lang, "contact-errors")),
        directories: finder.then(|| directory_links(r, lang)),
        count_forms: finder.then(|| plural_forms(r, lang, "orientation-results")),
        extra,
    };
    (view, problems)
}

/// Entries of the other directories that share the most needs, sectors and stages with this
/// one (at least one need, or two values): a scheme leads to the actors running it and to the
/// sites where it can be tried, an actor to the schemes that fund what it does.
fn related_entries<'a>(r: &'a Renderer, page: &Page, own: &str) -> Vec<SummaryView<'a>> {
    let lang = page.lang.as_str();
    let values = |p: &Page, field: &str| p.meta.terms.get(field).cloned().unwrap_or_default();
    let shared = |other: &Page| -> (u32, u32) {
        let mut needs = 0;
        let mut score = 0;
        for (field, weight) in [("needs", 3), ("sectors", 2), ("stages", 1)] {
            let mine = values(page, field);
            for _ in values(other, field).iter().filter(|v| mine.contains(v)) {
                score += weight;
                if field == "needs" {
                    needs += 1;
                }
            }
        }
        (needs, score)
    };
    let mut scored: Vec<(u32, &Page)> = r
        .site
        .config
        .directories
        .keys()
        .filter(|d| d.as_str() != own)
        .flat_map(|d| r.site.children(&format!("{d}/_index"), lang))
        .filter(|p| p.kind == PageKind::Page)
        .filter_map(|p| {
            let (needs, score) = shared(p);
            (needs >= 1 || score >= 4).then_some((score, p))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.key.cmp(&b.1.key)));
    scored
        .into_iter()
        .take(4)
        .map(|(_, p)| views::summary(p, &r.i18n, lang))
        .collect()
}

#[derive(Serialize)]
struct DirectoryLink {
    key: String,
    title: String,
    url: String,
}

/// The orientation page and every directory's home, in the page's language.
fn directory_links(r: &Renderer, lang: &str) -> Vec<DirectoryLink> {
    std::iter::once("orientation")
        .chain(r.site.config.directories.keys().map(String::as_str))
        .filter_map(|d| r.site.get(&format!("{d}/_index"), lang))
        .map(|p| DirectoryLink {
            key: p.section_dir().to_string(),
            title: p.meta.title.clone(),
            url: p.url.clone(),
        })
        .collect()
}

/// On `audiences/talents`, the pages tagged `audiences = ["talents"]`, grouped by section.
fn tagged_groups<'a>(r: &'a Renderer, page: &Page, tagged: &[&'a Page]) -> Vec<Group<'a>> {
    let lang = page.lang.as_str();
    let mut groups: Vec<Group> = Vec::new();
    for p in tagged {
        let section = p.parent.strip_suffix("/_index").unwrap_or("").to_string();
        if !groups.iter().any(|g| g.section == section) {
            let (title, url) = r
                .site
                .get(&p.parent, lang)
                .map(|s| (s.meta.title.clone(), s.url.clone()))
                .unwrap_or_default();
            groups.push(Group {
                section: section.clone(),
                title,
                url,
                pages: Vec::new(),
            });
        }
        let g = groups
            .iter_mut()
            .find(|g| g.section == section)
            .expect("just pushed");
        g.pages.push(views::summary(p, &r.i18n, lang));
    }
    groups
}

/// Front matter strings `@/section/page.md` become URLs in the page's language.
fn resolve_links(
    r: &Renderer,
    page: &Page,
    value: &toml::Table,
    problems: &mut Vec<Diagnostic>,
) -> serde_json::Value {
    fn walk(
        r: &Renderer,
        page: &Page,
        v: &toml::Value,
        problems: &mut Vec<Diagnostic>,
    ) -> serde_json::Value {
        match v {
            toml::Value::String(s) if s.starts_with("@/") => {
                let link = crate::urls::page_link(s).and_then(Result::ok);
                let target = link.and_then(|l| r.site.get(l.key, &page.lang));
                match (target, link) {
                    (Some(p), Some(l)) => serde_json::Value::String(match l.anchor {
                        Some(a) => format!("{}#{a}", p.url),
                        None => p.url.clone(),
                    }),
                    _ => {
                        // A page that failed has its own error: no second one here.
                        let broken = link.is_some_and(|l| r.site.broken.contains(l.key));
                        if !page.fallback && !broken {
                            let line = line_of_text(&page.raw_front, 2, s).unwrap_or(2);
                            problems.push(Diagnostic::new(
                                &page.path,
                                line,
                                format!("link to `{s}`: no such page"),
                                "write the link as @/<section>/<page>.md, a source file under content/",
                            ));
                        }
                        serde_json::Value::String(String::new())
                    }
                }
            }
            toml::Value::Array(a) => a.iter().map(|x| walk(r, page, x, problems)).collect(),
            toml::Value::Table(t) => serde_json::Value::Object(
                t.iter()
                    .map(|(k, x)| (k.clone(), walk(r, page, x, problems)))
                    .collect(),
            ),
            other => serde_json::to_value(other).unwrap_or(serde_json::Value::Null),
        }
    }
    walk(r, page, &toml::Value::Table(value.clone()), problems)
}
