//! content: the agenda's front matter (`content/events/`): kind, start and end in a named time
//! zone, place or online, and for a call for projects its opening and closing instants. Typed
//! once, with errors naming file, line and fix. Instants are absolute, so the browser decides
//! what is upcoming: the build never reads the clock (issue #19).

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use super::fields::Fields;
use crate::error::Diagnostic;

/// The section of the agenda.
pub(crate) const SECTION: &str = "events";
/// The vocabulary of event kinds (`site.toml`).
pub(crate) const KINDS: &str = "event-kinds";
/// The kind that makes an event a call for projects (it may have `opens`, `closes`).
pub(crate) const CALL: &str = "appel-a-projets";
/// The time zone of an event that names none.
pub(crate) const DEFAULT_TZ: &str = "Europe/Paris";

/// A day (all-day event) or a wall-clock time in the event's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(Date),
    At(DateTime),
}

/// An event, a delegation or a call for projects, as its French file describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// One value of `event-kinds`.
    pub kind: String,
    /// Absent only in a draft (the sources give no date).
    pub start: Option<When>,
    pub end: Option<When>,
    /// IANA name, checked against the bundled time zone database.
    pub time_zone: String,
    pub venue: Option<String>,
    pub city: Option<String>,
    /// ISO 3166 alpha-2 code (`FR`); its label comes from Fluent (`country-FR`).
    pub country: Option<String>,
    pub online: bool,
    /// Information or registration page, as the sources give it.
    pub link: Option<String>,
    /// Calls only.
    pub opens: Option<When>,
    pub closes: Option<When>,
    /// Calls only: who may apply (text, translated).
    pub eligible: Option<String>,
    /// When the entry was last changed (iCalendar's DTSTAMP); the start when absent.
    pub updated: Option<Date>,
}

impl Event {
    pub(crate) fn is_call(&self) -> bool {
        self.kind == CALL
    }

    pub fn tz(&self) -> TimeZone {
        TimeZone::get(&self.time_zone).unwrap_or(TimeZone::UTC)
    }

    /// The instant a `When` stands for: a day starts at midnight in the event's time zone.
    pub fn instant(&self, w: When) -> Timestamp {
        let dt = match w {
            When::Day(d) => d.to_datetime(jiff::civil::Time::midnight()),
            When::At(dt) => dt,
        };
        // Past the instants jiff can hold (9999-12-31 in Paris is after its last one): the far
        // end of time, on the side the date is, never the epoch (which would put an end before
        // its start).
        dt.to_zoned_datetime(self.tz())
            .map(|z| z.timestamp())
            .unwrap_or(if dt.year() > 0 {
                Timestamp::MAX
            } else {
                Timestamp::MIN
            })
    }

