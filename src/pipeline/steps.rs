//! pipeline: the steps of a build in memory, each a function named for what it does, taking the
//! previous steps' values. Content problems are collected; only setup errors (configuration,
//! theme, templates) stop early.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::{BuildOptions, Built, Session, Tailor};
use crate::assets::{self, Assets};
use crate::cards::Cards;
use crate::config::{Brand, Config, Drawing};
use crate::content::{self, Site, Texts};
use crate::error::{self, Diagnostic, Diagnostics, Error, Result};
use crate::files::{Output, Sink};
use crate::i18n::I18n;
use crate::kit::{self, Kit};
use crate::progress::{self, Event, Progress};
use crate::render::reuse::{Nothing, Reuse};
use crate::render::{shortcodes::Specs, Renderer};

/// How a build in memory runs.
pub(crate) struct Steps<'a> {
    /// Takes each page's files as soon as they are rendered (a clean `build` writes them).
    pub sink: Option<&'a Sink<'a>>,
    /// What may be taken from an earlier render: `Nothing` in a build; `serve`'s memo, which
    /// remembers what each file was rendered from to render only what an edit changed.
    pub reuse: &'a dyn Reuse,
    pub progress: &'a Progress<'a>,
    /// Whether the pages' text is held (`serve`, which compares edited texts) or read again
    /// from each file as its page is rendered (a build: memory does not grow with the text).
    pub texts: Texts,
    /// Pages marked `draft = true` are built too.
    pub drafts: bool,
    /// The cards and the kit are left for a later build (`serve`'s first answer).
    pub defer_drawing: bool,
    /// Only some languages, one audience first (`--lang`, `--audience`).
    pub tailor: &'a Tailor,
}

/// The whole site (`check`).
static NO_TAILOR: Tailor = Tailor {
    langs: None,
    audience: None,
    kiosk: false,
};

/// Loads the configuration with the command line's overrides applied.
pub fn load_config(opts: &BuildOptions) -> Result<Config> {
    let mut config = Config::load(&opts.root)?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.trim_end_matches('/').to_string();
    }
    check_tailor(&config, &opts.tailor)?;
    Ok(config)
}

/// `--lang` names languages of site.toml and `--audience` a value of its `audiences`
/// vocabulary: anything else is a usage error listing what is allowed.
fn check_tailor(config: &Config, tailor: &Tailor) -> Result<()> {
    let codes: Vec<&str> = config.codes().collect();
    for lang in tailor.langs.iter().flatten() {
        if !codes.contains(&lang.as_str()) {
            return Err(Error::Usage {
                message: format!(
                    "--lang: `{lang}` is not a language of site.toml; use some of: {}",
                    codes.join(", ")
                ),
            });
        }
    }
    if tailor.langs.as_ref().is_some_and(|l| l.is_empty()) {
        return Err(Error::Usage {
            message: format!(
                "--lang: name at least one language of: {}",
                codes.join(", ")
            ),
        });
    }
    if let Some(a) = &tailor.audience {
        let allowed = config
            .vocabularies
            .get("audiences")
            .cloned()
            .unwrap_or_default();
        if !allowed.contains(a) {
            return Err(Error::Usage {
                message: format!(
                    "--audience: `{a}` is not an audience of site.toml; use one of: {}",
                    allowed.join(", ")
                ),
            });
        }
    }
    Ok(())
}

/// load + resolve: the `Site` built from every file that could be read, and the problems.
pub(crate) fn read_site(
    config: Config,
    texts: Texts,
    drafts: bool,
) -> Result<(Site, Vec<Diagnostic>)> {
    let loaded = content::load::load(&config, texts)?;
    Ok(resolve_site(config, loaded, drafts))
}

