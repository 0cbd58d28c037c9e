//! "Mise en relation": the Netlify forms of entry and audience pages, their offline stand-in,
//! the thank-you pages, the publisher settings and the outbound links of entries.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{attr, select, stderr, text, Fixture};
use scraper::Html;

const LANGS: [&str; 3] = ["fr", "en", "ar"];
const SECTIONS: [&str; 4] = ["ecosystem", "schemes", "sites", "audiences"];

/// The shipped site built once, online and offline (no kit: it has its own tests).
fn site() -> &'static (Fixture, PathBuf) {
    static SITE: OnceLock<(Fixture, PathBuf)> = OnceLock::new();
    SITE.get_or_init(|| {
        let f = Fixture::shipped();
        f.edit("site.toml", "kit = true", "kit = false");
        f.build_ok();
        let offline = f.root().join("offline");
        let out = f.cli(&["build", "--offline", "--out", "offline"]);
        assert!(out.status.success(), "{}", stderr(&out));
        (f, offline)
    })
}

/// Slugs of the shipped entries and audience pages of a section (from the French files).
fn slugs(section: &str) -> Vec<String> {
    let dir = common::repo().join("content").join(section);
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".fr.md")
                .map(String::from)
        })
        .filter(|s| s != "_index")
        .collect();
    out.sort();
    out
}

