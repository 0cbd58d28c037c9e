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
            if parse_hex(value).is_none() {
                return Err(Error::Config {
                    line: crate::error::line_of_key(&text, 1, name),
                    path,
                    message: format!("colour `{name}` must be written #rrggbb, not {value:?}"),
                });
            }
        }
        Ok(brand)
    }

    /// `:root{--color-navy:#0b2a4a;...}`, prepended to the theme's stylesheet.
    pub fn css_properties(&self) -> String {
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
