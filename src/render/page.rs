//! render: one page to its HTML file(s): Markdown and shortcodes to HTML, then the page's
//! template with the context every page shares (language, switcher, alternates, menus).
//! Section pages with `paginate_by` give one file per page of their list.

use std::sync::Arc;

use serde::Serialize;
use tera::Context;

use super::markdown::{self, Links};
use super::search::{self, SearchDoc};
use super::shortcodes::{self, placeholder};
use super::templates::chain;
use super::views::{
    self, AlternateView, LanguageView, LinkView, PageView, SummaryView, SwitchView,
};
use super::{Output, Renderer};
use crate::content::{Page, PageKind};
use crate::error::{Diagnostic, Error, Result};

#[derive(Serialize)]
pub struct PaginatorView<'a> {
    pages: Vec<SummaryView<'a>>,
    current: usize,
    total: usize,
    prev: Option<String>,
    next: Option<String>,
    links: Vec<PageLink>,
}

#[derive(Serialize)]
struct PageLink {
    number: usize,
    url: String,
    current: bool,
    /// Stands for the pages left out between two links.
    gap: bool,
}

/// Page `n` of `total` of the list at `url`, showing `pages`.
pub fn paginator<'a>(
    url: &str,
    pages: Vec<SummaryView<'a>>,
    n: usize,
    total: usize,
) -> PaginatorView<'a> {
    PaginatorView {
        pages,
        current: n,
        total,
        prev: (n > 1).then(|| page_url(url, n - 1)),
        next: (n < total).then(|| page_url(url, n + 1)),
        links: page_links(url, n, total),
    }
}

/// The first, the last, and two on each side of the current page, with gaps between: a
/// list of thousands of pages must not link every page from every page (that grows as N²).
fn page_links(base: &str, n: usize, total: usize) -> Vec<PageLink> {
    let mut links = Vec::new();
    let mut last = 0;
    for k in 1..=total {
        if k == 1 || k == total || k.abs_diff(n) <= 2 {
            if k > last + 1 {
                links.push(PageLink {
                    number: 0,
                    url: String::new(),
                    current: false,
                    gap: true,
                });
            }
            links.push(PageLink {
                number: k,
                url: page_url(base, k),
                current: k == n,
                gap: false,
            });
            last = k;
        }
    }
    links
}

/// What rendering one page gives: its files, its problems, its search entry.
pub type Rendered = (Vec<Output>, Vec<Diagnostic>, Option<SearchDoc>);

