//! content (reported): when what a story reports happened, kept apart from the story's own
//! publication date. Sources often give only a month or a year ("the 2022 roadmap"), so the
//! field takes a date, `"YYYY-MM"` or `"YYYY"`, and never makes up the missing day.

use jiff::civil::Date;

use super::fields::Fields;
use crate::error::Diagnostic;

/// A calendar date known to the day, the month or the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Reported {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Reported {
    /// `reported = 2023-10-17`, `reported = "2023-10"` or `reported = "2022"`.
    pub fn parse(value: &toml::Value) -> Result<Reported, String> {
        let text = match value {
            toml::Value::Datetime(d) => d.to_string(),
            toml::Value::String(s) => s.clone(),
            other => return Err(format!("found {}", other.type_str())),
        };
        let bad = || format!("{text:?} is not a date, a year-month or a year");
        let parts: Vec<&str> = text.split('-').collect();
        let num = |s: &str| s.parse::<u32>().ok();
        match parts.as_slice() {
            [y] if y.len() == 4 => Ok(Reported {
                year: num(y).ok_or_else(bad)? as i32,
                month: None,
                day: None,
            }),
            [y, m] if y.len() == 4 => {
                let (year, month) = (num(y).ok_or_else(bad)? as i32, num(m).ok_or_else(bad)?);
                super::day(&format!("{year}-{month}-1")).ok_or_else(bad)?;
                Ok(Reported {
                    year,
                    month: Some(month),
                    day: None,
                })
            }
            _ => {
                let d = super::day(&text).ok_or_else(bad)?;
                Ok(Reported {
                    year: d.year().into(),
                    month: Some(d.month() as u32),
                    day: Some(d.day() as u32),
                })
            }
        }
    }

    /// What a list sorts by: the first day of the span it names.
    pub(crate) fn first_day(&self) -> Date {
        let (m, d) = (self.month.unwrap_or(1), self.day.unwrap_or(1));
        super::day(&format!("{}-{m}-{d}", self.year)).unwrap_or_default()
    }

    /// The value of a `<time datetime>`: `2023-10-17`, `2023-10` or `2023`.
    pub(crate) fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

/// `reported`: a date, a year-month or a year (see `reported`).
pub(super) fn field(fields: &Fields, problems: &mut Vec<Diagnostic>) -> Option<Reported> {
    let value = fields.table.get("reported")?;
    Reported::parse(value)
        .map_err(|why| {
            let (p, l) = fields.at("reported");
            let fix = "write reported = 2023-10-17, or \"2023-10\" or \"2023\" without a day";
            problems.push(Diagnostic::new(p, l, format!("`reported`: {why}"), fix));
        })
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Reported, String> {
        let v: toml::Table = toml::from_str(&format!("r = {s}")).unwrap();
        Reported::parse(&v["r"])
    }

    #[test]
    fn takes_a_date_a_month_or_a_year_and_never_invents_the_rest() {
        assert_eq!(parse("2023-10-17").unwrap().iso(), "2023-10-17");
        assert_eq!(parse("\"2022-06\"").unwrap().iso(), "2022-06");
        let year = parse("\"2022\"").unwrap();
        assert_eq!((year.month, year.day), (None, None));
        assert_eq!(year.first_day(), Date::new(2022, 1, 1).unwrap());
        assert!(parse("\"2022-13\"").is_err());
        assert!(parse("\"juin 2022\"").is_err());
        assert!(parse("12").is_err());
    }
}
