//! render: the pages that are not content files: the language chooser at `/`, the 404 pages
//! (one per language, and the default one at `/`), and the search page of each language.

use super::context::{self, Heading, PlainContext};
use super::frame::{alternates, frame, render_template, same_path_switch};
use super::views::{self, AlternateView};
use super::{Output, Renderer};
use crate::content::Page;
use crate::error::Result;
use crate::urls::file_of;

/// The search and thank-you pages exist in every language: each is an hreflang alternate, the
/// default language's is x-default.
fn every_language(r: &Renderer, name: &str) -> Vec<AlternateView> {
    let config = &r.site.config;
    let href = |l: &str| r.site.permalink(&crate::urls::page(l, name));
    config
        .codes()
        .map(|l| AlternateView {
            hreflang: l.to_string(),
            href: href(l),
        })
        .chain(std::iter::once(AlternateView {
            hreflang: "x-default".into(),
            href: href(&config.default_language),
        }))
        .collect()
}

/// The language chooser at `/` and the 404 pages (one per language, and the default at `/`).
pub(crate) fn special_pages(r: &Renderer) -> Result<Vec<Output>> {
    let site = r.site;
    let mut out = Vec::new();
    let default = site.config.default_language.as_str();
    for lang in site.config.codes() {
        let Some(home) = site.get("_index", lang) else {
            continue;
        };
        let home_url = crate::urls::home(lang);
        let switch = same_path_switch(r, lang, "");
        let view = PlainContext {
            frame: frame(r, lang, &home.url, switch, Vec::new(), &home_url),
            page: heading(
                r.i18n.tr(lang, "not-found-title", None),
                format!("/{lang}/404.html"),
                "page",
                None,
            ),
            count_forms: None,
        };
        let html = render(r, "404.html", &view, home)?;
        if lang == default && r.kiosk {
            out.push(Output::new("404.html", html.clone()));
            out.push(super::kiosk::page(r, home)?);
        } else if lang == default {
            out.push(Output::new("404.html", html.clone()));
            // At `/` no language is chosen yet: the switcher marks none as current. A stick
            // for one audience (`--audience`) opens on its page in the language chosen.
            let start = r
                .audience
                .map(|a| format!("audiences/{a}/"))
                .unwrap_or_default();
            let mut none = same_path_switch(r, lang, &start);
            none.iter_mut().for_each(|s| s.current = false);
            let description = views::description(home, site).to_string();
            let chooser = PlainContext {
                frame: frame(r, lang, &home.url, none, alternates(r, "_index"), "/"),
                page: heading(
                    site.config.title.clone(),
                    "/".into(),
                    "chooser",
                    Some(description),
                ),
                count_forms: None,
            };
            out.push(Output::new(
                "index.html",
                render(r, "language.html", &chooser, home)?,
            ));
        }
        out.push(Output::new(format!("{lang}/404.html"), html));
        out.push(named_page(r, lang, home, "thanks", None)?);
        let forms = super::views::plural_forms(r, lang, "search-results");
        out.push(named_page(r, lang, home, "search", Some(forms))?);
    }
    Ok(out)
}

fn heading(title: String, url: String, kind: &'static str, description: Option<String>) -> Heading {
    Heading {
        title,
        url,
        kind,
        description,
    }
}

fn render(r: &Renderer, template: &str, view: &PlainContext, home: &Page) -> Result<Vec<u8>> {
    render_template(r, template, &context::of(view, template)?, home)
}

/// `/<lang>/search/` and `/<lang>/thanks/` (where the contact forms lead after Netlify has
/// taken the submission): titled `<name>-title`, drawn by `<name>.html`.
fn named_page(
    r: &Renderer,
    lang: &str,
    home: &Page,
    name: &str,
    count_forms: Option<Vec<(String, String)>>,
) -> Result<Output> {
    let url = crate::urls::page(lang, name);
    let switch = same_path_switch(r, lang, &format!("{name}/"));
    let title = r.i18n.tr(lang, &format!("{name}-title"), None);
    let kind = if name == "search" { "search" } else { "thanks" };
    let view = PlainContext {
        frame: frame(r, lang, &url, switch, every_language(r, name), &url),
        page: heading(title.clone(), url.clone(), kind, Some(title)),
        count_forms,
    };
    let html = render(r, &format!("{name}.html"), &view, home)?;
    Ok(Output::new(file_of(&url), html))
}
