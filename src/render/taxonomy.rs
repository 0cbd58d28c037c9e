//! render: the vocabulary pages: `/<lang>/<field>/` lists the values in use with their counts,
//! `/<lang>/<field>/<value>/` lists the pages tagged with one value. The index of terms is
//! built once; list pages borrow the pages they show.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use super::context::{self, Frame, Heading, TermContext, TermsContext};
use super::frame::{frame, render_file, same_path_switch};
use super::paginate::{paginator, PaginatorView};
use super::reuse::Shows;
use super::views::{self, term_url, AlternateView, SummaryView};
use super::{Output, Renderer};
use crate::content::Page;
use crate::error::Result;
use crate::urls::{file_of, list_page as page_url};

#[derive(Serialize)]
struct TermEntry {
    value: String,
    label: String,
    url: String,
    count: usize,
}

type TermIndex<'a> = BTreeMap<(&'a str, &'a str, &'a str), Vec<&'a Page>>;

pub fn render(r: &Renderer) -> Result<Vec<Output>> {
    let index: TermIndex = r
        .site
        .terms()
        .map(|(t, pages)| ((t.lang, t.field, t.value), pages))
        .collect();
    let Some(home) = r.site.get("_index", &r.site.config.default_language) else {
        return Ok(Vec::new());
    };
    let vocabularies: Vec<(&str, &String, &Vec<String>)> = r
        .site
        .config
        .codes()
        .flat_map(|lang| {
            r.site
                .config
                .vocabularies
                .iter()
                .map(move |(field, allowed)| (lang, field, allowed))
        })
        .collect();
    let pages: Vec<Vec<Output>> = vocabularies
        .par_iter()
        .map(|&(lang, field, allowed)| {
            let v = Vocabulary {
                r,
                index: &index,
                home,
                lang,
                field,
            };
            v.pages(allowed)
        })
        .collect::<Result<_>>()?;
    Ok(pages.into_iter().flatten().collect())
}

/// One vocabulary in one language, and what its pages are made from.
struct Vocabulary<'a> {
    r: &'a Renderer<'a>,
    index: &'a TermIndex<'a>,
    home: &'a Page,
    lang: &'a str,
    field: &'a str,
}

impl<'a> Vocabulary<'a> {
    /// The list of the vocabulary's values in use, and a page per value.
    fn pages(&self, allowed: &[String]) -> Result<Vec<Output>> {
        let (r, lang, field) = (self.r, self.lang, self.field);
        let entries = self.entries(allowed);
        let mut out = Vec::new();
        // A content page at the same address (audiences/_index) speaks for the vocabulary.
        if r.site.get(&format!("{field}/_index"), lang).is_none() {
            out.extend(self.list_page(&entries)?);
            r.hand_over(&mut out)?;
        }
        let per = r.site.config.terms_paginate_by.unwrap_or(usize::MAX).max(1);
        // Each value's pages go to the sink as soon as they are rendered: unpaginated, one
        // lists thousands of pages at 10,000 stories per language.
        let terms: Vec<Vec<Output>> = entries
            .par_iter()
            .filter(|e| r.site.get(&format!("{field}/{}", e.value), lang).is_none())
            .map(|e| {
                let mut files = self.term_pages(e, per)?;
                r.hand_over(&mut files)?;
                Ok(files)
            })
            .collect::<Result<_>>()?;
        out.extend(terms.into_iter().flatten());
        Ok(out)
    }

    /// The values in use among `allowed`, with their labels and page counts.
    fn entries(&self, allowed: &[String]) -> Vec<TermEntry> {
        let (lang, field) = (self.lang, self.field);
        allowed
            .iter()
            .filter_map(|v| {
                let count = self.index.get(&(lang, field, v.as_str()))?.len();
                Some(TermEntry {
                    value: v.clone(),
                    label: self.r.i18n.tr(lang, &format!("{field}-{v}"), None),
                    url: term_url(lang, field, v),
                    count,
                })
            })
            .collect()
    }

