//! i18n: UI strings and vocabulary labels from `i18n/<lang>.ftl` through Fluent, with CLDR
//! plural categories from ICU (fluent-bundle's own Arabic rules are wrong past 100, see
//! STACK.md §7) and dates written per locale. Shared read-only by the render stage.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Mutex, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_plurals::{PluralCategory, PluralRules, PluralRulesOptions};
use jiff::civil::Date;

use crate::config::Config;
use crate::content::figures::FigureView;
use crate::error::{line_of_error, Error, Result};

mod when;
pub use when::clock;

pub struct I18n {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    keys: BTreeMap<String, BTreeSet<String>>,
    default: String,
    /// (language, key) asked for but absent: reported as warnings by `build`.
    missing: Mutex<BTreeSet<(String, String)>>,
    /// Every key asked for, in any language: `check` reports the others as unused.
    asked: RwLock<BTreeSet<String>>,
    /// Messages without arguments and dates, as formatted the first time: every page asks for
    /// the same labels, and Fluent formats a pattern anew each time.
    plain: RwLock<HashMap<String, HashMap<String, String>>>,
    dates: RwLock<HashMap<String, HashMap<Date, String>>>,
}

/// `map[lang][key]`, computed by `make` once.
fn cached<K, Q>(
    map: &RwLock<HashMap<String, HashMap<K, String>>>,
    lang: &str,
    key: &Q,
    make: impl FnOnce() -> String,
) -> String
where
    K: std::borrow::Borrow<Q> + std::hash::Hash + Eq,
    Q: std::hash::Hash + Eq + ToOwned<Owned = K> + ?Sized,
{
    if let Some(s) = map
        .read()
        .ok()
        .and_then(|m| m.get(lang).and_then(|l| l.get(key)).cloned())
    {
        return s;
    }
    let s = make();
    if let Ok(mut m) = map.write() {
        m.entry(lang.to_string())
            .or_default()
            .insert(key.to_owned(), s.clone());
    }
    s
}

impl I18n {
    pub fn load(config: &Config) -> Result<I18n> {
        let mut bundles = BTreeMap::new();
        let mut keys = BTreeMap::new();
        for lang in config.codes() {
            let path = config.root.join("i18n").join(format!("{lang}.ftl"));
            let text = crate::files::read_text(&path)?;
            // The Fluent parser and resolver recurse per `{`: thousands crash the process.
            if let Some(at) = crate::files::too_deep(&text, b"{", b"}", 32) {
                return Err(Error::Config {
                    path: path.clone(),
                    line: crate::error::line_of(&text, at),
                    message: "placeables nested more than 32 deep; \
                              close the braces or split the message"
                        .into(),
                });
            }
            let resource = FluentResource::try_new(text.clone()).map_err(|(_, errs)| {
                let first = &errs[0];
                Error::Config {
                    path: path.clone(),
                    line: line_of_error(&text, first.pos.start),
                    message: format!("Fluent syntax error: {}", first.kind),
                }
            })?;
            let ids: BTreeSet<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            let langid: unic_langid::LanguageIdentifier =
                lang.parse().map_err(|_| Error::Config {
                    path: config.root.join("site.toml"),
                    line: 1,
                    message: format!("`{lang}` is not a language tag"),
                })?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let plural_lang = lang.to_string();
            bundle
                .add_function("PLURAL", move |positional, _named| {
                    plural_category(&plural_lang, positional.first())
                })
                .expect("PLURAL is registered once per bundle");
            bundle
                .add_resource(resource)
                .map_err(|errs| Error::Config {
                    path: path.clone(),
                    line: 1,
                    message: format!("duplicate Fluent message: {errs:?}"),
                })?;
            bundles.insert(lang.to_string(), bundle);
            keys.insert(lang.to_string(), ids);
        }
        Ok(I18n {
            bundles,
            keys,
            default: config.default_language.clone(),
            missing: Mutex::new(BTreeSet::new()),
            asked: RwLock::new(BTreeSet::new()),
            plain: RwLock::default(),
            dates: RwLock::default(),
        })
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.keys.get(lang).is_some_and(|k| k.contains(key))
    }

    pub fn keys(&self, lang: &str) -> BTreeSet<String> {
        self.keys.get(lang).cloned().unwrap_or_default()
    }

    /// The message `key` in `lang`; falls back to the default language (recorded as missing),
    /// then to the key itself so a page never breaks on a string.
    pub(crate) fn tr(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        if args.is_none() {
            return cached(&self.plain, lang, key, || self.tr_uncached(lang, key, None));
        }
        self.tr_uncached(lang, key, args)
    }

