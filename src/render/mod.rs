//! render: every page of the `Site` to HTML (Markdown, shortcodes, tera templates), in
//! parallel, plus the site-wide files (language chooser, 404s, sitemap, feeds, robots.txt, the
//! editor at `/admin/`).
//! Takes the site, the theme and the asset URLs; gives a list of files to write.

pub mod admin;
mod admin_fields;
mod context;
mod directory;
pub mod events;
pub mod feeds;
pub mod frame;
pub mod ics;
mod kiosk;
pub mod markdown;
pub mod orientation;
pub mod page;
pub mod paginate;
mod raw;
mod related;
pub mod relations;
pub mod reuse;
pub mod search;
pub mod search_doc;
pub mod shortcodes;
pub mod special;
pub mod structured;
pub mod taxonomy;
pub mod views;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use rayon::prelude::*;
use tera::Tera;

use crate::content::{Page, Site};
use crate::error::{Diagnostic, Result};
pub use crate::files::Output;
pub(crate) use crate::files::Sink;
use crate::i18n::I18n;
use crate::progress::{Event, Lap, Progress, Step};
pub(crate) use reuse::Reuse;

/// What rendering the whole site gives.
pub(crate) struct SiteFiles {
    pub outputs: Vec<Output>,
    /// Content problems found while rendering (dead links, unknown shortcodes...).
    pub problems: Vec<Diagnostic>,
    /// The search entries of the pages (kept by `serve` to rebuild an index after a one-page
    /// edit; empty when the build streamed its files).
    pub docs: Vec<search::SearchDoc>,
}

/// One language's pages rendered: its search index, and the entries kept.
struct Language {
    lang: String,
    index: search::IndexWriter,
    docs: Vec<search::SearchDoc>,
}

/// Everything the render stage reads.
pub struct Renderer<'a> {
    pub site: &'a Site,
    pub i18n: Arc<I18n>,
    pub tera: &'a Tera,
    pub specs: &'a shortcodes::Specs,
    /// Site path of the fingerprinted stylesheet.
    pub css: &'a str,
    /// Every site path the build publishes from static folders (`/fonts/x.woff2`).
    pub published: &'a std::collections::BTreeSet<String>,
    /// Raster images of the static folders: sizes and `srcset`.
    pub images: &'a crate::assets::images::Images,
    /// The communication kit, when drawn: the kit page lists it.
    pub kit: Option<&'a crate::kit::Kit>,
    /// Takes each page's files as soon as they are rendered (a clean `build` writes them to
    /// its staging folder), so the site is never whole in memory; leaves what it took empty.
    pub sink: Option<&'a Sink<'a>>,
    /// What may be taken from an earlier render: nothing in a build, `serve`'s memo after an
    /// edit (files whose inputs are unchanged are then not given).
    pub reuse: &'a dyn Reuse,
    /// Told of each page rendered.
    pub progress: &'a Progress<'a>,
    /// What this run draws: the cards pages name, the kit page's "being prepared".
    pub drawing: crate::config::Drawing,
    /// Files rendered per template: the build reports them (every template of a theme is
    /// exercised with its context struct in the tests, issue #28).
    pub used: std::sync::Mutex<std::collections::BTreeMap<String, usize>>,
    /// `--audience`: the audience put first (the home page's list, the root chooser's links).
    pub audience: Option<&'a str>,
    /// `--kiosk`: the root page is the attract loop and start screen (`kiosk.html`).
    pub kiosk: bool,
}

