//! kit: the social cards of a language as the kit page lists them (issue #32): stories first,
//! then the key figures by theme (the order of `themes` in the kit page), each theme in the
//! numeric order of its values (`8 000` before `42 000` before `10 millions`), not as text.

use super::{png_height, KitFile, Preview, Spec};
use crate::content::Site;
use crate::files::Output;

/// The square and vertical social cards of a language (stories and key figures), listed on the
/// kit page with their own PNG as preview; the files themselves are the cards stage's.
pub(super) fn social_cards(site: &Site, spec: &Spec, cards: &[Output]) -> Vec<KitFile> {
    let prefix = format!("cards/{}/", spec.lang);
    let mut files: Vec<(Order, KitFile)> = Vec::new();
    for c in cards {
        let Some(rest) = c.path.strip_prefix(&prefix) else {
            continue;
        };
        let Some((section, name)) = rest.split_once('/') else {
            continue;
        };
        let Some((slug, format)) = name
            .strip_suffix(".png")
            .and_then(|n| n.rsplit_once('.'))
            .filter(|(_, f)| *f == "square" || *f == "vertical")
        else {
            continue;
        };
        let Some((kind, group, title, order)) = listing(site, spec, section, slug) else {
            continue;
        };
        let (width, height) = (png_width(&c.bytes), png_height(&c.bytes));
        let file = KitFile {
            path: c.path.clone(),
            lang: Some(spec.lang.clone()),
            kind,
            title,
            format: "PNG",
            variant: format.to_string(),
            size: c.bytes.len(),
            pages: 1,
            preview: (format == "square").then(|| Preview {
                path: c.path.clone(),
                width,
                height,
            }),
            group,
            video: None,
        };
        files.push((order, file));
    }
    files.sort_by(|(a, fa), (b, fb)| {
        a.cmp(b)
            .then_with(|| fa.title.cmp(&fb.title))
            .then_with(|| fa.variant.cmp(&fb.variant))
    });
    files.into_iter().map(|(_, f)| f).collect()
}

fn png_width(png: &[u8]) -> u32 {
    // IHDR: the width is the big-endian word at bytes 16..20.
    png.get(16..20)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        .unwrap_or(0)
}

/// Group position (stories 0, then the themes), then the value as a number (nanos-free: the
/// value times a thousand, so `1,5` and `1.5` compare as integers).
type Order = (usize, i64);

/// Kind, group, title and order of one card.
fn listing(
    site: &Site,
    spec: &Spec,
    section: &str,
    slug: &str,
) -> Option<(&'static str, String, String, Order)> {
    let lang = spec.lang.as_str();
    let default = site.config.default_language.as_str();
    match section {
        "stories" => {
            let title = site
                .get(&format!("stories/{slug}"), lang)
                .map(|p| p.meta.title.clone())
                .unwrap_or_else(|| slug.to_string());
            Some(("card-story", "stories".into(), title, (0, 0)))
        }
        "figures" => {
            let theme = site
                .figures
                .0
                .get(slug)
                .and_then(|f| f.theme.clone())
                .filter(|t| spec.themes.iter().any(|(k, _)| k == t))
                .unwrap_or_else(|| "other".into());
            let position = spec
                .themes
                .iter()
                .position(|(k, _)| *k == theme)
                .unwrap_or(spec.themes.len());
            let shown = site.figures.get(slug, lang, default);
            let title = shown
                .as_ref()
                .map(|f| format!("{} {}", f.value, f.label))
                .unwrap_or_else(|| slug.to_string());
            // A value without digits (« une centaine ») is ordered by its English or default
            // language's value (« about 100 »).
            let value = [lang, "en", default]
                .iter()
                .filter_map(|l| site.figures.get(slug, l, default))
                .find_map(|f| number(f.value))
                .unwrap_or(f64::MAX);
            let order = (1 + position, (value * 1000.0).min(i64::MAX as f64) as i64);
            Some(("card-figure", theme, title, order))
        }
        _ => None,
    }
}

/// The number a figure's value says, with its scale: `10 millions` is 10,000,000, `14 Md€`
/// 14,000,000,000, `42 000` and `42,000` 42,000, `près de 1,5 M€` 1,500,000, `4e` 4.
pub(crate) fn number(value: &str) -> Option<f64> {
    let chars: Vec<char> = value.chars().collect();
    let start = chars.iter().position(|c| c.is_ascii_digit())?;
    let mut digits = String::new();
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        let next3 = chars.get(i + 1..i + 4).unwrap_or(&[]);
        let group_follows = next3.len() == 3
            && next3.iter().all(char::is_ascii_digit)
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            digits.push(c);
        } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}') && group_follows {
            // A thousands separator (French spaces).
        } else if c == ',' && group_follows && !digits.contains('.') {
            // English thousands (`42,000`); a French decimal comma has one or two digits.
        } else if matches!(c, ',' | '.')
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            && !digits.contains('.')
        {
            digits.push('.');
        } else {
            break;
        }
        i += 1;
    }
    let n: f64 = digits.parse().ok()?;
    let rest: String = chars[i..].iter().collect::<String>().to_lowercase();
    Some(n * scale(rest.trim_start()))
}

/// The scale a value's words give its number.
fn scale(rest: &str) -> f64 {
    let starts = |words: &[&str]| words.iter().any(|w| rest.starts_with(w));
    if starts(&["md", "bn", "milliard", "billion", "مليار"]) {
        1e9
    } else if starts(&["million", "m€", "m ", "مليون", "ملايين"]) || rest == "m" {
        1e6
    } else if rest.contains("ألف") || starts(&["k"]) {
        1e3
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn reads_figures_as_numbers_with_their_scale() {
        let cases = [
            ("10 millions", 1e7),
            ("10 à 15", 10.0),
            ("110", 110.0),
            ("42 000", 42_000.0),
            ("42,000", 42_000.0),
            ("près de 1,5 M€", 1.5e6),
            ("nearly €1.5m", 1.5e6),
            ("14 Md€", 14e9),
            ("€14bn", 14e9),
            ("4e", 4.0),
            ("moins de 20 %", 20.0),
            ("64 membres", 64.0),
            ("42 ألف", 42_000.0),
            ("نحو 1.5 مليون يورو", 1.5e6),
            ("14 000 à 15 000", 14_000.0),
        ];
        for (text, n) in cases {
            assert_eq!(number(text), Some(n), "{text}");
        }
        assert_eq!(number("une centaine"), None);
    }
}