pub fn render(r: &Renderer, page: &Page) -> Result<Rendered> {
    let (content, reused) = content(r, page)?;
    let (html, toc, words, problems, text) = &*content;
    let search_doc = search::doc(r.site, page, text);
    // Under `serve`, a page showing the same pages as last time, none of them edited, is the
    // same file: not even its context is built.
    // (What it shows is remembered even when its text changed: the next edit compares with it.)
    // A page checked that way is not compared by context as well (which would mean keeping it).
    let mut checked = false;
    if let Some(memo) = r.memo.filter(|_| page.kind == PageKind::Page) {
        if let Some(shows) = shows(r, page) {
            if memo.shows_the_same(&file_of(&page.url), shows) && reused {
                return Ok((Vec::new(), Vec::new(), search_doc));
            }
            checked = true;
        }
    }
    let mut problems = problems.clone();
    if page.fallback {
        // The default language's page reports these once.
        problems.clear();
    }
    let lang = page.lang.as_str();
    let view = PageView {
        key: &page.key,
        kind: page.kind,
        title: &page.meta.title,
        description: views::description(page, r.site),
        summary: page.meta.summary.as_deref(),
        url: &page.url,
        permalink: r.site.permalink(&page.url),
        section: page.parent.strip_suffix("/_index").unwrap_or(""),
        content: html,
        content_lang: &page.content_lang,
        content_dir: dir_of(r, &page.content_lang),
        fallback: page.fallback,
        date: page.meta.date.map(|d| d.to_string()),
        date_display: page.meta.date.map(|d| r.i18n.date(lang, d)),
        toc: toc.clone(),
        reading_minutes: words.div_ceil(200).max(1),
        terms: views::terms(page, &r.i18n, lang),
        extra: &page.meta.extra,
    };
    let mut ctx = base_context(r, page)?;
    ctx.insert("page", &view);
    ctx.insert("json_ld", &super::structured::json_ld(r, page));
    if r.site.config.switches.cards {
        let card = crate::brand::cards::card_path(&page.url);
        ctx.insert("card", &r.site.permalink(&format!("/{card}")));
    }
    problems.extend(super::relations::insert(r, page, &mut ctx));
    if page.key == "kit/_index" {
        ctx.insert("kit", &super::views::kit(r, lang));
    }
    let template = template_for(r, page);
    let mut outputs = Vec::new();
    match page.kind {
        PageKind::Page => {
            let path = file_of(&page.url);
            outputs.extend(render_file(r, path, &template, &ctx, page, !checked)?);
        }
        PageKind::Home | PageKind::Section => {
            let children = r.site.children(&page.key, lang);
            if page.kind == PageKind::Home {
                ctx.insert("latest", &latest(r, lang));
                let audiences: Vec<SummaryView> = r
                    .site
                    .children("audiences/_index", lang)
                    .into_iter()
                    .map(|c| views::summary(c, &r.i18n, lang))
                    .collect();
                ctx.insert("audiences", &audiences);
                let sections: Vec<SummaryView> = children
                    .iter()
                    .filter(|c| c.kind == PageKind::Section)
                    .map(|c| views::summary(c, &r.i18n, lang))
                    .collect();
                ctx.insert("sections", &sections);
            }
            let per = page.meta.paginate_by.unwrap_or(usize::MAX).max(1);
            let pages: Vec<&Page> = children
                .into_iter()
                .filter(|c| c.kind == PageKind::Page)
                .collect();
            let total = pages.len().div_ceil(per).max(1);
            // A list page of a section (not the home page, not a directory with its finder)
            // shows its own page and one chunk of its children.
            let dir = page.section_dir();
            let memo = r.memo.filter(|_| {
                page.kind == PageKind::Section && !r.site.config.directories.contains_key(dir)
            });
            let own = memo.map(|_| {
                let mut keys: Vec<&str> = vec![&page.key];
                keys.extend(page.meta.refs.values().flatten().map(String::as_str));
                let cited = r.site.cited_by(&page.key, lang);
                keys.extend(cited.iter().map(|p| p.key.as_str()));
                keys.join("|")
            });
            for n in 1..=total {
                let chunk = pages.iter().skip((n - 1) * per).take(per);
                if let (Some(memo), Some(own)) = (memo, &own) {
                    let keys: Vec<&str> = chunk.clone().map(|c| c.key.as_str()).collect();
                    let shows = format!("{own}|{}|{n}/{total}", keys.join("|"));
                    if memo.shows_the_same(&file_of(&page_url(&page.url, n)), shows) && reused {
                        continue;
                    }
                }
                let summaries = chunk.map(|c| views::summary(c, &r.i18n, lang)).collect();
                let paginator = paginator(&page.url, summaries, n, total);
                ctx.insert("paginator", &paginator);
                let url = page_url(&page.url, n);
                let compare = memo.is_none();
                outputs.extend(render_file(
                    r,
                    file_of(&url),
                    &template,
                    &ctx,
                    page,
                    compare,
                )?);
            }
        }
    }
    Ok((outputs, problems, search_doc))
}

/// A page's Markdown rendered: HTML, headings, word count, problems, and its words for the
/// search index (empty when the page has no entry).
pub type Content = (
    String,
    Vec<markdown::Heading>,
    usize,
    Vec<Diagnostic>,
    String,
);

