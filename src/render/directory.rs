//! render: what a directory's templates see (issue #29, "directory honesty"): on its home, the
//! entries grouped by kind (an entry of several kinds under each), the finder's questions and
//! the words it announces counts with; on an entry page, its vocabulary values. Takes the
//! `Site` through the `Renderer`; gives a `DirectoryView` to `relations::view`.

use serde::Serialize;

use super::views::{self, plural_forms, plural_forms_with};
use super::Renderer;
use crate::content::{Page, PageKind};

/// The question whose answer an entry may serve as a whole (`data-cross` in the template).
pub(crate) const SECTORS: &str = "sectors";

/// Whether an entry serves every sector rather than some of them: it names none (the writer's
/// guide: `sectors = []` "when the scheme serves every sector"), or at least three quarters of
/// the vocabulary. The shipped entries name 1 to 4 sectors, each a real specialisation (the
/// Fos zone: industry, energy, maritime, environment), or 7 of 8: the Métropole, a local
/// authority that serves them all; nothing in between. Listing it as a health actor among the
/// Bioparc and Luminy was the dishonesty of issue #29.
pub(crate) fn serves_every_sector(p: &Page, sectors_in_vocabulary: usize) -> bool {
    let n = p.meta.terms.get(SECTORS).map_or(0, Vec::len);
    n == 0 || (sectors_in_vocabulary > 0 && 4 * n >= 3 * sectors_in_vocabulary)
}

#[derive(Serialize)]
struct Question {
    field: String,
    label: String,
    options: Vec<Opt>,
}

#[derive(Serialize)]
struct Opt {
    value: String,
    label: String,
}

/// A directory entry as the finder sees it: `data` holds, per question, its values joined by
/// spaces (the `data-<field>` attributes the finder script filters on).
#[derive(Serialize)]
struct EntryView<'a> {
    url: &'a str,
    title: &'a str,
    summary: Option<&'a str>,
    fallback: bool,
    content_lang: &'a str,
    data: Vec<(String, String)>,
    /// It serves every sector (`serves_every_sector`): `data-all-sectors`, so that the finder
    /// lists it apart from the entries of the sector chosen.
    all_sectors: bool,
}

#[derive(Serialize)]
struct GroupView<'a> {
    value: String,
    label: String,
    entries: Vec<EntryView<'a>>,
}

#[derive(Serialize)]
struct FacetView {
    field: String,
    label: String,
    terms: Vec<views::TermView>,
}

/// What the finder says when a sector is chosen: the entries specific to it and those serving
/// every sector, counted apart (« 25 résultats : 4 propres au secteur « Santé… », 21 tous
/// secteurs ») and listed apart, the latter under a heading of their own.
#[derive(Serialize)]
struct SplitView {
    /// Plural forms with `{n}` and `{sector}`.
    specific: Vec<(String, String)>,
    /// Plural forms with `{n}`.
    every: Vec<(String, String)>,
    /// The status line, with `{total}` (a `count_forms` text), `{specific}` and `{every}`.
    join: String,
    /// The heading of the every-sector entries, and the sentence under it (with `{sector}`).
    title: String,
    intro: String,
}

#[derive(Serialize)]
pub(crate) struct DirectoryView<'a> {
    name: String,
    group_by: String,
    /// On the directory home: the entries grouped by `group_by`, computed once here rather
    /// than by nested template loops (which copy arrays and grow with the square of entries).
    groups: Vec<GroupView<'a>>,
    questions: Vec<Question>,
    /// On an entry page: its vocabulary values, field by field.
    facets: Vec<FacetView>,
    /// Fluent's plural forms of the result count, for the finder's live announcement.
    count_forms: Vec<(String, String)>,
    /// Only when the finder asks for the sector.
    #[serde(skip_serializing_if = "Option::is_none")]
    split: Option<SplitView>,
}

pub(crate) fn directory_view<'a>(
    r: &'a Renderer,
    page: &Page,
    name: &str,
    d: &crate::config::Directory,
) -> DirectoryView<'a> {
    let lang = page.lang.as_str();
    let questions = questions(r, lang, d);
    let groups = if page.kind == PageKind::Section {
        entry_groups(r, page, d)
    } else {
        Vec::new()
    };
    DirectoryView {
        name: name.to_string(),
        group_by: d.group_by.clone(),
        groups,
        questions,
        facets: facets(r, page, d),
        count_forms: plural_forms(r, lang, "finder-results"),
        split: d
            .questions
            .iter()
            .any(|q| q == SECTORS)
            .then(|| split_view(r, lang)),
    }
}

