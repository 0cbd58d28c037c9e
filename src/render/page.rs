//! render: one page to its HTML file(s): Markdown and shortcodes to HTML, then the page's
//! template with the context every page shares (language, switcher, alternates, menus).
//! Section pages with `paginate_by` give one file per page of their list.

use std::sync::Arc;

use tera::Context;

use super::context::{self, ContactLists, HomeLists, KitPage, PageContext};
use super::frame::{dir_of, page_frame, render_file, template_for};
use super::markdown::{self, Content, Links};
use super::paginate::paginator;
use super::related::Related;
use super::reuse::Shows;
use super::search::{self, SearchDoc};
use super::shortcodes::{self, placeholder};
use super::views::{self, PageView, SummaryView};
use super::{Output, Renderer};
use crate::content::{newest_first, Page, PageKind};
use crate::error::{Diagnostic, Error, Result};
use crate::templates::chain;
use crate::urls::{self, file_of, list_page as page_url};

/// What rendering one page gives.
pub struct PageFiles {
    pub outputs: Vec<Output>,
    pub problems: Vec<Diagnostic>,
    /// The page's entry in its language's search index.
    pub search: Option<SearchDoc>,
}

pub fn render(r: &Renderer, page: &Page) -> Result<PageFiles> {
    let (content, reused) = content(r, page)?;
    let search = search::doc(r.site, page, &content.text);
    let related = Related::find(r, page);
    // Under `serve`, a page showing the same pages as last time, none of them edited, is the
    // same file: not even its context is built. (What it shows is remembered even when its
    // text changed: the next edit compares with it.) A page checked that way is not compared
    // by context as well (which would mean keeping it). Directory entries show their
    // directory's finder: they are compared by context.
    let mut checked = false;
    if r.reuse.remembers() && page.kind == PageKind::Page && !in_directory(r, page) {
        if r.reuse.shows_the_same(&file_of(&page.url), related.shows()) && reused {
            return Ok(PageFiles {
                outputs: Vec::new(),
                problems: Vec::new(),
                search,
            });
        }
        checked = true;
    }
    let mut problems = content.problems.clone();
    if page.fallback {
        // The default language's page reports these once.
        problems.clear();
    }
    let (relations, found) = super::relations::view(r, &related);
    problems.extend(found);
    let template = template_for(r, page);
    let lang = page.lang.as_str();
    let mut frame = page_frame(r, page);
    if r.drawing.cards {
        let card = urls::card(&page.url, "og");
        frame.card = Some(r.site.permalink(&urls::site_path(&card)));
    }
    let view = PageContext {
        frame,
        page: page_view(r, page, &content),
        json_ld: super::structured::json_ld(r, page),
        relations,
        agenda: super::events::view_of(r, page),
        kit: (page.key == "kit/_index").then(|| KitPage {
            kit: super::views::kit(r, lang),
            kit_pending: r.drawing.pending,
        }),
        home: (page.kind == PageKind::Home).then(|| home_lists(r, page)),
        contact: (page.key == "contact").then(|| ContactLists {
            audiences: related
                .listed
                .iter()
                .map(|p| views::summary(p, &r.i18n, lang))
                .collect(),
        }),
    };
    let mut ctx = context::of(&view, &template)?;
    drop(view);
    let outputs = match page.kind {
        PageKind::Page => {
            let path = file_of(&page.url);
            let html = render_file(r, path, &template, &ctx, page, !checked)?;
            html.into_iter()
                .chain(super::ics::event_file(r, page))
                .collect()
        }
        PageKind::Home | PageKind::Section => list_files(r, &related, &template, &mut ctx, reused)?,
    };
    Ok(PageFiles {
        outputs,
        problems,
        search,
    })
}

/// A page of a directory (its template shows the directory's finder).
fn in_directory(r: &Renderer, page: &Page) -> bool {
    let dir = page.parent.strip_suffix("/_index").unwrap_or("");
    r.site.config.directories.contains_key(dir)
}

