//! draw: accessible PDFs (PDF/UA-1, issue #21). A page is its decorative drawing (one usvg
//! tree, marked as an artifact) and the pieces a reader needs, in reading order: lines of text,
//! each its own small tree tagged as a span of its paragraph, heading, list item or table cell,
//! and figures (QR codes, logos) with their alternative text. krilla writes the structure tree,
//! the document's title and language, the outline of the headings and the PDF/UA
//! identification, and checks PDF/UA-1's machine-checkable rules when it finishes: a violation
//! is an error, never a silently inaccessible file.

use std::collections::HashMap;
use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{Point, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, ListNumbering, Node, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};
use krilla_svg::{SurfaceExt, SvgSettings};
use resvg::usvg;

use super::compose::Role;
use super::pdf::Info;

/// A line of text to tag: its drawing, what it says, and the paragraph it belongs to.
pub struct Line {
    pub tree: usvg::Tree,
    pub text: String,
    pub role: Role,
    /// Starts a new paragraph (else it continues the one before).
    pub first: bool,
    /// Language of the passage when it is not the document's; empty otherwise.
    pub lang: String,
}

/// What a reader gets of a page, in reading order.
pub enum Piece {
    Line(Line),
    Figure { tree: usvg::Tree, alt: String },
}

pub struct Page {
    /// Backgrounds, bands, tiles, the header emblem, repeated footers: artifacts.
    pub decoration: usvg::Tree,
    pub pieces: Vec<Piece>,
}

/// The structure being built: the top-level nodes, the paragraph being filled, and the list or
/// table (and its row) it goes into.
#[derive(Default)]
struct Builder {
    top: Vec<Node>,
    block: Option<(Role, String, TagGroup)>,
    list: Option<TagGroup>,
    table: Option<TagGroup>,
    row: Option<TagGroup>,
    outline: Outline,
}

impl Builder {
    /// Closes the paragraph being filled into its list, table row or the top level.
    fn close_block(&mut self) {
        let Some((role, _, group)) = self.block.take() else {
            return;
        };
        match role {
            Role::Item => {
                let mut body = TagGroup::new(Tag::LBody);
                body.push(group);
                let mut li = TagGroup::new(Tag::LI);
                li.push(body);
                self.list
                    .get_or_insert_with(|| TagGroup::new(Tag::L(ListNumbering::None)))
                    .push(li);
            }
            Role::Th | Role::Td => self
                .row
                .get_or_insert_with(|| TagGroup::new(Tag::TR))
                .push(group),
            _ => self.top.push(group.into()),
        }
    }

    fn close_row(&mut self) {
        if let Some(row) = self.row.take() {
            self.table
                .get_or_insert_with(|| TagGroup::new(Tag::Table))
                .push(row);
        }
    }

    /// Closes lists and tables that the next paragraph is not part of.
    fn close_containers(&mut self, next: Option<Role>) {
        if next != Some(Role::Item) {
            if let Some(l) = self.list.take() {
                self.top.push(l.into());
            }
        }
        if next == Some(Role::Th) || !matches!(next, Some(Role::Th | Role::Td)) {
            self.close_row();
        }
        if !matches!(next, Some(Role::Th | Role::Td)) {
            if let Some(t) = self.table.take() {
                self.top.push(t.into());
            }
        }
    }

    fn start_block(&mut self, line: &Line, doc_lang: &str) {
        self.close_block();
        self.close_containers(Some(line.role));
        let lang = (!line.lang.is_empty() && line.lang != doc_lang).then(|| line.lang.clone());
        let tag: TagKind = match line.role {
            Role::H1 | Role::H2 | Role::H3 => {
                let level = match line.role {
                    Role::H1 => 1,
                    Role::H2 => 2,
                    _ => 3,
                };
                let level = NonZeroU16::new(level).expect("heading levels start at 1");
                Tag::Hn(level, Some(line.text.clone()))
                    .with_lang(lang)
                    .into()
            }
            Role::Th => Tag::TH(TableHeaderScope::Row).with_lang(lang).into(),
            Role::Td => Tag::TD.with_lang(lang).into(),
            Role::P | Role::Item => Tag::P.with_lang(lang).into(),
        };
        self.block = Some((line.role, line.text.clone(), TagGroup::new(tag)));
    }

    fn finish(mut self) -> (Vec<Node>, Outline) {
        self.close_block();
        self.close_containers(None);
        (self.top, self.outline)
    }
}

/// A tagged PDF/UA-1 document, one page per `Page`, each `w`×`h` points. A violation names
/// the first line that has it, when one line alone has it.
pub fn pdf(pages: &[Page], w: f32, h: f32, info: &Info) -> Result<Vec<u8>, String> {
    write(pages, w, h, info).map_err(|e| {
        let culprit = pages.iter().flat_map(|p| &p.pieces).find_map(|piece| {
            let Piece::Line(l) = piece else { return None };
            let alone = Page {
                decoration: usvg::Tree::from_str(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>",
                    &usvg::Options::default(),
                )
                .ok()?,
                pieces: vec![Piece::Line(Line {
                    tree: l.tree.clone(),
                    text: l.text.clone(),
                    role: Role::P,
                    first: true,
                    lang: l.lang.clone(),
                })],
            };
            write(&[alone], w, h, info).err().map(|_| l.text.clone())
        });
        match culprit {
            Some(line) => format!("{e} (in the line \"{line}\")"),
            None => e,
        }
    })
}

