//! oneprovence: a static site generator and communication-kit builder for One Provence.
//!
//! The pipeline, one module per stage (see DESIGN.md):
//! `content` (load, resolve) → `render` → `assets` → `output` (staging folder, then swap).
#![forbid(unsafe_code)]

pub mod assets;
pub mod brand;
pub mod check;
pub mod config;
pub mod content;
pub mod error;
pub mod i18n;
pub mod kit;
pub mod output;
pub mod render;
pub mod serve;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use error::{Diagnostic, Error, Result};

use config::Config;
use content::Site;
use error::Diagnostics;

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Folder holding `site.toml`.
    pub root: PathBuf,
    /// Output folder; `<root>/public` when absent.
    pub out: Option<PathBuf>,
    pub drafts: bool,
    pub base_url: Option<String>,
    /// A folder that works from `file://`: relative links, no feeds or sitemap.
    pub offline: bool,
    /// Also write the output as one zip (fixed timestamps).
    pub zip: Option<PathBuf>,
    /// Script injected into every page by `serve` (its site path).
    pub live_reload: Option<String>,
    /// Forget the caches and the previous build: draw and write everything again.
    pub clean: bool,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct BuildReport {
    pub out: PathBuf,
    /// Pages per language (fallback pages included).
    pub pages: BTreeMap<String, usize>,
    pub fallbacks: usize,
    pub files: usize,
    /// Total size of the written files, in bytes.
    pub bytes: u64,
    /// Per language, what a first visit to its home page downloads (compressed), in bytes.
    pub home_weight: BTreeMap<String, usize>,
    pub warnings: Vec<String>,
    #[serde(skip)]
    pub elapsed: Duration,
    /// Files written by this build: the others were already there with the same bytes.
    #[serde(default)]
    pub written: usize,
    /// Nothing changed since the previous build, so nothing was done.
    #[serde(default)]
    pub up_to_date: bool,
}

/// The whole site in memory: what `build` writes and `check` inspects.
pub struct Rendered {
    pub site: Site,
    pub brand: brand::Brand,
    pub i18n: Arc<i18n::I18n>,
    pub outputs: Vec<render::Output>,
    /// Content problems of every stage, in file order.
    pub problems: Vec<Diagnostic>,
    /// What rendering used besides the site, kept so `serve` can render one page again.
    pub session: Session,
}

/// The theme, assets and kit a render used, and the search entries it made.
pub struct Session {
    pub specs: render::shortcodes::Specs,
    pub tera: tera::Tera,
    pub css: String,
    pub published: std::collections::BTreeSet<String>,
    pub images: assets::images::Images,
    pub kit: Option<kit::Kit>,
    pub docs: Vec<render::search::SearchDoc>,
    /// Under `serve`: what each file was rendered from, to render only what an edit changed.
    pub memo: Option<render::memo::Memo>,
}

impl Session {
    /// Renders some pages of `site` again (after an edit of their text only): their files, the
    /// problems found, and the search indexes rebuilt with their new entries.
    pub fn rerender(
        &mut self,
        site: &Site,
        i18n: Arc<i18n::I18n>,
        pages: &[&content::Page],
    ) -> Result<(Vec<render::Output>, Vec<Diagnostic>)> {
        let rendered = self.with_renderer(site, i18n, |r| {
            pages
                .iter()
                .map(|page| render::page::render(r, page))
                .collect::<Result<Vec<_>>>()
        })?;
        let mut outputs = Vec::new();
        let mut problems = Vec::new();
        for (mut o, mut d, doc) in rendered {
            outputs.append(&mut o);
            problems.append(&mut d);
            if let Some(doc) = doc {
                match self.docs.iter_mut().find(|old| old.u == doc.u) {
                    Some(old) => *old = doc,
                    None => self.docs.push(doc),
                }
            }
        }
        outputs.extend(render::search::index_files(
            site,
            &self.docs,
            self.memo.as_ref(),
        ));
        Ok((outputs, problems))
    }