/// `content_html`, or what it gave last time when `serve` knows nothing changed (then `true`).
fn content(r: &Renderer, page: &Page) -> Result<(Arc<Content>, bool)> {
    let Some(memo) = r.memo else {
        return Ok((Arc::new(content_html(r, page)?), false));
    };
    if let Some(c) = memo.content(page) {
        return Ok((c, true));
    }
    let c = Arc::new(content_html(r, page)?);
    memo.keep_content(page, c.clone());
    Ok((c, false))
}

/// What a regular page's context takes from other pages: the keys of the pages it shows
/// (references, citations, neighbours, pages tagged with the value it stands for) and its
/// position. `None` when that is not known (directory pages show their finder).
fn shows(r: &Renderer, page: &Page) -> Option<String> {
    let site = r.site;
    let dir = page.parent.strip_suffix("/_index").unwrap_or("");
    if site.config.directories.contains_key(dir) {
        return None;
    }
    let mut keys: Vec<&str> = vec![&page.key];
    keys.extend(page.meta.refs.values().flatten().map(String::as_str));
    let cited = site.cited_by(&page.key, &page.lang);
    keys.extend(cited.iter().map(|p| p.key.as_str()));
    let (prev, next, position, total) = site.siblings(page);
    keys.extend(prev.iter().chain(next.iter()).map(|p| p.key.as_str()));
    let tagged = match page.key.split_once('/') {
        Some((field, value)) if site.config.vocabularies.contains_key(field) => {
            site.tagged(field, value, &page.lang)
        }
        _ => Vec::new(),
    };
    keys.extend(tagged.iter().map(|p| p.key.as_str()));
    let prev = prev.map_or("", |p| p.key.as_str());
    let next = next.map_or("", |p| p.key.as_str());
    Some(format!(
        "{}|<{prev}|>{next}|{position}/{total}",
        keys.join("|")
    ))
}

fn content_html(r: &Renderer, page: &Page) -> Result<Content> {
    let (text, calls, mut problems) =
        shortcodes::extract(r.specs, &page.path, &page.body, page.body_line);
    let lang = page.lang.clone();
    let page_url = |key: &str| {
        r.site
            .get(key, &lang)
            .or_else(|| r.site.get(key, &r.site.config.default_language))
            .map(|p| p.url.clone())
    };
    let image = |src: &str| r.images.get(src).cloned();
    let links = Links {
        page_url: &page_url,
        asset_exists: r.asset_exists,
        image: &image,
    };
    let mut md = markdown::render(&page.path, &text, page.body_line, &links);
    problems.append(&mut md.problems);
    let mut html = md.html;
    for (i, call) in calls.iter().enumerate().rev() {
        let name = format!("shortcodes/{}.html", call.name);
        let code = if r.tera.get_template_names().any(|n| n == name) {
            let mut ctx = Context::new();
            for (k, v) in &call.args {
                ctx.insert(k.as_str(), v);
            }
            ctx.insert("lang", &page.lang);
            ctx.insert("content_lang", &page.content_lang);
            // A raster image named by `src` comes with its size and resized copies.
            let src = call.args.get("src").and_then(|v| v.as_str());
            if let Some(img) = src.and_then(|s| r.images.get(s)) {
                if !call.args.contains_key("width") {
                    ctx.insert("width", &img.width);
                    ctx.insert("height", &img.height);
                }
                ctx.insert("srcset", &img.srcset);
                ctx.insert("sizes", crate::assets::images::SIZES);
            }
            if let Some(d) = lookup(r, page, call, &mut ctx) {
                problems.push(d);
                continue;
            }
            r.tera.render(&name, &ctx).map_err(|e| Error::Template {
                template: name.clone(),
                page: format!("{}:{}", page.path.display(), call.line),
                message: chain(&e),
            })?
        } else {
            String::new()
        };
        let ph = placeholder(i);
        html = html.replace(&format!("<p>{ph}</p>"), code.trim_end());
        html = html.replace(&ph, code.trim_end());
    }
    let text = if search::indexed(page) {
        search::body_text(&html)
    } else {
        String::new()
    };
    Ok((html, md.toc, md.words, problems, text))
}

