//! render: the root page of `build --kiosk` (issue #31): an attract loop of the key figures,
//! the audiences' promises, the iCapitale claim and the next events, in each language in turn,
//! then a start screen (language, then "find" or "browse"). `kiosk.html` draws it; the loop,
//! the start screen and the idle reset are `static/js/kiosk.js`.

use serde::Serialize;

use super::context::{self, Frame, Heading};
use super::events::{self, EventView};
use super::frame::{alternates, frame, render_template, same_path_switch};
use super::views::{self, SummaryView};
use super::{Output, Renderer};
use crate::content::figures::FigureView;
use crate::content::Page;
use crate::error::Result;

/// `kiosk.html`.
#[derive(Serialize)]
struct KioskContext<'a> {
    #[serde(flatten)]
    frame: Frame<'a>,
    page: Heading,
    /// The languages of the kiosk, each with its slides and its start screen's links.
    languages: Vec<KioskLanguage<'a>>,
    /// `[kiosk] idle_seconds` of site.toml.
    idle_seconds: u32,
}

#[derive(Serialize)]
struct KioskLanguage<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    /// Where "find the right resource" and "browse" lead (the audience's page for a stick
    /// built with `--audience`, else the home page).
    find: String,
    browse: String,
    title: &'a str,
    tagline: Option<&'a str>,
    figures: Vec<FigureView<'a>>,
    /// The audiences' promises, the one of `--audience` first and shown twice per loop.
    audiences: Vec<SummaryView<'a>>,
    first_audience: Option<SummaryView<'a>>,
    claim: Option<SummaryView<'a>>,
    /// Dated events; the browser keeps those still to come (the build never reads the clock).
    events: Vec<EventView<'a>>,
}

/// `index.html` of a kiosk folder.
pub(crate) fn page(r: &Renderer, home: &Page) -> Result<Output> {
    let site = r.site;
    let lang = home.lang.as_str();
    let languages = site
        .config
        .languages
        .iter()
        .filter_map(|l| language(r, &l.code, &l.name))
        .collect();
    let view = KioskContext {
        frame: frame(
            r,
            lang,
            &home.url,
            same_path_switch(r, lang, ""),
            alternates(r, "_index"),
            "/",
        ),
        page: Heading {
            title: site.config.title.clone(),
            url: "/".into(),
            kind: "kiosk",
            description: Some(views::description(home, site).to_string()),
        },
        languages,
        idle_seconds: site.config.kiosk.idle_seconds,
    };
    let ctx = context::of(&view, "kiosk.html")?;
    let html = render_template(r, "kiosk.html", &ctx, home)?;
    Ok(Output::new("index.html", html))
}

fn language<'a>(r: &'a Renderer, code: &'a str, name: &'a str) -> Option<KioskLanguage<'a>> {
    let site = r.site;
    let home = site.get("_index", code)?;
    let summary = |p: &'a Page| views::summary(p, &r.i18n, code);
    let figures = views::page_figures(site, home, code);
    let audiences: Vec<SummaryView> = site
        .children("audiences/_index", code)
        .into_iter()
        .map(summary)
        .collect();
    let chosen = r
        .audience
        .and_then(|a| site.get(&format!("audiences/{a}"), code));
    let browse = chosen.map_or_else(|| home.url.clone(), |p| p.url.clone());
    Some(KioskLanguage {
        code,
        name,
        dir: r.site.config.dir(code).as_str(),
        find: crate::urls::page(code, "orientation"),
        browse,
        title: &home.meta.title,
        tagline: home.meta.extra.get("tagline").and_then(|t| t.as_str()),
        figures,
        audiences,
        first_audience: chosen.map(summary),
        claim: site.get("icapital/_index", code).map(summary),
        events: events::dated(r, code)
            .into_iter()
            .map(|(p, e)| events::view(r, p, e))
            .collect(),
    })
}
