//! render: the agenda (issue #19). What templates see of an event (dates in the reader's
//! language with the time zone named, place, call dates, absolute instants for the browser),
//! the agenda page's months and filters, the "upcoming" partial of the home and audience
//! pages, and an event's schema.org `Event`. The build never reads the clock: what is upcoming
//! and "closes in N days" is decided in the browser (`static/js/agenda.js`) from the instants.

use serde::Serialize;
use serde_json::{json, Value};

use super::views::{self, TermView};
use super::Renderer;
use crate::content::event::{self, Event, When};
use crate::content::{Page, PageKind};

/// An event as a list item or on its page.
#[derive(Serialize)]
pub(crate) struct EventView<'a> {
    pub title: &'a str,
    pub url: &'a str,
    pub summary: Option<&'a str>,
    pub content_lang: &'a str,
    pub fallback: bool,
    pub kind: &'a str,
    pub kind_label: String,
    pub is_call: bool,
    /// Dated: the instants in milliseconds since 1970 (UTC), for the browser.
    pub start_ms: Option<i64>,
    pub end_ms: Option<i64>,
    /// `datetime` attribute of the start: `2026-06-11` or `2026-06-11T09:00:00+02:00`.
    pub start_iso: Option<String>,
    /// Start and end in the reader's language, time zone named.
    pub dates: Option<String>,
    /// `2026-06` and "juin 2026": the month it is listed under.
    pub month: Option<String>,
    pub month_label: Option<String>,
    pub place: Option<String>,
    pub link: Option<&'a str>,
    /// Its iCalendar file.
    pub ics: Option<String>,
    pub opens: Option<Instant>,
    pub closes: Option<Instant>,
    pub eligible: Option<&'a str>,
    pub terms: Vec<TermView>,
}

/// One instant of a call, written out and in milliseconds.
#[derive(Serialize)]
pub struct Instant {
    pub ms: i64,
    pub iso: String,
    pub text: String,
}

pub(crate) fn view<'a>(r: &Renderer, page: &'a Page, e: &'a Event) -> EventView<'a> {
    let lang = page.lang.as_str();
    let i18n = &r.i18n;
    let instant = |w: When| Instant {
        ms: e.instant(w).as_millisecond(),
        iso: e.iso(w),
        text: i18n.zoned(lang, e, i18n.when(lang, w), w),
    };
    let month_of = |w: When| match w {
        When::Day(d) => d,
        When::At(dt) => dt.date(),
    };
    EventView {
        title: &page.meta.title,
        url: &page.url,
        summary: page.meta.summary.as_deref(),
        content_lang: &page.content_lang,
        fallback: page.fallback,
        kind: &e.kind,
        kind_label: i18n.tr(lang, &format!("{}-{}", event::KINDS, e.kind), None),
        is_call: e.is_call(),
        start_ms: e.start_instant().map(|t| t.as_millisecond()),
        end_ms: e.end_instant().map(|t| t.as_millisecond()),
        start_iso: e.start.map(|w| e.iso(w)),
        dates: i18n.event_dates(lang, e),
        month: e.start.map(|w| month_of(w).strftime("%Y-%m").to_string()),
        month_label: e.start.map(|w| {
            let d = month_of(w);
            let mut args = fluent_bundle::FluentArgs::new();
            args.set(
                "month",
                i18n.tr(lang, &format!("month-{}", d.month()), None),
            );
            args.set("year", d.year() as i64);
            i18n.tr(lang, "event-month", Some(&args))
                .replace(['\u{2068}', '\u{2069}'], "")
        }),
        place: i18n.event_place(lang, e),
        link: e.link.as_deref(),
        ics: e.start.map(|_| ics_url(page)),
        opens: e.opens.map(instant),
        closes: e.closes.map(instant),
        eligible: e.eligible.as_deref(),
        terms: views::terms(page, i18n, lang),
    }
}

/// `/fr/events/<slug>/<slug>.ics`.
pub(crate) fn ics_url(page: &Page) -> String {
    let slug = page.key.rsplit('/').next().unwrap_or("event");
    format!("{}{slug}.ics", page.url)
}

/// The dated events of a language, soonest first (then by key, for one order every build).
pub fn dated<'a>(r: &'a Renderer, lang: &str) -> Vec<(&'a Page, &'a Event)> {
    let mut list: Vec<(&Page, &Event)> = r
        .site
        .children(&format!("{}/_index", event::SECTION), lang)
        .into_iter()
        .filter_map(|p| Some((p, p.meta.event.as_deref()?)))
        .filter(|(_, e)| e.start.is_some())
        .collect();
    list.sort_by(|a, b| (a.1.start_instant(), &a.0.key).cmp(&(b.1.start_instant(), &b.0.key)));
    list
}

#[derive(Serialize)]
struct Month<'a> {
    month: String,
    label: String,
    events: Vec<EventView<'a>>,
}

#[derive(Serialize)]
struct Filter {
    field: String,
    label: String,
    values: Vec<TermView>,
}

/// What a page shows of the agenda: its own event, the agenda page's months and filters, the
/// upcoming list of the home and audience pages. Absent parts are left out of the context.
#[derive(Serialize)]
pub(crate) struct AgendaView<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<EventView<'a>>,
    #[serde(flatten)]
    agenda: Option<AgendaList<'a>>,
    #[serde(flatten)]
    upcoming: Option<Upcoming<'a>>,
}

#[derive(Serialize)]
struct AgendaList<'a> {
    months: Vec<Month<'a>>,
    filters: Vec<Filter>,
    agenda_ics: String,
}

