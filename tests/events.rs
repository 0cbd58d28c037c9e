//! The agenda (issue #19): events typed from front matter with errors naming file, line and fix;
//! dates in the reader's language with the time zone named; iCalendar files that a strict
//! RFC 5545 reader accepts; schema.org Event JSON-LD (never for a call); and a build that never
//! reads the clock, so two builds on different days give the same bytes.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{attr, select, stderr, text, Fixture};

fn agenda() -> Fixture {
    let site = Fixture::new("agenda");
    site.build_ok();
    site
}

#[test]
fn event_pages_write_dates_in_the_readers_language_and_name_the_time_zone() {
    let site = agenda();
    let fr = site.html("fr/events/salon-futur/index.html");
    assert_eq!(
        text(&fr, ".event-facts time"),
        "11 juin 2031 à 09:00 – 13 juin 2031 à 18:00 (heure de Paris)"
    );
    assert_eq!(
        attr(&fr, ".event-facts time", "datetime").as_deref(),
        Some("2031-06-11T09:00:00+02:00")
    );
    let en = site.html("en/events/webinaire/index.html");
    // Written in UTC in the file, shown at Paris time (summer: UTC+2).
    assert_eq!(
        text(&en, ".event-facts time"),
        "1 April 2031, 16:00 – 17:00 (Paris time)"
    );
    let ar = site.html("ar/events/salon-futur/index.html");
    assert!(text(&ar, ".event-facts time").contains("بتوقيت باريس"));
    assert_eq!(attr(&ar, "html", "dir").as_deref(), Some("rtl"));
    let vegas = site.html("fr/events/delegation-vegas/index.html");
    assert_eq!(
        text(&vegas, ".event-facts time"),
        "7 janvier 2032 – 10 janvier 2032",
        "whole days carry no time zone"
    );
}

#[test]
fn calls_give_their_closing_instant_for_the_browser_and_the_absolute_date_without_it() {
    let site = agenda();
    let doc = site.html("fr/events/appel-ouvert/index.html");
    let status = select(&doc, ".call-status");
    assert_eq!(status.len(), 1);
    // 2031-03-15 12:00 in Paris (UTC+1 in March) is 11:00 UTC.
    assert_eq!(status[0].value().attr("data-closes"), Some("1931338800000"));
    assert!(text(&doc, ".call-closes").contains("15 mars 2031 à 12:00 (heure de Paris)"));
    assert_eq!(
        text(&doc, ".event-facts dd:nth-of-type(4)"),
        "Les jeunes pousses de la métropole."
    );
}

