//! render: structured data (schema.org JSON-LD) for search engines: the One Provence
//! Organization on the home page, an Article per story, an Organization per directory actor,
//! an Event per dated event of the agenda (not for calls for projects), and a BreadcrumbList on
//! every page below the home.

use serde_json::{json, Value};

use super::Renderer;
use crate::content::{Page, PageKind};

pub fn json_ld(r: &Renderer, page: &Page) -> String {
    let site = r.site;
    let url = site.permalink(&page.url);
    let publisher = json!({
        "@type": "Organization",
        "name": site.config.title,
        "url": site.permalink(&format!("/{}/", page.lang)),
    });
    let description = super::views::description(page, site);
    let mut graph: Vec<Value> = Vec::new();
    let section = page.parent.strip_suffix("/_index").unwrap_or("");
    match page.kind {
        PageKind::Home => graph.push(json!({
            "@type": "Organization",
            "name": site.config.title,
            "url": url,
            "description": description,
        })),
        PageKind::Page if page.meta.event.is_some() => {
            let event = page.meta.event.as_ref().expect("matched just above");
            graph.extend(super::events::json_ld(r, page, event));
        }
        PageKind::Page if page.meta.date.is_some() => graph.push(json!({
            "@type": "Article",
            "headline": page.meta.title,
            "description": description,
            "datePublished": page.meta.date.map(|d| d.to_string()),
            "inLanguage": page.content_lang,
            "url": url,
            "mainEntityOfPage": url,
            "publisher": publisher,
            "author": publisher,
        })),
        PageKind::Page if section == "ecosystem" => graph.push(json!({
            "@type": "Organization",
            "name": page.meta.title,
            "description": description,
            "url": url,
        })),
        _ => {}
    }
    if page.kind != PageKind::Home {
        graph.push(breadcrumbs(r, page));
    }
    let doc = json!({ "@context": "https://schema.org", "@graph": graph });
    crate::templates::json_for_script(&doc.to_string())
}

fn breadcrumbs(r: &Renderer, page: &Page) -> Value {
    let site = r.site;
    let mut trail = Vec::new();
    let mut current = Some(page);
    while let Some(p) = current {
        trail.push(p);
        if p.kind == PageKind::Home || p.parent.is_empty() {
            break;
        }
        current = site.get(&p.parent, &page.lang);
    }
    trail.reverse();
    let items: Vec<Value> = trail
        .iter()
        .enumerate()
        .map(|(i, p)| {
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "name": p.meta.title,
                "item": site.permalink(&p.url),
            })
        })
        .collect();
    json!({ "@type": "BreadcrumbList", "itemListElement": items })
}
