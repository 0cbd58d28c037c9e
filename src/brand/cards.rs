//! brand: a social card (Open Graph, 1200×630 PNG) for every page, in the page's language,
//! drawn from the SVG template `brand/templates/cards/og.svg` with the brand palette: text is
//! laid out by `layout` (measured, wrapped, right-aligned and isolated for Arabic), inserted
//! XML-escaped, then rasterised by resvg. Cards are cached by the hash of what they show.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use rayon::prelude::*;
use resvg::{tiny_skia, usvg};
use serde::Serialize;
use sha2::{Digest, Sha256};
use tera::{Context, Tera};

use super::layout::{self, Frame, Measurer, Run};
use super::Brand;
use crate::content::{Page, Site};
use crate::error::{Error, Result};
use crate::i18n::I18n;
use crate::render::Output;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

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

pub const OPEN_GRAPH: Format = Format {
    name: "og",
    width: WIDTH,
    height: HEIGHT,
    max_size: 68.0,
    max_lines: 4,
};
pub const SQUARE: Format = Format {
    name: "square",
    width: 1080,
    height: 1080,
    max_size: 84.0,
    max_lines: 6,
};
pub const VERTICAL: Format = Format {
    name: "vertical",
    width: 1080,
    height: 1920,
    max_size: 96.0,
    max_lines: 8,
};
const MARGIN: f32 = 80.0;

/// `/fr/stories/x/` → `cards/fr/stories/x.png` (or `x.square.png`, `x.vertical.png`).
pub fn card_path(url: &str) -> String {
    format_path(url, OPEN_GRAPH)
}

pub fn format_path(url: &str, f: Format) -> String {
    let base = url.trim_matches('/');
    if f.name == "og" {
        format!("cards/{base}.png")
    } else {
        format!("cards/{base}.{}.png", f.name)
    }
}

fn formats(page: &Page) -> &'static [Format] {
    if page.meta.date.is_some() {
        &[OPEN_GRAPH, SQUARE, VERTICAL]
    } else {
        &[OPEN_GRAPH]
    }
}

#[derive(Serialize)]
struct Line {
    y: f32,
    runs: Vec<Run>,
}

pub struct Cards {
    tera: Tera,
    options: usvg::Options<'static>,
    cache: PathBuf,
    /// Hash of the brand fonts: a changed font redraws every card.
    fonts: String,
    /// Hash of each template's text, computed once (keys are computed for every card).
    templates: std::collections::HashMap<String, String>,
}