    /// `/<lang>/<field>/`, the address of the list of values.
    fn list_url(&self) -> String {
        crate::urls::terms(self.lang, self.field)
    }

    /// The vocabulary's title, its field's label.
    fn title(&self) -> String {
        self.r
            .i18n
            .tr(self.lang, &format!("{}-label", self.field), None)
    }

    /// The page listing the values with their counts.
    fn list_page(&self, entries: &[TermEntry]) -> Result<Option<Output>> {
        let (r, field) = (self.r, self.field);
        let (list_url, title) = (self.list_url(), self.title());
        let view = TermsContext {
            frame: frame_for(r, self.lang, &format!("{field}/")),
            page: heading(&title, &list_url, "taxonomy"),
            field,
            terms: entries,
        };
        let ctx = context::of(&view, "taxonomy.html")?;
        render_file(
            r,
            file_of(&list_url),
            "taxonomy.html",
            &ctx,
            self.home,
            true,
        )
    }

    /// The pages listing what is tagged with one value, `per` a page.
    fn term_pages(&self, e: &TermEntry, per: usize) -> Result<Vec<Output>> {
        let r = self.r;
        let pages = &self.index[&(self.lang, self.field, e.value.as_str())];
        let total = pages.len().div_ceil(per).max(1);
        let mut files = Vec::new();
        for n in 1..=total {
            let chunk = &pages[(n - 1) * per..(n * per).min(pages.len())];
            let path = file_of(&page_url(&e.url, n));
            // Under `serve`: the same pages in the same order, none edited, is the same
            // file (so it is not compared by context as well).
            if r.reuse.remembers() {
                let shows = Shows {
                    keys: chunk.iter().map(|p| p.key.clone()).collect(),
                    place: (n, total),
                    of: pages.len(),
                    ..Shows::default()
                };
                if r.reuse.shows_the_same(&path, shows) {
                    continue;
                }
            }
            let items: Vec<SummaryView> = chunk
                .iter()
                .map(|p| views::summary(p, &r.i18n, self.lang))
                .collect();
            // The entries are `items` (as before pagination); the paginator only links.
            let links = paginator(&e.url, Vec::new(), n, total);
            let view = self.term_context(e, pages.len(), items, links);
            let ctx = context::of(&view, "term.html")?;
            files.extend(render_file(r, path, "term.html", &ctx, self.home, false)?);
        }
        Ok(files)
    }

    /// One list page of one value.
    fn term_context(
        &self,
        e: &TermEntry,
        count: usize,
        items: Vec<SummaryView<'a>>,
        paginator: PaginatorView<'a>,
    ) -> TermContext<'a> {
        let field = self.field;
        TermContext {
            frame: frame_for(self.r, self.lang, &format!("{field}/{}/", e.value)),
            page: heading(&e.label, &e.url, "term"),
            field,
            field_title: self.title(),
            field_url: self.list_url(),
            count,
            items,
            paginator,
        }
    }
}

fn heading(title: &str, url: &str, kind: &'static str) -> Heading {
    Heading {
        title: title.to_string(),
        url: url.to_string(),
        kind,
        description: Some(title.to_string()),
    }
}

/// Vocabulary pages exist in every language: the switcher and alternates list them all.
fn frame_for<'a>(r: &'a Renderer, lang: &'a str, tail: &str) -> Frame<'a> {
    let site = r.site;
    let switch = same_path_switch(r, lang, tail);
    let mut alternates: Vec<AlternateView> = site
        .config
        .codes()
        .map(|c| AlternateView {
            hreflang: c.to_string(),
            href: site.permalink(&format!("/{c}/{tail}")),
        })
        .collect();
    alternates.push(AlternateView {
        hreflang: "x-default".into(),
        href: site.permalink(&format!("/{}/{tail}", site.config.default_language)),
    });
    let url = format!("/{lang}/{tail}");
    frame(r, lang, &url, switch, alternates, &url)
}
