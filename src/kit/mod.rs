//! kit: the shared communication kit, drawn from the same content and brand as the site. Per
//! language: a one-pager per audience (screen, and print with bleed and crop marks), a key
//! figures sheet, a 16:9 presentation and a brand sheet, as PDFs with PNG previews; the logo
//! pack; and one zip per language with a manifest, which also carries the language's social
//! cards in the square and vertical formats. Templates are SVG with tera placeholders in
//! `brand/templates/kit/`; every document is cached by the hash of what it shows.

mod brand_sheet;
mod card_list;
mod collisions;
mod deck;
pub mod documents;
mod drawing;
mod filming;
pub mod logos;
mod pptx;
pub mod qr;
mod screen;
pub mod slides;
pub mod spec;
mod video;
mod zip;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicUsize;

use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use resvg::usvg;
use serde::Serialize;

use crate::config::Brand;
use crate::content::Site;
use crate::draw::layout;
use crate::error::{Error, Result};
use crate::files::Output;
use crate::hash::{self, Key};
use crate::i18n::I18n;
use crate::progress::Progress;
use crate::templates::SvgTemplates;
pub(crate) use spec::Spec;
pub use video::VideoInfo;

/// Width of the previews on the kit page, in pixels.
pub(crate) const PREVIEW_WIDTH: u32 = 400;

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
    /// Where a social card is listed on the kit page: `stories`, or its figure's theme
    /// (`other` for a figure of none); empty for everything else.
    pub group: String,
    /// A video's size, length and text version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video: Option<VideoInfo>,
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
    /// Files that only the zips carry (the presentation's slides one by one).
    pub zip_only: Vec<Output>,
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

    /// The documents of one language. A figures sheet with no figure would be an empty PDF:
    /// it is left out.
    fn all(spec: &Spec) -> impl Iterator<Item = Job> + '_ {
        (0..spec.audiences.len())
            .map(Job::OnePager)
            .chain((!spec.figures.is_empty()).then_some(Job::Figures))
            .chain([Job::Presentation, Job::BrandSheet])
    }
}

/// What is cached for one document: its PDFs, its preview and its page count, and for the
/// presentation each slide as PNG and SVG (for partners who build their own deck).
struct DocFiles {
    pdf: Vec<u8>,
    print: Option<Vec<u8>>,
    preview: Vec<u8>,
    pages: usize,
    slides: Vec<SlideFiles>,
    /// The presentation's editable deck (PPTX).
    deck: Option<Vec<u8>>,
}

/// One slide's PNG and SVG bytes.
type SlideFiles = (Vec<u8>, Vec<u8>);

/// Width of the slides' PNGs, in pixels (HD, 16:9).
pub(crate) const SLIDE_PNG_WIDTH: u32 = 1280;

struct Builder<'a> {
    root: &'a Path,
    templates: SvgTemplates,
    options: usvg::Options<'static>,
    widths: layout::Widths,
    cache: PathBuf,
    /// Templates, palette, fonts and program: what every document's hash starts from.
    salt: String,
    brand: &'a Brand,
    done: AtomicUsize,
}

/// What the kit is drawn from besides the site: the brand, the strings, and where drawn
/// documents are cached.
pub struct Inputs<'a> {
    pub brand: &'a Brand,
    pub i18n: &'a I18n,
    pub cache: PathBuf,
    /// Whether to draw the videos (site.toml's `[switches] video`).
    pub video: bool,
}

/// The kit's documents and logo pack, drawn; the social cards and the zips come next (`pack`).
pub struct Drawn<'a> {
    builder: Builder<'a>,
    specs: Vec<Spec>,
    kit: Kit,
}

/// Draws the documents and the logo pack. They need no social card, so a build draws them
/// while the cards are drawn.
pub fn draw<'a>(site: &'a Site, inputs: Inputs<'a>, progress: &Progress) -> Result<Drawn<'a>> {
    let root = site.config.root.as_path();
    let cache = inputs.cache;
    std::fs::create_dir_all(&cache).map_err(|e| Error::io("create", &cache, e))?;
    let templates = SvgTemplates::load(&root.join("brand/templates/kit"))?;
    let brand = inputs.brand;
    let salt = Key::new()
        .text(&templates.digest())
        .text(&format!("{:?}", brand.colors))
        .text(&format!("{:?}{:?}", brand.fonts, brand.logo))
        .text(&layout::fonts_hash(&root.join("brand/fonts")))
        // The brand sheet and the editable deck draw the emblem from its file.
        .bytes(&std::fs::read(root.join("brand/logos/emblem.svg")).unwrap_or_default())
        .text(hash::program())
        .finish();
    let b = Builder {
        root,
        templates,
        options: layout::options(layout::font_db(&root.join("brand/fonts"))),
        widths: layout::Widths::default(),
        cache,
        salt,
        brand,
        done: AtomicUsize::new(0),
    };
    let specs: Vec<Spec> = site
        .config
        .codes()
        .map(|lang| spec::spec(site, inputs.i18n, lang))
        .collect();
    let jobs: Vec<(&Spec, Job)> = specs
        .iter()
        .flat_map(|s| Job::all(s).map(move |j| (s, j)))
        .collect();
    let films: Vec<(&Spec, video::Format)> = specs
        .iter()
        .flat_map(|s| video::FORMATS.iter().map(move |f| (s, *f)))
        .filter(|_| inputs.video)
        .collect();
    let total = jobs.len() + films.len();
    // The videos take longest: they start first, beside the documents and the logo pack.
    let (videos, (docs, logos)) = rayon::join(
        || {
            films
                .par_iter()
                .map(|(spec, f)| b.video(spec, *f, total, progress))
                .collect::<Result<Vec<_>>>()
        },
        || {
            rayon::join(
                || {
                    jobs.par_iter()
                        .map(|(spec, job)| b.document(spec, *job, total, progress))
                        .collect::<Result<Vec<_>>>()
                },
                || b.logo_pack(),
            )
        },
    );
    let mut kit = Kit {
        rules: brand.logo.clone(),
        ..Kit::default()
    };
    for ((spec, job), doc) in jobs.iter().zip(docs?) {
        add_document(&mut kit, spec, *job, doc);
    }
    for (variant, f) in logos? {
        add_logo(&mut kit, variant, f);
    }
    for ((spec, f), v) in films.iter().zip(videos?) {
        add_video(&mut kit, spec, *f, v);
    }
    // `jobs` and `films` borrow `specs`, which `Drawn` takes.
    drop(jobs);
    drop(films);
    Ok(Drawn {
        builder: b,
        specs,
        kit,
    })
}

