//! kit: the presentation, 16:9 slides (issue #21): cover; positioning; key figures as large
//! numbers with their source and year; one slide per audience with its promises; the iCapitale
//! building blocks; sectors of excellence; technopôles and experimentation sites; how to find
//! the right resource (QR code to the orientation page); contact. Every number is a key figure
//! of `content/figures.toml`; every source is set at 12 pt or more, readable when projected.

use super::documents::{base, finish, qr_at, source, target, Drawn, Tile, SLIDE};
use super::spec::{AudienceSpec, FigureSpec, Spec};
use crate::config::Brand;
use crate::draw::compose::{mirror, Flow, Role, Style, TextLine};
use crate::draw::layout::Measurer;

const S_TITLE: Style = Style::new(30.0, true, "navy")
    .role(Role::H2)
    .lines(2)
    .shrink_to(24.0)
    .leading(1.2);
const S_BODY: Style = Style::new(14.0, false, "ink").lines(3).leading(1.4);
const S_HEAD: Style = Style::new(17.0, true, "navy")
    .role(Role::H3)
    .lines(3)
    .leading(1.2);
/// Sources on slides: 12 pt, the smallest size still readable when projected.
const S_SOURCE: Style = Style::new(12.0, false, "ink").lines(3).leading(1.25);
const S_NUMBER: Style = Style::new(44.0, true, "sea").lines(1).shrink_to(28.0);
/// Slide margin and the gap between columns.
const SM: f32 = 56.0;
const GAP: f32 = 16.0;
/// Where a slide's text ends: below are the emblem and the site's name.
const BOTTOM: f32 = SLIDE.1 - 54.0;
/// A figure's number and label sizes on a tile, largest first: the next is tried when the
/// tile's text does not fit its height.
const FIGURE_SIZES: [(f32, f32); 4] = [(44.0, 14.0), (36.0, 14.0), (36.0, 13.0), (30.0, 12.0)];

/// A figure on its tile: its number, its label (at most four lines), its source and year.
fn figure_text(c: &mut Flow, spec: &Spec, fig: &FigureSpec, (number, label): (f32, f32)) {
    let number = Style {
        size: number,
        min_size: number.min(28.0),
        ..S_NUMBER
    };
    let label = Style {
        size: label,
        min_size: label,
        ..S_BODY.lines(4)
    };
    c.text(&fig.value, number).gap(4.0);
    c.text(&fig.label, label).gap(6.0);
    target(c, fig, S_SOURCE);
    source(c, spec, fig, S_SOURCE);
}

