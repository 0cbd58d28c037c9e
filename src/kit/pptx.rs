//! kit: the Office Open XML package of the editable presentation (PPTX, ECMA-376 part 1): the
//! parts PowerPoint and LibreOffice Impress require around the slides (content types,
//! relationships, presentation, one slide master and its one layout, the theme with the brand's
//! colours and fonts named, presentation properties, document properties), written from small
//! templates. The slides themselves come from `deck`.
//!
//! Written here rather than with a crate: the one maintained PPTX writer on crates.io (ppt-rs,
//! 0.2.x, changing fast) would add its own XML stack for what is a dozen fixed parts, and the
//! deck must stay byte for byte reproducible (no dates, fixed zip timestamps), which these
//! templates guarantee.

use crate::files::{self, Output};

/// One slide's XML and the pictures it embeds (`rId2`, `rId3`… in order; `rId1` is its layout).
pub(crate) struct SlidePart {
    pub xml: String,
    pub pictures: Vec<Vec<u8>>,
}

/// The theme: the brand's colours in the scheme's slots and by name, its two faces.
pub(crate) struct Theme<'a> {
    pub name: &'a str,
    /// Scheme slot (`dk1`, `accent1`…) and `RRGGBB`, in the schema's order.
    pub slots: Vec<(&'static str, String)>,
    /// Every brand colour by its name in brand.toml, `RRGGBB`.
    pub named: Vec<(String, String)>,
    pub latin: &'a str,
    pub arabic: &'a str,
}

/// What the document properties say.
pub(crate) struct Meta<'a> {
    pub title: &'a str,
    pub lang: &'a str,
}

pub(crate) const NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#;
const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-officedocument.presentationml";
/// The empty group every shape tree starts with.
pub(crate) const TREE_START: &str = r#"<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#;

/// Points to EMU (English Metric Units, 12,700 to the point).
pub(crate) fn emu(pt: f32) -> i64 {
    (pt as f64 * 12_700.0).round() as i64
}

pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 forbids would make the part unreadable.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn rels(items: &[(String, &str, String)]) -> String {
    let mut s = format!(
        "{DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target) in items {
        s.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>"
        ));
    }
    s + "</Relationships>"
}