    /// `2026-06-11` for a day; the date-time with its offset otherwise.
    pub(crate) fn iso(&self, w: When) -> String {
        match w {
            When::Day(d) => d.to_string(),
            When::At(dt) => dt
                .to_zoned_datetime(self.tz())
                .map(|z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
                .unwrap_or_default(),
        }
    }

    /// The instant the event begins, if dated.
    pub(crate) fn start_instant(&self) -> Option<Timestamp> {
        self.start.map(|w| self.instant(w))
    }

    /// The instant the event is over: the end, or the end of its last day.
    pub(crate) fn end_instant(&self) -> Option<Timestamp> {
        let last = self.end.or(self.start)?;
        Some(match last {
            When::Day(d) => self.instant(When::Day(d.checked_add(1.day()).unwrap_or(d))),
            When::At(_) => self.instant(last),
        })
    }

    /// Whether every date of the event is a whole day (no time of day).
    pub(crate) fn all_day(&self) -> bool {
        matches!(self.start, Some(When::Day(_))) && !matches!(self.end, Some(When::At(_)))
    }
}

/// The event of a page of `content/events/`, or `None` with the problems found.
pub(super) fn parse(fields: &Fields, draft: bool, problems: &mut Vec<Diagnostic>) -> Option<Event> {
    let before = problems.len();
    if fields.is_translation() {
        // The shared fields are the French file's; its own page reports their problems once.
        shared_in_translation(fields, problems);
        let event = typed(fields, &mut Vec::new());
        return (problems.len() == before).then_some(event);
    }
    let event = typed(fields, problems);
    check(fields, &event, draft, problems);
    (problems.len() == before).then_some(event)
}

/// The fields typed one by one, each error at the line that sets it.
fn typed(fields: &Fields, problems: &mut Vec<Diagnostic>) -> Event {
    let time_zone = fields
        .string("time_zone", problems)
        .unwrap_or_else(|| DEFAULT_TZ.to_string());
    let tz = match TimeZone::get(&time_zone) {
        Ok(tz) => tz,
        Err(_) => {
            let (p, l) = fields.at("time_zone");
            problems.push(Diagnostic::new(
                p,
                l,
                format!("unknown time zone {time_zone:?}"),
                "use an IANA name such as \"Europe/Paris\" or \"America/Los_Angeles\", or leave time_zone out (Europe/Paris)",
            ));
            TimeZone::UTC
        }
    };
    let kind = kind(fields, problems);
    let start = when(fields, "start", &tz, problems);
    let end = when(fields, "end", &tz, problems);
    let opens = when(fields, "opens", &tz, problems);
    let closes = when(fields, "closes", &tz, problems);
    // A call runs from its opening to its closing unless told otherwise.
    let is_call = kind == CALL;
    Event {
        start: if is_call {
            start.or(opens).or(closes)
        } else {
            start
        },
        end: if is_call { end.or(closes) } else { end },
        kind,
        time_zone,
        venue: fields.string("venue", problems),
        city: fields.string("city", problems),
        country: fields.string("country", problems),
        online: fields.table.get("online").and_then(|v| v.as_bool()) == Some(true),
        link: fields.string("link", problems),
        opens,
        closes,
        eligible: fields.string("eligible", problems),
        updated: when(fields, "updated", &tz, problems).map(|w| match w {
            When::Day(d) => d,
            When::At(dt) => dt.date(),
        }),
    }
}

/// `event-kinds = ["salon"]`: exactly one value (the vocabulary check says which are allowed).
fn kind(fields: &Fields, problems: &mut Vec<Diagnostic>) -> String {
    let values: Vec<&str> = fields
        .table
        .get(KINDS)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    if values.len() != 1 {
        let (p, l) = fields.at(KINDS);
        problems.push(Diagnostic::new(
            p,
            l,
            format!("an event has one kind, found {}", values.len()),
            format!("write {KINDS} = [\"salon\"] (or delegation, rencontre, {CALL}, ...)"),
        ));
    }
    values.first().map(|s| s.to_string()).unwrap_or_default()
}

/// A date (`2026-06-11`), a local date-time (`2026-06-11T09:00:00`, in the event's time zone)
/// or a date-time with its offset (converted to the event's time zone).
fn when(fields: &Fields, k: &str, tz: &TimeZone, problems: &mut Vec<Diagnostic>) -> Option<When> {
    let v = fields.table.get(k)?;
    let text = match v {
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::String(s) => s.clone(),
        _ => String::new(),
    };
    let parsed = parse_when(&text, tz);
    if parsed.is_none() {
        let (p, l) = fields.at(k);
        problems.push(Diagnostic::new(
            p,
            l,
            format!("`{k}` is not a date or a date-time: {text:?}"),
            format!(
                "write {k} = 2026-06-11, or {k} = 2026-06-11T09:00:00 (local time in time_zone)"
            ),
        ));
    }
    parsed
}

pub(crate) fn parse_when(text: &str, tz: &TimeZone) -> Option<When> {
    let t = text.trim().replacen(' ', "T", 1);
    if t.len() == 10 {
        return t.parse::<Date>().ok().map(When::Day);
    }
    if let Ok(ts) = t.parse::<Timestamp>() {
        return Some(When::At(ts.to_zoned_datetime(tz.clone()).datetime()));
    }
    t.parse::<DateTime>().ok().map(When::At)
}

/// Fields written once, in the default language's file: every language shows the same event.
const SHARED: [&str; 13] = [
    KINDS,
    "start",
    "end",
    "time_zone",
    "country",
    "online",
    "link",
    "opens",
    "closes",
    "updated",
    "organisers",
    "partners",
    "schemes",
];

/// A translation setting a shared field: each is an error at its line.
fn shared_in_translation(fields: &Fields, problems: &mut Vec<Diagnostic>) {
    for k in SHARED.iter().filter(|k| fields.set_by_translation(k)) {
        let (p, l) = fields.at(k);
        problems.push(Diagnostic::new(
            p,
            l,
            format!("`{k}` is written once, in the French file, for every language"),
            "remove it from this translation (the French file's value applies here too)",
        ));
    }
}

/// The rules between fields: dates present and in order, call fields only on calls.
fn check(fields: &Fields, e: &Event, draft: bool, problems: &mut Vec<Diagnostic>) {
    let problem = |k: &str, message: String, fix: &str| {
        let (p, l) = fields.at(k);
        Diagnostic::new(p, l, message, fix)
    };
    if e.start.is_none() && !e.is_call() && !draft && !fields.table.contains_key("start") {
        problems.push(problem(
            "title",
            "the event has no `start`".into(),
            "add start = 2026-06-11 (or 2026-06-11T09:00:00), or set draft = true while the date is unknown",
        ));
    }
    if let (Some(s), Some(end)) = (e.start, e.end) {
        if e.instant(end) < e.instant(s) {
            problems.push(problem(
                "end",
                format!(
                    "the event ends ({}) before it starts ({})",
                    show(end),
                    show(s)
                ),
                "set end after start, or leave end out for a one-day event",
            ));
        }
    }
    if !e.is_call() {
        for k in ["opens", "closes", "eligible"] {
            if fields.table.contains_key(k) {
                problems.push(problem(
                    k,
                    format!(
                        "`{k}` is only for a call for projects, and this event is a {:?}",
                        e.kind
                    ),
                    &format!("remove {k}, or set {KINDS} = [\"{CALL}\"]"),
                ));
            }
        }
    } else if e.closes.is_none() && !draft && !fields.table.contains_key("closes") {
        problems.push(problem(
            KINDS,
            "a call for projects without a closing date (`closes`)".into(),
            "add closes = 2026-12-15T12:00:00 (local time in time_zone), or set draft = true while it is unknown",
        ));
    }
    if let (Some(o), Some(c)) = (e.opens, e.closes) {
        if e.instant(c) < e.instant(o) {
            problems.push(problem(
                "closes",
                format!(
                    "the call closes ({}) before it opens ({})",
                    show(c),
                    show(o)
                ),
                "set closes after opens",
            ));
        }
    }
    if let Some(link) = &e.link {
        if let Some(why) = super::outbound::problem(link) {
            problems.push(problem(
                "link",
                format!("`link` {why}: {link:?}"),
                "write link = \"https://...\" (the page the sources give), or leave it out",
            ));
        }
    }
    if let Some(c) = &e.country {
        if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
            problems.push(problem(
                "country",
                format!("`country` is not an ISO 3166 code: {c:?}"),
                "write country = \"FR\" (two capital letters)",
            ));
        }
    }
}

fn show(w: When) -> String {
    match w {
        When::Day(d) => d.to_string(),
        When::At(dt) => dt.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_starts_at_midnight_in_paris() {
        let tz = TimeZone::get(DEFAULT_TZ).expect("bundled");
        assert_eq!(
            parse_when("2026-06-11", &tz),
            Some(When::Day("2026-06-11".parse().expect("date")))
        );
        let utc = parse_when("2026-06-11T07:00:00Z", &tz);
        assert_eq!(
            utc,
            Some(When::At("2026-06-11T09:00:00".parse().expect("dt")))
        );
        assert_eq!(parse_when("11/06/2026", &tz), None);
    }
}