fn write(pages: &[Page], w: f32, h: f32, info: &Info) -> Result<Vec<u8>, String> {
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| format!("{e:?}"))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut doc = Document::new_with(settings);
    let mut b = Builder::default();
    let mut fonts = Fonts::default();
    let size = Size::from_wh(w, h).ok_or("page size")?;
    for (index, page) in pages.iter().enumerate() {
        let mut p = doc.start_page_with(PageSettings::from_wh(w, h).ok_or("page size")?);
        let mut surface = p.surface();
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Page,
        )));
        draw(&mut surface, &page.decoration, size)?;
        surface.end_tagged();
        for piece in &page.pieces {
            tag_piece(
                &mut surface,
                &mut b,
                &mut fonts,
                piece,
                size,
                (index, info.lang),
            )?;
        }
        surface.finish();
        p.finish();
    }
    let (nodes, outline) = b.finish();
    let mut tree = TagTree::new().with_lang(Some(info.lang.to_string()));
    for n in nodes {
        tree.push(n);
    }
    doc.set_tag_tree(tree);
    doc.set_outline(outline);
    doc.set_metadata(
        Metadata::new()
            .title(info.title.to_string())
            .language(info.lang.to_string())
            .creator("oneprovence".to_string()),
    );
    doc.finish().map_err(|e| format!("not PDF/UA-1: {e:?}"))
}

fn draw(surface: &mut Surface, tree: &usvg::Tree, size: Size) -> Result<(), String> {
    surface
        .draw_svg(tree, size, SvgSettings::default())
        .ok_or_else(|| "the SVG could not be drawn".to_string())
}

/// One piece drawn and placed in the structure: a line in its paragraph, a figure on its own.
fn tag_piece(
    surface: &mut Surface,
    b: &mut Builder,
    fonts: &mut Fonts,
    piece: &Piece,
    size: Size,
    (page, doc_lang): (usize, &str),
) -> Result<(), String> {
    match piece {
        Piece::Line(line) => {
            if line.first || b.block.as_ref().is_none_or(|(r, ..)| *r != line.role) {
                b.start_block(line, doc_lang);
                if matches!(line.role, Role::H1 | Role::H2) {
                    let y = first_y(&line.tree);
                    b.outline.push_child(OutlineNode::new(
                        line.text.clone(),
                        XyzDestination::new(page, Point::from_xy(0.0, y)),
                    ));
                }
            } else if let Some((_, text, group)) = b.block.as_mut() {
                // A heading wrapped over lines keeps its whole text as its title.
                text.push(' ');
                text.push_str(&line.text);
                if let TagKind::Hn(h) = &mut group.tag {
                    h.set_title(Some(text.clone()));
                }
            }
            // The line's text in logical order: glyphs are drawn in visual order, which for
            // Arabic is the reverse of the reading order.
            let span = SpanTag::empty();
            let id = surface.start_tagged(ContentTag::Span(span));
            glyphs(surface, &line.tree, fonts);
            surface.end_tagged();
            if let Some((_, _, group)) = b.block.as_mut() {
                group.push(id);
            }
        }
        Piece::Figure { tree, alt } => {
            b.close_block();
            b.close_containers(None);
            let id = surface.start_tagged(ContentTag::Other);
            draw(surface, tree, size)?;
            surface.end_tagged();
            let mut figure = TagGroup::new(Tag::Figure(Some(alt.clone())));
            figure.push(id);
            b.top.push(figure.into());
        }
    }
    Ok(())
}

/// Where a line's drawing starts vertically, for its bookmark.
fn first_y(tree: &usvg::Tree) -> f32 {
    tree.root().abs_bounding_box().top().max(0.0)
}

/// The document's fonts, each loaded once from the brand font database.
type Fonts = HashMap<usvg::fontdb::ID, Option<Font>>;