fn page(root: &Path, rel: &str) -> Html {
    let p = root.join(rel);
    Html::parse_document(&std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{rel}: {e}")))
}

/// Checks one page's form and returns the number of Netlify forms found.
fn assert_well_formed(doc: &Html, lang: &str, rel: &str, public: &Path) {
    let forms = select(doc, "form[data-netlify=\"true\"]");
    assert_eq!(forms.len(), 1, "{rel}: one Netlify form");
    let f = forms[0].value();
    assert_eq!(f.attr("method"), Some("POST"), "{rel}");
    let name = f.attr("name").expect("form name");
    let action = f.attr("action").unwrap();
    assert_eq!(action, format!("/{lang}/thanks/"), "{rel}");
    assert!(public.join(&action[1..]).join("index.html").is_file());
    let pot = f.attr("data-netlify-honeypot").expect("honeypot attribute");
    let form = "form[data-netlify=\"true\"]";
    assert!(
        !select(doc, &format!("{form} [hidden] input[name=\"{pot}\"]")).is_empty(),
        "{rel}: the honeypot field is in the form and hidden"
    );
    assert_eq!(
        attr(doc, &format!("{form} input[name=\"form-name\"]"), "value").as_deref(),
        Some(name)
    );
    let about = attr(
        doc,
        &format!("{form} input[type=hidden][name=concerne]"),
        "value",
    );
    assert_eq!(about.as_deref(), Some(text(doc, "h1").trim()), "{rel}");
    for (field, required) in [
        ("name", true),
        ("organisation", false),
        ("email", true),
        ("message", true),
    ] {
        let css = format!("{form} [name=\"{field}\"]");
        let el = select(doc, &css);
        assert_eq!(el.len(), 1, "{rel}: field {field}");
        let id = el[0].value().attr("id").expect("id for the label");
        let label = text(doc, &format!("label[for=\"{id}\"]"));
        assert!(
            !label.trim().is_empty(),
            "{rel}: {field} has a visible label"
        );
        assert_eq!(
            el[0].value().attr("required").is_some(),
            required,
            "{rel}: {field}"
        );
    }
    assert_eq!(
        attr(doc, &format!("{form} [name=email]"), "type").as_deref(),
        Some("email")
    );
    assert_eq!(
        attr(doc, &format!("{form} [name=email]"), "autocomplete").as_deref(),
        Some("email")
    );
    assert!(
        text(doc, ".contact-consent").contains("CNIL"),
        "{rel}: consent"
    );
}

#[test]
fn every_entry_and_audience_page_carries_one_well_formed_netlify_form() {
    let (f, _) = site();
    let public = f.public();
    let mut seen = 0;
    for section in SECTIONS {
        for slug in slugs(section) {
            for lang in LANGS {
                let rel = format!("{lang}/{section}/{slug}/index.html");
                assert_well_formed(&page(&public, &rel), lang, &rel, &public);
                seen += 1;
            }
        }
    }
    assert!(seen > 150, "{seen} pages");
    // Stories and the home page ask nothing.
    for rel in ["fr/index.html", "ar/stories/index.html"] {
        assert!(select(&page(&public, rel), "form[data-netlify]").is_empty());
    }
}

/// Decodes the QR code drawn as SVG in the offline stand-in.
fn decode_qr(svg: &str) -> String {
    let tree = resvg::usvg::Tree::from_str(svg, &Default::default()).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(320, 320).unwrap();
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    let scale = 320.0 / tree.size().width();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(320, 320, |x, y| {
        pixmap.pixel(x as u32, y as u32).unwrap().red()
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().unwrap().1
}

#[test]
fn the_offline_build_swaps_every_form_for_the_online_address_and_a_qr_code() {
    let (f, offline) = site();
    for entry in walkdir::WalkDir::new(offline).into_iter().flatten() {
        if entry.path().extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(entry.path()).unwrap();
            assert!(!html.contains("data-netlify"), "{}", entry.path().display());
            assert!(
                !html.contains("atom.xml"),
                "{}: dead feed link",
                entry.path().display()
            );
        }
    }
    let base = "https://oneprovence.netlify.app";
    for (lang, rel) in [
        ("fr", "ecosystem/cciamp"),
        ("ar", "audiences/talents"),
        ("en", "schemes/pret-honneur"),
    ] {
        let path = format!("{lang}/{rel}/index.html");
        if !offline.join(&path).exists() {
            continue;
        }
        let doc = page(offline, &path);
        let online = format!("{base}/{lang}/{rel}/#contact");
        assert_eq!(
            attr(&doc, ".contact-offline a", "href").as_deref(),
            Some(online.as_str())
        );
        let svg = select(&doc, ".contact-offline svg")[0].html();
        let svg = svg.replacen("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"", 1);
        assert_eq!(decode_qr(&svg), online, "{path}");
        assert!(attr(&doc, ".contact-offline svg", "aria-label").is_some_and(|l| !l.is_empty()));
    }
    assert!(f.public().join("fr/thanks/index.html").is_file());
}

#[test]
fn thank_you_pages_exist_in_every_language_with_alternates_and_stay_out_of_search_engines() {
    let (f, _) = site();
    for lang in LANGS {
        let doc = f.html(&format!("{lang}/thanks/index.html"));
        assert!(!text(&doc, "h1").trim().is_empty());
        assert_eq!(
            attr(&doc, "meta[name=robots]", "content").as_deref(),
            Some("noindex")
        );
        let langs: Vec<_> = select(&doc, "link[rel=alternate][hreflang]")
            .iter()
            .filter_map(|l| l.value().attr("hreflang").map(String::from))
            .collect();
        assert_eq!(langs, ["fr", "en", "ar", "x-default"]);
    }
}

#[test]
fn the_root_chooser_marks_no_language_as_current() {
    let (f, _) = site();
    let doc = f.html("index.html");
    assert!(select(&doc, ".lang-switch [aria-current]").is_empty());
    assert_eq!(select(&doc, ".lang-switch a").len(), 3);
}

#[test]
fn the_touch_icon_is_the_emblem_centred_on_white() {
    let (f, _) = site();
    let img = image::open(f.public().join("apple-touch-icon.png"))
        .unwrap()
        .to_rgba8();
    assert_eq!(img.dimensions(), (180, 180));
    let (mut x0, mut y0, mut x1, mut y1) = (180, 180, 0, 0);
    for (x, y, p) in img.enumerate_pixels() {
        if p.0[..3].iter().any(|&c| c < 200) {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
    }
    assert!(x1 > x0 + 100, "the emblem fills the icon: {x0}..{x1}");
    let (left, right, top, bottom) = (x0, 179 - x1, y0, 179 - y1);
    assert!(left.abs_diff(right) <= 2, "centred: {left} vs {right}");
    assert!(top.abs_diff(bottom) <= 2, "centred: {top} vs {bottom}");
    assert!(left >= 20 && top >= 20, "clear space");
    let doc = f.html("fr/index.html");
    assert_eq!(
        attr(&doc, "link[rel=apple-touch-icon]", "href").as_deref(),
        Some("/apple-touch-icon.png")
    );
}

#[test]
fn check_fails_while_a_publisher_setting_is_empty_and_the_legal_page_shows_them() {
    let site = Fixture::new("basic");
    let out = site.cli(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    for k in ["name", "address", "director", "email", "host"] {
        assert!(
            stdout.contains(&format!("site.toml: [publisher] {k} is empty")),
            "{stdout}"
        );
    }
    site.write(
        "site.toml",
        &(std::fs::read_to_string(site.root().join("site.toml")).unwrap()
            + "\n[publisher]\nname = \"Agence test\"\naddress = \"1 rue du Test\"\n\
               director = \"D. Test\"\nemail = \"contact@fixture.test\"\nhost = \"Hôte test\"\n"),
    );
    site.write(
        "content/legal.fr.md",
        "+++\ntitle = \"Mentions\"\n+++\n\n{{ publisher() }}\n",
    );
    let out = site.cli(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("[publisher]"), "{stdout}");
    site.build_ok();
    let doc = site.html("fr/legal/index.html");
    let shown = text(&doc, ".publisher");
    for v in ["Agence test", "1 rue du Test", "D. Test", "Hôte test"] {
        assert!(shown.contains(v), "{shown}");
    }
    assert_eq!(
        attr(&doc, ".publisher a[href^=mailto]", "href").as_deref(),
        Some("mailto:contact@fixture.test")
    );
}

#[test]
fn an_entry_website_must_be_https_and_shows_its_domain() {
    let site = Fixture::new("basic");
    site.edit(
        "content/ecosystem/incubo.fr.md",
        "+++\n",
        "+++\nwebsite = \"http://incubo.example.org\"\n",
    );
    let err = site.build().unwrap_err().to_string();
    assert!(
        err.contains("content/ecosystem/incubo.fr.md:2: `website` is not an https:// address"),
        "{err}"
    );
    site.edit(
        "content/ecosystem/incubo.fr.md",
        "http://incubo.example.org",
        "https://www.incubo.example.org/accueil",
    );
    site.edit(
        "content/ecosystem/incubo.fr.md",
        "+++\n",
        "+++\ncontact_page = \"https://incubo.example.org/contact\"\n",
    );
    site.build_ok();
    let doc = site.html("en/ecosystem/incubo/index.html");
    let links = select(&doc, ".outbound a");
    assert_eq!(links.len(), 2);
    assert_eq!(
        links[0].value().attr("href"),
        Some("https://www.incubo.example.org/accueil")
    );
    assert_eq!(
        text(&doc, ".outbound li:first-child .domain"),
        "incubo.example.org"
    );
}

/// HTML files of a built site, relative to it, the editor's pages left out.
fn html_pages(root: &Path) -> Vec<String> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            e.path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .filter(|rel| !rel.starts_with("admin/"))
        .collect()
}

/// Issue #29: a person to talk to is one click away from every page, in its header (the phone
/// menu included: it is the same list) and its footer.
#[test]
fn every_page_links_to_the_contact_page_from_its_header_and_footer() {
    let (f, _) = site();
    let public = f.public();
    let pages = html_pages(&public);
    assert!(pages.len() > 350, "{} pages", pages.len());
    for rel in &pages {
        let doc = page(&public, rel);
        let lang = attr(&doc, "html", "lang").expect("lang");
        let href = format!("/{lang}/contact/");
        for part in [".main-nav ul#main-menu", ".site-footer"] {
            let links = select(&doc, &format!("{part} a[href=\"{href}\"]"));
            assert_eq!(links.len(), 1, "{rel}: {part} links to {href}");
            assert!(!links[0].text().collect::<String>().trim().is_empty());
        }
        // The phone menu's button controls that same list.
        assert_eq!(
            attr(&doc, ".main-nav button.menu-toggle", "aria-controls").as_deref(),
            Some("main-menu"),
            "{rel}"
        );
    }
}

#[test]
fn the_contact_page_has_the_general_form_the_audiences_and_the_publisher_only_when_given() {
    let (f, offline) = site();
    let public = f.public();
    for lang in LANGS {
        let rel = format!("{lang}/contact/index.html");
        let doc = page(&public, &rel);
        assert_well_formed(&doc, lang, &rel, &public);
        assert_eq!(
            attr(&doc, "form[data-netlify]", "name").as_deref(),
            Some("mise-en-relation")
        );
        let audiences: Vec<String> = select(&doc, ".contact-audiences a")
            .iter()
            .filter_map(|a| a.value().attr("href").map(String::from))
            .collect();
        let mut expected: Vec<String> = slugs("audiences")
            .iter()
            .map(|s| format!("/{lang}/audiences/{s}/"))
            .collect();
        let mut got = audiences.clone();
        got.sort();
        expected.sort();
        assert_eq!(got, expected, "{rel}: the four audiences");
        // The seeds give no publisher details: none is shown, and no placeholder either.
        assert!(select(&doc, ".contact-publisher").is_empty(), "{rel}");
        assert!(select(&doc, ".contact-page .unset").is_empty(), "{rel}");
        // Offline, the form becomes the online page's address and its QR code.
        let doc = page(offline, &rel);
        let online = format!("https://oneprovence.netlify.app/{lang}/contact/#contact");
        assert_eq!(
            attr(&doc, ".contact-offline a", "href").as_deref(),
            Some(online.as_str())
        );
    }
    let filled = Fixture::shipped();
    filled.edit("site.toml", "kit = true", "kit = false");
    filled.fill_publisher();
    filled.edit(
        "site.toml",
        "email = \"x\"",
        "email = \"contact@example.org\"",
    );
    filled.build_ok();
    let doc = filled.html("en/contact/index.html");
    let shown = text(&doc, ".contact-publisher");
    assert!(shown.contains("contact@example.org"), "{shown}");
    assert_eq!(
        attr(&doc, ".contact-publisher a", "href").as_deref(),
        Some("mailto:contact@example.org")
    );
}

/// The orientation's answers end with a form of their own whose hidden fields carry the
/// question and the answers shown (filled in the browser: tests/browser/contact-page.test.mjs).
#[test]
fn the_orientation_page_ends_with_a_form_carrying_the_question_and_the_answers() {
    let (f, _) = site();
    let public = f.public();
    for lang in LANGS {
        let rel = format!("{lang}/orientation/index.html");
        let doc = page(&public, &rel);
        assert_well_formed(&doc, lang, &rel, &public);
        let form = "form[data-netlify][name=orientation]";
        for field in ["question", "reponses"] {
            let css = format!("{form} input[type=hidden][name={field}]");
            assert_eq!(select(&doc, &css).len(), 1, "{rel}: {field}");
        }
        let html = std::fs::read_to_string(public.join(&rel)).unwrap();
        let results = html.find("data-orientation-results").unwrap();
        let form_at = html.find("name=\"orientation\"").unwrap();
        assert!(form_at > results, "{rel}: the form comes after the answers");
    }
}

/// Netlify registers a form's fields once per name, at deploy: every form of one name must
/// carry the same fields, or submissions lose the ones it did not see.
#[test]
fn netlify_forms_of_one_name_have_the_same_fields_on_every_page() {
    let (f, _) = site();
    let public = f.public();
    let mut by_name: std::collections::BTreeMap<String, (String, Vec<String>)> = Default::default();
    for rel in html_pages(&public) {
        let doc = page(&public, &rel);
        for form in select(&doc, "form[data-netlify]") {
            let name = form.value().attr("name").unwrap().to_string();
            let mut fields: Vec<String> = form
                .select(
                    &scraper::Selector::parse("input[name], textarea[name], select[name]").unwrap(),
                )
                .map(|e| e.value().attr("name").unwrap().to_string())
                .collect();
            fields.sort();
            match by_name.get(&name) {
                Some((first, seen)) => assert_eq!(&fields, seen, "{rel} and {first}: form {name}"),
                None => {
                    by_name.insert(name, (rel.clone(), fields));
                }
            }
        }
    }
    let names: Vec<&String> = by_name.keys().collect();
    assert_eq!(names, ["mise-en-relation", "orientation"]);
}