    /// Renders the whole site again after an edit of front matter, giving only the files whose
    /// template context changed (with `memo`; every file without it) and the problems found.
    pub fn render_again(
        &mut self,
        site: &Site,
        i18n: Arc<i18n::I18n>,
    ) -> Result<(Vec<render::Output>, Vec<Diagnostic>)> {
        let (outputs, problems, docs) = self.with_renderer(site, i18n, |r| r.render_all())?;
        self.docs = docs;
        Ok((outputs, problems))
    }

    /// `f` given a renderer of `site` with this session's theme, assets, kit and memo.
    fn with_renderer<R>(
        &self,
        site: &Site,
        i18n: Arc<i18n::I18n>,
        f: impl FnOnce(&render::Renderer) -> R,
    ) -> R {
        let asset_exists = |p: &str| self.published.contains(p);
        f(&render::Renderer {
            site,
            i18n,
            tera: &self.tera,
            specs: &self.specs,
            css: &self.css,
            asset_exists: &asset_exists,
            kit: self.kit.as_ref(),
            images: &self.images,
            sink: None,
            memo: self.memo.as_ref(),
        })
    }
}

/// Loads the configuration with the command line's overrides applied.
pub fn load_config(opts: &BuildOptions) -> Result<Config> {
    let mut config = Config::load(&opts.root)?;
    config.drafts = opts.drafts;
    if let Some(url) = &opts.base_url {
        config.base_url = url.trim_end_matches('/').to_string();
    }
    Ok(config)
}

/// load + resolve: the `Site` built from every file that could be read, and the problems.
pub fn read_site(config: Config) -> Result<(Site, Vec<Diagnostic>)> {
    let (files, mut problems) = content::load::load(&config)?;
    let (figures, mut bad_figures) = content::figures::load(&config);
    problems.append(&mut bad_figures);
    let (site, mut more) = content::resolve::resolve(config, files, figures);
    problems.append(&mut more);
    Ok((site, problems))
}

/// load + resolve: the `Site`, or every content error found.
pub fn load_site(config: Config) -> Result<Site> {
    let (site, problems) = read_site(config)?;
    fail_on(problems)?;
    Ok(site)
}

fn fail_on(mut problems: Vec<Diagnostic>) -> Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    problems.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    problems.dedup();
    Err(Error::Content(Diagnostics(problems)))
}

/// load → resolve → render → assets, in memory. Content problems are collected in the result;
/// only setup errors (configuration, theme, templates) stop early.
pub fn render_site(config: Config) -> Result<Rendered> {
    render_site_with(config, None, false)
}

