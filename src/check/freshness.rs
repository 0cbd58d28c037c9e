//! check (freshness): what is going stale as of a given day (issue #29): key figures older than
//! `[freshness] figure_years`, targets whose due year is over, pages not reviewed for
//! `[freshness] page_years`. Warnings only: a figure grows old without anything being broken.
//! The day is given (`check --as-of`, else today in `main.rs`): the library never reads the
//! clock, so a report can be reproduced.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::content::{Page, Site};

#[derive(Debug, Serialize)]
pub struct Freshness {
    /// The day the report is made as of (`YYYY-MM-DD`).
    pub as_of: String,
    pub figure_years: i16,
    pub page_years: i16,
    /// Figures whose `year` is more than `figure_years` before `as_of`.
    pub stale_figures: Vec<String>,
    /// Targets whose `due` year is over: pages say so in the reader's browser.
    pub past_targets: Vec<String>,
    /// Pages whose `reviewed` date (else `date`) is more than `page_years` old.
    pub stale_pages: Vec<String>,
    /// Pages with neither `reviewed` nor `date`, counted per section (listing them one by one
    /// would bury the rest of the report: most directory entries are undated).
    pub unreviewed_pages: Vec<String>,
}

impl Freshness {
    pub fn is_empty(&self) -> bool {
        self.stale_figures.is_empty()
            && self.past_targets.is_empty()
            && self.stale_pages.is_empty()
            && self.unreviewed_pages.is_empty()
    }
}

pub fn report(site: &Site, as_of: Date) -> Freshness {
    let limits = &site.config.freshness;
    Freshness {
        as_of: as_of.to_string(),
        figure_years: limits.figure_years,
        page_years: limits.page_years,
        stale_figures: stale_figures(site, as_of),
        past_targets: past_targets(site, as_of),
        stale_pages: stale_pages(site, as_of),
        unreviewed_pages: unreviewed_pages(site),
    }
}

const FIGURES: &str = crate::content::figures::FILE;

fn stale_figures(site: &Site, as_of: Date) -> Vec<String> {
    let years = site.config.freshness.figure_years as i64;
    let now = as_of.year() as i64;
    site.figures
        .0
        .iter()
        .filter_map(|(id, f)| {
            let year = f.year?;
            (now - year > years).then(|| {
                format!(
                    "{FIGURES}:{}: `{id}` is of {year}, {} years before {as_of} \
                     (look for a newer figure in the sources, or say it is of {year})",
                    f.line,
                    now - year
                )
            })
        })
        .collect()
}

fn past_targets(site: &Site, as_of: Date) -> Vec<String> {
    let now = as_of.year() as i64;
    site.figures
        .0
        .iter()
        .filter_map(|(id, f)| {
            let due = f.due.filter(|&d| d < now)?;
            let set = f.set.map(|s| format!(", set in {s}")).unwrap_or_default();
            Some(format!(
                "{FIGURES}:{}: target `{id}` was due in {due}{set}: pages show it as past due \
                 (replace it with what happened, when a source says)",
                f.line
            ))
        })
        .collect()
}

/// The pages whose age counts: one per page (the default language's, whose `date` and
/// `reviewed` the translations inherit), published, and not events (the agenda says what is
/// past by itself).
fn counted(site: &Site) -> impl Iterator<Item = &Page> {
    site.pages_in(&site.config.default_language)
        .filter(|p| !p.meta.draft && p.meta.event.is_none())
}

fn stale_pages(site: &Site, as_of: Date) -> Vec<String> {
    let span = jiff::Span::new().years(site.config.freshness.page_years);
    let Ok(limit) = as_of.checked_sub(span) else {
        return Vec::new();
    };
    counted(site)
        .filter_map(|p| {
            let (key, day) = match (p.meta.reviewed, p.meta.date) {
                (Some(r), _) => ("reviewed", r),
                (None, Some(d)) => ("date", d),
                (None, None) => return None,
            };
            (day < limit).then(|| {
                let line = crate::error::line_of_key(&p.raw_front, 2, key);
                format!(
                    "{}:{line}: {} {day}, more than {} years before {as_of} \
                     (check the page, then write reviewed = {as_of})",
                    relative(site, p),
                    if key == "reviewed" {
                        "reviewed on"
                    } else {
                        "dated"
                    },
                    site.config.freshness.page_years,
                )
            })
        })
        .collect()
}

fn unreviewed_pages(site: &Site) -> Vec<String> {
    let mut per_section: BTreeMap<String, usize> = BTreeMap::new();
    for p in counted(site).filter(|p| p.meta.reviewed.is_none() && p.meta.date.is_none()) {
        // The folder of the page's file: a section's own page counts with its section.
        let section = match p.key.rsplit_once('/') {
            Some((dir, _)) => format!("content/{dir}/"),
            None => "content/".to_string(),
        };
        *per_section.entry(section).or_default() += 1;
    }
    per_section
        .into_iter()
        .map(|(section, n)| {
            format!(
                "{section}: {n} page{} never reviewed (write reviewed = YYYY-MM-DD in each once \
                 its content is checked)",
                if n == 1 { "" } else { "s" }
            )
        })
        .collect()
}

fn relative(site: &Site, p: &Page) -> String {
    p.path
        .strip_prefix(&site.config.root)
        .unwrap_or(&p.path)
        .display()
        .to_string()
}

/// `--as-of`'s day: `YYYY-MM-DD`, or an error saying how to write it.
pub fn parse_day(text: &str) -> Result<Date, String> {
    crate::content::day(text)
        .filter(|_| text.len() == 10)
        .ok_or_else(|| {
            format!(
                "--as-of {text:?} is not a calendar date: write it year-month-day, \
                 e.g. --as-of 2027-06-01"
            )
        })
}

/// The report as text: one titled list per kind, under a heading with the day.
pub fn format(f: &Freshness, s: &mut String) {
    s.push_str(&format!(
        "\nFreshness as of {} (warnings: they do not fail the check):\n",
        f.as_of
    ));
    if f.is_empty() {
        s.push_str("  nothing stale\n");
        return;
    }
    let figures = format!("Figures more than {} years old", f.figure_years);
    let pages = format!("Pages not reviewed for {} years", f.page_years);
    for (title, items) in [
        (figures.as_str(), &f.stale_figures),
        ("Targets past their due year", &f.past_targets),
        (pages.as_str(), &f.stale_pages),
        ("Pages never reviewed", &f.unreviewed_pages),
    ] {
        if !items.is_empty() {
            s.push_str(&format!("  {title} ({}):\n", items.len()));
            for i in items {
                s.push_str(&format!("    - {i}\n"));
            }
        }
    }
}
