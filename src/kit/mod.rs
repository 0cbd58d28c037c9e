//! kit: the shared communication kit, drawn from the same content and brand as the site. Per
//! language: a one-pager per audience (screen, and print with bleed and crop marks), a key
//! figures sheet, a 16:9 presentation and a brand sheet, as PDFs with PNG previews; the logo
//! pack; and one zip per language with a manifest, which also carries the language's social
//! cards in the square and vertical formats. Templates are SVG with tera placeholders in
//! `brand/templates/kit/`; every document is cached by the hash of what it shows.

pub mod compose;
pub mod documents;
pub mod logos;
pub mod pdf;
pub mod qr;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use resvg::usvg;
use serde::Serialize;
use sha2::{Digest, Sha256};
use tera::Tera;

use crate::brand::layout::{self, Measurer};
use crate::brand::Brand;
use crate::content::Site;
use crate::error::{Error, Result};
use crate::i18n::I18n;
use crate::render::Output;
use documents::{Drawn, Spec};

/// Width of the previews on the kit page, in pixels.
pub const PREVIEW_WIDTH: u32 = 400;

/// One downloadable file of the kit.
#[derive(Debug, Clone, Serialize)]
pub struct KitFile {
    /// Site path without the leading slash: `kit/fr/presentation-fr.pdf`.
    pub path: String,
    /// `None` for the logos, which have no language.
    pub lang: Option<String>,
    /// `one-pager`, `figures`, `presentation`, `brand-sheet`, `logo`, `zip`.
    pub kind: &'static str,
    pub title: String,
    pub format: &'static str,
    /// `screen` or `print` for documents; the width for PNG logos.
    pub variant: String,
    pub size: usize,
    pub pages: usize,
    pub preview: Option<Preview>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub path: String,
    pub width: u32,
    pub height: u32,
}

#[derive(Default)]
pub struct Kit {
    pub files: Vec<KitFile>,
    pub outputs: Vec<Output>,
    /// The logo rules of `brand.toml` (clear space, minimum sizes), shown on the kit page.
    pub rules: toml::Table,
}

/// A document to draw in one language.
#[derive(Clone, Copy)]
enum Job {
    OnePager(usize),
    Figures,
    Presentation,
    BrandSheet,
}

impl Job {
    fn kind(self) -> &'static str {
        match self {
            Job::OnePager(_) => "one-pager",
            Job::Figures => "figures",
            Job::Presentation => "presentation",
            Job::BrandSheet => "brand-sheet",
        }
    }
}

/// What is cached for one document: its PDFs, its preview and its page count.
struct DocFiles {
    pdf: Vec<u8>,
    print: Option<Vec<u8>>,
    preview: Vec<u8>,
    pages: usize,
}

struct Builder<'a> {
    root: &'a Path,
    tera: Tera,
    options: usvg::Options<'static>,
    cache: PathBuf,
    /// Templates, palette, fonts and version: what every document's hash starts from.
    salt: String,
    brand: &'a Brand,
    drawn: AtomicUsize,
}

