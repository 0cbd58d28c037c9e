//! cards: a social card (Open Graph, 1200×630 PNG) for every page, in the page's language,
//! drawn from the SVG template `brand/templates/cards/og.svg` with the brand palette: text is
//! laid out by `layout` (measured, wrapped, right-aligned and isolated for Arabic), inserted
//! XML-escaped, then rasterised by resvg. Cards are cached by the hash of what they show.

mod svg;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use resvg::{tiny_skia, usvg};

use crate::config::Brand;
use crate::content::{Page, Site};
use crate::draw::layout;
use crate::error::{Error, Result};
use crate::files::Output;
use crate::hash::{self, Key};
use crate::i18n::I18n;
use crate::progress::{Event, Progress, Step};
use crate::templates::SvgTemplates;
use crate::urls;

pub(crate) const WIDTH: u32 = 1200;
pub(crate) const HEIGHT: u32 = 630;

/// A card size: the Open Graph card every page gets, and the square and vertical ones partners
/// post for stories (and other dated pages).
#[derive(Debug, Clone, Copy)]
pub struct Format {
    pub name: &'static str,
    pub width: u32,
    pub height: u32,
    max_size: f32,
    max_lines: usize,
}

pub(crate) const OPEN_GRAPH: Format = Format {
    name: "og",
    width: WIDTH,
    height: HEIGHT,
    max_size: 68.0,
    max_lines: 4,
};
pub(crate) const SQUARE: Format = Format {
    name: "square",
    width: 1080,
    height: 1080,
    max_size: 84.0,
    max_lines: 6,
};
pub(crate) const VERTICAL: Format = Format {
    name: "vertical",
    width: 1080,
    height: 1920,
    max_size: 96.0,
    max_lines: 8,
};
const MARGIN: f32 = 80.0;

fn formats(page: &Page) -> &'static [Format] {
    if page.meta.date.is_some() {
        &[OPEN_GRAPH, SQUARE, VERTICAL]
    } else {
        &[OPEN_GRAPH]
    }
}

pub struct Cards {
    templates: SvgTemplates,
    options: usvg::Options<'static>,
    widths: layout::Widths,
    cache: PathBuf,
    /// Hash of the brand fonts: a changed font redraws every card.
    fonts: String,
}

impl Cards {
    pub fn new(root: &Path, cache: PathBuf) -> Result<Cards> {
        let templates = SvgTemplates::load(&root.join("brand/templates/cards"))?;
        let options = layout::options(layout::font_db(&root.join("brand/fonts")));
        let fonts = layout::fonts_hash(&root.join("brand/fonts"));
        Ok(Cards {
            fonts,
            templates,
            options,
            widths: layout::Widths::default(),
            cache,
        })
    }

    /// Every card of the site (pages, then key figures in each language), rendered in parallel,
    /// each from the cache when its inputs are unchanged; `progress` hears of each new one.
    pub fn render(
        &self,
        site: &Site,
        brand: &Brand,
        i18n: &I18n,
        progress: &Progress,
    ) -> Result<Vec<Output>> {
        let mut jobs: Vec<Job> = site
            .pages
            .iter()
            .flat_map(|p| formats(p).iter().map(move |f| Job::Page(p, *f)))
            .collect();
        for id in site.figures.0.keys() {
            for lang in site.config.codes() {
                for f in [SQUARE, VERTICAL] {
                    jobs.push(Job::Figure(id, lang, f));
                }
            }
        }
        self.draw(site, brand, i18n, jobs, progress)
    }

    /// The cards of the pages of one key (`serve`, after an edit of its front matter).
    pub(crate) fn render_key(
        &self,
        site: &Site,
        brand: &Brand,
        i18n: &I18n,
        key: &str,
    ) -> Result<Vec<Output>> {
        let jobs = site
            .pages
            .iter()
            .filter(|p| p.key == key)
            .flat_map(|p| formats(p).iter().map(move |f| Job::Page(p, *f)))
            .collect();
        self.draw(site, brand, i18n, jobs, crate::progress::silent())
    }

