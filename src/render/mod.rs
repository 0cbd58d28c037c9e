//! render: every page of the `Site` to HTML (Markdown, shortcodes, tera templates), in
//! parallel, plus the site-wide files (language chooser, 404s, sitemap, feeds, robots.txt).
//! Takes the site, the theme and the asset URLs; gives a list of files to write.

pub mod feeds;
pub mod markdown;
pub mod memo;
pub mod page;
pub mod relations;
pub mod search;
pub mod shortcodes;
pub mod structured;
pub mod taxonomy;
pub mod templates;
pub mod views;

use std::sync::Arc;

use rayon::prelude::*;
use tera::Tera;

use crate::content::Site;
use crate::error::{Diagnostic, Result};
use crate::i18n::I18n;

/// One file of the built site, path relative to the output folder.
#[derive(Debug, Clone)]
pub struct Output {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl Output {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Output {
        Output {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// Everything the render stage reads.
pub struct Renderer<'a> {
    pub site: &'a Site,
    pub i18n: Arc<I18n>,
    pub tera: &'a Tera,
    pub specs: &'a shortcodes::Specs,
    /// Site path of the fingerprinted stylesheet.
    pub css: &'a str,
    pub asset_exists: &'a (dyn Fn(&str) -> bool + Sync),
    /// Raster images of the static folders: sizes and `srcset`.
    pub images: &'a crate::assets::images::Images,
    /// The communication kit, when drawn: the kit page lists it.
    pub kit: Option<&'a crate::kit::Kit>,
    /// Takes each page's files as soon as they are rendered (a clean `build` writes them to
    /// its staging folder), so the site is never whole in memory; leaves what it took empty.
    pub sink: Option<&'a Sink<'a>>,
    /// `serve`'s memory of the last render: files whose context is unchanged are not given.
    pub memo: Option<&'a memo::Memo>,
}

pub type Sink<'a> = dyn Fn(&mut [Output]) -> Result<()> + Sync + 'a;

impl Renderer<'_> {
    /// The files of the site, the content problems found while rendering, and the search
    /// entries of the pages (kept by `serve` to rebuild an index after a one-page edit).
    pub fn render_all(&self) -> Result<(Vec<Output>, Vec<Diagnostic>, Vec<search::SearchDoc>)> {
        let results: Vec<Result<page::Rendered>> = self
            .site
            .pages
            .par_iter()
            .map(|p| {
                let mut rendered = page::render(self, p)?;
                if let Some(sink) = self.sink {
                    sink(&mut rendered.0)?;
                }
                Ok(rendered)
            })
            .collect();
        let mut outputs = Vec::new();
        let mut problems = Vec::new();
        let mut docs = Vec::new();
        for r in results {
            let (mut o, mut d, doc) = r?;
            outputs.append(&mut o);
            problems.append(&mut d);
            docs.extend(doc);
        }
        let mut search = search::index_files(self.site, &docs, self.memo);
        if let Some(sink) = self.sink {
            // A streaming build hands the indexes over at once and keeps no entry (only
            // `serve`, which does not stream, renders an index again).
            sink(&mut search)?;
            docs = Vec::new();
        }
        outputs.extend(search);
        // The other site-wide files, side by side.
        let (special, (terms, (sitemap, atom))) = rayon::join(
            || page::special_pages(self),
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
        if let Some(sink) = self.sink {
            sink(&mut tail)?;
        }
        outputs.extend(tail);
        Ok((outputs, problems, docs))
    }
}