#[derive(Serialize)]
struct Upcoming<'a> {
    upcoming: Vec<EventView<'a>>,
    agenda_url: String,
    /// Without JavaScript nothing says what is to come: the list is titled as the agenda.
    agenda_title: Option<&'a str>,
}

/// What the event page, the agenda page, the home page and the audience pages show of the
/// agenda.
pub(crate) fn view_of<'a>(r: &'a Renderer, page: &'a Page) -> AgendaView<'a> {
    let lang = page.lang.as_str();
    let section = format!("{}/_index", event::SECTION);
    let agenda = (page.key == section).then(|| AgendaList {
        months: months(r, lang),
        filters: filters(r, lang),
        agenda_ics: format!("/{lang}/{}/agenda.ics", event::SECTION),
    });
    let audience = page
        .key
        .strip_prefix("audiences/")
        .filter(|_| page.kind == PageKind::Page);
    let upcoming = (page.kind == PageKind::Home || audience.is_some()).then(|| Upcoming {
        upcoming: dated(r, lang)
            .into_iter()
            .filter(|(p, _)| {
                audience.is_none_or(|a| {
                    p.meta
                        .terms
                        .get("audiences")
                        .is_some_and(|v| v.iter().any(|x| x == a))
                })
            })
            .map(|(p, e)| view(r, p, e))
            .collect(),
        agenda_url: crate::urls::page(lang, event::SECTION),
        agenda_title: r.site.get(&section, lang).map(|p| p.meta.title.as_str()),
    });
    AgendaView {
        event: page.meta.event.as_ref().map(|e| view(r, page, e)),
        agenda,
        upcoming,
    }
}

/// The agenda page's events by month, newest first without JavaScript; the browser puts what
/// is to come first.
fn months<'a>(r: &'a Renderer, lang: &str) -> Vec<Month<'a>> {
    let mut months: Vec<Month> = Vec::new();
    for (p, e) in dated(r, lang).into_iter().rev() {
        let v = view(r, p, e);
        let month = v.month.clone().unwrap_or_default();
        match months.last_mut() {
            Some(m) if m.month == month => m.events.push(v),
            _ => months.push(Month {
                month,
                label: v.month_label.clone().unwrap_or_default(),
                events: vec![v],
            }),
        }
    }
    months
}

/// The kinds, sectors and audiences the language's events use, each linking its own page.
fn filters(r: &Renderer, lang: &str) -> Vec<Filter> {
    let events: Vec<&Page> = dated(r, lang).into_iter().map(|(p, _)| p).collect();
    [event::KINDS, "sectors", "audiences"]
        .iter()
        .map(|field| {
            let allowed = r.site.config.vocabularies.get(*field);
            let values = allowed
                .into_iter()
                .flatten()
                .filter(|v| {
                    events
                        .iter()
                        .any(|p| p.meta.terms.get(*field).is_some_and(|t| t.contains(v)))
                })
                .map(|v| TermView {
                    field: field.to_string(),
                    value: v.clone(),
                    label: r.i18n.tr(lang, &format!("{field}-{v}"), None),
                    url: views::term_url(lang, field, v),
                })
                .collect();
            Filter {
                field: field.to_string(),
                label: r.i18n.tr(lang, &format!("{field}-label"), None),
                values,
            }
        })
        .filter(|f| !f.values.is_empty())
        .collect()
}

/// schema.org `Event` for a dated event that is not a call for projects.
pub fn json_ld(r: &Renderer, page: &Page, e: &Event) -> Option<Value> {
    if e.is_call() {
        return None;
    }
    let start = e.start?;
    let site = r.site;
    let lang = page.lang.as_str();
    let place = || {
        let mut address = serde_json::Map::new();
        address.insert("@type".into(), "PostalAddress".into());
        if let Some(c) = &e.city {
            address.insert("addressLocality".into(), c.clone().into());
        }
        if let Some(c) = &e.country {
            address.insert("addressCountry".into(), c.clone().into());
        }
        json!({
            "@type": "Place",
            "name": e.venue.clone().or_else(|| e.city.clone()).unwrap_or_default(),
            "address": address,
        })
    };
    let virtual_location = || json!({ "@type": "VirtualLocation", "url": e.link.clone().unwrap_or_else(|| site.permalink(&page.url)) });
    let has_place = e.venue.is_some() || e.city.is_some();
    let (mode, location) = match (has_place, e.online) {
        (true, true) => (
            "MixedEventAttendanceMode",
            json!([place(), virtual_location()]),
        ),
        (false, true) => ("OnlineEventAttendanceMode", virtual_location()),
        _ => ("OfflineEventAttendanceMode", place()),
    };
    let organizer: Vec<Value> = page
        .meta
        .refs
        .get("organisers")
        .into_iter()
        .flatten()
        .filter_map(|k| site.get(k, lang))
        .map(|o| json!({ "@type": "Organization", "name": o.meta.title, "url": site.permalink(&o.url) }))
        .collect();
    let mut ld = json!({
        "@type": "Event",
        "name": page.meta.title,
        "description": views::description(page, site),
        "startDate": e.iso(start),
        "endDate": e.iso(e.end.unwrap_or(start)),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": format!("https://schema.org/{mode}"),
        "location": location,
        "inLanguage": page.content_lang,
        "url": site.permalink(&page.url),
    });
    if !organizer.is_empty() {
        ld["organizer"] = Value::Array(organizer);
    }
    if r.drawing.cards {
        let card = crate::urls::card(&page.url, "og");
        ld["image"] = site.permalink(&crate::urls::site_path(&card)).into();
    }
    Some(ld)
}