    fn draw(
        &self,
        site: &Site,
        brand: &Brand,
        i18n: &I18n,
        jobs: Vec<Job>,
        progress: &Progress,
    ) -> Result<Vec<Output>> {
        std::fs::create_dir_all(&self.cache).map_err(|e| Error::io("create", &self.cache, e))?;
        let done = AtomicUsize::new(0);
        let total = jobs.len();
        let outputs = jobs
            .par_iter()
            .map(|job| {
                let key = self.job_key(site, brand, i18n, job);
                let cached = self.cache.join(format!("{key}.png"));
                let png = match std::fs::read(&cached) {
                    Ok(bytes) => bytes,
                    Err(_) => {
                        let (svg, source, template, f) = match job {
                            Job::Page(p, f) => (
                                self.svg(site, brand, i18n, p, *f)?,
                                p.path.display().to_string(),
                                "og.svg",
                                *f,
                            ),
                            Job::Figure(id, lang, f) => (
                                self.figure_svg(site, brand, i18n, id, lang, *f)?,
                                format!("content/figures.toml ({id}, {lang})"),
                                "figure.svg",
                                *f,
                            ),
                        };
                        let png = self.png(&svg, template, &source, f)?;
                        // A cache that cannot be written only costs time.
                        let _ = std::fs::write(&cached, &png);
                        png
                    }
                };
                progress(Event::Step(Step {
                    stage: "cards",
                    done: done.fetch_add(1, Ordering::Relaxed) + 1,
                    total,
                }));
                Ok(Output::new(job.path(), png))
            })
            .collect::<Result<Vec<_>>>();
        outputs
    }

    fn job_key(&self, site: &Site, brand: &Brand, i18n: &I18n, job: &Job) -> String {
        match job {
            Job::Page(p, f) => self.key(site, brand, i18n, p, *f),
            Job::Figure(id, lang, f) => {
                let fig = site.figures.get(id, lang, &site.config.default_language);
                let target = fig.as_ref().and_then(|f| i18n.target(lang, f));
                Key::new()
                    .text(self.template_hash("figure.svg"))
                    .text(&format!("{:?}", brand.colors))
                    .text(&format!(
                        "{id}|{lang}|{}|{fig:?}|{target:?}|{}|{}",
                        f.name, site.config.base_url, self.fonts
                    ))
                    .text(hash::program())
                    .finish()
            }
        }
    }

    /// Everything a card shows, hashed: an unchanged page keeps its PNG without layout or
    /// rasterising.
    fn key(&self, site: &Site, brand: &Brand, i18n: &I18n, page: &Page, f: Format) -> String {
        let mut h = Key::new()
            .text(f.name)
            .text(self.template_hash("og.svg"))
            .text(&format!("{:?}", brand.colors));
        for part in [
            &page.meta.title,
            &page.lang,
            &page.content_lang,
            &page.parent,
            &site.config.title,
            &site.config.base_url,
        ] {
            h.add(part.as_bytes());
            h.add(&[0]);
        }
        h.add(kicker(site, i18n, page).as_bytes());
        h.text(hash::program()).text(&self.fonts).finish()
    }

    fn template_hash(&self, name: &str) -> &str {
        self.templates
            .digests
            .get(name)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The card drawn from the SVG `template` gave for `source`; an SVG that does not parse
    /// is the template's fault (text fields are checked and escaped before), so it is named.
    fn png(&self, svg: &str, template: &str, source: &str, f: Format) -> Result<Vec<u8>> {
        let fail = |message: String| Error::Asset {
            path: PathBuf::from("brand/templates/cards").join(template),
            message: format!("{message} (drawing the card of {source})"),
        };
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| {
            fail(format!(
                "the SVG this template gives does not parse: {e}; check its markup"
            ))
        })?;
        let mut pixmap =
            tiny_skia::Pixmap::new(f.width, f.height).ok_or_else(|| fail("card size".into()))?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        crate::draw::raster::encode_png(&pixmap).map_err(|e| fail(format!("card PNG: {e}")))
    }
}

/// The line above a card's title: an event's date and city, else the page's section, else
/// the site's tagline.
fn kicker(site: &Site, i18n: &I18n, page: &Page) -> String {
    page.meta
        .event
        .as_ref()
        .and_then(|e| i18n.event_line(&page.lang, e))
        .or_else(|| {
            site.get(&page.parent, &page.lang)
                .map(|s| s.meta.title.clone())
        })
        .unwrap_or_else(|| i18n.tr(&page.lang, "site-tagline", None))
}

/// One card to draw: a page in one size, or a key figure in one language and size.
enum Job<'a> {
    Page(&'a Page, Format),
    Figure(&'a str, &'a str, Format),
}

impl Job<'_> {
    fn path(&self) -> String {
        match self {
            Job::Page(p, f) => urls::card(&p.url, f.name),
            Job::Figure(id, lang, f) => format!("cards/{lang}/figures/{id}.{}.png", f.name),
        }
    }
}