#[test]
fn the_agenda_lists_months_and_links_a_page_per_kind_sector_and_audience() {
    let site = agenda();
    let doc = site.html("fr/events/index.html");
    let months: Vec<String> = select(&doc, ".agenda-month h2")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    // Without JavaScript: newest first (the browser puts what is to come first).
    assert_eq!(
        months,
        [
            "janvier 2032",
            "juin 2031",
            "avril 2031",
            "janvier 2031",
            "février 2020"
        ]
    );
    let filters: Vec<String> = select(&doc, ".agenda-filters a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect();
    for url in [
        "/fr/event-kinds/salon/",
        "/fr/event-kinds/appel-a-projets/",
        "/fr/sectors/sante/",
        "/fr/audiences/talents/",
    ] {
        assert!(filters.iter().any(|f| f == url), "{url} in {filters:?}");
    }
    let salons = site.html("fr/event-kinds/salon/index.html");
    assert!(site
        .read("fr/event-kinds/salon/index.html")
        .contains("Salon du futur"));
    assert!(!select(&salons, "h1").is_empty());
    assert!(
        site.read("sitemap.xml")
            .contains("https://fixture.test/fr/events/salon-futur/"),
        "events are in the sitemap"
    );
    let feed = site.read("ar/events/atom.xml");
    roxmltree::Document::parse(&feed).expect("the agenda feed is XML");
    assert_eq!(feed.matches("<entry").count(), 5);
}

#[test]
fn home_and_audience_pages_ship_the_events_the_browser_chooses_from() {
    let site = agenda();
    let home = site.html("fr/index.html");
    assert_eq!(select(&home, "[data-upcoming] li[data-start]").len(), 5);
    let audience = site.html("fr/audiences/talents/index.html");
    let items = select(&audience, "[data-upcoming] li[data-start]");
    assert_eq!(items.len(), 3, "only the events for talents");
    // Static fallback: the latest three are visible, the others wait for the browser.
    let shown = select(&home, "[data-upcoming] li[data-start]:not([hidden])").len();
    assert_eq!(shown, 3);
    assert!(site.read("fr/index.html").contains("js/agenda.js"));
    assert_eq!(
        text(&home, "#upcoming-title"),
        "Agenda",
        "without JavaScript nothing says what is to come"
    );
}

#[test]
fn undated_drafts_are_not_published_and_check_names_them() {
    let site = agenda();
    assert!(!site.public().join("fr/events/sans-date").exists());
    assert!(!site.read("fr/events/agenda.ics").contains("sans-date"));
    let out = site.cli(&["check"]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("sans-date.fr.md (draft = true: an event the sources do not date"),
        "{report}"
    );
}

#[test]
fn the_shipped_delegations_wait_for_a_date_the_sources_do_not_give() {
    let site = Fixture::shipped();
    site.fill_publisher();
    let out = site.cli(&["check"]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    for slug in ["delegation-vivatech", "delegation-ces", "fidmed"] {
        assert!(
            report.contains(&format!(
                "content/events/{slug}.fr.md (draft = true: an event the sources do not date"
            )),
            "{report}"
        );
    }
    site.build_ok();
    assert!(!site.public().join("fr/events/delegation-ces").exists());
    let agenda = site.read("fr/events/index.html");
    assert!(
        agenda.contains("17 octobre 2023"),
        "the launch, dated by the seeds"
    );
}

/// A strict RFC 5545 reader: CRLF only, lines of at most 75 octets, folding with one space,
/// components balanced, the required properties present and well formed, text escaped.
fn parse_ics(ics: &str) -> Vec<BTreeMap<String, String>> {
    assert!(ics.ends_with("\r\n"), "the file ends with CRLF");
    for line in ics.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare LF or CR: {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let unfolded = ics.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0"));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let mut events = Vec::new();
    let mut current: Option<BTreeMap<String, String>> = None;
    for line in &lines[1..lines.len() - 1] {
        let (name, value) = line.split_once(':').expect("NAME:value");
        assert!(
            name.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "-;=".contains(c)),
            "property name {name:?}"
        );
        match (name, current.as_mut()) {
            ("BEGIN", None) => {
                assert_eq!(value, "VEVENT");
                current = Some(BTreeMap::new());
            }
            ("END", Some(_)) => {
                assert_eq!(value, "VEVENT");
                events.push(current.take().expect("open"));
            }
            (_, Some(props)) => {
                assert!(
                    props.insert(name.to_string(), value.to_string()).is_none(),
                    "{name} twice"
                );
            }
            (_, None) => {}
        }
    }
    assert!(current.is_none(), "a VEVENT is left open");
    for e in &events {
        for required in ["UID", "DTSTAMP"] {
            assert!(e.contains_key(required), "{required} missing in {e:?}");
        }
        assert!(is_utc(&e["DTSTAMP"]), "DTSTAMP {:?}", e["DTSTAMP"]);
        let start = e
            .iter()
            .find(|(k, _)| k.starts_with("DTSTART"))
            .expect("DTSTART");
        match start.0.as_str() {
            "DTSTART" => assert!(is_utc(start.1), "{start:?}"),
            "DTSTART;VALUE=DATE" => {
                assert!(start.1.len() == 8 && start.1.bytes().all(|b| b.is_ascii_digit()));
                let end = e.get("DTEND;VALUE=DATE").expect("a whole-day end");
                assert!(end > start.1, "DTEND after DTSTART");
            }
            other => panic!("DTSTART as {other}"),
        }
        if let Some(end) = e.get("DTEND") {
            assert!(is_utc(end) && end > start.1, "DTEND {end:?}");
        }
        for k in ["SUMMARY", "DESCRIPTION", "LOCATION"] {
            if let Some(v) = e.get(k) {
                assert_escaped(v);
            }
        }
    }
    events
}

fn is_utc(v: &str) -> bool {
    v.len() == 16
        && v.ends_with('Z')
        && v.as_bytes()[8] == b'T'
        && v[..8]
            .bytes()
            .chain(v[9..15].bytes())
            .all(|b| b.is_ascii_digit())
}

/// Commas and semicolons come escaped; a backslash only escapes `\ ; , n N`.
fn assert_escaped(v: &str) {
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => assert!(
                matches!(chars.next(), Some('\\' | ';' | ',' | 'n' | 'N')),
                "bad escape in {v:?}"
            ),
            ',' | ';' => panic!("unescaped {c:?} in {v:?}"),
            _ => {}
        }
    }
}