/// The presentation in one language.
pub fn presentation(m: &mut Measurer, spec: &Spec, brand: &Brand) -> Vec<Drawn> {
    let mut s = Slides { m, spec, brand };
    let mut slides = vec![s.cover(), s.positioning(), s.key_figures()];
    for a in &spec.audiences {
        slides.push(s.audience(a));
    }
    slides.extend([
        s.icapital(),
        s.sectors(),
        s.sites(),
        s.orientation(),
        s.contact(),
    ]);
    slides
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
        let mut t = Flow::new(self.m, SM, Self::INNER, 44.0, self.spec.rtl).bounded(BOTTOM);
        t.text(title, S_TITLE);
        if let Some(lead) = lead.filter(|l| !l.is_empty()) {
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
        c.text(
            spec.label("kit-presentation-title"),
            Style::new(14.0, true, "sun").lines(1),
        )
        .gap(10.0);
        c.text(&spec.positioning, cover_h1).gap(14.0);
        c.text(
            &spec.tagline,
            Style::new(20.0, false, "sun").lines(3).leading(1.35),
        );
        let lines = c.take();
        self.slide("slide-cover.svg", lines, Vec::new())
    }

    /// Figures on tiles in one row from `top`, `h` high: a large number, its label, its source
    /// and year. A tile whose text would run past its bottom gets smaller numbers and labels
    /// (`FIGURE_SIZES`), the whole row alike; sources keep their 12 pt and are never cut.
    fn figure_row(
        &mut self,
        figures: &[&FigureSpec],
        top: f32,
        h: f32,
    ) -> (Vec<TextLine>, Vec<Tile>) {
        let (w, rtl) = (Self::W, self.spec.rtl);
        let n = figures.len().max(1) as f32;
        let cw = (Self::INNER - GAP * (n - 1.0)) / n;
        let xs: Vec<f32> = (0..figures.len())
            .map(|i| mirror(SM + i as f32 * (cw + GAP), cw, w, rtl))
            .collect();
        let tiles = xs
            .iter()
            .enumerate()
            .map(|(i, &x)| Tile {
                x,
                y: top,
                w: cw,
                h,
                color: if i % 2 == 0 { "sand" } else { "mist" }.into(),
            })
            .collect();
        let mut lines = Vec::new();
        for sizes in FIGURE_SIZES {
            lines.clear();
            let mut fits = true;
            for (fig, &x) in figures.iter().zip(&xs) {
                let mut c = Flow::new(self.m, x + 14.0, cw - 28.0, top + 6.0, rtl).bounded(top + h);
                figure_text(&mut c, self.spec, fig, sizes);
                fits &= c.y + 6.0 <= top + h;
                lines.extend(c.take());
            }
            if fits {
                break;
            }
        }
        (lines, tiles)
    }

    /// The positioning: challenger of Paris, hub between Europe, the Mediterranean and Africa,
    /// with the figures the kit page chooses for it.
    fn positioning(&mut self) -> Drawn {
        let spec = self.spec;
        let mut lines = self.title(&spec.tagline, Some(&spec.positioning));
        let figures: Vec<&FigureSpec> = spec.positioning_figures.iter().take(3).collect();
        let (l, tiles) = self.figure_row(&figures, 170.0, 300.0);
        lines.extend(l);
        self.slide("slide.svg", lines, tiles)
    }

    /// The key figures of the kit page, two rows of large numbers.
    fn key_figures(&mut self) -> Drawn {
        let spec = self.spec;
        let mut lines = self.title(spec.label("kit-figures-title"), None);
        let figs: Vec<&FigureSpec> = spec.highlights.iter().take(4).collect();
        let (a, b) = figs.split_at(figs.len().min(2));
        let (l1, mut tiles) = self.figure_row(a, 104.0, 180.0);
        let (l2, t2) = self.figure_row(b, 300.0, 180.0);
        lines.extend(l1);
        lines.extend(l2);
        tiles.extend(t2);
        self.slide("slide.svg", lines, tiles)
    }

    /// One audience: its summary, its promises as a list, its proof figures, its page. Each
    /// part starts below the one before; the figures' tiles take the room left above the
    /// page's address, which ends the slide's text.
    fn audience(&mut self, a: &AudienceSpec) -> Drawn {
        let (spec, rtl) = (self.spec, self.spec.rtl);
        let mut lines = self.title(&a.title, Some(&a.summary));
        let below_title = lines.last().map_or(120.0, |l| l.rect().bottom() + 8.0);
        let mut c = Flow::new(self.m, SM, Self::INNER, below_title, rtl).bounded(BOTTOM);
        c.text(spec.label("kit-promises"), S_HEAD).gap(2.0);
        for p in &a.promises {
            c.text(&format!("— {p}"), S_BODY.lines(1).role(Role::Item))
                .gap(2.0);
        }
        let top = c.y + 12.0;
        lines.extend(c.take());
        // The page's address: two lines of sources' size, just above the footer.
        let address_top = BOTTOM - 2.0 * S_SOURCE.size * S_SOURCE.leading;
        // Its proof points, as on its one-pager.
        let figures: Vec<&FigureSpec> = a.figures.iter().take(3).collect();
        let (l, tiles) = self.figure_row(&figures, top, address_top - 10.0 - top);
        lines.extend(l);
        let mut f = Flow::new(self.m, SM, Self::INNER, address_top, rtl).bounded(BOTTOM);
        f.text(spec.label("kit-audience-more"), S_SOURCE.lines(1));
        f.text_dir(&a.url, S_SOURCE.lines(1), false);
        lines.extend(f.take());
        self.slide("slide.svg", lines, tiles)
    }

    fn icapital(&mut self) -> Drawn {
        let (spec, w, rtl, inner) = (self.spec, Self::W, self.spec.rtl, Self::INNER);
        let mut lines = self.title(&spec.icapital_title, Some(&spec.icapital_summary));
        let mut tiles = Vec::new();
        let top = 150.0;
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
            let mut c = Flow::new(self.m, x, inner - 56.0, y, rtl).bounded(y + row_h);
            c.text(
                &ch.title,
                Style::new(14.0, true, "navy").lines(1).role(Role::H3),
            );
            c.text(
                &ch.summary,
                Style::new(12.0, false, "ink").lines(2).leading(1.3),
            );
            lines.extend(c.take());
        }
        self.slide("slide.svg", lines, tiles)
    }

    /// The sectors of excellence, one tile each, four to a row.
    fn sectors(&mut self) -> Drawn {
        let (spec, w, rtl) = (self.spec, Self::W, self.spec.rtl);
        let mut lines = self.title(spec.label("kit-sectors-title"), None);
        let mut tiles = Vec::new();
        let per_row = 4usize;
        let cw = (Self::INNER - GAP * (per_row as f32 - 1.0)) / per_row as f32;
        for (i, label) in spec.sectors.iter().enumerate() {
            let (row, col) = (i / per_row, i % per_row);
            let x = mirror(SM + col as f32 * (cw + GAP), cw, w, rtl);
            let y = 130.0 + row as f32 * 170.0;
            tiles.push(Tile {
                x,
                y,
                w: cw,
                h: 150.0,
                color: if (row + col) % 2 == 0 { "sand" } else { "mist" }.into(),
            });
            let mut c = Flow::new(self.m, x + 14.0, cw - 28.0, y + 20.0, rtl).bounded(y + 150.0);
            c.text(label, S_HEAD.role(Role::Item));
            lines.extend(c.take());
        }
        self.slide("slide.svg", lines, tiles)
    }

    /// Technopôles first, then the other experimentation sites, in two columns.
    fn sites(&mut self) -> Drawn {
        let (spec, w, rtl) = (self.spec, Self::W, self.spec.rtl);
        let mut lines = self.title(&spec.sites_title, None);
        let half = spec.sites.len().div_ceil(2);
        let cw = (Self::INNER - GAP) / 2.0;
        for (col, chunk) in spec.sites.chunks(half.max(1)).enumerate() {
            let x = mirror(SM + col as f32 * (cw + GAP), cw, w, rtl);
            let mut c = Flow::new(self.m, x, cw, 110.0, rtl).bounded(BOTTOM);
            for (name, kind) in chunk {
                c.text(
                    &format!("{name} · {kind}"),
                    Style::new(14.0, false, "ink").lines(2).role(Role::Item),
                )
                .gap(8.0);
            }
            lines.extend(c.take());
        }
        self.slide("slide.svg", lines, Vec::new())
    }

    /// How to find the right resource: the orientation page, its address and QR code.
    fn orientation(&mut self) -> Drawn {
        let (spec, w, rtl) = (self.spec, Self::W, self.spec.rtl);
        let (title, description, url) = &spec.orientation;
        let mut lines = self.title(title, None);
        let text_w = Self::INNER - 220.0;
        let mut c =
            Flow::new(self.m, mirror(SM, text_w, w, rtl), text_w, 130.0, rtl).bounded(BOTTOM);
        c.text(description, S_BODY.lines(6)).gap(16.0);
        c.text_dir(url, Style::new(16.0, true, "sea").lines(2), false)
            .gap(6.0);
        c.text(spec.label("kit-scan"), S_BODY.lines(2));
        lines.extend(c.take());
        let mut slide = self.slide("slide.svg", lines, Vec::new());
        qr_at(
            &mut slide.ctx,
            url,
            mirror(w - SM - 180.0, 180.0, w, rtl),
            140.0,
            180.0,
        );
        slide
    }

    /// Contact: the site's address (and the publisher's e-mail once site.toml gives it), with a
    /// QR code to the home page.
    fn contact(&mut self) -> Drawn {
        let (spec, w, rtl) = (self.spec, Self::W, self.spec.rtl);
        let mut lines = Vec::new();
        let mut c = Flow::new(self.m, SM, Self::INNER - 200.0, 200.0, rtl);
        if rtl {
            c.x = SM + 200.0;
        }
        c.text(
            spec.label("kit-contact-title"),
            Style::new(30.0, true, "white").lines(2).role(Role::H2),
        );
        c.gap(10.0).text_dir(
            &spec.home_url,
            Style::new(20.0, false, "sun").lines(2),
            false,
        );
        if !spec.email.is_empty() {
            c.gap(6.0)
                .text_dir(&spec.email, Style::new(20.0, false, "sun").lines(1), false);
        }
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
