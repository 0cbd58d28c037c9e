//! kit: the brand sheet (issue #21), in the reader's language: the palette as a table (each
//! colour named, with HEX, RGB and CMYK labelled as computed), the type scale of brand.toml
//! with its sizes drawn in the fonts the kit itself uses, the logo variants, the emblem with
//! its clear space and at its minimum size, and what to do and not to do.

use tera::Context;

use super::documents::{base, finish, Column, Drawn, Tile, A4, H1, HEAD, KICKER, M, NOTE, SMALL};
use super::spec::Spec;
use crate::config::Brand;
use crate::draw::compose::{mirror, Flow, Role, Style, TextLine};
use crate::draw::layout::{Measurer, ARABIC, LATIN};
use crate::draw::pdf::MM;

/// A colour as CMYK by the naive formula, labelled as computed on the sheet: a print shop
/// matches it with its own profile.
pub fn cmyk([r, g, b]: [u8; 3]) -> [u8; 4] {
    let (r, g, b) = (r as f32 / 255.0, g as f32 / 255.0, b as f32 / 255.0);
    let k = 1.0 - r.max(g).max(b);
    if k >= 1.0 {
        return [0, 0, 0, 100];
    }
    let c = |x: f32| ((1.0 - x - k) / (1.0 - k) * 100.0).round() as u8;
    [c(r), c(g), c(b), (k * 100.0).round() as u8]
}

/// The emblem's drawn share of its 48-unit box (35 units): sizes below are of the drawing.
const EMBLEM_INK: f32 = 35.0 / 48.0;

pub(crate) fn brand_sheet(m: &mut Measurer, spec: &Spec, brand: &Brand) -> Drawn {
    let (w, _) = A4;
    let rtl = spec.rtl;
    let mut ctx = base(spec, brand, A4);
    let mut lines = Vec::new();
    let header_h = 130.0;
    let mut head = Flow::new(m, M, w - 2.0 * M, 70.0, rtl);
    head.text(&spec.site_name, KICKER).gap(4.0);
    head.text(spec.label("kit-brand-title"), H1.lines(1));
    lines.extend(head.take());
    let palette = palette(m, spec, brand, header_h + 8.0);
    lines.extend(palette.lines);
    let mut f = Flow::new(m, M, w - 2.0 * M, palette.bottom + 2.0, rtl);
    f.text(spec.label("kit-cmyk-note"), NOTE.lines(2)).gap(10.0);
    let type_top = f.y;
    lines.extend(f.take());
    let types = type_scale(m, spec, brand, type_top);
    lines.extend(types.lines);
    let rules = logo_rules(m, spec, &mut ctx, types.bottom + 10.0);
    lines.extend(rules);
    ctx.insert("header_h", &header_h);
    finish(&mut ctx, &lines, palette.tiles);
    Drawn {
        template: "brand-sheet.svg",
        ctx,
        lines,
    }
}

/// The palette from `y`, a table of four columns: a swatch and the colour's name, then its HEX,
/// RGB and computed CMYK, one colour a row (a row header and three cells in the PDF).
fn palette(m: &mut Measurer, spec: &Spec, brand: &Brand, y: f32) -> Column {
    let (w, _) = A4;
    let rtl = spec.rtl;
    let mut lines = Vec::new();
    let mut tiles = Vec::new();
    let mut f = Flow::new(m, M, w - 2.0 * M, y, rtl);
    f.text(spec.label("kit-palette"), HEAD);
    lines.extend(f.take());
    let top = f.y + 6.0;
    let row_h = 24.0;
    let cols = [(0.0, 150.0), (160.0, 80.0), (250.0, 110.0), (370.0, 140.0)];
    let cmyk_label = spec.label("kit-cmyk-label");
    for (i, (name, hex)) in brand.colors.iter().enumerate() {
        let y = top + i as f32 * row_h;
        tiles.push(Tile {
            x: mirror(M, 18.0, w, rtl),
            y: y + 3.0,
            w: 18.0,
            h: 18.0,
            color: name.clone(),
        });
        let rgb = crate::config::brand::parse_hex(hex).unwrap_or_default();
        let [c, mm, yy, k] = cmyk(rgb);
        let cells = [
            spec.label(&format!("kit-color-{name}")).to_string(),
            hex.to_uppercase(),
            format!("RGB {} {} {}", rgb[0], rgb[1], rgb[2]),
            format!("{cmyk_label} {c} {mm} {yy} {k}"),
        ];
        for (j, ((x, cw), text)) in cols.iter().zip(cells).enumerate() {
            let (x, cw) = if j == 0 {
                (x + 26.0, cw - 26.0)
            } else {
                (*x, *cw)
            };
            let mut s = Flow::new(m, mirror(M + x, cw, w, rtl), cw, y, rtl);
            let (style, own_dir) = if j == 0 {
                (Style::new(10.0, true, "navy").lines(1).role(Role::Th), rtl)
            } else {
                (SMALL.lines(1).role(Role::Td), false)
            };
            s.text_dir(&text, style, own_dir);
            lines.extend(s.take());
        }
    }
    Column {
        lines,
        tiles,
        bottom: top + brand.colors.len() as f32 * row_h,
    }
}

