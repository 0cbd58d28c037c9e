//! kit: the presentation as an editable deck (PPTX, issue #32). It takes the slides `slides`
//! laid out for the PDF (the same lines at the same places, the same tiles and QR codes) and
//! writes each paragraph as a real text box: titles as the slide's title placeholder, figures
//! with their source and year, Arabic paragraphs right to left (`rtl="1"`, `algn="r"`). Colours
//! are the theme's (the brand's, by name), faces the theme's (brand.toml's `[fonts]`), so a
//! partner who edits the deck stays on the brand. `pptx` writes the package around the slides.

use resvg::usvg;
use serde_json::Value;

use super::documents::{Drawn, SLIDE};
use super::pptx::{self, emu, escape, SlidePart, Theme, TREE_START};
use super::Spec;
use crate::config::Brand;
use crate::draw::compose::{Role, TextLine};
use crate::draw::pdf;

/// Where the brand's colours go in the theme's scheme (the slide refers to the slot, so a
/// colour changed in the theme changes the deck).
const SLOTS: [(&str, &str, &str); 12] = [
    ("dk1", "tx1", "ink"),
    ("lt1", "bg1", "white"),
    ("dk2", "tx2", "navy"),
    ("lt2", "bg2", "sand"),
    ("accent1", "accent1", "sea"),
    ("accent2", "accent2", "sun"),
    ("accent3", "accent3", "terracotta"),
    ("accent4", "accent4", "mist"),
    ("accent5", "accent5", "navy"),
    ("accent6", "accent6", "ink"),
    ("hlink", "hlink", "sea"),
    ("folHlink", "folHlink", "terracotta"),
];

/// A colour of the brand as the slide writes it: its scheme slot when it has one.
fn color(name: &str, brand: &Brand) -> String {
    match SLOTS.iter().find(|(_, _, n)| *n == name) {
        Some((_, slot, _)) => format!("<a:schemeClr val=\"{slot}\"/>"),
        None => format!("<a:srgbClr val=\"{}\"/>", hex(brand, name)),
    }
}

fn hex(brand: &Brand, name: &str) -> String {
    brand
        .colors
        .get(name)
        .map(|c| c.trim_start_matches('#').to_uppercase())
        .unwrap_or_else(|| "000000".into())
}

/// The first family of a CSS font list of brand.toml (`"Noto Sans", system-ui` → `Noto Sans`).
fn first_family(list: Option<&String>, fallback: &'static str) -> String {
    list.and_then(|l| l.split(',').next())
        .map(|f| f.trim().trim_matches(['"', '\'']).to_string())
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| fallback.to_string())
}

/// The deck in one language, from the slides drawn for its PDF.
pub(crate) fn deck(
    slides: &[Drawn],
    spec: &Spec,
    brand: &Brand,
    emblem: &str,
    title: &str,
) -> Result<Vec<u8>, String> {
    let latin = first_family(brand.fonts.get("latin"), crate::draw::layout::LATIN);
    let arabic = first_family(brand.fonts.get("arabic"), crate::draw::layout::ARABIC);
    let theme = Theme {
        name: &spec.site_name,
        slots: SLOTS
            .iter()
            .map(|(slot, _, name)| (*slot, hex(brand, name)))
            .collect(),
        named: brand
            .colors
            .keys()
            .map(|k| (k.clone(), hex(brand, k)))
            .collect(),
        latin: &latin,
        arabic: &arabic,
    };
    let parts = slides
        .iter()
        .map(|d| SlideWriter::new(spec, brand).slide(d, emblem))
        .collect::<Result<Vec<_>, String>>()?;
    let meta = pptx::Meta {
        title,
        lang: &spec.lang,
    };
    pptx::package(parts, &theme, &meta).map_err(|e| e.to_string())
}

/// Writes one slide's shapes, numbering them.
struct SlideWriter<'a> {
    spec: &'a Spec,
    brand: &'a Brand,
    shapes: String,
    next_id: u32,
    pictures: Vec<Vec<u8>>,
    /// The slide's title placeholder is taken (the first heading).
    titled: bool,
}

/// A number from a template context (tile and QR positions).
fn num(v: &Value, key: &str) -> f32 {
    v.get(key).and_then(Value::as_f64).unwrap_or(0.0) as f32
}

impl<'a> SlideWriter<'a> {
    fn new(spec: &'a Spec, brand: &'a Brand) -> Self {
        SlideWriter {
            spec,
            brand,
            shapes: String::new(),
            next_id: 2,
            pictures: Vec::new(),
            titled: false,
        }
    }

