//! render: every page of the `Site` to HTML (Markdown, shortcodes, tera templates), in
//! parallel, plus the site-wide files (language chooser, 404s, sitemap, feeds, robots.txt, the
//! editor at `/admin/`).
//! Takes the site, the theme and the asset URLs; gives a list of files to write.

pub mod admin;
mod admin_fields;
pub mod events;
pub mod feeds;
pub mod frame;
pub mod ics;
pub mod markdown;
pub mod orientation;
pub mod page;
pub mod paginate;
pub mod relations;
pub mod reuse;
pub mod search;
pub mod shortcodes;
pub mod special;
pub mod structured;
pub mod taxonomy;
pub mod views;

use std::sync::Arc;

use rayon::prelude::*;
use tera::Tera;

use crate::content::Site;
use crate::error::{Diagnostic, Result};
pub use crate::files::{Output, Sink};
use crate::i18n::I18n;
use crate::progress::{Event, Progress, Step};
pub use reuse::Reuse;

/// What rendering the whole site gives.
pub struct SiteFiles {
    pub outputs: Vec<Output>,
    /// Content problems found while rendering (dead links, unknown shortcodes...).
    pub problems: Vec<Diagnostic>,
    /// The search entries of the pages (kept by `serve` to rebuild an index after a one-page
    /// edit; empty when the build streamed its files).
    pub docs: Vec<search::SearchDoc>,
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
}

impl Renderer<'_> {
    /// The files of the site, the content problems found while rendering, and the search
    /// entries of the pages (kept by `serve` to rebuild an index after a one-page edit).
    pub fn render_all(&self) -> Result<SiteFiles> {
        let done = std::sync::atomic::AtomicUsize::new(0);
        let total = self.site.pages.len();
        let results: Vec<Result<page::PageFiles>> = self
            .site
            .pages
            .par_iter()
            .map(|p| {
                let mut rendered = page::render(self, p)?;
                if let Some(sink) = self.sink {
                    sink(&mut rendered.outputs)?;
                }
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                (self.progress)(Event::Step(Step {
                    stage: "pages",
                    done: n,
                    total,
                }));
                Ok(rendered)
            })
            .collect();
        let mut outputs = Vec::new();
        let mut problems = Vec::new();
        let mut docs = Vec::new();
        for r in results {
            let mut r = r?;
            outputs.append(&mut r.outputs);
            problems.append(&mut r.problems);
            docs.extend(r.search);
        }
        let mut search = search::index_files(self.site, &docs, self.reuse);
        search.extend(orientation::data_files(self.site, &self.i18n, &docs));
        if let Some(sink) = self.sink {
            // A streaming build hands the indexes over at once and keeps no entry (only
            // `serve`, which does not stream, renders an index again).
            sink(&mut search)?;
            docs = Vec::new();
        }
        outputs.extend(search);
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
        tail.extend(terms?);
        tail.extend(sitemap);
        tail.extend(atom);
        tail.push(feeds::robots(self.site));
        tail.extend(ics::agenda_files(self));
        tail.extend(feeds::agenda(self));
        tail.extend(admin::files(self.site, &self.i18n, self.css)?);
        if let Some(sink) = self.sink {
            sink(&mut tail)?;
        }
        outputs.extend(tail);
        Ok(SiteFiles {
            outputs,
            problems,
            docs,
        })
    }
}