/// Lists each language's social cards and packs its zip (the languages' zips in parallel).
pub fn pack(site: &Site, drawn: Drawn, cards: &[Output]) -> Result<Kit> {
    let Drawn {
        builder: b,
        specs,
        mut kit,
    } = drawn;
    for spec in &specs {
        kit.files.extend(card_list::social_cards(site, spec, cards));
    }
    let zips = specs
        .par_iter()
        .map(|spec| b.zip(&kit, cards, spec))
        .collect::<Result<Vec<_>>>()?;
    for (spec, (path, bytes)) in specs.iter().zip(zips) {
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
            group: String::new(),
            video: None,
        });
        kit.outputs.push(Output::new(path, bytes));
    }
    Ok(kit)
}

/// A drawn document's files (screen PDF, print PDF, preview) added to the kit.
fn add_document(kit: &mut Kit, spec: &Spec, job: Job, doc: DocFiles) {
    let stem = stem(spec, job);
    let title = title(spec, job);
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
            group: String::new(),
            video: None,
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
    if let Some(deck) = doc.deck {
        kit.files.push(KitFile {
            path: format!("kit/{}/{stem}.pptx", spec.lang),
            lang: Some(spec.lang.clone()),
            kind: job.kind(),
            title: title.clone(),
            format: "PPTX",
            variant: "editable".into(),
            size: deck.len(),
            pages: doc.pages,
            preview: Some(preview.clone()),
            group: String::new(),
            video: None,
        });
        kit.outputs
            .push(Output::new(format!("kit/{}/{stem}.pptx", spec.lang), deck));
    }
    kit.outputs
        .push(Output::new(preview.path.clone(), doc.preview));
    // Slides one by one go into the language's zip only: as site files they would double the
    // published and offline folders for what partners take from the zip anyway.
    for (i, (png, svg)) in doc.slides.into_iter().enumerate() {
        let name = format!("kit/{}/slides/{stem}-{:02}", spec.lang, i + 1);
        kit.zip_only.push(Output::new(format!("{name}.png"), png));
        kit.zip_only.push(Output::new(format!("{name}.svg"), svg));
    }
}

/// A drawn video added to the kit: the MP4 (on the kit page and in the zip) and its poster.
fn add_video(kit: &mut Kit, spec: &Spec, f: video::Format, v: filming::VideoFiles) {
    let lang = &spec.lang;
    let path = format!("kit/{lang}/video-{}-{lang}.mp4", f.name);
    let poster = Preview {
        path: format!("kit/{lang}/previews/video-{}-{lang}.png", f.name),
        width: filming::POSTER_WIDTH,
        height: png_height(&v.poster),
    };
    kit.files.push(KitFile {
        path: path.clone(),
        lang: Some(lang.clone()),
        kind: "video",
        title: spec.label("kit-video-title").to_string(),
        format: "MP4",
        variant: f.name.to_string(),
        size: v.mp4.len(),
        pages: 0,
        preview: Some(poster.clone()),
        group: String::new(),
        video: Some(v.info.clone()),
    });
    kit.outputs.push(Output::new(
        format!("kit/{lang}/video-{}-{lang}.vtt", f.name),
        v.info.vtt().into_bytes(),
    ));
    kit.outputs.push(Output::new(path, v.mp4));
    kit.outputs.push(Output::new(poster.path, v.poster));
}

/// One file of the logo pack added to the kit (its 256 px PNG is its preview).
fn add_logo(kit: &mut Kit, variant: String, f: logos::LogoFile) {
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
        title: variant,
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
        group: String::new(),
        video: None,
    });
    kit.outputs.push(Output::new(path, f.bytes));
}

pub(super) fn png_height(png: &[u8]) -> u32 {
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
/// `1,2 Mo`, `240 KB`: a file size in the page's language.
pub(crate) fn size_label(i18n: &I18n, lang: &str, bytes: usize) -> String {
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
