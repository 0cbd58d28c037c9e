//! config (publisher): who publishes the site, as French law asks of a legal notice (LCEN
//! art. 6) and the GDPR of a consent notice. The legal and accessibility pages and the contact
//! forms' notice show these values; `build` warns and `check` fails while one is empty.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// The legal person publishing the site (also the controller of the contact forms' data).
    #[serde(default)]
    pub name: String,
    /// Its postal address.
    #[serde(default)]
    pub address: String,
    /// The director of publication (directeur ou directrice de la publication).
    #[serde(default)]
    pub director: String,
    /// The address visitors write to (questions, data protection rights).
    #[serde(default)]
    pub email: String,
    /// The host: name and address of the company serving the site.
    #[serde(default)]
    pub host: String,
}

impl Publisher {
    /// The settings the legal notice cannot do without, in `site.toml` order, when empty.
    pub fn missing(&self) -> Vec<&'static str> {
        [
            ("name", &self.name),
            ("address", &self.address),
            ("director", &self.director),
            ("email", &self.email),
            ("host", &self.host),
        ]
        .into_iter()
        .filter(|(_, v)| v.trim().is_empty())
        .map(|(k, _)| k)
        .collect()
    }

    /// One warning for `build` naming every empty setting.
    pub fn warning(&self) -> Option<String> {
        let missing = self.missing();
        (!missing.is_empty()).then(|| {
            format!(
                "site.toml: [publisher] {} empty: the legal notice and the contact forms' \
                 consent notice show \"to be completed\"; `check` fails until filled in",
                missing.join(", ") + if missing.len() == 1 { " is" } else { " are" }
            )
        })
    }

    /// One line per empty setting, for `check`'s report.
    pub fn problems(&self) -> Vec<String> {
        self.missing()
            .into_iter()
            .map(|k| {
                format!(
                    "site.toml: [publisher] {k} is empty: the legal notice and the contact \
                     forms' consent notice need it; fill it in before publishing"
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_what_is_empty_and_nothing_once_filled() {
        let mut p = Publisher {
            name: "One Provence".into(),
            email: " ".into(),
            ..Publisher::default()
        };
        assert_eq!(p.missing(), ["address", "director", "email", "host"]);
        p.address = "a".into();
        p.director = "d".into();
        p.email = "e@x.fr".into();
        p.host = "h".into();
        assert!(p.missing().is_empty());
    }
}
