//! render: iCalendar files of the agenda (RFC 5545): one per event
//! (`/<lang>/events/<slug>/<slug>.ics`) and one per language (`/<lang>/events/agenda.ics`).
//! Lines end in CRLF and are folded at 75 octets on UTF-8 boundaries; text is escaped; UIDs
//! come from the slug and the language; DTSTAMP from the content, never the clock; times in
//! UTC, or whole days. A call for projects is one entry at its closing instant.

use std::fmt::Write;

use jiff::{Timestamp, ToSpan};

use super::events::{dated, ics_url};
use super::{Output, Renderer};
use crate::content::event::{Event, When};
use crate::content::Page;

/// The `.ics` of one event page (none for an undated draft).
pub(crate) fn event_file(r: &Renderer, page: &Page) -> Option<Output> {
    let e = page.meta.event.as_ref()?;
    e.start?;
    let mut body = String::new();
    vevent(r, page, e, &mut body);
    let text = calendar(r, &page.lang, &page.meta.title, &body);
    Some(Output::new(
        ics_url(page).trim_start_matches('/').to_string(),
        text,
    ))
}

/// The whole agenda of each language.
pub(crate) fn agenda_files(r: &Renderer) -> Vec<Output> {
    let section = crate::content::event::SECTION;
    r.site
        .config
        .codes()
        .filter_map(|lang| {
            let events = dated(r, lang);
            let title = r.site.get(&format!("{section}/_index"), lang)?;
            let mut body = String::new();
            for (p, e) in events {
                vevent(r, p, e, &mut body);
            }
            let name = format!("{} · {}", r.site.config.title, title.meta.title);
            Some(Output::new(
                format!("{lang}/{section}/agenda.ics"),
                calendar(r, lang, &name, &body),
            ))
        })
        .collect()
}

fn calendar(r: &Renderer, lang: &str, name: &str, events: &str) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//{}//oneprovence//{}",
            text(&r.site.config.title),
            lang.to_uppercase()
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", text(name)),
    ] {
        push(&mut out, &line);
    }
    out.push_str(events);
    push(&mut out, "END:VCALENDAR");
    out
}

fn vevent(r: &Renderer, page: &Page, e: &Event, out: &mut String) {
    let Some(start) = e.start else { return };
    let lang = page.lang.as_str();
    let slug = page.key.rsplit('/').next().unwrap_or_default();
    let stamp = e
        .updated
        .map(|d| e.instant(When::Day(d)))
        .unwrap_or_else(|| e.instant(start));
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{slug}.{lang}@oneprovence"),
        format!("DTSTAMP:{}", utc(stamp)),
    ];
    let summary = &page.meta.title;
    match (e.is_call(), e.closes) {
        (true, Some(c)) => {
            let label = r.i18n.tr(lang, "call-deadline", None);
            lines.push(format!("DTSTART:{}", utc(e.instant(c))));
            lines.push(format!("SUMMARY:{}", text(&format!("{label} · {summary}"))));
        }
        _ if e.all_day() => {
            let last = d_of(e.end.unwrap_or(start));
            let first = d_of(start);
            let after = last.checked_add(1.day()).unwrap_or(last);
            lines.push(format!("DTSTART;VALUE=DATE:{}", first.strftime("%Y%m%d")));
            lines.push(format!("DTEND;VALUE=DATE:{}", after.strftime("%Y%m%d")));
            lines.push(format!("SUMMARY:{}", text(summary)));
        }
        _ => {
            lines.push(format!("DTSTART:{}", utc(e.instant(start))));
            if let Some(end) = e.end_instant().filter(|end| *end > e.instant(start)) {
                lines.push(format!("DTEND:{}", utc(end)));
            }
            lines.push(format!("SUMMARY:{}", text(summary)));
        }
    }
    if let Some(s) = page
        .meta
        .summary
        .as_deref()
        .or(page.meta.description.as_deref())
    {
        lines.push(format!("DESCRIPTION:{}", text(s)));
    }
    if let Some(place) = r.i18n.event_place(lang, e) {
        lines.push(format!("LOCATION:{}", text(&place)));
    }
    lines.push(format!("URL:{}", r.site.permalink(&page.url)));
    lines.push("END:VEVENT".into());
    for l in lines {
        push(out, &l);
    }
}

fn d_of(w: When) -> jiff::civil::Date {
    match w {
        When::Day(d) => d,
        When::At(dt) => dt.date(),
    }
}

/// `20260611T070000Z`.
fn utc(t: Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value: backslash, semicolon, comma and newline escaped (RFC 5545 §3.3.11).
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded: no line longer than 75 octets, never cutting a character; each
/// continuation starts with one space (RFC 5545 §3.1).
pub fn push(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        push(&mut out, &format!("SUMMARY:{}", "مدينة ".repeat(20)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "مدينة ".repeat(20)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
