//! kit: the presentation, 16:9 slides: the positioning, the four audiences, the iCapitale
//! building blocks, the ecosystem in numbers, and where to find out more. One function a slide.

use super::documents::{base, finish, qr_at, Drawn, Tile, KICKER, NOTE, SLIDE};
use super::spec::{FigureSpec, Spec};
use crate::config::Brand;
use crate::draw::compose::{mirror, Flow, Role, Style, TextLine};
use crate::draw::layout::Measurer;

const S_TITLE: Style = Style::new(30.0, true, "navy")
    .role(Role::H2)
    .lines(2)
    .shrink_to(24.0)
    .leading(1.2);
const S_BODY: Style = Style::new(13.0, false, "ink").lines(3).leading(1.4);
/// Slide margin and the gap between columns.
const SM: f32 = 56.0;
const GAP: f32 = 16.0;

/// The presentation in one language.
pub fn presentation(m: &mut Measurer, spec: &Spec, brand: &Brand) -> Vec<Drawn> {
    let mut s = Slides { m, spec, brand };
    vec![
        s.cover(),
        s.audiences(),
        s.icapital(),
        s.numbers(),
        s.more(),
    ]
}

struct Slides<'a, 'm, 'o> {
    m: &'m mut Measurer<'o>,
    spec: &'a Spec,
    brand: &'a Brand,
}

impl Slides<'_, '_, '_> {
    const W: f32 = SLIDE.0;
    const INNER: f32 = SLIDE.0 - 2.0 * SM;

    fn slide(&self, template: &'static str, lines: Vec<TextLine>, tiles: Vec<Tile>) -> Drawn {
        let mut ctx = base(self.spec, self.brand, SLIDE);
        ctx.insert("slide_margin", &SM);
        finish(&mut ctx, &lines, tiles);
        Drawn {
            template,
            ctx,
            lines,
        }
    }

    /// A slide's title (and optional lead) across its width.
    fn title(&mut self, title: &str, lead: Option<&str>) -> Vec<TextLine> {
        let mut t = Flow::new(self.m, SM, Self::INNER, 50.0, self.spec.rtl);
        t.text(title, S_TITLE);
        if let Some(lead) = lead {
            t.gap(2.0).text(lead, S_BODY.lines(2));
        }
        t.take()
    }

    fn cover(&mut self) -> Drawn {
        let spec = self.spec;
        let cover_h1 = Style::new(40.0, true, "white")
            .role(Role::H1)
            .lines(3)
            .shrink_to(30.0)
            .leading(1.2);
        let mut c = Flow::new(self.m, SM, Self::INNER, 180.0, spec.rtl);
        c.text(spec.label("kit-presentation-title"), KICKER.lines(1))
            .gap(10.0);
        c.text(&spec.positioning, cover_h1).gap(14.0);
        c.text(
            &spec.tagline,
            Style::new(18.0, false, "sun").lines(3).leading(1.35),
        );
        let lines = c.take();
        self.slide("slide-cover.svg", lines, Vec::new())
    }

    fn audiences(&mut self) -> Drawn {
        let (spec, w, rtl) = (self.spec, Self::W, self.spec.rtl);
        let mut lines = self.title(&spec.audiences_title, None);
        let mut tiles = Vec::new();
        let n = spec.audiences.len().max(1) as f32;
        let col_w = (Self::INNER - GAP * (n - 1.0)) / n;
        for (i, a) in spec.audiences.iter().enumerate() {
            let x = mirror(SM + i as f32 * (col_w + GAP), col_w, w, rtl);
            let mut c = Flow::new(self.m, x + 12.0, col_w - 24.0, 150.0, rtl);
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
        self.slide("slide.svg", lines, tiles)
    }

    fn icapital(&mut self) -> Drawn {
        let (spec, w, rtl, inner) = (self.spec, Self::W, self.spec.rtl, Self::INNER);
        let mut lines = self.title(&spec.icapital_title, Some(&spec.icapital_summary));
        let mut tiles = Vec::new();
        let top = 160.0;
        let row_h = (540.0 - top - 50.0) / spec.chapters.len().max(1) as f32;
        for (i, ch) in spec.chapters.iter().enumerate() {
            let y = top + i as f32 * row_h;
            tiles.push(Tile {
                x: mirror(SM, 40.0, w, rtl),
                y: y + 6.0,
                w: 40.0,
                h: row_h - 12.0,
                color: "sea".into(),
            });
            let mut num = Flow::new(self.m, mirror(SM, 40.0, w, rtl), 40.0, y + 6.0, false);
            num.text(
                &(i + 1).to_string(),
                Style::new(20.0, true, "white").lines(1),
            );
            for l in num.take() {
                lines.push(TextLine {
                    x: mirror(SM, 40.0, w, rtl) + 20.0,
                    anchor: "middle",
                    ..l
                });
            }
            let x = mirror(SM + 56.0, inner - 56.0, w, rtl);
            let mut c = Flow::new(self.m, x, inner - 56.0, y, rtl);
            c.text(&ch.title, Style::new(13.0, true, "navy").lines(1));
            c.text(
                &ch.summary,
                Style::new(10.5, false, "ink").lines(2).leading(1.3),
            );
            lines.extend(c.take());
        }
        self.slide("slide.svg", lines, tiles)
    }

    /// The ecosystem in numbers: directory sizes, then highlighted figures.
    fn numbers(&mut self) -> Drawn {
        let (spec, w, rtl) = (self.spec, Self::W, self.spec.rtl);
        let mut lines = self.title(spec.label("kit-numbers-title"), None);
        let mut tiles = Vec::new();
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
        let cw = (Self::INNER - GAP * (per_row as f32 - 1.0)) / per_row as f32;
        for (i, (value, label, fig)) in items.iter().enumerate().take(8) {
            let (row, col) = (i / per_row, i % per_row);
            let x = mirror(SM + col as f32 * (cw + GAP), cw, w, rtl);
            let y = 140.0 + row as f32 * 180.0;
            tiles.push(Tile {
                x,
                y,
                w: cw,
                h: 164.0,
                color: if fig.is_some() { "sand" } else { "mist" }.into(),
            });
            let mut c = Flow::new(self.m, x + 12.0, cw - 24.0, y + 4.0, rtl);
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
        self.slide("slide.svg", lines, tiles)
    }

    /// Where to find out more, with a QR code to the home page.
    fn more(&mut self) -> Drawn {
        let (spec, w, rtl) = (self.spec, Self::W, self.spec.rtl);
        let mut lines = Vec::new();
        let mut c = Flow::new(self.m, SM, Self::INNER - 200.0, 200.0, rtl);
        if rtl {
            c.x = SM + 200.0;
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
        let mut last = self.slide("slide-cover.svg", lines, Vec::new());
        qr_at(
            &mut last.ctx,
            &spec.home_url,
            mirror(w - SM - 150.0, 150.0, w, rtl),
            190.0,
            150.0,
        );
        last
    }
}