impl Renderer<'_> {
    /// How many files each template gave so far.
    pub(crate) fn templates_used(&self) -> std::collections::BTreeMap<String, usize> {
        match self.used.lock() {
            Ok(m) => m.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Gives files to the sink when there is one (which empties them); else they stay.
    pub(crate) fn hand_over(&self, files: &mut [Output]) -> Result<()> {
        match self.sink {
            Some(sink) => sink(files),
            None => Ok(()),
        }
    }

    /// The pages of the languages `langs`, in the order of their search indexes (by URL), a
    /// chunk at a time in parallel: their files (handed to the sink when there is one) and
    /// problems go into `files`, their search entries into their language's index as soon as
    /// their chunk is done. The entries themselves are kept only for `serve` (no sink) and the
    /// orientation data.
    fn render_pass(
        &self,
        langs: &[&str],
        done: &AtomicUsize,
        files: &mut SiteFiles,
    ) -> Result<Vec<Language>> {
        let mut pages: Vec<&Page> = self
            .site
            .pages
            .iter()
            .filter(|p| langs.contains(&p.lang.as_str()))
            .collect();
        pages.sort_by(|a, b| a.url.cmp(&b.url));
        // A streaming build writes each chunk's entries at once; `serve` keeps them all anyway.
        let chunk = if self.sink.is_some() {
            512
        } else {
            pages.len().max(1)
        };
        let keep = self.sink.is_none() || orientation::enabled(self.site);
        let mut out: Vec<Language> = langs
            .iter()
            .map(|lang| Language {
                lang: lang.to_string(),
                index: search::IndexWriter::new(lang),
                docs: Vec::new(),
            })
            .collect();
        for chunk in pages.chunks(chunk) {
            let results: Vec<Result<page::PageFiles>> = chunk
                .par_iter()
                .map(|p| self.render_page(p, done))
                .collect();
            for r in results {
                let mut r = r?;
                files.outputs.append(&mut r.outputs);
                files.problems.append(&mut r.problems);
                let Some(doc) = r.search else { continue };
                let Some(l) = out.iter_mut().find(|l| l.lang == doc.lang) else {
                    continue;
                };
                l.index.push(&doc);
                if keep {
                    l.docs.push(doc);
                }
            }
        }
        Ok(out)
    }

    /// One page's files, handed to the sink when there is one.
    fn render_page(&self, p: &Page, done: &AtomicUsize) -> Result<page::PageFiles> {
        let mut rendered = page::render(self, p)?;
        self.hand_over(&mut rendered.outputs)?;
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        (self.progress)(Event::Step(Step {
            stage: "pages",
            done: n,
            total: self.site.pages.len(),
        }));
        Ok(rendered)
    }

    /// The files of the site, the content problems found while rendering, and the search
    /// entries of the pages (kept by `serve` to rebuild an index after a one-page edit).
    pub(crate) fn render_all(&self) -> Result<SiteFiles> {
        let done = AtomicUsize::new(0);
        let mut files = SiteFiles {
            outputs: Vec::new(),
            problems: Vec::new(),
            docs: Vec::new(),
        };
        // A streaming build renders one language after the other and writes its search index
        // and orientation data as soon as its pages are done; `serve` renders every language
        // in one pass.
        let langs: Vec<&str> = self.site.config.codes().collect();
        let passes: Vec<&[&str]> = match self.sink {
            Some(_) => langs.chunks(1).collect(),
            None => vec![&langs[..]],
        };
        let orientation = orientation::Orientation::new(self.site, &self.i18n);
        for pass in passes {
            for Language { lang, index, docs } in self.render_pass(pass, &done, &mut files)? {
                let mut search = Vec::new();
                let entries: Vec<&search::SearchDoc> = docs.iter().collect();
                // `serve` writes an index again only when one of its entries changed.
                if !self.reuse.remembers() || self.reuse.search_changed(&lang, &entries) {
                    search.push(index.finish());
                }
                if let Some(o) = &orientation {
                    search.push(o.file(self.site, &self.i18n, &lang, &docs));
                }
                self.hand_over(&mut search)?;
                if self.sink.is_none() {
                    // Only `serve`, which does not stream, renders an index again.
                    files.docs.extend(docs);
                }
                files.outputs.extend(search);
                (self.progress)(Event::Lap(Lap::now(format!("pages {lang}"))));
            }
        }
        let SiteFiles {
            mut outputs,
            problems,
            docs,
        } = files;
        // The other site-wide files, side by side.
        let (special, (terms, (sitemap, atom))) = rayon::join(
            || special::special_pages(self),
            || {
                rayon::join(
                    || taxonomy::render(self),
                    || {
                        rayon::join(
                            || feeds::sitemap(self.site),
                            || feeds::atom(self.site, &self.i18n),
                        )
                    },
                )
            },
        );
        let mut tail = special?;
        tail.extend(sitemap);
        tail.extend(atom);
        tail.push(feeds::robots(self.site));
        tail.extend(ics::agenda_files(self));
        tail.extend(feeds::agenda(self));
        tail.extend(admin::files(self.site, &self.i18n, self.css)?);
        self.hand_over(&mut tail)?;
        (self.progress)(Event::Lap(Lap::now("site-wide")));
        // Term pages were handed over as they were rendered.
        outputs.extend(terms?);
        outputs.extend(tail);
        Ok(SiteFiles {
            outputs,
            problems,
            docs,
        })
    }
}