/// Fills `figure` or `target` for shortcodes whose `id` names a figure or a page.
fn lookup(
    r: &Renderer,
    page: &Page,
    call: &shortcodes::Call,
    ctx: &mut Context,
) -> Option<Diagnostic> {
    let spec = r.specs.get(&call.name)?;
    let kind = spec.lookup.as_deref()?;
    let id = call
        .args
        .get("id")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let site = r.site;
    let found = if kind == "figures" {
        let f = site
            .figures
            .get(id, &page.lang, &site.config.default_language);
        f.map(|f| ctx.insert("figure", &f)).is_some()
    } else {
        let target = site.get(&format!("{kind}/{id}"), &page.lang);
        target
            .map(|t| ctx.insert("target", &views::summary(t, &r.i18n, &page.lang)))
            .is_some()
    };
    if found {
        return None;
    }
    let (what, fix) = if kind == "figures" {
        ("figure", "use an id of content/figures.toml".to_string())
    } else {
        (
            "page",
            format!("use the name of a file of content/{kind}/ without .fr.md"),
        )
    };
    Some(Diagnostic::new(
        &page.path,
        call.line,
        format!("{}: no {what} `{id}`", call.name),
        fix,
    ))
}

fn base_context(r: &Renderer, page: &Page) -> Result<Context> {
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
                    .unwrap_or_else(|| format!("/{}/", l.code)),
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
    Ok(frame(
        r,
        &page.lang,
        &page.url,
        &switch,
        &alternates(r, &page.key),
        canonical,
    ))
}

/// The context every template shares: language, menus, switcher, alternates, canonical URL.
pub fn frame(
    r: &Renderer,
    lang: &str,
    url: &str,
    switch: &[SwitchView],
    alternates: &[AlternateView],
    canonical: &str,
) -> Context {
    let mut ctx = Context::new();
    ctx.insert("lang", lang);
    ctx.insert("dir", dir_of(r, lang));
    ctx.insert("site", &site_view(r, lang, url));
    ctx.insert("switcher", switch);
    ctx.insert("alternates", alternates);
    ctx.insert("canonical", &r.site.permalink(canonical));
    if r.site.config.switches.cards {
        // Lists and search share their language's home card; pages replace it with their own.
        let card = crate::brand::cards::card_path(&format!("/{lang}/"));
        ctx.insert("card", &r.site.permalink(&format!("/{card}")));
    }
    ctx
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

pub fn site_view<'a>(r: &'a Renderer, lang: &str, current: &str) -> views::SiteView<'a> {
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
                dir: &l.dir,
            })
            .collect(),
        menu: site.config.menu.iter().filter_map(link).collect(),
        footer: site.config.footer.iter().filter_map(link).collect(),
    }
}

fn latest<'a>(r: &'a Renderer, lang: &str) -> Vec<SummaryView<'a>> {
    let mut dated: Vec<&Page> = r
        .site
        .pages_in(lang)
        .filter(|p| p.kind == PageKind::Page && p.meta.date.is_some())
        .collect();
    dated.sort_by(|a, b| {
        b.meta
            .date
            .cmp(&a.meta.date)
            .then_with(|| a.key.cmp(&b.key))
    });
    dated
        .into_iter()
        .take(6)
        .map(|p| views::summary(p, &r.i18n, lang))
        .collect()
}