fn content_types(slides: usize) -> String {
    let mut s = format!(
        "{DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Default Extension=\"png\" ContentType=\"image/png\"/>"
    );
    let mut over = |part: &str, ct: &str| {
        s.push_str(&format!(
            "<Override PartName=\"/{part}\" ContentType=\"{ct}\"/>"
        ))
    };
    over(
        "ppt/presentation.xml",
        &format!("{CT}.presentation.main+xml"),
    );
    over(
        "ppt/slideMasters/slideMaster1.xml",
        &format!("{CT}.slideMaster+xml"),
    );
    over(
        "ppt/slideLayouts/slideLayout1.xml",
        &format!("{CT}.slideLayout+xml"),
    );
    over(
        "ppt/theme/theme1.xml",
        "application/vnd.openxmlformats-officedocument.theme+xml",
    );
    over("ppt/presProps.xml", &format!("{CT}.presProps+xml"));
    over("ppt/viewProps.xml", &format!("{CT}.viewProps+xml"));
    over("ppt/tableStyles.xml", &format!("{CT}.tableStyles+xml"));
    for i in 1..=slides {
        over(
            &format!("ppt/slides/slide{i}.xml"),
            &format!("{CT}.slide+xml"),
        );
    }
    over(
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
    );
    over(
        "docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    );
    s + "</Types>"
}

fn presentation(slides: usize) -> String {
    let ids: String = (0..slides)
        .map(|i| format!("<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 256 + i, 10 + i))
        .collect();
    format!(
        "{DECL}<p:presentation {NS} saveSubsetFonts=\"1\">\
<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\
<p:sldIdLst>{ids}</p:sldIdLst>\
<p:sldSz cx=\"{}\" cy=\"{}\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>",
        emu(super::documents::SLIDE.0),
        emu(super::documents::SLIDE.1)
    )
}

/// Text styles of the master: titles in the heading face (`+mj-*`), the rest in the body face.
fn text_style(tag: &str, size: u32, bold: bool, major: bool, color: &str) -> String {
    let (l, c) = if major {
        ("+mj-lt", "+mj-cs")
    } else {
        ("+mn-lt", "+mn-cs")
    };
    format!(
        "<p:{tag}><a:lvl1pPr><a:defRPr sz=\"{}\" b=\"{}\"><a:solidFill><a:schemeClr val=\"{color}\"/></a:solidFill><a:latin typeface=\"{l}\"/><a:cs typeface=\"{c}\"/></a:defRPr></a:lvl1pPr></p:{tag}>",
        size * 100,
        u8::from(bold)
    )
}

fn title_placeholder() -> String {
    let (w, _) = super::documents::SLIDE;
    format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr>\
<p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm></p:spPr>\
<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"fr\"/></a:p></p:txBody></p:sp>",
        emu(56.0),
        emu(20.0),
        emu(w - 112.0),
        emu(60.0)
    )
}

fn master() -> String {
    format!(
        "{DECL}<p:sldMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>{TREE_START}{}</p:spTree></p:cSld>\
<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>\
<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>\
<p:txStyles>{}{}{}</p:txStyles></p:sldMaster>",
        title_placeholder(),
        text_style("titleStyle", 30, true, true, "tx2"),
        text_style("bodyStyle", 14, false, false, "tx1"),
        text_style("otherStyle", 14, false, false, "tx1"),
    )
}

fn layout() -> String {
    format!(
        "{DECL}<p:sldLayout {NS} type=\"titleOnly\" preserve=\"1\"><p:cSld name=\"Title Only\"><p:spTree>{TREE_START}{}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>",
        title_placeholder()
    )
}

fn theme(t: &Theme) -> String {
    let slots: String = t
        .slots
        .iter()
        .map(|(slot, hex)| format!("<a:{slot}><a:srgbClr val=\"{hex}\"/></a:{slot}>"))
        .collect();
    let named: String = t
        .named
        .iter()
        .map(|(name, hex)| {
            format!(
                "<a:custClr name=\"{}\"><a:srgbClr val=\"{hex}\"/></a:custClr>",
                escape(name)
            )
        })
        .collect();
    let face = |tag: &str| {
        format!(
            "<a:{tag}><a:latin typeface=\"{}\"/><a:ea typeface=\"\"/><a:cs typeface=\"{}\"/></a:{tag}>",
            escape(t.latin),
            escape(t.arabic)
        )
    };
    let three = |x: &str| x.repeat(3);
    let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    format!(
        "{DECL}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"{name}\"><a:themeElements>\
<a:clrScheme name=\"{name}\">{slots}</a:clrScheme>\
<a:fontScheme name=\"{name}\">{}{}</a:fontScheme>\
<a:fmtScheme name=\"{name}\"><a:fillStyleLst>{}</a:fillStyleLst><a:lnStyleLst>{}</a:lnStyleLst>\
<a:effectStyleLst>{}</a:effectStyleLst><a:bgFillStyleLst>{}</a:bgFillStyleLst></a:fmtScheme>\
</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/><a:custClrLst>{named}</a:custClrLst></a:theme>",
        face("majorFont"),
        face("minorFont"),
        three(fill),
        three(&format!("<a:ln w=\"6350\">{fill}</a:ln>")),
        three("<a:effectStyle><a:effectLst/></a:effectStyle>"),
        three(fill),
        name = escape(t.name),
    )
}

fn core(meta: &Meta) -> String {
    format!(
        "{DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:language>{}</dc:language></cp:coreProperties>",
        escape(meta.title),
        escape(meta.lang)
    )
}

fn app(slides: usize) -> String {
    format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>oneprovence</Application><Slides>{slides}</Slides></Properties>"
    )
}

fn rel(t: &str) -> String {
    format!("{REL}/{t}")
}

/// The parts around the slides.
fn fixed_parts(n: usize, theme_: &Theme, meta: &Meta) -> Vec<Output> {
    let r = rel;
    vec![
        Output::new("[Content_Types].xml", content_types(n)),
        Output::new(
            "_rels/.rels",
            rels(&[
                ("rId1".into(), &r("officeDocument"), "ppt/presentation.xml".into()),
                (
                    "rId2".into(),
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                    "docProps/core.xml".into(),
                ),
                ("rId3".into(), &r("extended-properties"), "docProps/app.xml".into()),
            ]),
        ),
        Output::new("docProps/core.xml", core(meta)),
        Output::new("docProps/app.xml", app(n)),
        Output::new("ppt/presentation.xml", presentation(n)),
        Output::new("ppt/slideMasters/slideMaster1.xml", master()),
        Output::new(
            "ppt/slideMasters/_rels/slideMaster1.xml.rels",
            rels(&[
                ("rId1".into(), &r("slideLayout"), "../slideLayouts/slideLayout1.xml".into()),
                ("rId2".into(), &r("theme"), "../theme/theme1.xml".into()),
            ]),
        ),
        Output::new("ppt/slideLayouts/slideLayout1.xml", layout()),
        Output::new(
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
            rels(&[("rId1".into(), &r("slideMaster"), "../slideMasters/slideMaster1.xml".into())]),
        ),
        Output::new("ppt/theme/theme1.xml", theme(theme_)),
        Output::new("ppt/presProps.xml", format!("{DECL}<p:presentationPr {NS}/>")),
        Output::new("ppt/viewProps.xml", format!("{DECL}<p:viewPr {NS}/>")),
        Output::new(
            "ppt/tableStyles.xml",
            format!("{DECL}<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>"),
        ),
    ]
}

/// The whole package, zipped with fixed timestamps.
pub(crate) fn package(
    slides: Vec<SlidePart>,
    theme_: &Theme,
    meta: &Meta,
) -> std::io::Result<Vec<u8>> {
    let n = slides.len();
    let r = rel;
    let mut parts = fixed_parts(n, theme_, meta);
    let mut top = vec![
        (
            "rId1".to_string(),
            r("slideMaster"),
            "slideMasters/slideMaster1.xml".to_string(),
        ),
        ("rId2".into(), r("theme"), "theme/theme1.xml".into()),
        ("rId3".into(), r("presProps"), "presProps.xml".into()),
        ("rId4".into(), r("viewProps"), "viewProps.xml".into()),
        ("rId5".into(), r("tableStyles"), "tableStyles.xml".into()),
    ];
    for (i, slide) in slides.into_iter().enumerate() {
        let k = i + 1;
        top.push((
            format!("rId{}", 10 + i),
            r("slide"),
            format!("slides/slide{k}.xml"),
        ));
        let mut own = vec![(
            "rId1".to_string(),
            r("slideLayout"),
            "../slideLayouts/slideLayout1.xml".to_string(),
        )];
        for (j, png) in slide.pictures.into_iter().enumerate() {
            let name = format!("ppt/media/slide{k}-{}.png", j + 1);
            own.push((
                format!("rId{}", j + 2),
                r("image"),
                format!("../media/slide{k}-{}.png", j + 1),
            ));
            parts.push(Output::new(name, png));
        }
        let own: Vec<(String, &str, String)> = own
            .iter()
            .map(|(a, b, c)| (a.clone(), b.as_str(), c.clone()))
            .collect();
        parts.push(Output::new(
            format!("ppt/slides/_rels/slide{k}.xml.rels"),
            rels(&own),
        ));
        parts.push(Output::new(format!("ppt/slides/slide{k}.xml"), slide.xml));
    }
    let top: Vec<(String, &str, String)> = top
        .iter()
        .map(|(a, b, c)| (a.clone(), b.as_str(), c.clone()))
        .collect();
    parts.push(Output::new("ppt/_rels/presentation.xml.rels", rels(&top)));
    files::zip_bytes(&parts)
}
