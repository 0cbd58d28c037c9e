//! pipeline: what a render used besides the site (theme, shortcodes, assets, kit) and the
//! search entries it made, kept by `serve` to render some pages again after an edit.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::content::{Page, Site};
use crate::error::{Diagnostic, Result};
use crate::files::Output;
use crate::i18n::I18n;
use crate::kit::Kit;
use crate::render::{self, search::SearchDoc, shortcodes::Specs, Renderer, Reuse};

pub struct Session {
    pub specs: Specs,
    pub tera: tera::Tera,
    pub css: String,
    pub published: BTreeSet<String>,
    pub images: crate::assets::images::Images,
    pub kit: Option<Kit>,
    pub docs: Vec<SearchDoc>,
    /// What this run draws (cards, kit, or both left for later).
    pub drawing: crate::config::Drawing,
}

/// What rendering again gives: the files that changed and the content problems found.
pub(crate) struct Again {
    pub outputs: Vec<Output>,
    pub problems: Vec<Diagnostic>,
}

impl Session {
    /// Renders some pages of `site` again (after an edit of their text only): their files, the
    /// problems found, and the search indexes rebuilt with their new entries.
    pub(crate) fn rerender(
        &mut self,
        site: &Site,
        i18n: Arc<I18n>,
        pages: &[&Page],
        reuse: &dyn Reuse,
    ) -> Result<Again> {
        let i18n_for_data = i18n.clone();
        let rendered = self.with_renderer(site, i18n, reuse, |r| {
            pages
                .iter()
                .map(|page| render::page::render(r, page))
                .collect::<Result<Vec<_>>>()
        })?;
        let mut again = Again {
            outputs: Vec::new(),
            problems: Vec::new(),
        };
        for mut page in rendered {
            again.outputs.append(&mut page.outputs);
            again.problems.append(&mut page.problems);
            if let Some(doc) = page.search {
                match self.docs.iter_mut().find(|old| old.url == doc.url) {
                    Some(old) => *old = doc,
                    None => self.docs.push(doc),
                }
            }
        }
        let indexes = render::search::index_files(site, &self.docs, reuse);
        again.outputs.extend(indexes);
        let orientation = render::orientation::data_files(site, &i18n_for_data, &self.docs);
        again.outputs.extend(orientation);
        Ok(again)
    }

    /// Renders the whole site again after an edit of front matter, giving only the files that
    /// `reuse` does not know to be unchanged, and the problems found.
    pub(crate) fn render_again(
        &mut self,
        site: &Site,
        i18n: Arc<I18n>,
        reuse: &dyn Reuse,
    ) -> Result<Again> {
        let files = self.with_renderer(site, i18n, reuse, |r| r.render_all())?;
        self.docs = files.docs;
        Ok(Again {
            outputs: files.outputs,
            problems: files.problems,
        })
    }

    /// `f` given a renderer of `site` with this session's theme, assets and kit.
    fn with_renderer<R>(
        &self,
        site: &Site,
        i18n: Arc<I18n>,
        reuse: &dyn Reuse,
        f: impl FnOnce(&Renderer) -> R,
    ) -> R {
        f(&Renderer {
            site,
            i18n,
            tera: &self.tera,
            specs: &self.specs,
            css: &self.css,
            published: &self.published,
            kit: self.kit.as_ref(),
            images: &self.images,
            sink: None,
            reuse,
            progress: crate::progress::silent(),
            drawing: self.drawing,
            used: Default::default(),
            audience: None,
            kiosk: false,
        })
    }
}