/// resolve: the `Site` from the files read, with the figures and the lexicon.
fn resolve_site(
    config: Config,
    (files, mut problems): (Vec<content::load::SourceFile>, Vec<Diagnostic>),
    drafts: bool,
) -> (Site, Vec<Diagnostic>) {
    let (figures, mut bad_figures) = content::figures::load(&config);
    let figures_broken = !bad_figures.is_empty();
    problems.append(&mut bad_figures);
    let (lexicon, mut bad_lexicon) = content::lexicon::load(&config);
    problems.append(&mut bad_lexicon);
    let mut unreadable: BTreeSet<String> = problems
        .iter()
        .filter_map(|d| content::key_of_path(&d.path))
        .collect();
    if figures_broken {
        // figures.toml's own error is the one to fix: pages citing a figure are not refused.
        unreadable.insert(content::figures::FILE.into());
    }
    let (mut site, mut more) =
        content::resolve::resolve(config, files, figures, &unreadable, drafts);
    problems.append(&mut more);
    // One mistake, one error: a page that failed is known as such, so links to it are not
    // reported as dead on top of its own error.
    site.broken = problems
        .iter()
        .filter_map(|d| content::key_of_path(&d.path))
        .collect();
    if figures_broken {
        site.broken.insert(content::figures::FILE.into());
    }
    site.lexicon = lexicon;
    (site, problems)
}

/// A page's `template = "..."` naming no template of the theme: an error at that line, not a
/// template error deep in rendering.
fn unknown_templates(site: &Site, tera: &tera::Tera, problems: &mut Vec<Diagnostic>) {
    // Reported at the file that sets it (a translation inherits the French file's).
    let sets = |p: &&crate::content::Page| {
        !p.fallback
            && p.raw_front
                .lines()
                .any(|l| l.trim_start().starts_with("template"))
    };
    for p in site.pages.iter().filter(sets) {
        let Some(name) = &p.meta.template else {
            continue;
        };
        if tera.get_template_names().any(|n| n == name) {
            continue;
        }
        let mut names: Vec<&str> = tera
            .get_template_names()
            .filter(|n| n.ends_with(".html") && !n.contains('/'))
            .collect();
        names.sort_unstable();
        problems.push(Diagnostic::new(
            &p.path,
            crate::error::line_of_key(&p.raw_front, 2, "template"),
            format!("no template `{name}` in the theme"),
            format!("use one of {}, or remove the line", names.join(", ")),
        ));
    }
}

/// load + resolve: the `Site`, or every content error found.
pub fn load_site(config: Config) -> Result<Site> {
    let (site, problems) = read_site(config, Texts::InFiles, false)?;
    fail_on(problems)?;
    Ok(site)
}

pub(super) fn fail_on(mut problems: Vec<Diagnostic>) -> Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    sort_problems(&mut problems);
    Err(Error::Content(Diagnostics(problems)))
}

fn sort_problems(problems: &mut Vec<Diagnostic>) {
    problems.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    problems.dedup();
}

/// Every step in memory, nothing streamed, nothing remembered (`check`).
pub(crate) fn render_site(config: Config, drafts: bool) -> Result<Built> {
    let steps = Steps {
        sink: None,
        reuse: &Nothing,
        progress: crate::progress::silent(),
        texts: Texts::InFiles,
        drafts,
        defer_drawing: false,
        tailor: &NO_TAILOR,
    };
    render_with(config, &steps)
}

/// The theme and strings every later step uses.
struct Setup {
    i18n: Arc<I18n>,
    brand: Brand,
    specs: Specs,
    tera: tera::Tera,
}

fn setup(config: &Config) -> Result<Setup> {
    let i18n = Arc::new(I18n::load(config)?);
    Ok(Setup {
        brand: Brand::load(&config.root)?,
        specs: load_shortcodes(config)?,
        tera: crate::templates::load(config, i18n.clone())?,
        i18n,
    })
}

/// Social cards, drawn only from content without errors.
fn cards(site: &Site, setup: &Setup, progress: &Progress, on: bool) -> Result<Vec<Output>> {
    if !on {
        return Ok(Vec::new());
    }
    let cards = Cards::new(&site.config.root, site.config.root.join(".cache/cards"))?;
    cards.render(site, &setup.brand, &setup.i18n, progress)
}

/// The social cards and the kit, drawn before the pages: the kit page lists its files with
/// their sizes. The kit's documents are drawn while the cards are; its zips, which carry the
/// cards, after.
fn cards_and_kit(
    site: &Site,
    setup: &Setup,
    progress: &Progress,
    drawing: Drawing,
) -> Result<(Vec<Output>, Option<Kit>)> {
    let draw_kit = || {
        drawing
            .kit
            .then(|| {
                let inputs = kit::Inputs {
                    brand: &setup.brand,
                    i18n: &setup.i18n,
                    cache: site.config.root.join(".cache/kit"),
                    video: site.config.switches.video,
                };
                kit::draw(site, inputs, progress)
            })
            .transpose()
    };
    let (cards, drawn) = rayon::join(|| cards(site, setup, progress, drawing.cards), draw_kit);
    let cards = cards?;
    let kit = drawn?.map(|d| kit::pack(site, d, &cards)).transpose()?;
    Ok((cards, kit))
}