    fn id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id - 1
    }

    fn slide(mut self, d: &Drawn, emblem: &str) -> Result<SlidePart, String> {
        let cover = d.template == "slide-cover.svg";
        let tiles: Vec<Value> = d
            .ctx
            .get("tiles")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        self.chrome(cover, emblem)?;
        for t in &tiles {
            let color = t.get("color").and_then(Value::as_str).unwrap_or("mist");
            let (x, y, w, h) = (num(t, "x"), num(t, "y"), num(t, "w"), num(t, "h"));
            self.rect("Tile", (x, y, w, h), color, None);
        }
        if let (Some(url), Some(x)) = (
            d.ctx.get("qr_url").and_then(Value::as_str),
            d.ctx.get("qr_x"),
        ) {
            let c = &d.ctx;
            let get = |k: &str| c.get(k).and_then(Value::as_f64).unwrap_or(0.0) as f32;
            let (x, y, size) = (
                x.as_f64().unwrap_or(0.0) as f32,
                get("qr_y"),
                get("qr_size"),
            );
            let png = self.qr_png(url)?;
            let alt = format!("QR code: {url}");
            self.picture(png, (x - 6.0, y - 6.0, size + 12.0, size + 12.0), &alt);
        }
        for para in paragraphs(&d.lines) {
            self.text_box(para, &tiles);
        }
        let bg = if cover {
            format!(
                "<p:bg><p:bgPr><a:solidFill>{}</a:solidFill><a:effectLst/></p:bgPr></p:bg>",
                color("navy", self.brand)
            )
        } else {
            String::new()
        };
        Ok(SlidePart {
            xml: format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:sld {}><p:cSld>{bg}<p:spTree>{TREE_START}{}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>",
                pptx::NS,
                self.shapes
            ),
            pictures: self.pictures,
        })
    }

    /// What the slide's SVG template draws around the text (`brand/templates/kit/slide*.svg`):
    /// bands, the emblem, the brand name and address. Keep the two in step.
    fn chrome(&mut self, cover: bool, emblem: &str) -> Result<(), String> {
        let (w, h) = SLIDE;
        let (rtl, sm) = (self.spec.rtl, 56.0);
        let spec = self.spec;
        if cover {
            let cx = if rtl { 60.0 } else { w - 60.0 };
            self.rect(
                "Circle",
                (cx - 210.0, h - 290.0, 420.0, 420.0),
                "sea",
                Some(35),
            );
            self.rect("Band", (0.0, h - 14.0, w, 14.0), "sun", None);
            let mark = emblem_png(emblem, &hex(self.brand, "navy"), &hex(self.brand, "white"))?;
            let lx = if rtl { w - 42.0 - 36.0 } else { 42.0 };
            self.picture(mark, (lx, 44.0, 40.0, 40.0), &spec.site_name);
            let label = Label {
                size: 18.0,
                bold: true,
                color: "white",
            };
            self.label(&spec.site_name, (sm + 52.0, 72.0), label);
            let host = Label {
                size: 13.0,
                bold: false,
                color: "white",
            };
            self.label(&spec.host, (sm, h - 36.0), host);
        } else {
            self.rect("Band", (0.0, 0.0, w, 8.0), "navy", None);
            self.rect("Band", (0.0, h - 8.0, w, 8.0), "sun", None);
            let mark = emblem_png(emblem, "", "")?;
            let ex = if rtl { w - sm - 24.0 } else { sm };
            self.picture(mark, (ex, h - 44.0, 24.0, 24.0), &spec.site_name);
            let text = format!("{} · {}", spec.site_name, spec.host);
            let foot = Label {
                size: 12.0,
                bold: false,
                color: "ink",
            };
            // On the trailing side: the mirror of the cover's leading labels.
            self.footer(&text, h - 26.0, foot);
        }
        Ok(())
    }

    fn rect(
        &mut self,
        name: &str,
        (x, y, w, h): (f32, f32, f32, f32),
        fill: &str,
        alpha: Option<u32>,
    ) {
        let id = self.id();
        let geom = if name == "Circle" { "ellipse" } else { "rect" };
        let mut c = color(fill, self.brand);
        if let Some(a) = alpha {
            c = c.replace(
                "/>",
                &format!("><a:alpha val=\"{}\"/></a:schemeClr>", a * 1000),
            );
        }
        self.shapes.push_str(&format!(
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name} {id}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst=\"{geom}\"><a:avLst/></a:prstGeom><a:solidFill>{c}</a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>",
            xfrm(x, y, w, h)
        ));
    }

    fn picture(&mut self, png: Vec<u8>, (x, y, w, h): (f32, f32, f32, f32), alt: &str) {
        let id = self.id();
        self.pictures.push(png);
        let rid = self.pictures.len() + 1;
        self.shapes.push_str(&format!(
            "<p:pic><p:nvPicPr><p:cNvPr id=\"{id}\" name=\"Picture {id}\" descr=\"{}\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed=\"rId{rid}\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>",
            escape(alt),
            xfrm(x, y, w, h)
        ));
    }

    /// A one-line label of the template at a baseline, on the slide's leading side.
    fn label(&mut self, text: &str, (x, baseline): (f32, f32), l: Label) {
        let (w, rtl) = (SLIDE.0, self.spec.rtl);
        let width = 420.0;
        let left = if rtl { w - x - width } else { x };
        self.simple_box(
            text,
            (left, baseline, width),
            l,
            if rtl { "r" } else { "l" },
        );
    }

    fn footer(&mut self, text: &str, baseline: f32, l: Label) {
        let (w, rtl) = (SLIDE.0, self.spec.rtl);
        let width = 420.0;
        let left = if rtl { 56.0 } else { w - 56.0 - width };
        self.simple_box(
            text,
            (left, baseline, width),
            l,
            if rtl { "l" } else { "r" },
        );
    }

    fn simple_box(
        &mut self,
        text: &str,
        (left, baseline, width): (f32, f32, f32),
        l: Label,
        algn: &str,
    ) {
        let id = self.id();
        let top = baseline - l.size * ASCENT;
        let run = run_xml(
            text,
            &self.spec.lang,
            l.size,
            l.bold,
            &color(l.color, self.brand),
            false,
        );
        self.shapes.push_str(&format!(
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Text {id}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>{BODY_PR}<a:lstStyle/><a:p><a:pPr algn=\"{algn}\"/>{run}</a:p></p:txBody></p:sp>",
            xfrm(left, top, width, l.size * 1.4)
        ));
    }

    /// One paragraph of the PDF as one text box: its lines kept as the PDF breaks them (line
    /// breaks inside one paragraph, so it stays one block to edit), at the PDF's line spacing.
    fn text_box(&mut self, lines: &[TextLine], tiles: &[Value]) {
        let Some(first) = lines.first() else { return };
        let id = self.id();
        // Right to left when isolated so, or when it holds Arabic letters: a line of several
        // runs (Arabic with a Latin name) isolates each run, not the line.
        let arabic = lines
            .iter()
            .flat_map(|l| &l.runs)
            .any(|r| r.text.chars().any(crate::draw::runs::is_arabic));
        let rtl = !first.open.is_empty() || arabic;
        let (left, width, algn) = column(first, tiles);
        let top = first.y - first.size * ASCENT;
        let pitch = lines
            .get(1)
            .map(|l| l.y - first.y)
            .unwrap_or(first.size * 1.2);
        let height = pitch * (lines.len() as f32 - 1.0) + first.size * 1.3;
        let heading = matches!(first.role, Role::H1 | Role::H2);
        let title = heading && !self.titled;
        self.titled |= title;
        let lang = if first.lang.is_empty() {
            self.spec.lang.as_str()
        } else {
            first.lang.as_str()
        };
        let c = color(first.color, self.brand);
        let runs: Vec<String> = lines
            .iter()
            .map(|l| run_xml(&l.text(), lang, l.size, l.weight >= 600, &c, title))
            .collect();
        let br = format!(
            "<a:br><a:rPr lang=\"{}\" sz=\"{}\"/></a:br>",
            escape(lang),
            (first.size * 100.0).round()
        );
        let (kind, ph, locks) = if title {
            (
                "Title",
                "<p:ph type=\"title\"/>",
                "<a:spLocks noGrp=\"1\"/>",
            )
        } else {
            ("Text", "", "")
        };
        let cnv = if title {
            format!("<p:cNvSpPr>{locks}</p:cNvSpPr>")
        } else {
            "<p:cNvSpPr txBox=\"1\"/>".into()
        };
        self.shapes.push_str(&format!(
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{kind} {id}\"/>{cnv}<p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>{BODY_PR}<a:lstStyle/><a:p><a:pPr algn=\"{algn}\" rtl=\"{}\"><a:lnSpc><a:spcPts val=\"{}\"/></a:lnSpc></a:pPr>{}</a:p></p:txBody></p:sp>",
            xfrm(left, top, width, height),
            u8::from(rtl),
            (pitch * 100.0).round(),
            runs.join(&br)
        ));
    }

    /// The QR code as a PNG: dark modules in navy on white, with the template's white margin.
    fn qr_png(&self, url: &str) -> Result<Vec<u8>, String> {
        let q = super::qr::encode(url).ok_or("the QR code does not encode")?;
        let n = q.modules as f32;
        // The template's margin is 6 pt around a box of `size`: in modules, about one.
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-1 -1 {v} {v}\" width=\"{v}\" height=\"{v}\"><rect x=\"-1\" y=\"-1\" width=\"{v}\" height=\"{v}\" fill=\"#{}\"/><path d=\"{}\" fill=\"#{}\"/></svg>",
            hex(self.brand, "white"),
            q.path,
            hex(self.brand, "navy"),
            v = n + 2.0
        );
        let tree =
            usvg::Tree::from_str(&svg, &usvg::Options::default()).map_err(|e| e.to_string())?;
        pdf::png(&tree, ((n + 2.0) * 8.0) as u32)
    }
}