fn page_view<'a>(r: &'a Renderer, page: &'a Page, content: &'a Content) -> PageView<'a> {
    let lang = page.lang.as_str();
    PageView {
        key: &page.key,
        kind: page.kind,
        title: &page.meta.title,
        description: views::description(page, r.site),
        summary: page.meta.summary.as_deref(),
        url: &page.url,
        permalink: r.site.permalink(&page.url),
        section: page.parent.strip_suffix("/_index").unwrap_or(""),
        content: &content.html,
        content_lang: &page.content_lang,
        content_dir: dir_of(r, &page.content_lang),
        fallback: page.fallback,
        date: page.meta.date.map(|d| d.to_string()),
        date_display: page.meta.date.map(|d| r.i18n.date(lang, d)),
        reported: page.meta.reported.map(|d| d.iso()),
        reported_display: page.meta.reported.map(|d| r.i18n.reported(lang, &d)),
        toc: content.toc.clone(),
        reading_minutes: content.words.div_ceil(200).max(1),
        terms: views::terms(page, &r.i18n, lang),
        extra: &page.meta.extra,
    }
}

/// The home page and section pages: their own text, then their children, one file per chunk
/// of `paginate_by`.
fn list_files(
    r: &Renderer,
    related: &Related,
    template: &str,
    ctx: &mut Context,
    reused: bool,
) -> Result<Vec<Output>> {
    let page = related.page;
    let lang = page.lang.as_str();
    let children = r.site.children(&page.key, lang);
    let per = page.meta.paginate_by.unwrap_or(usize::MAX).max(1);
    let pages: Vec<&Page> = children
        .into_iter()
        .filter(|c| c.kind == PageKind::Page)
        .collect();
    let total = pages.len().div_ceil(per).max(1);
    // Under `serve`, a list page of a section (not the home page, not a directory with its
    // finder) is the same file when it shows its own page and the same chunk of children,
    // none edited; the others are compared by context.
    let by_shows = r.reuse.remembers()
        && page.kind == PageKind::Section
        && !r.site.config.directories.contains_key(page.section_dir());
    let own = by_shows.then(|| related.shows().keys);
    let mut outputs = Vec::new();
    for n in 1..=total {
        let chunk = pages.iter().skip((n - 1) * per).take(per);
        let url = page_url(&page.url, n);
        if let Some(own) = &own {
            let mut keys = own.clone();
            keys.extend(chunk.clone().map(|c| c.key.clone()));
            let shows = Shows {
                keys,
                place: (n, total),
                ..Shows::default()
            };
            if r.reuse.shows_the_same(&file_of(&url), shows) && reused {
                continue;
            }
        }
        let summaries = chunk.map(|c| views::summary(c, &r.i18n, lang)).collect();
        ctx.insert("paginator", &paginator(&page.url, summaries, n, total));
        outputs.extend(render_file(
            r,
            file_of(&url),
            template,
            ctx,
            page,
            !by_shows,
        )?);
    }
    Ok(outputs)
}

/// What the home page lists: the latest stories, the audiences, the sections.
fn home_lists<'a>(r: &'a Renderer, page: &'a Page) -> HomeLists<'a> {
    let lang = page.lang.as_str();
    let children = r.site.children(&page.key, lang);
    HomeLists {
        latest: latest(r, lang),
        audiences: audiences(r, lang),
        sections: children
            .into_iter()
            .filter(|c| c.kind == PageKind::Section)
            .map(|c| views::summary(c, &r.i18n, lang))
            .collect(),
    }
}

/// The audiences' pages, as summaries.
fn audiences<'a>(r: &'a Renderer, lang: &str) -> Vec<SummaryView<'a>> {
    super::related::audiences_of(r, lang)
        .into_iter()
        .map(|c| views::summary(c, &r.i18n, lang))
        .collect()
}

/// `content_html`, or what it gave last time when `serve` knows nothing changed (then `true`).
fn content(r: &Renderer, page: &Page) -> Result<(Arc<Content>, bool)> {
    if let Some(c) = r.reuse.content(page) {
        return Ok((c, true));
    }
    let c = Arc::new(content_html(r, page)?);
    r.reuse.keep_content(page, c.clone());
    Ok((c, false))
}

/// For the test that a bug while rendering leaves `serve` up (issue #34): with
/// `ONEPROVENCE_TEST_PANIC` set, a page whose text holds its value panics. Unset, nothing.
fn forced_panic(body: &str) {
    static MARKER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let marker = MARKER.get_or_init(|| {
        std::env::var("ONEPROVENCE_TEST_PANIC")
            .ok()
            .filter(|m| !m.is_empty())
    });
    if let Some(m) = marker {
        assert!(
            !body.contains(m.as_str()),
            "a panic forced by ONEPROVENCE_TEST_PANIC"
        );
    }
}