/// setup and content → assets → cards and kit → render, in memory.
pub(crate) fn render_with(config: Config, steps: &Steps) -> Result<Built> {
    let lap = Lap::new(steps.progress);
    // The templates are parsed on one core while the content is read on the other.
    let (setup, loaded) = rayon::join(
        || setup(&config),
        || content::load::load(&config, steps.texts),
    );
    let setup = setup?;
    lap.say("setup");
    let drawing = Drawing::of(&config.switches, steps.defer_drawing);
    let (mut site, mut problems) = resolve_site(config, loaded?, steps.drafts);
    if let Some(keep) = &steps.tailor.langs {
        site = site.retain_languages(keep);
    }
    unknown_templates(&site, &setup.tera, &mut problems);
    lap.say("content");
    let assets = assets::build(&site.config, &setup.brand)?;
    lap.say("assets");
    let (cards, mut kit) = if problems.is_empty() {
        cards_and_kit(&site, &setup, steps.progress, drawing)?
    } else {
        (Vec::new(), None)
    };
    lap.say("cards and kit");
    // With content problems the build will fail: pages are rendered (so one build lists every
    // problem) but kept in memory, since two pages at one address would collide on the disk.
    let streaming = Steps {
        sink: steps.sink.filter(|_| problems.is_empty()),
        ..*steps
    };
    let renderer = renderer(&site, &setup, &assets, kit.as_ref(), &streaming, drawing);
    // Rendering runs even when loading found problems, so one build lists them all.
    let rendered = renderer.render_all()?;
    let templates = renderer.templates_used();
    lap.say("render");
    problems.extend(rendered.problems);
    sort_problems(&mut problems);
    let mut outputs = rendered.outputs;
    outputs.extend(assets.outputs);
    outputs.extend(cards);
    outputs.extend(
        kit.as_mut()
            .map(|k| std::mem::take(&mut k.outputs))
            .unwrap_or_default(),
    );
    let Setup {
        i18n,
        brand,
        specs,
        tera,
    } = setup;
    let session = Session {
        specs,
        tera,
        css: assets.css,
        published: assets.published,
        images: assets.images,
        kit,
        docs: rendered.docs,
        drawing,
    };
    Ok(Built {
        site,
        brand,
        i18n,
        outputs,
        problems,
        session,
        templates,
    })
}

fn renderer<'a>(
    site: &'a Site,
    setup: &'a Setup,
    assets: &'a Assets,
    kit: Option<&'a Kit>,
    steps: &'a Steps<'a>,
    drawing: Drawing,
) -> Renderer<'a> {
    Renderer {
        site,
        i18n: setup.i18n.clone(),
        tera: &setup.tera,
        specs: &setup.specs,
        css: &assets.css,
        published: &assets.published,
        images: &assets.images,
        kit,
        sink: steps.sink,
        reuse: steps.reuse,
        progress: steps.progress,
        drawing,
        used: Default::default(),
        audience: steps.tailor.audience.as_deref(),
        kiosk: steps.tailor.kiosk,
    }
}

fn load_shortcodes(config: &Config) -> Result<Specs> {
    let path = config.theme_dir().join("shortcodes.toml");
    let text = crate::files::read_text(&path)?;
    toml::from_str(&text).map_err(|e| Error::Config {
        line: e
            .span()
            .map(|s| error::line_of(&text, s.start))
            .unwrap_or(1),
        path,
        message: e.message().to_string(),
    })
}

/// Tells the caller when each step is over (`ONEPROVENCE_TIMINGS=1` makes `main.rs` print it).
struct Lap<'a> {
    progress: &'a Progress<'a>,
}

impl<'a> Lap<'a> {
    fn new(progress: &'a Progress<'a>) -> Lap<'a> {
        Lap { progress }
    }

    fn say(&self, step: &'static str) {
        (self.progress)(Event::Lap(progress::Lap::now(step)));
    }
}
