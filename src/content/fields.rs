//! content (fields): the merged front matter of one page, read field by field: each value
//! typed, each problem at the line of the file that set the field (the page's own file, or the
//! default language's file it inherits from). Used by resolve and by the readers of special
//! fields (events, outbound links, reported figures), which so need not import resolve.

use super::frontmatter::line_of_key;
use super::load::SourceFile;
use super::SortBy;
use crate::error::Diagnostic;

/// The merged front matter of a page, and the files it was merged from.
pub(super) struct Fields<'a> {
    /// The file shown.
    pub(super) file: &'a SourceFile,
    /// The default language's file, which the others inherit from.
    pub(super) base: &'a SourceFile,
    pub(super) table: &'a toml::Table,
}

impl<'a> Fields<'a> {
    /// The file that set a field: the page's own, else the one it inherits from.
    pub(super) fn owner(&self, k: &str) -> &'a SourceFile {
        if self.file.split.table.contains_key(k) {
            self.file
        } else {
            self.base
        }
    }

    /// Whether the page's file is a translation (not the default language's own file).
    pub(super) fn is_translation(&self) -> bool {
        self.file.path != self.base.path
    }

    /// Whether a translation sets the field itself.
    pub(super) fn set_by_translation(&self, k: &str) -> bool {
        self.is_translation() && self.file.split.table.contains_key(k)
    }

    /// The file and line that set a field.
    pub(super) fn at(&self, k: &str) -> (std::path::PathBuf, usize) {
        let f = self.owner(k);
        (
            f.path.clone(),
            line_of_key(&f.split.raw, f.split.raw_line, k),
        )
    }

    /// A text field, if set; anything else than text is a problem.
    pub(super) fn string(&self, k: &str, problems: &mut Vec<Diagnostic>) -> Option<String> {
        match self.table.get(k) {
            None => None,
            Some(toml::Value::String(s)) => {
                // A control character (a NUL pasted from a PDF) cannot be shown in a page,
                // a card or a PDF: refused here, at its line, rather than deep in a drawing.
                if let Some(c) = s
                    .chars()
                    .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
                {
                    let (p, l) = self.at(k);
                    problems.push(Diagnostic::new(
                        p,
                        l,
                        format!(
                            "`{k}` holds an invisible control character (U+{:04X})",
                            c as u32
                        ),
                        "delete it: retype the text around it, or paste it again as plain text",
                    ));
                    return None;
                }
                Some(s.clone())
            }
            Some(other) => {
                let (p, l) = self.at(k);
                problems.push(Diagnostic::new(
                    p,
                    l,
                    format!("`{k}` must be text, found {}", other.type_str()),
                    format!("write {k} = \"...\""),
                ));
                None
            }
        }
    }

    /// `date`, a TOML date or a text starting year-month-day.
    pub(super) fn date(&self, problems: &mut Vec<Diagnostic>) -> Option<jiff::civil::Date> {
        self.day("date", problems)
    }

    /// A calendar day field (`date`, `reviewed`): a TOML date or a text starting
    /// year-month-day; anything else is a problem at its line.
    pub(super) fn day(&self, k: &str, problems: &mut Vec<Diagnostic>) -> Option<jiff::civil::Date> {
        self.table.get(k).and_then(|v| {
            let text = match v {
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let parsed = super::day(text.get(..10).unwrap_or(&text));
            if parsed.is_none() {
                let (p, l) = self.at(k);
                problems.push(Diagnostic::new(
                    p,
                    l,
                    format!("`{k}` is not a calendar date: {text:?}"),
                    format!("write {k} = 2023-06-15 (year-month-day)"),
                ));
            }
            parsed
        })
    }

    /// `sort_by`, the order of a section's pages: by date unless told otherwise.
    pub(super) fn sort_by(&self, problems: &mut Vec<Diagnostic>) -> SortBy {
        match self.table.get("sort_by").and_then(|v| v.as_str()) {
            None | Some("date") => SortBy::Date,
            Some("weight") => SortBy::Weight,
            Some("title") => SortBy::Title,
            Some(other) => {
                let (p, l) = self.at("sort_by");
                problems.push(Diagnostic::new(
                    p,
                    l,
                    format!("unknown sort_by {other:?}"),
                    "use one of: date, weight, title",
                ));
                SortBy::Date
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_are_read_padded_or_not_and_impossible_ones_refused() {
        use crate::content::day;
        assert_eq!(
            day("2023-06-15").map(|d| d.to_string()),
            Some("2023-06-15".into())
        );
        assert_eq!(
            day("2023-6-5").map(|d| d.to_string()),
            Some("2023-06-05".into())
        );
        for bad in [
            "2023-02-30",
            "2023-13-01",
            "2023-06",
            "x-06-15",
            "2023-06-15T10",
            "",
            "12345-1-1",
        ] {
            assert!(day(bad).is_none(), "{bad}");
        }
    }
}