/// The emblem of `brand/logos/emblem.svg` as a PNG; on the cover its lower wave turns white.
fn emblem_png(svg: &str, from: &str, to: &str) -> Result<Vec<u8>, String> {
    let svg = if from.is_empty() {
        svg.to_string()
    } else {
        svg.replace(
            &format!("#{}", from.to_lowercase()),
            &format!("#{}", to.to_lowercase()),
        )
    };
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).map_err(|e| e.to_string())?;
    pdf::png(&tree, 192)
}

#[derive(Clone, Copy)]
struct Label {
    size: f32,
    bold: bool,
    color: &'static str,
}

/// The faces' ascent in ems, about (Noto Sans 1.069): from a baseline to the top of its box.
const ASCENT: f32 = 1.07;
/// No inset, no autofit: the box holds the text where the PDF has it.
const BODY_PR: &str = "<a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" rtlCol=\"0\" anchor=\"t\"><a:noAutofit/></a:bodyPr>";

fn xfrm(x: f32, y: f32, w: f32, h: f32) -> String {
    format!(
        "<a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>",
        emu(x),
        emu(y),
        emu(w.max(1.0)),
        emu(h.max(1.0))
    )
}

/// One run in the theme's faces (headings in the heading face).
fn run_xml(text: &str, lang: &str, size: f32, bold: bool, color: &str, major: bool) -> String {
    let (l, c) = if major {
        ("+mj-lt", "+mj-cs")
    } else {
        ("+mn-lt", "+mn-cs")
    };
    format!(
        "<a:r><a:rPr lang=\"{}\" sz=\"{}\" b=\"{}\" dirty=\"0\"><a:solidFill>{color}</a:solidFill><a:latin typeface=\"{l}\"/><a:cs typeface=\"{c}\"/></a:rPr><a:t>{}</a:t></a:r>",
        escape(lang),
        (size * 100.0).round(),
        u8::from(bold),
        escape(text)
    )
}

