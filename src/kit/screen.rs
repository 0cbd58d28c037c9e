//! kit: the screen PDF of a document, tagged for PDF/UA-1 (issue #21). Each page is drawn from
//! its template twice over: once without its text and QR code (the decoration, an artifact),
//! then line by line and figure by figure through `piece.svg`, so each line is a span of its
//! paragraph in the structure tree, in the order the layout placed it.

use resvg::usvg;
use tera::Context;

use super::documents::{self, Drawn};
use super::Spec;
use crate::draw::compose::TextLine;
use crate::draw::pdf::Info;
use crate::draw::tagged::{self, Line, Piece};

/// What the screen PDF is drawn with: the templates, the parser's options, and the document's
/// emblem figure (the brand sheet's, already drawn) if it has one.
pub(super) struct Screen<'a> {
    pub tera: &'a tera::Tera,
    pub options: &'a usvg::Options<'static>,
    pub spec: &'a Spec,
}

impl Screen<'_> {
    fn tree(&self, svg: &str) -> Result<usvg::Tree, String> {
        usvg::Tree::from_str(svg, self.options).map_err(|e| format!("the SVG does not parse: {e}"))
    }

    fn render(&self, template: &'static str, ctx: Context) -> Result<usvg::Tree, String> {
        let lines = Vec::new();
        let svg = documents::svg(
            self.tera,
            &Drawn {
                template,
                ctx,
                lines,
            },
        )?;
        self.tree(&svg)
    }

    /// One line alone on a transparent page of the document's size.
    fn line(&self, d: &Drawn, l: &TextLine) -> Result<Line, String> {
        let mut ctx = d.ctx.clone();
        ctx.insert("lines", &[l]);
        ctx.remove("qr_path");
        Ok(Line {
            tree: self.render("piece.svg", ctx)?,
            text: l.text(),
            role: l.role,
            first: l.first,
            lang: l.lang.clone(),
        })
    }

    /// A page: its decoration, its lines in order, then its QR code and any extra figure.
    pub fn page(&self, d: &Drawn, extra: Option<Piece>) -> Result<tagged::Page, String> {
        let mut bare = d.ctx.clone();
        bare.insert("lines", &Vec::<TextLine>::new());
        bare.remove("qr_path");
        let decoration = self.render(d.template, bare)?;
        let mut pieces = d
            .lines
            .iter()
            .map(|l| self.line(d, l).map(Piece::Line))
            .collect::<Result<Vec<_>, _>>()?;
        pieces.extend(extra);
        if d.ctx.get("qr_path").is_some() {
            let mut ctx = d.ctx.clone();
            ctx.insert("lines", &Vec::<TextLine>::new());
            let url = d
                .ctx
                .get("qr_url")
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            pieces.push(Piece::Figure {
                tree: self.render("piece.svg", ctx)?,
                alt: format!("{} {url}", self.spec.label("kit-qr-alt")),
            });
        }
        Ok(tagged::Page { decoration, pieces })
    }

    pub fn pdf(
        &self,
        pages: Vec<tagged::Page>,
        (w, h): (f32, f32),
        info: &Info,
    ) -> Result<Vec<u8>, String> {
        tagged::pdf(&pages, w, h, info)
    }
}
