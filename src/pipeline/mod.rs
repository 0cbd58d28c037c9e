//! pipeline: the build as named steps, options in, report out. setup (site.toml, brand,
//! Fluent, shortcodes, templates) → content (load, resolve) → assets → cards → kit → render →
//! write (a staging folder swapped into place). Each step takes what the steps before it gave;
//! setup runs beside content's loading, and the kit's documents beside the cards (its zips,
//! which carry the cards, after them).

mod live;
pub mod memo;
mod session;
mod steps;
mod write;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub(crate) use live::{Files, Live};
pub(crate) use session::Session;
pub(crate) use steps::Steps;
pub use steps::{load_config, load_site};
pub(crate) use steps::{render_site, render_with};
pub use write::build;

use crate::config::Brand;
use crate::content::Site;
use crate::error::{Diagnostic, Result};
use crate::files::Output;
use crate::i18n::I18n;
use crate::render::Reuse;

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
    /// Replace a non-empty output folder that no build wrote (never the project or a source).
    pub force: bool,
    /// Pages only, cards and kit left for a later build (`serve` answers at once with it).
    pub defer_drawing: bool,
    /// A build for one delegation (issue #31): only these languages, and one audience first.
    pub tailor: Tailor,
}

/// What `--lang` and `--audience` ask for; the default is the whole site.
#[derive(Debug, Clone, Default)]
pub struct Tailor {
    /// Language codes to keep (`--lang en,ar`), in the order given.
    pub langs: Option<Vec<String>>,
    /// A value of the `audiences` vocabulary put first: the start page the root chooser leads
    /// to, the first audience of the home page.
    pub audience: Option<String>,
    /// A folder for a touch screen at a booth (`--kiosk`, which implies `--offline`): an
    /// attract loop at the root, touch-sized controls, an idle reset, a QR code on every page.
    pub kiosk: bool,
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
    /// Files written by this build: the others were linked from the previous build.
    #[serde(default)]
    pub written: usize,
    /// Nothing changed since the previous build, so nothing was done.
    #[serde(default)]
    pub up_to_date: bool,
    /// Files rendered per template of the theme (pages, lists, special pages).
    #[serde(default)]
    pub templates: BTreeMap<String, usize>,
    /// What became of `--zip`: written, unchanged (same bytes) or up to date.
    #[serde(skip)]
    pub zip: Option<ZipOutcome>,
}

/// What a build did with the zip it was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipOutcome {
    /// New bytes written.
    Written,
    /// Rebuilt, and the bytes were those already in the file: left as it was.
    Unchanged,
    /// Nothing changed since the zip was written: not rebuilt.
    UpToDate,
}

/// The whole site in memory: what `build` writes, `check` inspects and `serve` answers from.
pub struct Built {
    pub site: Site,
    pub brand: Brand,
    pub i18n: Arc<I18n>,
    pub outputs: Vec<Output>,
    /// Content problems of every stage, in file order.
    pub problems: Vec<Diagnostic>,
    /// What rendering used besides the site, kept so `serve` can render one page again.
    pub session: Session,
    /// Files rendered per template of the theme.
    pub templates: BTreeMap<String, usize>,
}

/// The files of a build, in memory, after the content checks: what `serve` answers from.
/// `reuse` is told what each file was rendered from (`serve`'s memo).
pub fn build_in_memory(opts: &BuildOptions, reuse: &dyn Reuse) -> Result<Built> {
    let config = load_config(opts)?;
    let steps = Steps {
        sink: None,
        reuse,
        progress: crate::progress::silent(),
        texts: crate::content::Texts::Held,
        drafts: opts.drafts,
        defer_drawing: opts.defer_drawing,
        tailor: &opts.tailor,
    };
    let mut built = render_with(config, &steps)?;
    write::finish_in_memory(opts, &mut built)?;
    Ok(built)
}

/// `serve` adds its reload script to every page, as a file (the site's CSP allows no inline
/// script).
pub(crate) fn inject_script(outputs: &mut [Output], src: &str) {
    let tag = format!("<script src=\"{src}\" defer></script></body>");
    for o in outputs.iter_mut().filter(|o| o.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&o.bytes);
        if html.contains("</body>") {
            o.bytes = html.replacen("</body>", &tag, 1).into_bytes();
        }
    }
}

/// A warning per Fluent message missing in a language (the default language's text is shown).
pub(crate) fn missing_message_warnings(i18n: &I18n, default: &str) -> Vec<String> {
    i18n.missing()
        .into_iter()
        .map(|(lang, key)| {
            format!("i18n/{lang}.ftl: no message `{key}`; the {default} text is shown (add `{key} = ...`)")
        })
        .collect()
}