fn content_html(r: &Renderer, page: &Page) -> Result<Content> {
    let (body, unread) = match r.site.text(page) {
        Ok(body) => (body, None),
        Err(d) => (Default::default(), Some(d)),
    };
    forced_panic(&body);
    let shortcodes::Extracted {
        text,
        calls,
        mut problems,
    } = shortcodes::extract(r.specs, &page.path, &body, page.body_line);
    drop(body);
    problems.extend(unread);
    let lang = page.lang.clone();
    let page_url = |key: &str| {
        r.site
            .get(key, &lang)
            .or_else(|| r.site.get(key, &r.site.config.default_language))
            .map(|p| p.url.clone())
            // A page that failed has its own error; the build fails on it, not on this link.
            .or_else(|| r.site.broken.contains(key).then(|| "#".to_string()))
    };
    let image = |src: &str| r.images.get(src).cloned();
    let asset_exists = |p: &str| r.published.contains(p);
    let links = Links {
        page_url: &page_url,
        asset_exists: &asset_exists,
        image: &image,
        unsafe_html: r.site.config.markdown.unsafe_html,
    };
    let mut md = markdown::render(&page.path, &text, page.body_line, &links);
    problems.append(&mut md.problems);
    let mut html = md.html;
    for (i, call) in calls.iter().enumerate().rev() {
        let code = match shortcode_html(r, page, call, &links)? {
            Ok(code) => code,
            Err(d) => {
                problems.push(d);
                continue;
            }
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
    Ok(Content {
        html,
        toc: md.toc,
        words: md.words,
        problems,
        text,
    })
}

/// One shortcode's HTML (empty for a name with no template), or the content problem that
/// keeps it from being drawn.
fn shortcode_html(
    r: &Renderer,
    page: &Page,
    call: &shortcodes::Call,
    links: &Links,
) -> Result<Result<String, Diagnostic>> {
    let name = format!("shortcodes/{}.html", call.name);
    if !r.tera.get_template_names().any(|n| n == name) {
        return Ok(Ok(String::new()));
    }
    let mut ctx = Context::new();
    for (k, v) in &call.args {
        ctx.insert(k.as_str(), v);
    }
    ctx.insert("lang", &page.lang);
    ctx.insert("content_lang", &page.content_lang);
    ctx.insert("publisher", &r.site.config.publisher);
    let src = call.args.get("src").and_then(|v| v.as_str());
    // A picture named by a shortcode is held to the rules of a Markdown image.
    if let Some(d) = src.and_then(|s| markdown::image_problem(&page.path, call.line, s, links)) {
        return Ok(Err(d));
    }
    // A raster image named by `src` comes with its size and resized copies.
    if let Some(img) = src.and_then(|s| r.images.get(s)) {
        if !call.args.contains_key("width") {
            ctx.insert("width", &img.width);
            ctx.insert("height", &img.height);
        }
        ctx.insert("srcset", &img.srcset);
        ctx.insert("sizes", crate::assets::images::SIZES);
    }
    let figures_unreadable = r.site.broken.contains(crate::content::figures::FILE);
    let spec = r.specs.get(&call.name);
    if figures_unreadable && spec.and_then(|s| s.lookup.as_deref()) == Some("figures") {
        // figures.toml has its own error; the build fails on it.
        return Ok(Ok(String::new()));
    }
    if let Some(d) = lookup(r, page, call, &mut ctx) {
        return Ok(Err(d));
    }
    let html = r.tera.render(&name, &ctx).map_err(|e| Error::Template {
        template: name.clone(),
        page: format!("{}:{}", page.path.display(), call.line),
        message: chain(&e),
    })?;
    Ok(Ok(html))
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

fn latest<'a>(r: &'a Renderer, lang: &str) -> Vec<SummaryView<'a>> {
    let mut dated: Vec<&Page> = r
        .site
        .pages_in(lang)
        .filter(|p| p.kind == PageKind::Page && p.meta.date.is_some())
        .collect();
    dated.sort_by(|a, b| newest_first(a, b));
    dated
        .into_iter()
        .take(6)
        .map(|p| views::summary(p, &r.i18n, lang))
        .collect()
}