impl Cards {
    pub fn new(root: &Path, cache: PathBuf) -> Result<Cards> {
        let dir = root.join("brand/templates/cards");
        let mut tera = Tera::default();
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::io("read", &dir, e))?;
        let mut templates = std::collections::HashMap::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "svg") {
                let name = entry.file_name().to_string_lossy().into_owned();
                let text =
                    std::fs::read_to_string(&path).map_err(|e| Error::io("read", &path, e))?;
                let sum: String = Sha256::digest(text.as_bytes())
                    .iter()
                    .take(16)
                    .map(|b| format!("{b:02x}"))
                    .collect();
                templates.insert(name.clone(), sum);
                tera.add_raw_template(&name, &text)
                    .map_err(|e| Error::Template {
                        template: path.display().to_string(),
                        page: "(loading the card templates)".into(),
                        message: crate::render::templates::chain(&e),
                    })?;
            }
        }
        // XML-escape every inserted value: a title with `<` or `&` must not break the SVG.
        tera.autoescape_on(vec![".svg"]);
        tera.set_escape_fn(crate::render::templates::escape_html);
        let options = layout::options(layout::font_db(&root.join("brand/fonts")));
        let fonts = layout::fonts_hash(&root.join("brand/fonts"));
        Ok(Cards {
            fonts,
            templates,
            tera,
            options,
            cache,
        })
    }

    /// Every card of the site (pages, then key figures in each language), rendered in parallel,
    /// each from the cache when its inputs are unchanged. A progress line shows on terminals.
    pub fn render(&self, site: &Site, brand: &Brand, i18n: &I18n) -> Result<Vec<Output>> {
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
        self.draw(site, brand, i18n, jobs)
    }

    /// The cards of the pages of one key (`serve`, after an edit of its front matter).
    pub fn render_key(
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
        self.draw(site, brand, i18n, jobs)
    }

    fn draw(&self, site: &Site, brand: &Brand, i18n: &I18n, jobs: Vec<Job>) -> Result<Vec<Output>> {
        std::fs::create_dir_all(&self.cache).map_err(|e| Error::io("create", &self.cache, e))?;
        let drawn = AtomicUsize::new(0);
        let show = std::io::stderr().is_terminal();
        let outputs = jobs
            .par_iter()
            .map(|job| {
                let key = self.job_key(site, brand, i18n, job);
                let cached = self.cache.join(format!("{key}.png"));
                let png = match std::fs::read(&cached) {
                    Ok(bytes) => bytes,
                    Err(_) => {
                        let (svg, path, f) = match job {
                            Job::Page(p, f) => {
                                (self.svg(site, brand, i18n, p, *f)?, p.path.clone(), *f)
                            }
                            Job::Figure(id, lang, f) => (
                                self.figure_svg(site, brand, id, lang, *f)?,
                                PathBuf::from("content/figures.toml"),
                                *f,
                            ),
                        };
                        let png = self.png(&svg, &path, f)?;
                        // A cache that cannot be written only costs time.
                        let _ = std::fs::write(&cached, &png);
                        let n = drawn.fetch_add(1, Ordering::Relaxed) + 1;
                        if show && n.is_multiple_of(10) {
                            eprint!("\rDrawing cards: {n} new of {}", jobs.len());
                        }
                        png
                    }
                };
                Ok(Output::new(job.path(), png))
            })
            .collect::<Result<Vec<_>>>();
        if show && drawn.load(Ordering::Relaxed) >= 10 {
            eprintln!();
        }
        outputs
    }

    fn job_key(&self, site: &Site, brand: &Brand, i18n: &I18n, job: &Job) -> String {
        match job {
            Job::Page(p, f) => self.key(site, brand, i18n, p, *f),
            Job::Figure(id, lang, f) => {
                let mut h = Sha256::new();
                h.update(self.template_hash("figure.svg").as_bytes());
                h.update(format!("{:?}", brand.colors).as_bytes());
                let fig = site.figures.get(id, lang, &site.config.default_language);
                h.update(
                    format!(
                        "{id}|{lang}|{}|{fig:?}|{}|{}",
                        f.name, site.config.base_url, self.fonts
                    )
                    .as_bytes(),
                );
                h.update(crate::output::incremental::program().as_bytes());
                h.finalize()
                    .iter()
                    .take(16)
                    .map(|b| format!("{b:02x}"))
                    .collect()
            }
        }
    }

    /// A key figure as a square or vertical card: the value large, its label and its source.
    fn figure_svg(
        &self,
        site: &Site,
        brand: &Brand,
        id: &str,
        lang: &str,
        f: Format,
    ) -> Result<String> {
        let fig = site
            .figures
            .get(id, lang, &site.config.default_language)
            .ok_or_else(|| Error::Asset {
                path: PathBuf::from("content/figures.toml"),
                message: format!("no figure `{id}`"),
            })?;
        let rtl = site.config.language(lang).is_some_and(|l| l.dir == "rtl");
        let w = f.width as f32;
        let mut m = Measurer::new(&self.options);
        let frame = Frame {
            width: w - 2.0 * MARGIN,
            max_size: 60.0,
            min_size: 40.0,
            max_lines: 5,
            bold: true,
            rtl,
        };
        let value = layout::fit(
            &mut m,
            fig.value,
            Frame {
                max_size: 170.0,
                min_size: 90.0,
                max_lines: 1,
                ..frame
            },
        );
        let label = layout::fit(&mut m, fig.label, frame);
        let source_text = match fig.year {
            Some(y) => format!("{} ({y})", fig.source),
            None => fig.source.to_string(),
        };
        let source_rtl = rtl && fig.source_lang == lang;
        let source = layout::fit(
            &mut m,
            &source_text,
            Frame {
                max_size: 30.0,
                min_size: 26.0,
                max_lines: 3,
                bold: false,
                rtl: source_rtl,
                ..frame
            },
        );
        let value_y = f.height as f32 * 0.36;
        let top = value_y + 110.0;
        let lh = label.size * 1.25;
        let lines: Vec<Line> = label
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| Line {
                y: top + i as f32 * lh,
                runs: layout::runs(l, rtl),
            })
            .collect();
        let source_top = top + label.lines.len() as f32 * lh + 40.0;
        let source: Vec<Line> = source
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| Line {
                y: source_top + i as f32 * 40.0,
                runs: layout::runs(l, source_rtl),
            })
            .collect();
        let mut ctx = frame_context(site, brand, f, rtl);
        ctx.insert("open", if rtl { "\u{2067}" } else { "" });
        ctx.insert("close", if rtl { "\u{2069}" } else { "" });
        ctx.insert(
            "value",
            &layout::runs(value.lines.first().map(String::as_str).unwrap_or(""), rtl),
        );
        ctx.insert("value_size", &value.size);
        ctx.insert("value_y", &value_y);
        ctx.insert("lines", &lines);
        ctx.insert("title_size", &label.size);
        ctx.insert("source", &source);
        self.tera
            .render("figure.svg", &ctx)
            .map_err(|e| Error::Template {
                template: "brand/templates/cards/figure.svg".into(),
                page: format!("content/figures.toml [{id}]"),
                message: crate::render::templates::chain(&e),
            })
    }

    /// The card's SVG text: everything the picture depends on, hence the cache key.
    pub fn svg(
        &self,
        site: &Site,
        brand: &Brand,
        i18n: &I18n,
        page: &Page,
        f: Format,
    ) -> Result<String> {
        let (w, h) = (f.width as f32, f.height as f32);
        let rtl = site
            .config
            .language(&page.lang)
            .is_some_and(|l| l.dir == "rtl");
        let mut m = Measurer::new(&self.options);
        let width = w - 2.0 * MARGIN;
        let frame = Frame {
            width,
            max_size: f.max_size,
            min_size: 44.0,
            max_lines: f.max_lines,
            bold: true,
            rtl: page.content_lang == "ar",
        };
        let block = layout::fit(&mut m, &page.meta.title, frame);
        let kicker = site
            .get(&page.parent, &page.lang)
            .map(|s| s.meta.title.clone())
            .unwrap_or_else(|| i18n.tr(&page.lang, "site-tagline", None));
        let kicker = layout::fit(
            &mut m,
            &kicker,
            Frame {
                max_size: 30.0,
                min_size: 30.0,
                max_lines: 1,
                bold: true,
                ..frame
            },
        );
        let line_height = block.size * 1.22;
        let band = f.max_lines as f32 * line_height;
        let top = h * 0.40 + (band - block.lines.len() as f32 * line_height) * 0.35 - band * 0.25;
        let top = top.max(250.0);
        let lines: Vec<Line> = block
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| Line {
                y: top + i as f32 * line_height,
                runs: layout::runs(l, frame.rtl),
            })
            .collect();
        let mut ctx = frame_context(site, brand, f, rtl);
        // Right-to-left lines are isolated (RLI…PDI): usvg ignores `direction` (STACK.md §4).
        ctx.insert("open", if frame.rtl { "\u{2067}" } else { "" });
        ctx.insert("close", if frame.rtl { "\u{2069}" } else { "" });
        ctx.insert(
            "kicker",
            &layout::runs(
                kicker.lines.first().map(String::as_str).unwrap_or(""),
                frame.rtl,
            ),
        );
        ctx.insert("kicker_y", &(top - line_height * 0.95).max(190.0));
        ctx.insert("lines", &lines);
        ctx.insert("title_size", &block.size);
        self.tera
            .render("og.svg", &ctx)
            .map_err(|e| Error::Template {
                template: "brand/templates/cards/og.svg".into(),
                page: page.path.display().to_string(),
                message: crate::render::templates::chain(&e),
            })
    }

    /// Everything a card shows, hashed: an unchanged page keeps its PNG without layout or
    /// rasterising.
    fn key(&self, site: &Site, brand: &Brand, i18n: &I18n, page: &Page, f: Format) -> String {
        let mut h = Sha256::new();
        h.update(f.name.as_bytes());
        h.update(self.template_hash("og.svg").as_bytes());
        h.update(format!("{:?}", brand.colors).as_bytes());
        for part in [
            &page.meta.title,
            &page.lang,
            &page.content_lang,
            &page.parent,
            &site.config.title,
            &site.config.base_url,
        ] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        if let Some(s) = site.get(&page.parent, &page.lang) {
            h.update(s.meta.title.as_bytes());
        }
        h.update(i18n.tr(&page.lang, "site-tagline", None).as_bytes());
        h.update(crate::output::incremental::program().as_bytes());
        h.update(self.fonts.as_bytes());
        h.finalize()
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    fn template_hash(&self, name: &str) -> &str {
        self.templates.get(name).map(String::as_str).unwrap_or("")
    }

    fn png(&self, svg: &str, page: &Path, f: Format) -> Result<Vec<u8>> {
        let fail = |message: String| Error::Asset {
            path: page.to_path_buf(),
            message,
        };
        let tree =
            usvg::Tree::from_str(svg, &self.options).map_err(|e| fail(format!("card SVG: {e}")))?;
        let mut pixmap =
            tiny_skia::Pixmap::new(f.width, f.height).ok_or_else(|| fail("card size".into()))?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap
            .encode_png()
            .map_err(|e| fail(format!("card PNG: {e}")))
    }
}