fn split_view(r: &Renderer, lang: &str) -> SplitView {
    let i18n = &r.i18n;
    let text = |key: &str, pairs: &[(&str, &str)]| {
        let mut args = fluent_bundle::FluentArgs::new();
        for (k, v) in pairs {
            args.set(k.to_string(), v.to_string());
        }
        i18n.tr(lang, key, Some(&args))
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    let sector = [("sector", "{sector}")];
    SplitView {
        specific: plural_forms_with(i18n, lang, "finder-split-specific", &sector),
        every: plural_forms_with(i18n, lang, "finder-split-every", &[]),
        join: text(
            "finder-split",
            &[
                ("total", "{total}"),
                ("specific", "{specific}"),
                ("every", "{every}"),
            ],
        ),
        title: i18n.tr(lang, "finder-cross-sector", None),
        intro: text("finder-every-intro", &sector),
    }
}

/// The label of a vocabulary value (`sectors-health`) in a language.
fn term_label(r: &Renderer, lang: &str, field: &str, v: &str) -> String {
    r.i18n.tr(lang, &format!("{field}-{v}"), None)
}

/// The finder's questions: one per field it filters on, with the field's values as options.
fn questions(r: &Renderer, lang: &str, d: &crate::config::Directory) -> Vec<Question> {
    let vocab = &r.site.config.vocabularies;
    d.questions
        .iter()
        .map(|field| Question {
            field: field.clone(),
            label: r.i18n.tr(lang, &format!("finder-question-{field}"), None),
            options: vocab[field]
                .iter()
                .map(|v| Opt {
                    value: v.clone(),
                    label: term_label(r, lang, field, v),
                })
                .collect(),
        })
        .collect()
}

/// The entries of a directory section, grouped by the values of `group_by` (empty groups left
/// out; an entry with several values is in each of their groups).
fn entry_groups<'a>(
    r: &'a Renderer,
    page: &Page,
    d: &crate::config::Directory,
) -> Vec<GroupView<'a>> {
    let lang = page.lang.as_str();
    let entries: Vec<&'a Page> = r
        .site
        .children(&page.key, lang)
        .into_iter()
        .filter(|p| p.kind == PageKind::Page)
        .collect();
    let sectors = r.site.config.vocabularies.get(SECTORS).map_or(0, Vec::len);
    let mut groups = Vec::new();
    for v in &r.site.config.vocabularies[&d.group_by] {
        let members: Vec<EntryView> = entries
            .iter()
            .filter(|p| p.meta.terms.get(&d.group_by).is_some_and(|t| t.contains(v)))
            .map(|p| entry_view(p, d, sectors))
            .collect();
        if !members.is_empty() {
            groups.push(GroupView {
                value: v.clone(),
                label: term_label(r, lang, &d.group_by, v),
                entries: members,
            });
        }
    }
    groups
}

/// A directory entry with its values for each question of the finder.
fn entry_view<'a>(p: &'a Page, d: &crate::config::Directory, sectors: usize) -> EntryView<'a> {
    EntryView {
        url: &p.url,
        title: &p.meta.title,
        summary: p.meta.summary.as_deref(),
        fallback: p.fallback,
        content_lang: &p.content_lang,
        data: d
            .questions
            .iter()
            .map(|q| {
                (
                    q.clone(),
                    p.meta.terms.get(q).map(|t| t.join(" ")).unwrap_or_default(),
                )
            })
            .collect(),
        all_sectors: d.questions.iter().any(|q| q == SECTORS) && serves_every_sector(p, sectors),
    }
}

/// An entry page's values for the directory's facet fields, field by field.
fn facets(r: &Renderer, page: &Page, d: &crate::config::Directory) -> Vec<FacetView> {
    let lang = page.lang.as_str();
    d.facets
        .iter()
        .filter_map(|field| {
            let values = page.meta.terms.get(field).filter(|v| !v.is_empty())?;
            Some(FacetView {
                field: field.clone(),
                label: r.i18n.tr(lang, &format!("{field}-label"), None),
                terms: values
                    .iter()
                    .map(|v| views::TermView {
                        field: field.clone(),
                        value: v.clone(),
                        label: term_label(r, lang, field, v),
                        url: views::term_url(lang, field, v),
                    })
                    .collect(),
            })
        })
        .collect()
}