fn template_for(r: &Renderer, page: &Page) -> String {
    if let Some(t) = &page.meta.template {
        return t.clone();
    }
    let has = |name: &str| r.tera.get_template_names().any(|n| n == name);
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
pub fn render_file(
    r: &Renderer,
    path: String,
    template: &str,
    ctx: &Context,
    page: &Page,
    compare: bool,
) -> Result<Option<Output>> {
    if let Some(memo) = r.memo.filter(|_| compare) {
        if memo.unchanged(&path, template, ctx) {
            return Ok(None);
        }
        let bytes = render_template(r, template, ctx, page)?;
        memo.remember(path.clone(), template, ctx);
        return Ok(Some(Output::new(path, bytes)));
    }
    Ok(Some(Output::new(
        path,
        render_template(r, template, ctx, page)?,
    )))
}

pub fn render_template(r: &Renderer, name: &str, ctx: &Context, page: &Page) -> Result<Vec<u8>> {
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

pub fn dir_of<'a>(r: &'a Renderer, lang: &str) -> &'a str {
    r.site
        .config
        .language(lang)
        .map(|l| l.dir.as_str())
        .unwrap_or("ltr")
}

pub fn page_url(base: &str, n: usize) -> String {
    if n <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{n}/")
    }
}

/// `/fr/stories/x/` is written as `fr/stories/x/index.html`.
pub fn file_of(url: &str) -> String {
    format!("{}index.html", url.trim_start_matches('/'))
}

/// The switcher of a page that exists at the same path in every language (`/<lang>/<tail>`).
pub fn same_path_switch<'a>(r: &'a Renderer, lang: &str, tail: &str) -> Vec<SwitchView<'a>> {
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

/// The language chooser at `/` and the 404 pages (one per language, and the default at `/`).
pub fn special_pages(r: &Renderer) -> Result<Vec<Output>> {
    let site = r.site;
    let mut out = Vec::new();
    let default = site.config.default_language.as_str();
    for lang in site.config.codes() {
        let Some(home) = site.get("_index", lang) else {
            continue;
        };
        let mut ctx = base_context(r, home)?;
        ctx.insert("page", &serde_json::json!({ "title": r.i18n.tr(lang, "not-found-title", None), "url": format!("/{lang}/404.html"), "kind": "page" }));
        ctx.insert("canonical", &site.permalink(&format!("/{lang}/")));
        ctx.insert("alternates", &Vec::<AlternateView>::new());
        ctx.insert("switcher", &same_path_switch(r, lang, ""));
        let html = render_template(r, "404.html", &ctx, home)?;
        if lang == default {
            out.push(Output::new("404.html", html.clone()));
            let mut chooser = base_context(r, home)?;
            chooser.insert("alternates", &alternates(r, "_index"));
            chooser.insert("canonical", &site.permalink("/"));
            chooser.insert(
                "page",
                &serde_json::json!({ "title": site.config.title, "url": "/", "kind": "chooser",
                    "description": views::description(home, site) }),
            );
            out.push(Output::new(
                "index.html",
                render_template(r, "language.html", &chooser, home)?,
            ));
        }
        out.push(Output::new(format!("{lang}/404.html"), html));
        let url = format!("/{lang}/search/");
        let switch = same_path_switch(r, lang, "search/");
        let mut ctx = frame(r, lang, &url, &switch, &[], &url);
        let title = r.i18n.tr(lang, "search-title", None);
        ctx.insert("page", &serde_json::json!({ "title": title, "url": url, "kind": "search", "description": title }));
        ctx.insert(
            "count_forms",
            &super::relations::plural_forms(r, lang, "search-results"),
        );
        out.push(Output::new(
            file_of(&url),
            render_template(r, "search.html", &ctx, home)?,
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod pagination_tests {
    use super::*;

    #[test]
    fn long_lists_link_the_ends_and_the_neighbourhood_with_gaps() {
        let shown = |n, total| -> Vec<usize> {
            page_links("/fr/stories/", n, total)
                .iter()
                .map(|l| l.number)
                .collect()
        };
        assert_eq!(shown(1, 3), [1, 2, 3]);
        assert_eq!(shown(50, 100), [1, 0, 48, 49, 50, 51, 52, 0, 100]);
        assert_eq!(shown(2, 1000), [1, 2, 3, 4, 0, 1000]);
        assert_eq!(page_links("/fr/stories/", 50, 100).len(), 9);
    }
}