/// The type scale of brand.toml (px on screen), each step drawn at half its size in points,
/// then the two typefaces the kit and the site use, named as they are embedded.
fn type_scale(m: &mut Measurer, spec: &Spec, brand: &Brand, top: f32) -> Column {
    let (w, _) = A4;
    let mut f = Flow::new(m, M, w - 2.0 * M, top, spec.rtl);
    f.text(spec.label("kit-type"), HEAD).gap(2.0);
    let mut steps: Vec<(&String, i64)> = brand
        .type_scale
        .iter()
        .filter_map(|(k, v)| Some((k, v.as_integer()?)))
        .collect();
    steps.sort_by_key(|s| std::cmp::Reverse(s.1));
    for (key, px) in steps {
        // "68 px" stays in that order inside an Arabic line: isolated left to right (LRI…PDI).
        let (open, close) = if spec.rtl {
            ("\u{2066}", "\u{2069}")
        } else {
            ("", "")
        };
        let name = spec.label(&format!("kit-type-{key}")).to_string();
        let label = format!("{name} — {open}{px} px{close}");
        let size = (px as f32 / 2.0).clamp(8.5, 30.0);
        f.text(
            &label,
            Style::new(size, key != "body", "navy")
                .lines(1)
                .role(Role::Item),
        );
    }
    f.gap(6.0);
    let fonts = format!(
        "{} {LATIN} · {} {ARABIC}",
        spec.label("kit-font-latin"),
        spec.label("kit-font-arabic")
    );
    f.text(&fonts, SMALL.lines(2));
    let bottom = f.y;
    Column {
        lines: f.take(),
        tiles: Vec::new(),
        bottom,
    }
}

/// The logo rules from `top`: the emblem with its clear space drawn around it and at its
/// minimum print size (8 mm), on the leading side; beside them the rules, do and don't.
fn logo_rules(m: &mut Measurer, spec: &Spec, ctx: &mut Context, top: f32) -> Vec<TextLine> {
    let (w, _) = A4;
    let rtl = spec.rtl;
    let mut lines = Vec::new();
    let mut h = Flow::new(m, M, w - 2.0 * M, top, rtl);
    h.text(spec.label("kit-logo-rules"), HEAD).gap(4.0);
    let top = h.y;
    lines.extend(h.take());
    let emblem = 64.0;
    let ink = emblem * EMBLEM_INK;
    let pad = ink / 4.0;
    // The emblem's box is 48 units, its drawing 35 from unit 9: the clear space is drawn around
    // the drawing, a quarter of its height on every side.
    let box_x = M + pad;
    ctx.insert(
        "emblem_x",
        &mirror(box_x - emblem * 4.0 / 48.0, emblem, w, rtl),
    );
    ctx.insert("emblem_y", &(top + pad - emblem * 9.0 / 48.0));
    ctx.insert("emblem_size", &emblem);
    let drawn_w = emblem * 40.0 / 48.0;
    ctx.insert("clear_x", &mirror(M, drawn_w + 2.0 * pad, w, rtl));
    ctx.insert("clear_y", &top);
    ctx.insert("clear_w", &(drawn_w + 2.0 * pad));
    ctx.insert("clear_h", &(ink + 2.0 * pad));
    // The minimum size: 8 mm of drawn height.
    let min = 8.0 * MM / EMBLEM_INK;
    ctx.insert("min_x", &mirror(M + pad, min, w, rtl));
    ctx.insert("min_y", &(top + ink + 2.0 * pad + 14.0));
    ctx.insert("min_size", &min);
    let tx = M + drawn_w + 2.0 * pad + 24.0;
    let tw = w - M - tx;
    let mut r = Flow::new(m, mirror(tx, tw, w, rtl), tw, top - 4.0, rtl);
    r.text(spec.label("kit-clear-space"), SMALL.lines(3))
        .gap(2.0);
    r.text(spec.label("kit-min-size"), SMALL.lines(3)).gap(6.0);
    r.text(spec.label("kit-variants"), SMALL.lines(3)).gap(6.0);
    r.text(
        spec.label("kit-do"),
        Style::new(10.0, true, "sea").lines(1).role(Role::H3),
    );
    for k in ["kit-do-1", "kit-do-2", "kit-do-3"] {
        r.text(
            &format!("+ {}", spec.label(k)),
            SMALL.lines(3).role(Role::Item),
        );
    }
    r.gap(6.0).text(
        spec.label("kit-dont"),
        Style::new(10.0, true, "terracotta").lines(1).role(Role::H3),
    );
    for k in ["kit-dont-1", "kit-dont-2", "kit-dont-3"] {
        r.text(
            &format!("× {}", spec.label(k)),
            SMALL.lines(3).role(Role::Item),
        );
    }
    let variants_y = r.y.max(top + ink + 2.0 * pad + 14.0 + min) + 16.0;
    lines.extend(r.take());
    ctx.insert("variants", &variants(spec, variants_y));
    lines
}

/// Where the logo variants go, in a row from `y`: (variant, x, y, scale, on a dark tile).
/// The drawings themselves are inlined by the builder from `brand/logos/`.
fn variants(spec: &Spec, y: f32) -> Vec<(String, f32, f32, f32, bool)> {
    let (w, _) = A4;
    let scale = 0.45;
    let mut x = M;
    let mut out = Vec::new();
    for (variant, width, dark) in [
        ("horizontal", 260.0, false),
        ("stacked", 180.0, false),
        ("mono", 260.0, false),
        ("reversed", 260.0, true),
    ] {
        let drawn = width * scale;
        out.push((
            variant.to_string(),
            mirror(x, drawn, w, spec.rtl),
            y,
            scale,
            dark,
        ));
        x += drawn + 16.0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cmyk_is_computed_from_rgb() {
        assert_eq!(cmyk([255, 255, 255]), [0, 0, 0, 0]);
        assert_eq!(cmyk([0, 0, 0]), [0, 0, 0, 100]);
    }
}
