//! kit: drawing one document (laid out by `documents` or `slides`, rendered through its SVG
//! template, parsed once, then written as PDF and PNG preview from the same tree) and the logo
//! pack, each taken from the cache when what it shows is unchanged.

use std::sync::atomic::Ordering;

use rayon::prelude::*;
use resvg::usvg;

use super::documents::{self, Drawn};
use super::screen::Screen;
use super::{logos, title, Builder, DocFiles, Job, Spec, PREVIEW_WIDTH};
use crate::draw::layout::Measurer;
use crate::draw::pdf;
use crate::draw::tagged::Piece;
use crate::error::{Error, Result};
use crate::hash::Key;
use crate::progress::{Event, Progress, Step};

/// Each slide as PNG and as SVG with its text in outlines (no font needed to use it), for
/// partners who build their own deck.
fn slide_files(trees: &[usvg::Tree]) -> std::result::Result<Vec<super::SlideFiles>, String> {
    trees
        .iter()
        .map(|t| {
            let png = pdf::png(t, super::SLIDE_PNG_WIDTH)?;
            let svg = t.to_string(&usvg::WriteOptions::default()).into_bytes();
            Ok((png, svg))
        })
        .collect()
}

impl Builder<'_> {
    pub(super) fn fail(&self, template: &str, message: String) -> Error {
        Error::Asset {
            path: self.root.join("brand/templates/kit").join(template),
            message,
        }
    }

    /// A document from the cache when what it shows is unchanged, else drawn and cached.
    pub(super) fn document(
        &self,
        spec: &Spec,
        job: Job,
        total: usize,
        progress: &Progress,
    ) -> Result<DocFiles> {
        let mut h = Key::new().text(&self.salt).text(job.kind());
        if let Job::OnePager(i) = job {
            h.add(&i.to_le_bytes());
        }
        let key = h
            .bytes(&serde_json::to_vec(spec).unwrap_or_default())
            .finish();
        let doc = match self.cached(&key, job) {
            Some(doc) => doc,
            None => self.draw_and_keep(&key, spec, job)?,
        };
        progress(Event::Step(Step {
            stage: "kit",
            done: self.done.fetch_add(1, Ordering::Relaxed) + 1,
            total,
        }));
        Ok(doc)
    }

    fn cached(&self, key: &str, job: Job) -> Option<DocFiles> {
        let at = |ext: &str| self.cache.join(format!("{key}.{ext}"));
        let print = matches!(job, Job::OnePager(_));
        let pages: usize = std::fs::read_to_string(at("pages"))
            .ok()?
            .trim()
            .parse()
            .ok()?;
        Some(DocFiles {
            pdf: std::fs::read(at("pdf")).ok()?,
            print: if print {
                Some(std::fs::read(at("print.pdf")).ok()?)
            } else {
                None
            },
            preview: std::fs::read(at("png")).ok()?,
            pages,
            slides: if matches!(job, Job::Presentation) {
                (1..=pages)
                    .map(|i| {
                        let png = std::fs::read(at(&format!("slide-{i}.png"))).ok()?;
                        let svg = std::fs::read(at(&format!("slide-{i}.svg"))).ok()?;
                        Some((png, svg))
                    })
                    .collect::<Option<Vec<_>>>()?
            } else {
                Vec::new()
            },
            deck: if matches!(job, Job::Presentation) {
                Some(std::fs::read(at("pptx")).ok()?)
            } else {
                None
            },
        })
    }

    fn draw_and_keep(&self, key: &str, spec: &Spec, job: Job) -> Result<DocFiles> {
        let at = |ext: &str| self.cache.join(format!("{key}.{ext}"));
        let doc = self.draw(spec, job)?;
        // A cache that cannot be written only costs time.
        let _ = std::fs::write(at("pdf"), &doc.pdf);
        if let Some(p) = &doc.print {
            let _ = std::fs::write(at("print.pdf"), p);
        }
        let _ = std::fs::write(at("png"), &doc.preview);
        for (i, (png, svg)) in doc.slides.iter().enumerate() {
            let _ = std::fs::write(at(&format!("slide-{}.png", i + 1)), png);
            let _ = std::fs::write(at(&format!("slide-{}.svg", i + 1)), svg);
        }
        if let Some(deck) = &doc.deck {
            let _ = std::fs::write(at("pptx"), deck);
        }
        let _ = std::fs::write(at("pages"), doc.pages.to_string());
        Ok(doc)
    }

    fn draw(&self, spec: &Spec, job: Job) -> Result<DocFiles> {
        let mut m = Measurer::new(&self.options, &self.widths);
        let (drawn, (w, h)): (Vec<Drawn>, _) = match job {
            Job::OnePager(i) => (
                vec![documents::one_pager(
                    &mut m,
                    spec,
                    self.brand,
                    &spec.audiences[i],
                )],
                documents::A4,
            ),
            Job::Figures => (
                documents::figures_sheet(&mut m, spec, self.brand),
                documents::A4,
            ),
            Job::Presentation => (
                super::slides::presentation(&mut m, spec, self.brand),
                documents::SLIDE,
            ),
            Job::BrandSheet => {
                let mut d = super::brand_sheet::brand_sheet(&mut m, spec, self.brand);
                d.ctx.insert("logo_bodies", &self.logo_bodies()?);
                (vec![d], documents::A4)
            }
        };
        let mut svgs = Vec::new();
        for d in &drawn {
            let mut svg =
                documents::svg(&self.templates.tera, d).map_err(|e| self.fail(d.template, e))?;
            if d.template == "brand-sheet.svg" {
                svg = self.with_emblem(svg, d)?;
            }
            svgs.push((d.template, svg));
        }
        let parse = |(template, svg): &(&str, String)| {
            usvg::Tree::from_str(svg, &self.options)
                .map_err(|e| self.fail(template, format!("the SVG does not parse: {e}")))
        };
        let trees = svgs.iter().map(parse).collect::<Result<Vec<_>>>()?;
        let title = format!("{} — {}", spec.site_name, title(spec, job));
        let info = pdf::Info {
            title: &title,
            lang: &spec.lang,
        };
        let template = svgs.first().map(|s| s.0).unwrap_or_default();
        let pdf = self.screen_pdf(spec, &drawn, (w, h), &info)?;
        let first = trees
            .first()
            .ok_or_else(|| self.fail(template, "the document has no page".into()))?;
        let preview = pdf::png(first, PREVIEW_WIDTH).map_err(|e| self.fail(template, e))?;
        let print = if matches!(job, Job::OnePager(_)) {
            let wrapped = svgs
                .iter()
                .map(|(t, s)| (*t, pdf::print_svg(s, w, h)))
                .collect::<Vec<_>>();
            let trees = wrapped.iter().map(parse).collect::<Result<Vec<_>>>()?;
            Some(pdf::pdf(&trees, w, h, true, &info).map_err(|e| self.fail(template, e))?)
        } else {
            None
        };
        let (slides, deck) = if matches!(job, Job::Presentation) {
            self.presentation_extras(spec, &drawn, &trees, &title)?
        } else {
            (Vec::new(), None)
        };
        Ok(DocFiles {
            deck,
            slides,
            pages: trees.len(),
            pdf,
            print,
            preview,
        })
    }

    /// The presentation's slides one by one (PNG and SVG) and its editable deck (PPTX), from
    /// the same layout as its PDF.
    fn presentation_extras(
        &self,
        spec: &Spec,
        drawn: &[Drawn],
        trees: &[usvg::Tree],
        title: &str,
    ) -> Result<(Vec<super::SlideFiles>, Option<Vec<u8>>)> {
        let template = drawn.first().map(|d| d.template).unwrap_or_default();
        let emblem = crate::files::read_text(&self.root.join("brand/logos/emblem.svg"))?;
        let slides = slide_files(trees).map_err(|e| self.fail(template, e))?;
        let deck = super::deck::deck(drawn, spec, self.brand, &emblem, title)
            .map_err(|e| self.fail(template, format!("the editable deck: {e}")))?;
        Ok((slides, Some(deck)))
    }

    /// The screen PDF, tagged (PDF/UA-1): the brand sheet's emblem is a figure of its own.
    fn screen_pdf(
        &self,
        spec: &Spec,
        drawn: &[Drawn],
        (w, h): (f32, f32),
        info: &pdf::Info,
    ) -> Result<Vec<u8>> {
        let screen = Screen {
            tera: &self.templates.tera,
            options: &self.options,
            spec,
        };
        let mut pages = Vec::new();
        for d in drawn {
            let extra = if d.template == "brand-sheet.svg" {
                let blank = format!(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"></svg>"
                );
                let svg = self.with_emblem(blank, d)?;
                let tree = usvg::Tree::from_str(&svg, &self.options)
                    .map_err(|e| self.fail(d.template, e.to_string()))?;
                Some(Piece::Figure {
                    tree,
                    alt: spec.label("kit-emblem-alt").to_string(),
                })
            } else {
                None
            };
            pages.push(
                screen
                    .page(d, extra)
                    .map_err(|e| self.fail(d.template, e))?,
            );
        }
        let template = drawn.first().map(|d| d.template).unwrap_or_default();
        screen
            .pdf(pages, (w, h), info)
            .map_err(|e| self.fail(template, format!("{} ({}): {e}", info.title, spec.lang)))
    }

    /// Every logo variant's drawing (what is inside its `<svg>`), for the brand sheet.
    fn logo_bodies(&self) -> Result<std::collections::BTreeMap<String, String>> {
        let dir = self.root.join("brand/logos");
        let mut out = std::collections::BTreeMap::new();
        for v in ["horizontal", "stacked", "mono", "reversed"] {
            let path = dir.join(format!("{v}.svg"));
            let svg = crate::files::read_text(&path)?;
            // Its <title> would be read as text in the PDF: the sheet names the variants.
            let body = pdf::svg_body(&svg);
            let body = match (body.find("<title>"), body.find("</title>")) {
                (Some(a), Some(b)) => format!("{}{}", &body[..a], &body[b + 8..]),
                _ => body.to_string(),
            };
            out.insert(v.to_string(), body);
        }
        Ok(out)
    }

    /// The brand sheet shows the emblem itself, inlined from `brand/logos/emblem.svg`.
    fn with_emblem(&self, svg: String, d: &Drawn) -> Result<String> {
        let path = self.root.join("brand/logos/emblem.svg");
        let logo = crate::files::read_text(&path)?;
        let num = |k: &str| d.ctx.get(k).and_then(|v| v.as_f64()).unwrap_or(0.0);
        // The emblem's viewBox is 48 units square.
        let g = format!(
            "<g transform=\"translate({} {}) scale({})\">{}</g></svg>",
            num("emblem_x"),
            num("emblem_y"),
            num("emblem_size") / 48.0,
            pdf::svg_body(&logo)
        );
        Ok(match svg.rfind("</svg>") {
            Some(i) => format!("{}{g}", &svg[..i]),
            None => svg,
        })
    }

    /// Every logo variant of `brand.toml`, each in every format.
    pub(super) fn logo_pack(&self) -> Result<Vec<(String, logos::LogoFile)>> {
        let variants: Vec<String> = self
            .brand
            .logo
            .get("variants")
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        Ok(variants
            .par_iter()
            .map(|v| self.logos(v))
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect())
    }

    fn logos(&self, variant: &str) -> Result<Vec<(String, logos::LogoFile)>> {
        let path = self.root.join("brand/logos").join(format!("{variant}.svg"));
        let bytes = std::fs::read(&path).map_err(|e| Error::io("read", &path, e))?;
        let key = Key::new()
            .text(&self.salt)
            .text(variant)
            .bytes(&bytes)
            .finish();
        let stem = format!("one-provence-{variant}");
        let mut names = vec![(format!("{stem}.svg"), "SVG")];
        names.extend(
            logos::WIDTHS
                .iter()
                .map(|w| (format!("{stem}-{w}.png"), "PNG")),
        );
        names.push((format!("{stem}.pdf"), "PDF"));
        let cached: Option<Vec<logos::LogoFile>> = names
            .iter()
            .map(|(name, format)| {
                std::fs::read(self.cache.join(format!("{key}-{name}")))
                    .ok()
                    .map(|bytes| logos::LogoFile {
                        name: name.clone(),
                        format,
                        bytes,
                    })
            })
            .collect();
        let files = match cached {
            Some(files) => files,
            None => {
                let clear = self
                    .brand
                    .logo
                    .get("clear_space")
                    .and_then(|v| v.as_str())
                    .and_then(|s| s.split_whitespace().next()?.parse::<f32>().ok())
                    .unwrap_or(0.25);
                let files =
                    logos::pack(self.root, variant, &self.options, clear).map_err(|message| {
                        Error::Asset {
                            path: path.clone(),
                            message,
                        }
                    })?;
                for f in &files {
                    let _ = std::fs::write(self.cache.join(format!("{key}-{}", f.name)), &f.bytes);
                }
                files
            }
        };
        Ok(files
            .into_iter()
            .map(|f| (variant.to_string(), f))
            .collect())
    }
}