/// The PDF's lines by paragraph (a line marked `first` starts one).
fn paragraphs(lines: &[TextLine]) -> Vec<&[TextLine]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=lines.len() {
        if i == lines.len() || lines[i].first {
            if start < i {
                out.push(&lines[start..i]);
            }
            start = i;
        }
    }
    out
}

/// Left edge, width and alignment of a paragraph's box: inside the tile it sits on (the tile's
/// padding of 14 pt on each side), else from its anchor to the slide's margin on the other side.
fn column(l: &TextLine, tiles: &[Value]) -> (f32, f32, &'static str) {
    let (w, sm, pad) = (SLIDE.0, 56.0, 14.0);
    let inside = tiles.iter().find(|t| {
        let (x, y) = (num(t, "x"), num(t, "y"));
        l.x >= x && l.x <= x + num(t, "w") && l.y >= y && l.y <= y + num(t, "h")
    });
    let (lo, hi) = match inside {
        Some(t) if num(t, "w") > 2.0 * pad + 10.0 => {
            (num(t, "x") + pad, num(t, "x") + num(t, "w") - pad)
        }
        Some(t) => (num(t, "x"), num(t, "x") + num(t, "w")),
        None => (sm, w - sm),
    };
    match l.anchor {
        "end" => (lo, (l.x - lo).max(40.0), "r"),
        "middle" => {
            let half = (l.x - lo).min(hi - l.x).max(20.0);
            (l.x - half, 2.0 * half, "ctr")
        }
        _ => (l.x, (hi - l.x).max(40.0), "l"),
    }
}