/// A line's glyphs, as usvg shaped and placed them (bidi order, Arabic joining, the fonts of
/// its runs), drawn with krilla. Not through krilla-svg: it gives a glyph that is not the
/// first of its cluster (a shadda, a kasra over a lam) no text, which PDF/UA forbids; here it
/// carries its cluster's text.
fn glyphs(surface: &mut Surface, tree: &usvg::Tree, fonts: &mut Fonts) {
    let db = tree.fontdb().clone();
    for node in tree.root().children() {
        let usvg::Node::Text(text) = node else {
            continue;
        };
        // Glyphs are placed one by one, so they can be written in reading order: a tool that
        // reads the content (a screen reader, `pdfinfo -struct-text`) gets Arabic in logical
        // order, not in the visual order usvg lays it out in.
        let mut placed = Vec::new();
        for span in text.layouted() {
            let fill = match span.fill.as_ref().map(|f| (f.paint(), f.opacity())) {
                Some((usvg::Paint::Color(c), opacity)) => Fill {
                    paint: rgb::Color::new(c.red, c.green, c.blue).into(),
                    opacity: NormalizedF32::new(opacity.get()).unwrap_or(NormalizedF32::ONE),
                    rule: FillRule::NonZero,
                },
                _ => Fill::default(),
            };
            let texts = glyph_texts(&span.positioned_glyphs);
            for (g, (cluster, rank)) in span.positioned_glyphs.iter().zip(texts) {
                placed.push((g, cluster, rank, span.font_size.get(), fill.clone()));
            }
        }
        let drawn: String = text.chunks().iter().map(|c| c.text()).collect();
        let order = logical_order(&drawn, placed.iter().map(|p| (p.0.text.as_str(), p.2)));
        for i in order {
            let (g, cluster, _, size, fill) = &placed[i];
            if cluster.chars().all(is_bidi_control) {
                // RLI, PDI, RLM: invisible, and noise in the extracted text.
                continue;
            }
            let font = fonts
                .entry(g.font)
                .or_insert_with(|| {
                    db.with_face_data(g.font, |data, index| Font::new(data.to_vec().into(), index))
                        .flatten()
                })
                .clone();
            let Some(font) = font else { continue };
            let upem = font.units_per_em();
            let t = g
                .transform()
                .pre_concat(usvg::Transform::from_scale(upem / size, upem / size));
            surface.push_transform(&Transform::from_row(t.sx, t.ky, t.kx, t.sy, t.tx, t.ty));
            surface.set_fill(Some(fill.clone()));
            let glyph = KrillaGlyph::new(
                GlyphId::new(g.id.0 as u32),
                0.0,
                0.0,
                0.0,
                0.0,
                0..cluster.len(),
                None,
            );
            surface.draw_glyphs(
                Point::from_xy(0.0, 0.0),
                &[glyph],
                font,
                cluster,
                *size,
                false,
            );
            surface.pop();
        }
    }
}

/// The order to write glyphs in so that their text reads in logical order. `drawn` is the text
/// as usvg laid it out (isolation marks included, paragraph level left-to-right as in usvg),
/// `clusters` the text of each glyph in visual order (empty for a cluster's later glyphs) and
/// its rank in its cluster in reading order.
/// Each glyph takes its characters from the visual order that unicode-bidi gives and is
/// sorted by the first of them; if the two disagree, the visual order is kept.
fn logical_order<'a>(drawn: &str, clusters: impl Iterator<Item = (&'a str, usize)>) -> Vec<usize> {
    let (clusters, ranks): (Vec<&str>, Vec<usize>) = clusters.unzip();
    let identity: Vec<usize> = (0..clusters.len()).collect();
    let info = unicode_bidi::BidiInfo::new(drawn, Some(unicode_bidi::Level::ltr()));
    let Some(para) = info.paragraphs.first() else {
        return identity;
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    let mut visual: Vec<(usize, char)> = Vec::new();
    for run in runs {
        let chars = drawn[run.clone()]
            .char_indices()
            .map(|(i, c)| (run.start + i, c));
        if levels[run.start].is_rtl() {
            visual.extend(chars.rev());
        } else {
            visual.extend(chars);
        }
    }
    let mut keys = Vec::with_capacity(clusters.len());
    let (mut at, mut last) = (0usize, 0usize);
    for text in &clusters {
        if !text.is_empty() {
            let n = text.chars().count();
            let Some(taken) = visual.get(at..at + n) else {
                return identity;
            };
            let mut got: Vec<char> = taken.iter().map(|t| t.1).collect();
            let mut want: Vec<char> = text.chars().collect();
            got.sort_unstable();
            want.sort_unstable();
            if got != want {
                return identity;
            }
            last = taken.iter().map(|t| t.0).min().unwrap_or(last);
            at += n;
        }
        keys.push((last, ranks[keys.len()]));
    }
    let mut order = identity;
    order.sort_by_key(|&i| keys[i]);
    order
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The text each glyph stands for, and its rank in its cluster in reading order. usvg gives a
/// cluster's text (a letter and its marks) to its first glyph in visual order, which in Arabic
/// is the last mark: each glyph takes one character in reading order and the last the rest,
/// so the text is extracted once, every glyph maps to some, and a letter keeps its mapping.
fn glyph_texts(glyphs: &[usvg::layout::PositionedGlyph]) -> Vec<(String, usize)> {
    let mut out = vec![(String::new(), 0); glyphs.len()];
    let mut i = 0;
    while i < glyphs.len() {
        let text = &glyphs[i].text;
        let len = 1 + glyphs[i + 1..]
            .iter()
            .take_while(|g| g.text.is_empty())
            .count();
        let chars: Vec<char> = text.chars().collect();
        let rtl = chars
            .first()
            .is_some_and(|c| ('\u{0590}'..='\u{08ff}').contains(c));
        for k in 0..len {
            let t = if chars.len() < len {
                text.clone()
            } else if k + 1 < len {
                chars[k].to_string()
            } else {
                chars[k..].iter().collect()
            };
            let at = if rtl { i + len - 1 - k } else { i + k };
            out[at] = (t, k);
        }
        i += len;
    }
    out
}