#[test]
fn every_ics_file_reads_strictly_with_stable_uids_and_dates_from_the_content() {
    let site = agenda();
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(site.public()) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "ics") {
            files.push(entry.path().to_path_buf());
        }
    }
    // One per dated event and language, plus one agenda per language.
    assert_eq!(files.len(), 5 * 3 + 3, "{files:?}");
    for f in &files {
        let events = parse_ics(&std::fs::read_to_string(f).unwrap());
        assert!(!events.is_empty(), "{}", f.display());
    }
    let fr = parse_ics(&site.read("fr/events/agenda.ics"));
    let uids: Vec<&str> = fr.iter().map(|e| e["UID"].as_str()).collect();
    assert!(uids.contains(&"salon-futur.fr@oneprovence"), "{uids:?}");
    let salon = fr
        .iter()
        .find(|e| e["UID"] == "salon-futur.fr@oneprovence")
        .unwrap();
    assert_eq!(salon["DTSTART"], "20310611T070000Z");
    assert_eq!(salon["DTEND"], "20310613T160000Z");
    assert_eq!(salon["DTSTAMP"], "20310611T070000Z", "from the content");
    let vegas = fr
        .iter()
        .find(|e| e["UID"].starts_with("delegation-vegas"))
        .unwrap();
    assert_eq!(vegas["DTSTART;VALUE=DATE"], "20320107");
    assert_eq!(
        vegas["DTEND;VALUE=DATE"], "20320111",
        "the day after the last"
    );
    let call = fr
        .iter()
        .find(|e| e["UID"].starts_with("appel-ouvert"))
        .unwrap();
    assert_eq!(
        call["DTSTART"], "20310315T110000Z",
        "a call is its deadline"
    );
    let page = site.html("ar/events/salon-futur/index.html");
    assert_eq!(
        attr(&page, ".event-actions a[type='text/calendar']", "href").as_deref(),
        Some("/ar/events/salon-futur/salon-futur.ics")
    );
}

fn json_ld(site: &Fixture, rel: &str) -> Vec<serde_json::Value> {
    let doc = site.html(rel);
    let script = select(&doc, "script[type='application/ld+json']");
    let value: serde_json::Value =
        serde_json::from_str(&script[0].text().collect::<String>()).expect("JSON-LD parses");
    value["@graph"].as_array().cloned().unwrap_or_default()
}

#[test]
fn event_pages_carry_schema_org_events_and_calls_do_not() {
    let site = agenda();
    let graph = json_ld(&site, "en/events/salon-futur/index.html");
    let event = graph
        .iter()
        .find(|v| v["@type"] == "Event")
        .expect("an Event");
    assert_eq!(event["name"], "Show of the future");
    assert_eq!(event["startDate"], "2031-06-11T09:00:00+02:00");
    assert_eq!(event["endDate"], "2031-06-13T18:00:00+02:00");
    assert_eq!(event["location"]["@type"], "Place");
    assert_eq!(event["location"]["address"]["addressLocality"], "Marseille");
    assert_eq!(event["location"]["address"]["addressCountry"], "FR");
    assert_eq!(event["organizer"][0]["name"], "incubo (en)");
    assert_eq!(event["eventStatus"], "https://schema.org/EventScheduled");
    assert_eq!(
        event["eventAttendanceMode"],
        "https://schema.org/OfflineEventAttendanceMode"
    );
    assert!(event["description"]
        .as_str()
        .unwrap()
        .starts_with("Three days"));
    let online = json_ld(&site, "fr/events/webinaire/index.html");
    let online = online.iter().find(|v| v["@type"] == "Event").unwrap();
    assert_eq!(online["location"]["@type"], "VirtualLocation");
    let call = json_ld(&site, "fr/events/appel-ouvert/index.html");
    assert!(
        call.iter().all(|v| v["@type"] != "Event"),
        "a call for projects is not an Event: {call:?}"
    );
}