/// What every card template shares: size, palette, the side text starts from, the brand line.
fn frame_context(site: &Site, brand: &Brand, f: Format, rtl: bool) -> Context {
    let w = f.width as f32;
    let mut ctx = Context::new();
    ctx.insert("width", &f.width);
    ctx.insert("height", &f.height);
    ctx.insert("colors", &brand.colors);
    ctx.insert("anchor", if rtl { "end" } else { "start" });
    ctx.insert("x", &if rtl { w - MARGIN } else { MARGIN });
    ctx.insert("logo_x", &if rtl { w - MARGIN - 48.0 } else { MARGIN });
    ctx.insert(
        "brand_x",
        &if rtl {
            w - MARGIN - 60.0
        } else {
            MARGIN + 60.0
        },
    );
    ctx.insert("site_name", &site.config.title);
    let host = site
        .config
        .base_url
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    ctx.insert("host", host);
    ctx
}

/// One card to draw: a page in one size, or a key figure in one language and size.
enum Job<'a> {
    Page(&'a Page, Format),
    Figure(&'a str, &'a str, Format),
}

impl Job<'_> {
    fn path(&self) -> String {
        match self {
            Job::Page(p, f) => format_path(&p.url, *f),
            Job::Figure(id, lang, f) => format!("cards/{lang}/figures/{id}.{}.png", f.name),
        }
    }
}

/// Shared by the build and by `serve`, which keeps it between rebuilds.
pub type SharedCards = Arc<Cards>;
