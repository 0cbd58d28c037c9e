//! i18n: an event's dates and place written in the reader's language ("11 juin 2026, 09:00 –
//! 18:00 (heure de Paris)"), shared by the pages, the social cards and the feeds. Only
//! absolute dates: "in N days" is the browser's job, from the instants (issue #19).

use fluent_bundle::FluentArgs;

use super::I18n;
use crate::content::event::{Event, When};

impl I18n {
    /// A day in the reader's language.
    pub fn day(&self, lang: &str, d: jiff::civil::Date) -> String {
        self.date(lang, d)
    }

    /// A day, with its time when it has one.
    pub fn when(&self, lang: &str, w: When) -> String {
        match w {
            When::Day(d) => self.day(lang, d),
            When::At(dt) => {
                let mut args = FluentArgs::new();
                args.set("date", self.day(lang, dt.date()));
                args.set("time", clock(dt));
                self.plain_tr(lang, "event-at", &args)
            }
        }
    }

    /// The event's time zone, named: "heure de Paris"; the IANA name when Fluent has none.
    pub fn zone(&self, lang: &str, tz: &str) -> String {
        let key = format!("tz-{}", tz.to_lowercase().replace(['/', '_'], "-"));
        if self.has(lang, &key) {
            self.tr(lang, &key, None)
        } else {
            tz.to_string()
        }
    }

    /// Start and end of an event, with its time zone when a time is given; `None` undated.
    pub(crate) fn event_dates(&self, lang: &str, e: &Event) -> Option<String> {
        let start = e.start?;
        let text = match (start, e.end) {
            (_, None) => self.when(lang, start),
            (When::At(s), Some(When::At(end))) if s.date() == end.date() => {
                let mut args = FluentArgs::new();
                args.set("start", self.when(lang, start));
                args.set("end", clock(end));
                self.plain_tr(lang, "event-range", &args)
            }
            (_, Some(end)) if Some(start) == Some(end) => self.when(lang, start),
            (_, Some(end)) => {
                let mut args = FluentArgs::new();
                args.set("start", self.when(lang, start));
                args.set("end", self.when(lang, end));
                self.plain_tr(lang, "event-range", &args)
            }
        };
        Some(self.zoned(lang, e, text, start))
    }

    /// A date of the event with its zone named when it carries a time.
    pub(crate) fn zoned(&self, lang: &str, e: &Event, text: String, w: When) -> String {
        match w {
            When::Day(_) => text,
            When::At(_) => format!("{text} ({})", self.zone(lang, &e.time_zone)),
        }
    }

    /// Where: venue, city, country; or online.
    pub(crate) fn event_place(&self, lang: &str, e: &Event) -> Option<String> {
        let country = e.country.as_ref().map(|c| {
            let key = format!("country-{c}");
            if self.has(lang, &key) {
                self.tr(lang, &key, None)
            } else {
                c.clone()
            }
        });
        let parts: Vec<String> = [e.venue.clone(), e.city.clone(), country]
            .into_iter()
            .flatten()
            .collect();
        let place = (!parts.is_empty()).then(|| parts.join(sep(lang)));
        match (place, e.online) {
            (Some(p), true) => Some(format!(
                "{p}{}{}",
                sep(lang),
                self.tr(lang, "event-online", None)
            )),
            (None, true) => Some(self.tr(lang, "event-online", None)),
            (p, false) => p,
        }
    }

    /// One line for a social card: date · city (else venue, else online).
    pub(crate) fn event_line(&self, lang: &str, e: &Event) -> Option<String> {
        let date = e.start.map(|w| match w {
            When::Day(d) => self.day(lang, d),
            When::At(dt) => self.day(lang, dt.date()),
        });
        let city = e
            .city
            .clone()
            .or_else(|| e.venue.clone())
            .or_else(|| e.online.then(|| self.tr(lang, "event-online", None)));
        let parts: Vec<String> = [date, city].into_iter().flatten().collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    fn plain_tr(&self, lang: &str, key: &str, args: &FluentArgs) -> String {
        self.tr(lang, key, Some(args))
            .replace(['\u{2068}', '\u{2069}'], "")
    }
}

/// "09:00": 24-hour clock in every language of the site.
pub fn clock(dt: jiff::civil::DateTime) -> String {
    format!("{:02}:{:02}", dt.hour(), dt.minute())
}

fn sep(lang: &str) -> &'static str {
    if lang == "ar" {
        "، "
    } else {
        ", "
    }
}
