//! render: the pages that are not content files: the language chooser at `/`, the 404 pages
//! (one per language, and the default one at `/`), and the search page of each language.

use super::frame::{alternates, base_context, frame, render_template, same_path_switch};
use super::views::{self, AlternateView};
use super::{Output, Renderer};
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
        let mut ctx = base_context(r, home)?;
        ctx.insert("page", &serde_json::json!({ "title": r.i18n.tr(lang, "not-found-title", None), "url": format!("/{lang}/404.html"), "kind": "page" }));
        ctx.insert("canonical", &site.permalink(&crate::urls::home(lang)));
        ctx.insert("alternates", &Vec::<AlternateView>::new());
        ctx.insert("switcher", &same_path_switch(r, lang, ""));
        let html = render_template(r, "404.html", &ctx, home)?;
        if lang == default {
            out.push(Output::new("404.html", html.clone()));
            let mut chooser = base_context(r, home)?;
            // At `/` no language is chosen yet: the switcher marks none as current.
            let mut none = same_path_switch(r, lang, "");
            none.iter_mut().for_each(|s| s.current = false);
            chooser.insert("switcher", &none);
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
        out.push(thanks_page(r, lang, home)?);
        let url = crate::urls::page(lang, "search");
        let switch = same_path_switch(r, lang, "search/");
        let mut ctx = frame(r, lang, &url, &switch, &every_language(r, "search"), &url);
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

/// Where the contact forms lead after Netlify has taken the submission (`/<lang>/thanks/`).
fn thanks_page(r: &Renderer, lang: &str, home: &crate::content::Page) -> Result<Output> {
    let url = crate::urls::page(lang, "thanks");
    let switch = same_path_switch(r, lang, "thanks/");
    let mut ctx = frame(r, lang, &url, &switch, &every_language(r, "thanks"), &url);
    let title = r.i18n.tr(lang, "thanks-title", None);
    ctx.insert(
        "page",
        &serde_json::json!({ "title": title, "url": url, "kind": "thanks", "description": title }),
    );
    Ok(Output::new(
        file_of(&url),
        render_template(r, "thanks.html", &ctx, home)?,
    ))
}