pub fn build(
    site: &Site,
    brand: &Brand,
    i18n: &I18n,
    cards: &[Output],
    cache: PathBuf,
) -> Result<Kit> {
    let root = site.config.root.as_path();
    std::fs::create_dir_all(&cache).map_err(|e| Error::io("create", &cache, e))?;
    let (tera, sources) = load_templates(&root.join("brand/templates/kit"))?;
    let mut salt = Sha256::new();
    salt.update(sources.as_bytes());
    salt.update(format!("{:?}", brand.colors).as_bytes());
    salt.update(format!("{:?}{:?}", brand.fonts, brand.logo).as_bytes());
    salt.update(layout::fonts_hash(&root.join("brand/fonts")).as_bytes());
    salt.update(crate::output::incremental::program().as_bytes());
    let b = Builder {
        root,
        tera,
        options: layout::options(layout::font_db(&root.join("brand/fonts"))),
        cache,
        salt: hex(&salt.finalize()),
        brand,
        drawn: AtomicUsize::new(0),
    };
    let specs: Vec<Spec> = site
        .config
        .codes()
        .map(|lang| documents::spec(site, i18n, lang))
        .collect();
    let jobs: Vec<(&Spec, Job)> = specs
        .iter()
        .flat_map(|s| {
            (0..s.audiences.len())
                .map(Job::OnePager)
                .chain([Job::Figures, Job::Presentation, Job::BrandSheet])
                .map(move |j| (s, j))
        })
        .collect();
    let total = jobs.len();
    let docs = jobs
        .par_iter()
        .map(|(spec, job)| b.document(spec, *job, total))
        .collect::<Result<Vec<_>>>()?;
    if std::io::stderr().is_terminal() && b.drawn.load(Ordering::Relaxed) > 0 {
        eprintln!();
    }
    let variants: Vec<String> = brand
        .logo
        .get("variants")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let logo_files = variants
        .par_iter()
        .map(|v| b.logos(v))
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();

    let mut kit = Kit {
        rules: brand.logo.clone(),
        ..Kit::default()
    };
    for ((spec, job), doc) in jobs.iter().zip(docs) {
        let stem = stem(spec, *job);
        let title = title(spec, *job);
        let preview = Preview {
            path: format!("kit/{}/previews/{stem}.png", spec.lang),
            width: PREVIEW_WIDTH,
            height: png_height(&doc.preview),
        };
        let mut push = |variant: &str, path: String, bytes: Vec<u8>| {
            kit.files.push(KitFile {
                path: path.clone(),
                lang: Some(spec.lang.clone()),
                kind: job.kind(),
                title: title.clone(),
                format: "PDF",
                variant: variant.to_string(),
                size: bytes.len(),
                pages: doc.pages,
                preview: Some(preview.clone()),
            });
            kit.outputs.push(Output::new(path, bytes));
        };
        push("screen", format!("kit/{}/{stem}.pdf", spec.lang), doc.pdf);
        if let Some(print) = doc.print {
            push(
                "print",
                format!("kit/{}/{stem}-print.pdf", spec.lang),
                print,
            );
        }
        kit.outputs
            .push(Output::new(preview.path.clone(), doc.preview));
    }
    for (variant, f) in logo_files {
        let path = format!("kit/logos/{}", f.name);
        let preview = (f.format == "PNG" && f.name.ends_with("-256.png")).then(|| Preview {
            path: path.clone(),
            width: 256,
            height: png_height(&f.bytes),
        });
        kit.files.push(KitFile {
            path: path.clone(),
            lang: None,
            kind: "logo",
            title: variant.clone(),
            format: f.format,
            variant: f
                .name
                .rsplit_once('-')
                .and_then(|(_, w)| w.strip_suffix(".png"))
                .unwrap_or_default()
                .to_string(),
            size: f.bytes.len(),
            pages: 1,
            preview,
        });
        kit.outputs.push(Output::new(path, f.bytes));
    }
    for spec in &specs {
        let (path, bytes) = b.zip(&kit, cards, spec)?;
        kit.files.push(KitFile {
            path: path.clone(),
            lang: Some(spec.lang.clone()),
            kind: "zip",
            title: spec.labels.get("site-tagline").cloned().unwrap_or_default(),
            format: "ZIP",
            variant: String::new(),
            size: bytes.len(),
            pages: 0,
            preview: None,
        });
        kit.outputs.push(Output::new(path, bytes));
    }
    Ok(kit)
}

fn load_templates(dir: &Path) -> Result<(Tera, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io("read", dir, e))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "svg"))
        .collect();
    files.sort();
    let mut sources = String::new();
    let mut named = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).map_err(|e| Error::io("read", f, e))?;
        sources.push_str(&text);
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        named.push((name, text));
    }
    let mut tera = Tera::default();
    // Added together so templates can import the shared macros.
    tera.add_raw_templates(named).map_err(|e| Error::Template {
        template: dir.display().to_string(),
        page: "(loading the kit templates)".into(),
        message: crate::render::templates::chain(&e),
    })?;
    tera.autoescape_on(vec![".svg"]);
    tera.set_escape_fn(crate::render::templates::escape_html);
    Ok((tera, sources))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

fn png_height(png: &[u8]) -> u32 {
    // IHDR: width and height are the big-endian words at bytes 16..24.
    png.get(20..24)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        .unwrap_or(0)
}