    /// What printed matter says of a key figure's target (issue #29): when it was set and, if
    /// known, for when; `None` for a figure that is no target. Cards and PDFs are drawn once, so
    /// they never say whether the due year is over (pages do, in the browser).
    pub(crate) fn target(&self, lang: &str, fig: &FigureView) -> Option<String> {
        let mut args = FluentArgs::new();
        args.set("set", FluentValue::from(fig.set?));
        let kind = if fig.forecast { "forecast" } else { "target" };
        let key = match fig.due {
            Some(due) => {
                args.set("due", FluentValue::from(due));
                format!("figure-{kind}-set-due")
            }
            None => format!("figure-{kind}-set"),
        };
        // Years only: they read the same way in any direction, without isolation marks.
        Some(
            self.tr(lang, &key, Some(&args))
                .replace(['\u{2068}', '\u{2069}'], ""),
        )
    }

    fn tr_uncached(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        // Read-locked first: pages ask for the same few keys thousands of times, in parallel.
        let known = self.asked.read().is_ok_and(|a| a.contains(key));
        if !known {
            if let Ok(mut a) = self.asked.write() {
                a.insert(key.to_string());
            }
        }
        if let Some(s) = self.format(lang, key, args) {
            return s;
        }
        self.missing
            .lock()
            .expect("no panic while holding the lock")
            .insert((lang.to_string(), key.to_string()));
        self.format(&self.default, key, args)
            .unwrap_or_else(|| key.to_string())
    }

    fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let s = bundle.format_pattern(pattern, args, &mut errors);
        Some(s.into_owned())
    }

    pub fn count(&self, lang: &str, key: &str, n: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", n);
        self.tr(lang, key, Some(&args))
    }

    /// "15 juin 2023", "15 June 2023", "15 يونيو 2023": order and month names from Fluent.
    pub fn date(&self, lang: &str, date: Date) -> String {
        cached(&self.dates, lang, &date, || self.date_uncached(lang, date))
    }

    fn date_uncached(&self, lang: &str, date: Date) -> String {
        let mut args = FluentArgs::new();
        args.set("day", date.day() as i64);
        args.set(
            "month",
            self.tr(lang, &format!("month-{}", date.month()), None),
        );
        args.set("year", date.year() as i64);
        // Without the isolation marks: an isolate holding only isolates takes the direction
        // of its surroundings wrongly (FSI skips nested isolates), so "4 سبتمبر 2026" read
        // backwards once placed in another message.
        self.tr(lang, "date-long", Some(&args))
            .replace(['\u{2068}', '\u{2069}'], "")
    }

    /// A date known to the day, the month ("juin 2022", message `date-month`) or the year.
    pub fn reported(&self, lang: &str, r: &crate::content::reported::Reported) -> String {
        match (r.month, r.day) {
            (Some(_), Some(_)) => self.date(lang, r.first_day()),
            (Some(m), None) => {
                let mut args = FluentArgs::new();
                args.set("month", self.tr(lang, &format!("month-{m}"), None));
                args.set("year", r.year as i64);
                self.tr(lang, "date-month", Some(&args))
                    .replace(['\u{2068}', '\u{2069}'], "")
            }
            _ => r.year.to_string(),
        }
    }

    pub(crate) fn asked(&self) -> BTreeSet<String> {
        self.asked.read().map(|a| a.clone()).unwrap_or_default()
    }

    pub fn missing(&self) -> Vec<(String, String)> {
        self.missing
            .lock()
            .expect("no panic while holding the lock")
            .iter()
            .cloned()
            .collect()
    }
}

/// CLDR cardinal category of a number in a language, as Fluent selector text.
pub(crate) fn plural_category<'a>(lang: &str, value: Option<&FluentValue<'a>>) -> FluentValue<'a> {
    let n = match value {
        Some(FluentValue::Number(n)) => n.value,
        Some(FluentValue::String(s)) => s.parse::<f64>().unwrap_or(f64::NAN),
        _ => f64::NAN,
    };
    FluentValue::String(category_name(lang, n).into())
}

pub(crate) fn category_name(lang: &str, n: f64) -> &'static str {
    if !n.is_finite() || n.fract() != 0.0 {
        return "other";
    }
    let Ok(locale) = icu_locale_core::Locale::try_from_str(lang) else {
        return "other";
    };
    let Ok(rules) = PluralRules::try_new((&locale).into(), PluralRulesOptions::default()) else {
        return "other";
    };
    match rules.category_for(n.abs() as u64) {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::category_name;

    #[test]
    fn arabic_plural_categories_follow_cldr_past_one_hundred() {
        let cases = [
            (0, "zero"),
            (1, "one"),
            (2, "two"),
            (3, "few"),
            (10, "few"),
            (11, "many"),
            (99, "many"),
            (100, "other"),
            (101, "other"),
            (102, "other"),
            (103, "few"),
            (111, "many"),
            (1003, "few"),
            (1011, "many"),
            (1100, "other"),
        ];
        for (n, want) in cases {
            assert_eq!(category_name("ar", n as f64), want, "ar {n}");
        }
    }

    #[test]
    fn french_treats_zero_and_one_as_singular() {
        assert_eq!(category_name("fr", 0.0), "one");
        assert_eq!(category_name("fr", 1.0), "one");
        assert_eq!(category_name("fr", 2.0), "other");
        assert_eq!(category_name("en", 0.0), "other");
    }
}