fn error_of(site: &Fixture, file: &str, from: &str, to: &str) -> String {
    site.edit(file, from, to);
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(1), "a content error exits 1");
    stderr(&out)
}

#[test]
fn an_end_before_the_start_names_the_file_line_and_fix() {
    let site = Fixture::new("agenda");
    let f = "content/events/salon-futur.fr.md";
    let err = error_of(&site, f, "end = 2031-06-13T18:00:00", "end = 2031-06-10");
    assert!(
        err.contains(&format!(
            "{f}:6: the event ends (2031-06-10) before it starts"
        )),
        "{err}"
    );
    assert!(err.contains("set end after start"), "{err}");
    assert_eq!(
        err.matches("before it starts").count(),
        1,
        "once, not per language: {err}"
    );
}

#[test]
fn an_unknown_time_zone_names_the_file_line_and_fix() {
    let site = Fixture::new("agenda");
    let f = "content/events/delegation-vegas.fr.md";
    let err = error_of(&site, f, "America/Los_Angeles", "America/Las_Vegas");
    assert!(
        err.contains(&format!("{f}:9: unknown time zone \"America/Las_Vegas\"")),
        "{err}"
    );
    assert!(err.contains("IANA name"), "{err}");
}

#[test]
fn a_deadline_on_something_that_is_not_a_call_is_an_error() {
    let site = Fixture::new("agenda");
    let f = "content/events/rencontre-passee.fr.md";
    let err = error_of(
        &site,
        f,
        "start = 2020-02-02",
        "start = 2020-02-02\ncloses = 2020-01-15",
    );
    assert!(
        err.contains(&format!("{f}:6: `closes` is only for a call for projects")),
        "{err}"
    );
    assert!(err.contains("appel-a-projets"), "{err}");
}

#[test]
fn a_call_without_a_closing_date_is_an_error() {
    let site = Fixture::new("agenda");
    let f = "content/events/appel-ouvert.fr.md";
    let err = error_of(&site, f, "closes = 2031-03-15T12:00:00\n", "");
    assert!(
        err.contains(&format!(
            "{f}:4: a call for projects without a closing date"
        )),
        "{err}"
    );
    assert!(err.contains("add closes = "), "{err}");
}

#[test]
fn a_translation_does_not_move_the_event() {
    let site = Fixture::new("agenda");
    let f = "content/events/salon-futur.en.md";
    let err = error_of(&site, f, "summary =", "start = 2031-07-01\nsummary =");
    assert!(
        err.contains(&format!(
            "{f}:3: `start` is written once, in the French file"
        )),
        "{err}"
    );
}

#[test]
fn an_undated_event_must_be_a_draft() {
    let site = Fixture::new("agenda");
    let f = "content/events/sans-date.fr.md";
    let err = error_of(&site, f, "draft = true\n", "");
    assert!(
        err.contains(&format!("{f}:2: the event has no `start`")),
        "{err}"
    );
}

/// Every file of a folder, by relative path.
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap().display().to_string();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn two_builds_on_different_days_give_the_same_bytes() {
    let site = Fixture::new("agenda");
    let faketime = Path::new("/usr/bin/faketime").exists();
    let build = |day: &str, out: &str| {
        let bin = env!("CARGO_BIN_EXE_oneprovence");
        let mut cmd = if faketime {
            let mut c = std::process::Command::new("faketime");
            c.args([day, bin]);
            c
        } else {
            std::process::Command::new(bin)
        };
        let status = cmd
            .args(["build", "--clean", "--out", out])
            .env(
                "SOURCE_DATE_EPOCH",
                if day.starts_with("2031") {
                    "1930000000"
                } else {
                    "1"
                },
            )
            .current_dir(site.root())
            .status()
            .unwrap();
        assert!(status.success());
        tree(&site.root().join(out))
    };
    // Before the call closes, and weeks after it.
    let before = build("2031-03-01 12:00:00", "before");
    let after = build("2031-04-20 08:00:00", "after");
    assert!(before.len() > 100);
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &before {
        assert!(after[path] == *bytes, "{path} differs between the two days");
    }
}