fn stem(spec: &Spec, job: Job) -> String {
    let lang = &spec.lang;
    match job {
        Job::OnePager(i) => {
            let key = &spec.audiences[i].key;
            let slug = key.rsplit('/').next().unwrap_or(key);
            format!("one-pager-{slug}-{lang}")
        }
        Job::Figures => format!("key-figures-{lang}"),
        Job::Presentation => format!("presentation-{lang}"),
        Job::BrandSheet => format!("brand-sheet-{lang}"),
    }
}

fn title(spec: &Spec, job: Job) -> String {
    let label = |k: &str| spec.labels.get(k).cloned().unwrap_or_default();
    match job {
        Job::OnePager(i) => spec.audiences[i].title.clone(),
        Job::Figures => label("kit-figures-title"),
        Job::Presentation => label("kit-presentation-title"),
        Job::BrandSheet => label("kit-brand-title"),
    }
}

impl Builder<'_> {
    fn fail(&self, template: &str, message: String) -> Error {
        Error::Asset {
            path: self.root.join("brand/templates/kit").join(template),
            message,
        }
    }

    fn document(&self, spec: &Spec, job: Job, total: usize) -> Result<DocFiles> {
        let mut h = Sha256::new();
        h.update(self.salt.as_bytes());
        h.update(job.kind().as_bytes());
        if let Job::OnePager(i) = job {
            h.update(i.to_le_bytes());
        }
        h.update(serde_json::to_vec(spec).unwrap_or_default());
        let key = hex(&h.finalize());
        let at = |ext: &str| self.cache.join(format!("{key}.{ext}"));
        let print = matches!(job, Job::OnePager(_));
        let read = || -> Option<DocFiles> {
            Some(DocFiles {
                pdf: std::fs::read(at("pdf")).ok()?,
                print: if print {
                    Some(std::fs::read(at("print.pdf")).ok()?)
                } else {
                    None
                },
                preview: std::fs::read(at("png")).ok()?,
                pages: std::fs::read_to_string(at("pages"))
                    .ok()?
                    .trim()
                    .parse()
                    .ok()?,
            })
        };
        if let Some(doc) = read() {
            return Ok(doc);
        }
        let doc = self.draw(spec, job)?;
        // A cache that cannot be written only costs time.
        let _ = std::fs::write(at("pdf"), &doc.pdf);
        if let Some(p) = &doc.print {
            let _ = std::fs::write(at("print.pdf"), p);
        }
        let _ = std::fs::write(at("png"), &doc.preview);
        let _ = std::fs::write(at("pages"), doc.pages.to_string());
        let n = self.drawn.fetch_add(1, Ordering::Relaxed) + 1;
        if std::io::stderr().is_terminal() {
            eprint!("\rDrawing the kit: {n} documents of {total}");
        }
        Ok(doc)
    }

    fn draw(&self, spec: &Spec, job: Job) -> Result<DocFiles> {
        let mut m = Measurer::new(&self.options);
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
                documents::presentation(&mut m, spec, self.brand),
                documents::SLIDE,
            ),
            Job::BrandSheet => (
                vec![documents::brand_sheet(&mut m, spec, self.brand)],
                documents::A4,
            ),
        };
        let mut svgs = Vec::new();
        for d in &drawn {
            let mut svg = documents::svg(&self.tera, d).map_err(|e| self.fail(d.template, e))?;
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
        let pdf = pdf::pdf(&trees, w, h, false, &info).map_err(|e| self.fail(template, e))?;
        let preview = pdf::png(&trees[0], PREVIEW_WIDTH).map_err(|e| self.fail(template, e))?;
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
        Ok(DocFiles {
            pages: trees.len(),
            pdf,
            print,
            preview,
        })
    }

    /// The brand sheet shows the emblem itself, inlined from `brand/logos/emblem.svg`.
    fn with_emblem(&self, svg: String, d: &Drawn) -> Result<String> {
        let path = self.root.join("brand/logos/emblem.svg");
        let logo = std::fs::read_to_string(&path).map_err(|e| Error::io("read", &path, e))?;
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

    fn logos(&self, variant: &str) -> Result<Vec<(String, logos::LogoFile)>> {
        let path = self.root.join("brand/logos").join(format!("{variant}.svg"));
        let mut h = Sha256::new();
        h.update(self.salt.as_bytes());
        h.update(variant.as_bytes());
        h.update(std::fs::read(&path).map_err(|e| Error::io("read", &path, e))?);
        let key = hex(&h.finalize());
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
                let files = logos::pack(self.root, variant, &self.options).map_err(|message| {
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

    /// One zip per language: its documents, the logo pack, a manifest (size and SHA-256 of every
    /// file) and a usage note, under one folder; cached by the hash of its entries.
    fn zip(&self, kit: &Kit, cards: &[Output], spec: &Spec) -> Result<(String, Vec<u8>)> {
        let lang = &spec.lang;
        let folder = format!("one-provence-kit-{lang}");
        let path = format!("kit/{folder}.zip");
        let prefix = format!("kit/{lang}/");
        let mut entries: Vec<Output> = kit
            .outputs
            .iter()
            .filter(|o| {
                (o.path.starts_with(&prefix) && !o.path.contains("/previews/"))
                    || o.path.starts_with("kit/logos/")
            })
            .map(|o| {
                let name = o
                    .path
                    .strip_prefix(&prefix)
                    .map(String::from)
                    .unwrap_or_else(|| o.path.trim_start_matches("kit/").to_string());
                Output::new(format!("{folder}/{name}"), o.bytes.clone())
            })
            .collect();
        // The social formats partners post (square and vertical, for stories and key figures).
        let own_cards = format!("cards/{lang}/");
        entries.extend(
            cards
                .iter()
                .filter(|c| {
                    c.path.starts_with(&own_cards)
                        && (c.path.ends_with(".square.png") || c.path.ends_with(".vertical.png"))
                })
                .map(|c| {
                    let name = c.path.strip_prefix(&own_cards).unwrap_or(&c.path);
                    Output::new(format!("{folder}/social/{name}"), c.bytes.clone())
                }),
        );
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        let label = |k: &str| spec.labels.get(k).cloned().unwrap_or_default();
        let mut manifest = format!(
            "# {} — {} ({lang})\n# SHA-256  bytes  file\n",
            spec.site_name,
            label("kit-manifest-title")
        );
        for e in &entries {
            let sum = Sha256::digest(&e.bytes);
            let hex: String = sum.iter().map(|b| format!("{b:02x}")).collect();
            let name = e
                .path
                .strip_prefix(&format!("{folder}/"))
                .unwrap_or(&e.path);
            manifest.push_str(&format!("{hex}  {}  {name}\n", e.bytes.len()));
        }
        let note = label("kit-zip-note");
        entries.push(Output::new(format!("{folder}/MANIFEST.txt"), manifest));
        entries.push(Output::new(
            format!("{folder}/README-{lang}.txt"),
            format!("{}\n\n{note}\n\n{}\n", spec.site_name, spec.home_url),
        ));
        let mut h = Sha256::new();
        h.update(self.salt.as_bytes());
        for e in &entries {
            h.update(e.path.as_bytes());
            h.update(Sha256::digest(&e.bytes));
        }
        let cached = self.cache.join(format!("{}.zip", hex(&h.finalize())));
        if let Ok(bytes) = std::fs::read(&cached) {
            return Ok((path, bytes));
        }
        let bytes = crate::output::offline::zip_bytes(&entries)
            .map_err(|e| Error::io("write", PathBuf::from(&path), e))?;
        let _ = std::fs::write(&cached, &bytes);
        Ok((path, bytes))
    }
}

/// `1,2 Mo`, `240 KB`: a file size in the page's language.
pub fn size_label(i18n: &I18n, lang: &str, bytes: usize) -> String {
    let mut args = FluentArgs::new();
    if bytes >= 1024 * 1024 {
        args.set("size", format!("{:.1}", bytes as f64 / 1_048_576.0));
        let s = i18n.tr(lang, "kit-size-mb", Some(&args));
        if lang == "fr" {
            s.replace('.', ",")
        } else {
            s
        }
    } else {
        args.set("size", (bytes.div_ceil(1024)).to_string());
        i18n.tr(lang, "kit-size-kb", Some(&args))
    }
}