/// `render_site`, handing each page's files to `sink` as soon as they are rendered, and
/// remembering what each file was rendered from when `memoize` (`serve`, which renders again).
pub fn render_site_with(
    config: Config,
    sink: Option<&render::Sink<'_>>,
    memoize: bool,
) -> Result<Rendered> {
    let t = Instant::now();
    let lap = |what: &str| {
        if std::env::var_os("ONEPROVENCE_TIMINGS").is_some() {
            // Peak memory so far, where the system tells it (Linux).
            let peak = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|s| {
                    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
                    Some(format!(", peak {}", line[6..].trim()))
                })
                .unwrap_or_default();
            eprintln!(
                "{what:>10}: {:>6.1} ms{peak}",
                t.elapsed().as_secs_f64() * 1000.0
            );
        }
    };
    let i18n = Arc::new(i18n::I18n::load(&config)?);
    let brand = brand::Brand::load(&config.root)?;
    let specs = load_shortcodes(&config)?;
    let tera = render::templates::load(&config, i18n.clone())?;
    lap("setup");
    let (site, mut problems) = read_site(config)?;
    lap("content");
    let assets = assets::build(&site.config, &brand)?;
    lap("assets");
    // Drawn before the pages (the kit page lists the kit's files with their sizes, and the kit's
    // zips carry the social cards), and only from content without errors.
    let drawable = problems.is_empty();
    let cards = if drawable && site.config.switches.cards {
        let cache = site.config.root.join(".cache/cards");
        let cards = brand::cards::Cards::new(&site.config.root, cache)?;
        let pngs = cards.render(&site, &brand, &i18n)?;
        lap("cards");
        pngs
    } else {
        Vec::new()
    };
    let kit = if drawable && site.config.switches.kit {
        let cache = site.config.root.join(".cache/kit");
        let kit = kit::build(&site, &brand, &i18n, &cards, cache)?;
        lap("kit");
        Some(kit)
    } else {
        None
    };
    let asset_exists = |p: &str| assets.published.contains(p);
    let memo = memoize.then(render::memo::Memo::default);
    let renderer = render::Renderer {
        memo: memo.as_ref(),
        kit: kit.as_ref(),
        images: &assets.images,
        sink,
        site: &site,
        i18n: i18n.clone(),
        tera: &tera,
        specs: &specs,
        css: &assets.css,
        asset_exists: &asset_exists,
    };
    // Rendering runs even when loading found problems, so one build lists them all.
    let (mut outputs, mut more, docs) = renderer.render_all()?;
    lap("render");
    problems.append(&mut more);
    problems.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    problems.dedup();
    outputs.extend(assets.outputs);
    outputs.extend(cards);
    let mut kit = kit;
    outputs.extend(
        kit.as_mut()
            .map(|k| std::mem::take(&mut k.outputs))
            .unwrap_or_default(),
    );
    let session = Session {
        specs,
        tera,
        css: assets.css,
        published: assets.published,
        images: assets.images,
        kit,
        docs,
        memo,
    };
    Ok(Rendered {
        site,
        brand,
        i18n,
        outputs,
        problems,
        session,
    })
}

/// The files of a build, in memory, after the content checks: what `build` writes to disk and
/// `serve` answers from memory.
pub fn build_in_memory(opts: &BuildOptions) -> Result<(Rendered, u64)> {
    build_with(opts, None)
}

fn build_with(opts: &BuildOptions, sink: Option<&render::Sink<'_>>) -> Result<(Rendered, u64)> {
    let config = load_config(opts)?;
    let budget = config.offline_budget_mb;
    // Only `serve` injects a reload script, and only `serve` renders again after edits.
    let mut rendered = render_site_with(config, sink, opts.live_reload.is_some())?;
    fail_on(std::mem::take(&mut rendered.problems))?;
    if let Some(script) = &opts.live_reload {
        inject_script(&mut rendered.outputs, script);
    }
    if opts.offline {
        output::offline::prepare(&mut rendered.outputs);
    }
    output::check_unique(&rendered.outputs)?;
    Ok((rendered, budget))
}

pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let config = load_config(opts)?;
    let out = opts
        .out
        .clone()
        .unwrap_or_else(|| config.root.join("public"));
    let options = format!(
        "{}|{}|{}|{:?}",
        opts.drafts, config.base_url, opts.offline, opts.live_reload
    );
    let inputs = output::incremental::inputs(&config.root, &config.theme_dir(), &options);
    if opts.clean {
        let cache = config.root.join(".cache");
        if cache.exists() {
            std::fs::remove_dir_all(&cache).map_err(|e| Error::io("remove", &cache, e))?;
        }
        let _ = std::fs::remove_file(output::incremental::manifest_path(&out));
    }
    let previous = output::incremental::load(&out).filter(|_| out.is_dir());
    if let Some(prev) = &previous {
        let zip_ok = opts.zip.as_ref().is_none_or(|z| z.is_file());
        if prev.inputs == inputs && zip_ok && output::incremental::intact(&out, prev) {
            if let Ok(mut report) = serde_json::from_value::<BuildReport>(prev.report.clone()) {
                report.elapsed = started.elapsed();
                report.written = 0;
                report.up_to_date = true;
                report.out = out;
                return Ok(report);
            }
        }
    }
    // A clean build streams its pages into the staging folder as they are rendered, so memory
    // holds one page per thread rather than the whole site (the offline and zip variants
    // rewrite or pack every file, and keep them in memory).
    let staging = if previous.is_none() && !opts.offline && opts.zip.is_none() {
        Some(output::Staging::new(&out)?)
    } else {
        None
    };
    let sink = |files: &mut [render::Output]| match &staging {
        Some(s) => s.put(files),
        None => Ok(()),
    };
    let (
        Rendered {
            site,
            i18n,
            outputs,
            ..
        },
        budget,
    ) = build_with(opts, staging.as_ref().map(|_| &sink as &render::Sink<'_>))?;
    // Over a previous build of ours, only changed files are written; otherwise the whole
    // folder is staged and swapped in.
    let (table, written) = match (&previous, staging) {
        (Some(prev), _) => output::incremental::update(&out, prev, &outputs)?,
        (None, Some(staging)) => (staging.finish(&outputs)?, outputs.len()),
        (None, None) => {
            output::write(&out, &outputs)?;
            (output::incremental::table(&outputs), outputs.len())
        }
    };
    if let Some(zip) = &opts.zip {
        output::offline::zip(zip, &outputs)?;
    }
    let bytes: u64 = table.values().map(|(_, size)| size).sum();
    let mut warnings = missing_message_warnings(&i18n, &site.config.default_language);
    let mut home_weight = BTreeMap::new();
    for l in &site.config.languages {
        if let Some(w) = output::weight::home_weight(&outputs, &l.code, l.dir == "rtl") {
            // The budget is for visitors on a network; an offline folder is read from disk.
            if !opts.offline && w as u64 > site.config.home_budget_kb * 1024 {
                warnings.push(format!(
                    "/{}/ weighs {} KB, over the {} KB budget (site.toml home_budget_kb)",
                    l.code,
                    w / 1024,
                    site.config.home_budget_kb
                ));
            }
            home_weight.insert(l.code.clone(), w);
        }
    }
    if opts.offline && bytes > budget * 1024 * 1024 {
        warnings.push(format!(
            "the offline folder weighs {:.1} MB, over the {budget} MB budget (site.toml offline_budget_mb)",
            bytes as f64 / 1_048_576.0
        ));
    }
    let report = BuildReport {
        out: out.clone(),
        pages: site.counts(),
        fallbacks: site.pages.iter().filter(|p| p.fallback).count(),
        files: outputs.len(),
        bytes,
        home_weight,
        warnings,
        elapsed: started.elapsed(),
        written,
        up_to_date: false,
    };
    output::incremental::save(
        &out,
        &output::incremental::Manifest {
            inputs,
            files: table,
            report: serde_json::to_value(&report).unwrap_or_default(),
        },
    )?;
    Ok(report)
}

pub fn missing_message_warnings(i18n: &i18n::I18n, default: &str) -> Vec<String> {
    i18n.missing()
        .into_iter()
        .map(|(lang, key)| {
            format!("i18n/{lang}.ftl: no message `{key}`; the {default} text is shown (add `{key} = ...`)")
        })
        .collect()
}

/// `serve` adds its reload script to every page, as a file (the site's CSP allows no inline
/// script).
pub fn inject_script(outputs: &mut [render::Output], src: &str) {
    let tag = format!("<script src=\"{src}\" defer></script></body>");
    for o in outputs.iter_mut().filter(|o| o.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&o.bytes);
        if html.contains("</body>") {
            o.bytes = html.replacen("</body>", &tag, 1).into_bytes();
        }
    }
}

fn load_shortcodes(config: &Config) -> Result<render::shortcodes::Specs> {
    let path = config.theme_dir().join("shortcodes.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io("read", &path, e))?;
    toml::from_str(&text).map_err(|e| Error::Config {
        line: e
            .span()
            .map(|s| error::line_of(&text, s.start))
            .unwrap_or(1),
        path,
        message: e.message().to_string(),
    })
}
