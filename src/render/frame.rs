//! render: what every page template shares (language and direction, menus, switcher, hreflang
//! alternates, canonical URL, the social card), which template a page takes, and one template
//! rendered into one file, skipped under `serve` when its inputs are unchanged.

use tera::Context;

use super::context::Frame;
use super::views::{self, AlternateView, LanguageView, LinkView, SwitchView};
use super::{Output, Renderer};
use crate::content::{Page, PageKind};
use crate::error::{Error, Result};
use crate::templates::chain;
use crate::urls;

/// The frame of a content page: its translations in the switcher, its canonical URL (the
/// default language's for a fallback copy).
pub(crate) fn page_frame<'a>(r: &'a Renderer, page: &'a Page) -> Frame<'a> {
    let site = r.site;
    let switch: Vec<SwitchView> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let target = site.get(&page.key, &l.code);
            SwitchView {
                code: &l.code,
                name: &l.name,
                url: target
                    .map(|p| p.url.clone())
                    .unwrap_or_else(|| urls::home(&l.code)),
                current: l.code == page.lang,
                available: target.is_some(),
            }
        })
        .collect();
    let canonical = if page.fallback {
        site.get(&page.key, &site.config.default_language)
            .map(|p| p.url.as_str())
            .unwrap_or(&page.url)
    } else {
        &page.url
    };
    let alternates = alternates(r, &page.key);
    frame(r, &page.lang, &page.url, switch, alternates, canonical)
}

/// What every template shares: language, menus, switcher, alternates, canonical URL.
pub(crate) fn frame<'a>(
    r: &'a Renderer,
    lang: &'a str,
    url: &str,
    switcher: Vec<SwitchView<'a>>,
    alternates: Vec<AlternateView>,
    canonical: &str,
) -> Frame<'a> {
    // Lists and search share their language's home card; pages replace it with their own.
    let card = r.drawing.cards.then(|| {
        let card = urls::card(&urls::home(lang), "og");
        r.site.permalink(&urls::site_path(&card))
    });
    Frame {
        lang,
        dir: dir_of(r, lang),
        site: site_view(r, lang, url),
        switcher,
        alternates,
        canonical: r.site.permalink(canonical),
        card,
    }
}

/// hreflang links: the real translations only (a fallback page is not one), plus x-default.
pub fn alternates(r: &Renderer, key: &str) -> Vec<AlternateView> {
    let site = r.site;
    let mut out: Vec<AlternateView> = site
        .translations(key)
        .iter()
        .map(|p| AlternateView {
            hreflang: p.lang.clone(),
            href: site.permalink(&p.url),
        })
        .collect();
    if let Some(d) = site
        .get(key, &site.config.default_language)
        .filter(|p| !p.fallback)
    {
        out.push(AlternateView {
            hreflang: "x-default".into(),
            href: site.permalink(&d.url),
        });
    }
    out
}

pub(crate) fn site_view<'a>(r: &'a Renderer, lang: &str, current: &str) -> views::SiteView<'a> {
    let site = r.site;
    let link = |key: &String| {
        let p = site
            .get(&format!("{key}/_index"), lang)
            .or_else(|| site.get(key, lang))?;
        // A short label for the menu (`nav-<key>` in i18n/), else the page's title.
        let nav_key = format!("nav-{key}");
        let title = if r.i18n.has(lang, &nav_key) {
            r.i18n.tr(lang, &nav_key, None)
        } else {
            p.meta.title.clone()
        };
        Some(LinkView {
            title,
            url: p.url.clone(),
            current: current.starts_with(&p.url),
        })
    };
    views::SiteView {
        title: &site.config.title,
        base_url: &site.config.base_url,
        css: r.css,
        languages: site
            .config
            .languages
            .iter()
            .map(|l| LanguageView {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
            })
            .collect(),
        menu: site.config.menu.iter().filter_map(link).collect(),
        footer: site.config.footer.iter().filter_map(link).collect(),
        publisher: &site.config.publisher,
    }
}

pub(crate) fn template_for(r: &Renderer, page: &Page) -> String {
    let has = |name: &str| r.tera.get_template_names().any(|n| n == name);
    // An unknown name is reported at its line (pipeline); the page is drawn with the default.
    if let Some(t) = page.meta.template.as_ref().filter(|t| has(t)) {
        return t.clone();
    }
    match page.kind {
        PageKind::Home => "index.html".into(),
        PageKind::Section => {
            let own = format!("{}/section.html", page.section_dir());
            if has(&own) {
                own
            } else if r.site.config.directories.contains_key(page.section_dir()) {
                "directory/section.html".into()
            } else {
                "section.html".into()
            }
        }
        PageKind::Page => {
            let section = page.parent.strip_suffix("/_index").unwrap_or("");
            let own = format!("{section}/page.html");
            if has(&own) {
                own
            } else if r.site.config.directories.contains_key(section) {
                "directory/page.html".into()
            } else {
                "page.html".into()
            }
        }
    }
}

/// One file rendered from a template; `None` under `serve` (when `compare`) if the file was last
/// rendered from the same template and an equal context (its bytes would be the same).
pub(crate) fn render_file(
    r: &Renderer,
    path: String,
    template: &str,
    ctx: &Context,
    page: &Page,
    compare: bool,
) -> Result<Option<Output>> {
    if compare && r.reuse.unchanged(&path, template, ctx) {
        return Ok(None);
    }
    let bytes = render_template(r, template, ctx, page)?;
    if compare {
        r.reuse.remember(&path, template, ctx);
    }
    Ok(Some(Output::new(path, bytes)))
}

pub(crate) fn render_template(
    r: &Renderer,
    name: &str,
    ctx: &Context,
    page: &Page,
) -> Result<Vec<u8>> {
    if let Ok(mut used) = r.used.lock() {
        *used.entry(name.to_string()).or_default() += 1;
    }
    // Rendered straight into bytes: `render` would check the whole page is UTF-8 again.
    let mut out = Vec::with_capacity(32 * 1024);
    r.tera
        .render_to(name, ctx, &mut out)
        .map(|()| out)
        .map_err(|e| Error::Template {
            template: name.to_string(),
            page: page.path.display().to_string(),
            message: chain(&e),
        })
}

pub(crate) fn dir_of(r: &Renderer, lang: &str) -> &'static str {
    r.site.config.dir(lang).as_str()
}

/// The switcher of a page that exists at the same path in every language (`/<lang>/<tail>`).
pub(crate) fn same_path_switch<'a>(r: &'a Renderer, lang: &str, tail: &str) -> Vec<SwitchView<'a>> {
    r.site
        .config
        .languages
        .iter()
        .map(|l| SwitchView {
            code: &l.code,
            name: &l.name,
            url: format!("/{}/{tail}", l.code),
            current: l.code == lang,
            available: true,
        })
        .collect()
}
