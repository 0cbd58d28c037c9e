//! kit: what each document says, read from the site (`spec`), and where it goes on the page
//! (`layout`). A spec is plain data, cheap to gather and to hash, so an unchanged document is
//! taken from the cache without measuring a word; layout measures and places the text, then
//! the SVG templates of `brand/templates/kit/` draw it.

use serde::Serialize;
use tera::{Context, Tera};

use super::compose::{mirror, Flow, Style, TextLine};
use super::qr::{self, Qr};
use crate::brand::layout::Measurer;
use crate::brand::Brand;
use crate::content::Site;
use crate::i18n::I18n;

pub const A4: (f32, f32) = (595.2756, 841.8898);
/// 16:9, the size of a widescreen slide (13.33 × 7.5 in).
pub const SLIDE: (f32, f32) = (960.0, 540.0);
const M: f32 = 42.0;

#[derive(Debug, Clone, Serialize)]
pub struct FigureSpec {
    pub value: String,
    pub label: String,
    pub source: String,
    /// The source is quoted in another script than the document's (a French title in Arabic).
    pub source_rtl: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct AudienceSpec {
    pub key: String,
    pub title: String,
    pub summary: String,
    pub promises: Vec<String>,
    pub figures: Vec<FigureSpec>,
    pub actors: Vec<String>,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChapterSpec {
    pub title: String,
    pub summary: String,
}

/// Everything a language's documents show, gathered once per build.
#[derive(Debug, Clone, Serialize)]
pub struct Spec {
    pub lang: String,
    pub rtl: bool,
    pub site_name: String,
    pub host: String,
    pub home_url: String,
    pub positioning: String,
    pub tagline: String,
    pub audiences_title: String,
    pub audiences: Vec<AudienceSpec>,
    pub icapital_title: String,
    pub icapital_summary: String,
    pub chapters: Vec<ChapterSpec>,
    /// Directory title and number of entries: the ecosystem in numbers.
    pub counts: Vec<(String, usize)>,
    pub highlights: Vec<FigureSpec>,
    pub figures: Vec<FigureSpec>,
    /// Interface strings (`kit-*` Fluent messages) by key.
    pub labels: std::collections::BTreeMap<String, String>,
}

const LABELS: &[&str] = &[
    "kit-promises",
    "kit-proof",
    "kit-actors",
    "kit-more",
    "kit-scan",
    "kit-figures-title",
    "kit-presentation-title",
    "kit-numbers-title",
    "kit-brand-title",
    "kit-palette",
    "kit-cmyk-note",
    "kit-type",
    "kit-logo-rules",
    "kit-clear-space",
    "kit-min-size",
    "kit-do",
    "kit-dont",
    "kit-do-1",
    "kit-do-2",
    "kit-do-3",
    "kit-dont-1",
    "kit-dont-2",
    "kit-dont-3",
    "kit-source",
    "kit-manifest-title",
    "kit-zip-note",
    "site-tagline",
];

fn figure(site: &Site, id: &str, lang: &str) -> Option<FigureSpec> {
    let f = site.figures.get(id, lang, &site.config.default_language)?;
    let rtl = |l: &str| site.config.language(l).is_some_and(|l| l.dir == "rtl");
    Some(FigureSpec {
        value: f.value.to_string(),
        label: f.label.to_string(),
        source: match f.year {
            Some(y) => format!("{} ({y})", f.source),
            None => f.source.to_string(),
        },
        source_rtl: rtl(f.source_lang),
    })
}

fn strings(page: Option<&crate::content::Page>, field: &str) -> Vec<String> {
    page.and_then(|p| p.meta.extra.get(field))
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The kit's content in one language, from the pages that carry it: the home page (positioning),
/// the audience pages, the iCapitale chapters, the directories and `content/figures.toml`.
pub fn spec(site: &Site, i18n: &I18n, lang: &str) -> Spec {
    let rtl = site.config.language(lang).is_some_and(|l| l.dir == "rtl");
    let home = site.get("_index", lang);
    let title = |key: &str| {
        site.get(key, lang)
            .map(|p| p.meta.title.clone())
            .unwrap_or_default()
    };
    let audiences = site
        .children("audiences/_index", lang)
        .into_iter()
        .map(|p| AudienceSpec {
            key: p.key.clone(),
            title: p.meta.title.clone(),
            summary: p.meta.summary.clone().unwrap_or_default(),
            promises: strings(Some(p), "promises"),
            figures: strings(Some(p), "figures")
                .iter()
                .filter_map(|id| figure(site, id, lang))
                .collect(),
            actors: p
                .meta
                .refs
                .get("actors")
                .into_iter()
                .flatten()
                .filter_map(|k| site.get(k, lang))
                .map(|a| a.meta.title.clone())
                .collect(),
            url: site.permalink(&p.url),
        })
        .collect();
    let chapters = site
        .children("icapital/_index", lang)
        .into_iter()
        .map(|p| ChapterSpec {
            title: p.meta.title.clone(),
            summary: p.meta.summary.clone().unwrap_or_default(),
        })
        .collect();
    let counts = site
        .config
        .directories
        .keys()
        .map(|d| {
            let key = format!("{d}/_index");
            (title(&key), site.children(&key, lang).len())
        })
        .collect();
    let kit = site.get("kit/_index", lang);
    let highlights = strings(kit, "figures")
        .iter()
        .filter_map(|id| figure(site, id, lang))
        .collect();
    let labels = LABELS
        .iter()
        .map(|k| (k.to_string(), i18n.tr(lang, k, None)))
        .collect();
    let host = site
        .config
        .base_url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .to_string();
    Spec {
        lang: lang.to_string(),
        rtl,
        site_name: site.config.title.clone(),
        host,
        home_url: site.permalink(&format!("/{lang}/")),
        positioning: home.map(|h| h.meta.title.clone()).unwrap_or_default(),
        tagline: home
            .and_then(|h| h.meta.extra.get("tagline"))
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string(),
        audiences_title: title("audiences/_index"),
        audiences,
        icapital_title: title("icapital/_index"),
        icapital_summary: site
            .get("icapital/_index", lang)
            .and_then(|p| p.meta.summary.clone())
            .unwrap_or_default(),
        chapters,
        counts,
        highlights,
        figures: site
            .figures
            .0
            .keys()
            .filter_map(|id| figure(site, id, lang))
            .collect(),
        labels,
    }
}

impl Spec {
    fn label<'a>(&'a self, key: &'a str) -> &'a str {
        self.labels.get(key).map(String::as_str).unwrap_or(key)
    }
}

/// "Source: …" under a figure. A source in another direction than the document (a French title
/// in an Arabic sheet) goes on its own line: one line never mixes directions (STACK.md §4).
fn source(f: &mut Flow, spec: &Spec, fig: &FigureSpec, style: Style) {
    let label = spec.label("kit-source");
    if fig.source_rtl == spec.rtl {
        f.text_dir(&format!("{label} {}", fig.source), style, fig.source_rtl);
    } else {
        f.text(label, style.lines(1));
        f.text_dir(&fig.source, style, fig.source_rtl);
    }
}

/// A filled rectangle behind some text (figure tiles, swatches).
#[derive(Debug, Clone, Serialize)]
pub struct Tile {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub color: String,
}

/// What a kit template is given, besides the page size, palette and direction.
pub struct Drawn {
    pub template: &'static str,
    pub ctx: Context,
}

fn base(spec: &Spec, brand: &Brand, (w, h): (f32, f32)) -> Context {
    let mut ctx = Context::new();
    ctx.insert("width", &w);
    ctx.insert("height", &h);
    ctx.insert("bleed", &super::pdf::BLEED);
    ctx.insert("colors", &brand.colors);
    ctx.insert("rtl", &spec.rtl);
    ctx.insert("lang", &spec.lang);
    ctx.insert("site_name", &spec.site_name);
    ctx.insert("host", &spec.host);
    ctx.insert("margin", &M);
    // The emblem sits on the leading side; the brand name next to it.
    ctx.insert("logo_x", &mirror(M, 36.0, w, spec.rtl));
    ctx.insert("brand_x", &if spec.rtl { w - M - 46.0 } else { M + 46.0 });
    ctx.insert("anchor", if spec.rtl { "end" } else { "start" });
    ctx
}

fn finish(ctx: &mut Context, lines: Vec<TextLine>, tiles: Vec<Tile>) {
    ctx.insert("lines", &lines);
    ctx.insert("tiles", &tiles);
}

fn qr_at(ctx: &mut Context, url: &str, x: f32, y: f32, size: f32) {
    if let Some(Qr { modules, path }) = qr::encode(url) {
        ctx.insert("qr_path", &path);
        ctx.insert("qr_x", &x);
        ctx.insert("qr_y", &y);
        ctx.insert("qr_size", &size);
        ctx.insert("qr_scale", &(size / modules as f32));
    }
}

const H1: Style = Style::new(26.0, true, "white")
    .lines(3)
    .shrink_to(20.0)
    .leading(1.2);
const KICKER: Style = Style::new(11.0, true, "sun").lines(1);
const LEAD: Style = Style::new(17.0, true, "navy")
    .lines(3)
    .shrink_to(13.0)
    .leading(1.25);
const BODY: Style = Style::new(11.0, false, "ink").lines(8).leading(1.45);
const HEAD: Style = Style::new(13.0, true, "sea").lines(2);
const VALUE: Style = Style::new(20.0, true, "navy")
    .lines(1)
    .shrink_to(14.0)
    .leading(1.15);
const SMALL: Style = Style::new(8.5, false, "ink").lines(4).leading(1.3);
const NOTE: Style = Style::new(7.0, false, "ink").lines(3).leading(1.3);

/// Spaces inside parentheses become no-break spaces, so the wrap never splits them.
fn keep_parentheses(name: &str) -> String {
    let mut depth = 0usize;
    name.chars()
        .map(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if c == ' ' && depth > 0 {
                '\u{a0}'
            } else {
                c
            }
        })
        .collect()
}

/// The A4 one-pager for one audience: positioning, promises, proof figures with their sources,
/// key actors, and a QR code to the audience's page.
pub fn one_pager(m: &mut Measurer, spec: &Spec, brand: &Brand, a: &AudienceSpec) -> Drawn {
    let (w, h) = A4;
    let rtl = spec.rtl;
    let mut ctx = base(spec, brand, A4);
    let mut lines = Vec::new();
    let mut tiles = Vec::new();
    let header_h = 190.0;
    let mut f = Flow::new(m, M, w - 2.0 * M, 88.0, rtl);
    f.text(&spec.audiences_title, KICKER)
        .gap(6.0)
        .text(&a.title, H1);
    lines.extend(f.take());
    // Main column on the leading side, figures on the trailing side.
    let side_w = 170.0;
    let main_w = w - 2.0 * M - side_w - 24.0;
    let mut main = Flow::new(m, mirror(M, main_w, w, rtl), main_w, header_h + 12.0, rtl);
    main.text(&spec.positioning, LEAD).gap(4.0);
    main.text(&spec.tagline, BODY.lines(2)).gap(8.0);
    main.text(&a.summary, BODY).gap(14.0);
    main.text(spec.label("kit-promises"), HEAD).gap(2.0);
    for p in &a.promises {
        main.text(&format!("— {p}"), BODY.lines(4)).gap(5.0);
    }
    let main_bottom = main.y;
    lines.extend(main.take());
    let side_x = mirror(w - M - side_w, side_w, w, rtl);
    let mut side = Flow::new(m, side_x + 10.0, side_w - 20.0, header_h + 12.0, rtl);
    side.text(spec.label("kit-proof"), HEAD).gap(6.0);
    for fig in a.figures.iter().take(4) {
        let top = side.y;
        side.gap(4.0).text(&fig.value, VALUE).gap(2.0);
        side.text(&fig.label, SMALL).gap(3.0);
        source(&mut side, spec, fig, NOTE);
        side.gap(8.0);
        tiles.push(Tile {
            x: side_x,
            y: top,
            w: side_w,
            h: side.y - top,
            color: "sand".into(),
        });
        side.gap(8.0);
    }
    let side_bottom = side.y;
    lines.extend(side.take());
    let mut bottom = Flow::new(m, M, w - 2.0 * M, main_bottom.max(side_bottom) + 10.0, rtl);
    if !a.actors.is_empty() {
        bottom.text(spec.label("kit-actors"), HEAD).gap(2.0);
        // A name is never broken inside its parentheses: split over two lines, a Latin
        // "(…)" in an Arabic line would have its halves reordered by the bidi algorithm.
        let names: Vec<String> = a.actors.iter().map(|n| keep_parentheses(n)).collect();
        bottom.text(&names.join(" · "), BODY.lines(4));
    }
    lines.extend(bottom.take());
    // Footer: the QR code to the audience page and the site's address as the only contact.
    let footer_y = h - 130.0;
    let qr_size = 92.0;
    qr_at(
        &mut ctx,
        &a.url,
        mirror(M, qr_size, w, rtl),
        footer_y + 19.0,
        qr_size,
    );
    let text_w = w - 2.0 * M - qr_size - 20.0;
    let mut foot = Flow::new(
        m,
        mirror(M + qr_size + 20.0, text_w, w, rtl),
        text_w,
        footer_y + 20.0,
        rtl,
    );
    foot.text(spec.label("kit-more"), HEAD);
    foot.text_dir(&a.url, BODY.lines(2), false).gap(2.0);
    foot.text(spec.label("kit-scan"), SMALL).gap(2.0);
    foot.text(&format!("{} · {}", spec.site_name, spec.host), SMALL);
    lines.extend(foot.take());
    ctx.insert("header_h", &header_h);
    ctx.insert("footer_y", &footer_y);
    finish(&mut ctx, lines, tiles);
    Drawn {
        template: "one-pager.svg",
        ctx,
    }
}

/// The key figures, as many A4 pages as they need: two columns of tiles, each with its source.
pub fn figures_sheet(m: &mut Measurer, spec: &Spec, brand: &Brand) -> Vec<Drawn> {
    let (w, h) = A4;
    let rtl = spec.rtl;
    let header_h = 150.0;
    let col_w = (w - 2.0 * M - 16.0) / 2.0;
    let bottom = h - 60.0;
    let mut pages = Vec::new();
    let mut figures = spec.figures.iter().peekable();
    while figures.peek().is_some() {
        let mut ctx = base(spec, brand, A4);
        let mut lines = Vec::new();
        let mut tiles = Vec::new();
        let mut head = Flow::new(m, M, w - 2.0 * M, 80.0, rtl);
        head.text(&spec.site_name, KICKER).gap(4.0);
        head.text(spec.label("kit-figures-title"), H1.lines(1));
        head.text(&spec.tagline, BODY.lines(2).leading(1.3));
        for l in head.take() {
            lines.push(TextLine {
                color: if l.color == "ink" { "white" } else { l.color },
                ..l
            });
        }
        let mut ys = [header_h + 20.0, header_h + 20.0];
        while let Some(fig) = figures.peek() {
            let col = if ys[0] <= ys[1] { 0 } else { 1 };
            let x = mirror(M + col as f32 * (col_w + 16.0), col_w, w, rtl);
            let mut f = Flow::new(m, x + 10.0, col_w - 20.0, ys[col], rtl);
            f.gap(4.0).text(&fig.value, VALUE).gap(2.0);
            f.text(&fig.label, SMALL.lines(5)).gap(3.0);
            source(&mut f, spec, fig, NOTE);
            f.gap(8.0);
            if f.y > bottom && ys[col] > header_h + 20.0 {
                break;
            }
            tiles.push(Tile {
                x,
                y: ys[col],
                w: col_w,
                h: f.y - ys[col],
                color: if col == 0 { "sand" } else { "mist" }.into(),
            });
            ys[col] = f.y + 12.0;
            lines.extend(f.take());
            figures.next();
        }
        ctx.insert("header_h", &header_h);
        finish(&mut ctx, lines, tiles);
        pages.push(Drawn {
            template: "figures.svg",
            ctx,
        });
    }
    pages
}

const S_TITLE: Style = Style::new(30.0, true, "navy")
    .lines(2)
    .shrink_to(24.0)
    .leading(1.2);
const S_BODY: Style = Style::new(13.0, false, "ink").lines(3).leading(1.4);

/// The presentation, 16:9 pages: positioning, the four audiences, the iCapitale building
/// blocks, the ecosystem in numbers, and where to find out more.
pub fn presentation(m: &mut Measurer, spec: &Spec, brand: &Brand) -> Vec<Drawn> {
    let (w, _) = SLIDE;
    let rtl = spec.rtl;
    let sm = 56.0;
    let inner = w - 2.0 * sm;
    let mut slides = Vec::new();
    let slide = |template: &'static str, lines: Vec<TextLine>, tiles: Vec<Tile>| {
        let mut ctx = base(spec, brand, SLIDE);
        ctx.insert("slide_margin", &sm);
        finish(&mut ctx, lines, tiles);
        Drawn { template, ctx }
    };

    // 1. Cover: the positioning.
    let cover_h1 = Style::new(40.0, true, "white")
        .lines(3)
        .shrink_to(30.0)
        .leading(1.2);
    let mut lines = Vec::new();
    let mut c = Flow::new(m, sm, inner, 180.0, rtl);
    c.text(spec.label("kit-presentation-title"), KICKER.lines(1))
        .gap(10.0);
    c.text(&spec.positioning, cover_h1).gap(14.0);
    c.text(
        &spec.tagline,
        Style::new(18.0, false, "sun").lines(3).leading(1.35),
    );
    lines.extend(c.take());
    slides.push(slide("slide-cover.svg", lines, Vec::new()));

    // 2. The four audiences.
    let mut lines = Vec::new();
    let mut tiles = Vec::new();
    let mut t = Flow::new(m, sm, inner, 50.0, rtl);
    t.text(&spec.audiences_title, S_TITLE);
    lines.extend(t.take());
    let n = spec.audiences.len().max(1) as f32;
    let gap = 16.0;
    let col_w = (inner - gap * (n - 1.0)) / n;
    for (i, a) in spec.audiences.iter().enumerate() {
        let x = mirror(sm + i as f32 * (col_w + gap), col_w, w, rtl);
        let mut c = Flow::new(m, x + 12.0, col_w - 24.0, 150.0, rtl);
        c.text(
            &a.title,
            Style::new(17.0, true, "navy").lines(3).leading(1.2),
        );
        c.gap(8.0)
            .text(&a.summary, Style::new(13.0, false, "ink").lines(13));
        tiles.push(Tile {
            x,
            y: 135.0,
            w: col_w,
            h: 340.0,
            color: if i % 2 == 0 { "sand" } else { "mist" }.into(),
        });
        lines.extend(c.take());
    }
    slides.push(slide("slide.svg", lines, tiles));

    // 3. iCapitale: the five building blocks.
    let mut lines = Vec::new();
    let mut tiles = Vec::new();
    let mut t = Flow::new(m, sm, inner, 50.0, rtl);
    t.text(&spec.icapital_title, S_TITLE).gap(2.0);
    t.text(&spec.icapital_summary, S_BODY.lines(2));
    lines.extend(t.take());
    let top = 160.0;
    let row_h = (540.0 - top - 50.0) / spec.chapters.len().max(1) as f32;
    for (i, ch) in spec.chapters.iter().enumerate() {
        let y = top + i as f32 * row_h;
        tiles.push(Tile {
            x: mirror(sm, 40.0, w, rtl),
            y: y + 6.0,
            w: 40.0,
            h: row_h - 12.0,
            color: "sea".into(),
        });
        let mut num = Flow::new(m, mirror(sm, 40.0, w, rtl), 40.0, y + 6.0, false);
        num.text(
            &(i + 1).to_string(),
            Style::new(20.0, true, "white").lines(1),
        );
        for l in num.take() {
            lines.push(TextLine {
                x: mirror(sm, 40.0, w, rtl) + 20.0,
                anchor: "middle",
                ..l
            });
        }
        let x = mirror(sm + 56.0, inner - 56.0, w, rtl);
        let mut c = Flow::new(m, x, inner - 56.0, y, rtl);
        c.text(&ch.title, Style::new(13.0, true, "navy").lines(1));
        c.text(
            &ch.summary,
            Style::new(10.5, false, "ink").lines(2).leading(1.3),
        );
        lines.extend(c.take());
    }
    slides.push(slide("slide.svg", lines, tiles));

    // 4. The ecosystem in numbers: directory sizes, then highlighted figures.
    let mut lines = Vec::new();
    let mut tiles = Vec::new();
    let mut t = Flow::new(m, sm, inner, 50.0, rtl);
    t.text(spec.label("kit-numbers-title"), S_TITLE);
    lines.extend(t.take());
    let items: Vec<(String, String, Option<&FigureSpec>)> = spec
        .counts
        .iter()
        .map(|(title, n)| (n.to_string(), title.clone(), None))
        .chain(
            spec.highlights
                .iter()
                .map(|f| (f.value.clone(), f.label.clone(), Some(f))),
        )
        .collect();
    let per_row = 4usize;
    let cw = (inner - gap * (per_row as f32 - 1.0)) / per_row as f32;
    for (i, (value, label, fig)) in items.iter().enumerate().take(8) {
        let (row, col) = (i / per_row, i % per_row);
        let x = mirror(sm + col as f32 * (cw + gap), cw, w, rtl);
        let y = 140.0 + row as f32 * 180.0;
        tiles.push(Tile {
            x,
            y,
            w: cw,
            h: 164.0,
            color: if fig.is_some() { "sand" } else { "mist" }.into(),
        });
        let mut c = Flow::new(m, x + 12.0, cw - 24.0, y + 4.0, rtl);
        c.text(
            value,
            Style::new(30.0, true, "sea").lines(1).shrink_to(18.0),
        );
        c.gap(2.0)
            .text(label, Style::new(10.5, false, "ink").lines(5));
        if let Some(fig) = fig {
            c.gap(2.0)
                .text_dir(&fig.source, NOTE.lines(2), fig.source_rtl);
        }
        lines.extend(c.take());
    }
    slides.push(slide("slide.svg", lines, tiles));

    // 5. Where to find out more.
    let mut lines = Vec::new();
    let mut c = Flow::new(m, sm, inner - 200.0, 200.0, rtl);
    if rtl {
        c.x = sm + 200.0;
    }
    c.text(
        spec.label("kit-more"),
        Style::new(30.0, true, "white").lines(2),
    );
    c.gap(10.0).text_dir(
        &spec.home_url,
        Style::new(18.0, false, "sun").lines(2),
        false,
    );
    c.gap(6.0).text(spec.label("kit-scan"), S_BODY.lines(2));
    for l in c.take() {
        lines.push(TextLine {
            color: if l.color == "ink" { "white" } else { l.color },
            ..l
        });
    }
    let mut last = slide("slide-cover.svg", lines, Vec::new());
    qr_at(
        &mut last.ctx,
        &spec.home_url,
        mirror(w - sm - 150.0, 150.0, w, rtl),
        190.0,
        150.0,
    );
    slides.push(last);
    slides
}

/// A colour as CMYK by the naive formula, labelled as an approximation on the sheet: a print
/// shop matches it with its own profile.
pub fn cmyk([r, g, b]: [u8; 3]) -> [u8; 4] {
    let (r, g, b) = (r as f32 / 255.0, g as f32 / 255.0, b as f32 / 255.0);
    let k = 1.0 - r.max(g).max(b);
    if k >= 1.0 {
        return [0, 0, 0, 100];
    }
    let c = |x: f32| ((1.0 - x - k) / (1.0 - k) * 100.0).round() as u8;
    [c(r), c(g), c(b), (k * 100.0).round() as u8]
}

/// The brand sheet: the palette in HEX, RGB and approximate CMYK, the typefaces, and the logo's
/// clear space, minimum size, do and don't.
pub fn brand_sheet(m: &mut Measurer, spec: &Spec, brand: &Brand) -> Drawn {
    let (w, _) = A4;
    let rtl = spec.rtl;
    let mut ctx = base(spec, brand, A4);
    let mut lines = Vec::new();
    let mut tiles = Vec::new();
    let header_h = 150.0;
    let mut head = Flow::new(m, M, w - 2.0 * M, 80.0, rtl);
    head.text(&spec.site_name, KICKER).gap(4.0);
    head.text(spec.label("kit-brand-title"), H1.lines(1));
    lines.extend(head.take());

    let mut f = Flow::new(m, M, w - 2.0 * M, header_h + 10.0, rtl);
    f.text(spec.label("kit-palette"), HEAD);
    lines.extend(f.take());
    let top = f.y + 8.0;
    let cols = 4usize;
    let sw = (w - 2.0 * M - 12.0 * 3.0) / cols as f32;
    let mut y_end = top;
    for (i, (name, hex)) in brand.colors.iter().enumerate() {
        let (row, col) = (i / cols, i % cols);
        let x = mirror(M + col as f32 * (sw + 12.0), sw, w, rtl);
        let y = top + row as f32 * 112.0;
        tiles.push(Tile {
            x,
            y,
            w: sw,
            h: 44.0,
            color: name.clone(),
        });
        let rgb = crate::brand::parse_hex(hex).unwrap_or_default();
        let [c, mm, yy, k] = cmyk(rgb);
        let mut s = Flow::new(m, x, sw, y + 48.0, rtl);
        s.text(name, Style::new(9.5, true, "navy").lines(1));
        s.text_dir(&hex.to_uppercase(), SMALL.lines(1), false);
        s.text_dir(
            &format!("RGB {} {} {}", rgb[0], rgb[1], rgb[2]),
            SMALL.lines(1),
            false,
        );
        s.text_dir(&format!("CMYK* {c} {mm} {yy} {k}"), SMALL.lines(1), false);
        y_end = y_end.max(s.y);
        lines.extend(s.take());
    }
    let mut f = Flow::new(m, M, w - 2.0 * M, y_end + 6.0, rtl);
    f.text(spec.label("kit-cmyk-note"), NOTE.lines(2)).gap(16.0);
    f.text(spec.label("kit-type"), HEAD).gap(2.0);
    for (name, stack) in &brand.fonts {
        f.text_dir(&format!("{name}: {stack}"), SMALL.lines(2), false);
    }
    f.gap(16.0)
        .text(spec.label("kit-logo-rules"), HEAD)
        .gap(4.0);
    let rules_top = f.y;
    lines.extend(f.take());
    // The emblem with its clear space drawn around it, on the leading side.
    let emblem = 64.0;
    let pad = emblem / 4.0;
    ctx.insert("emblem_x", &mirror(M + pad, emblem, w, rtl));
    ctx.insert("emblem_y", &(rules_top + pad + 4.0));
    ctx.insert("emblem_size", &emblem);
    ctx.insert("clear_x", &mirror(M, emblem + 2.0 * pad, w, rtl));
    ctx.insert("clear_y", &(rules_top + 4.0));
    ctx.insert("clear_size", &(emblem + 2.0 * pad));
    let tx = M + emblem + 2.0 * pad + 20.0;
    let tw = w - M - tx;
    let mut r = Flow::new(m, mirror(tx, tw, w, rtl), tw, rules_top, rtl);
    r.text(spec.label("kit-clear-space"), SMALL.lines(3))
        .gap(4.0);
    r.text(spec.label("kit-min-size"), SMALL.lines(3)).gap(10.0);
    r.text(spec.label("kit-do"), Style::new(10.0, true, "sea").lines(1));
    for k in ["kit-do-1", "kit-do-2", "kit-do-3"] {
        r.text(&format!("+ {}", spec.label(k)), SMALL.lines(3));
    }
    r.gap(8.0).text(
        spec.label("kit-dont"),
        Style::new(10.0, true, "terracotta").lines(1),
    );
    for k in ["kit-dont-1", "kit-dont-2", "kit-dont-3"] {
        r.text(&format!("× {}", spec.label(k)), SMALL.lines(3));
    }
    lines.extend(r.take());
    ctx.insert("header_h", &header_h);
    finish(&mut ctx, lines, tiles);
    Drawn {
        template: "brand-sheet.svg",
        ctx,
    }
}

/// Renders a drawn page through its template; the error names the template.
pub fn svg(tera: &Tera, d: &Drawn) -> Result<String, String> {
    tera.render(d.template, &d.ctx)
        .map_err(|e| format!("{}: {}", d.template, crate::render::templates::chain(&e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parentheses_are_kept_on_one_line() {
        assert_eq!(
            keep_parentheses("جامعة إكس-مرسيليا (Aix-Marseille Université)"),
            "جامعة إكس-مرسيليا (Aix-Marseille\u{a0}Université)"
        );
        assert_eq!(cmyk([255, 255, 255]), [0, 0, 0, 0]);
        assert_eq!(cmyk([0, 0, 0]), [0, 0, 0, 100]);
    }
}
