//! config: reads `brand/brand.toml`, the single source of the palette and type, and gives it to
//! the stages that draw: CSS custom properties for the site, the social cards, the kit.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{line_of, Error, Result};

#[derive(Debug, Clone, Deserialize)]
pub struct Brand {
    /// Colour name to `#rrggbb`.
    pub colors: BTreeMap<String, String>,
    #[serde(default)]
    pub fonts: BTreeMap<String, String>,
    #[serde(default)]
    pub contrast: Contrast,
    /// Logo variants, clear space and minimum sizes, for the kit's usage rules.
    #[serde(default)]
    pub logo: toml::Table,
    /// Type scale in px.
    #[serde(default, rename = "type")]
    pub type_scale: toml::Table,
}

/// Text/background colour pairs the theme uses, each to be checked against WCAG AA.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Contrast {
    #[serde(default)]
    pub pairs: Vec<[String; 2]>,
}

impl Brand {
    pub fn load(root: &Path) -> Result<Brand> {
        let path = root.join("brand").join("brand.toml");
        let text = crate::files::read_text(&path)?;
        let brand: Brand = toml::from_str(&text).map_err(|e| Error::Config {
            path: path.clone(),
            line: e.span().map(|s| line_of(&text, s.start)).unwrap_or(1),
            message: e.message().to_string(),
        })?;
        for (name, value) in &brand.colors {
            let bad_name = !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if parse_hex(value).is_none() || bad_name {
                return Err(Error::Config {
                    line: crate::error::line_of_key(&text, 1, name),
                    path,
                    message: format!(
                        "colour `{name}` must be a name of letters, digits and `-` written \
                         #rrggbb, not {value:?}"
                    ),
                });
            }
        }
        // A font stack goes into the stylesheet as written: a brace, a semicolon or an unclosed
        // quote would break every rule after it, reported by the CSS parser at main.css:0.
        for (name, value) in &brand.fonts {
            let quotes_closed =
                value.matches('"').count() % 2 == 0 && value.matches('\'').count() % 2 == 0;
            let bad_name = !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if bad_name || !quotes_closed || value.contains(['{', '}', ';', '<', '>', '\\', '\n']) {
                return Err(Error::Config {
                    line: crate::error::line_of_key(&text, 1, name),
                    path,
                    message: format!(
                        "font `{name}` = {value:?} is not a font stack: write family names \
                         separated by commas, e.g. \"Marianne\", system-ui, sans-serif"
                    ),
                });
            }
        }
        Ok(brand)
    }

    /// `:root{--color-navy:#0b2a4a;...}`, prepended to the theme's stylesheet.
    pub(crate) fn css_properties(&self) -> String {
        let mut css = String::from(":root{");
        for (name, value) in &self.colors {
            css.push_str(&format!("--color-{name}:{value};"));
        }
        for (name, value) in &self.fonts {
            css.push_str(&format!("--font-{name}:{value};"));
        }
        css.push_str("}\n");
        css
    }
}

pub fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 {
        return None;
    }
    let v = u32::from_str_radix(h, 16).ok()?;
    Some([(v >> 16) as u8, (v >> 8) as u8, v as u8])
}

/// WCAG 2.1 contrast ratio of two colours.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    fn lum(c: [u8; 3]) -> f64 {
        let ch = |v: u8| {
            let s = v as f64 / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
    }
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}
