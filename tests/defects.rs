//! The defects found by probing as an unlucky user and as an attacker (issue #34), one test
//! each: text fields that broke out of the JSON-LD block, raw HTML and script links published
//! as written, errors that named no file or line, and the smaller ones.

use crate::common;

use common::{select, Fixture};

const STORY: &str = "content/stories/premiere.fr.md";

fn error_of(site: &Fixture) -> String {
    match site.build() {
        Ok(_) => panic!("the build should have failed"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn text_fields_cannot_break_out_of_the_json_ld_block() {
    let site = Fixture::new("basic");
    for hostile in ["<!--<script>", "</script><p>x", "a & b > c"] {
        site.write(
            STORY,
            &std::fs::read_to_string(common::repo().join("tests/fixtures/basic").join(STORY))
                .unwrap()
                .replace("Première histoire", hostile)
                .replace("Le résumé.", hostile),
        );
        site.build_ok();
        let html = site.read("fr/stories/premiere/index.html");
        let doc = site.html("fr/stories/premiere/index.html");
        assert_eq!(
            select(&doc, "h1").len(),
            1,
            "{hostile}: the page lost its <h1>"
        );
        assert_eq!(
            select(&doc, "main").len(),
            1,
            "{hostile}: the page lost its <main>"
        );
        let block = select(&doc, "script[type='application/ld+json']");
        assert_eq!(block.len(), 1);
        let json: String = block[0].text().collect();
        assert!(!json.contains('<') && !json.contains('>') && !json.contains('&'));
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert!(
            v.to_string().contains(hostile),
            "{hostile}: the text survives"
        );
        assert!(!html.contains("<!--<script>"), "{hostile}");
    }
}

#[test]
fn raw_html_and_script_links_are_refused_with_their_line_unless_the_site_opts_in() {
    let site = Fixture::new("basic");
    let original = site.root().join(STORY);
    let text = std::fs::read_to_string(&original).unwrap();
    for (snippet, shown) in [
        ("<script>alert(1)</script>", "raw HTML"),
        ("<img src=x onerror=alert(1)>", "raw HTML"),
        ("[x](javascript:alert(1))", "script address"),
        ("[x](&#106;avascript:alert(1))", "script address"),
        ("![x](data:text/html,hi)", "script address"),
    ] {
        site.write(STORY, &format!("{text}\n\n{snippet}\n"));
        let err = error_of(&site);
        let line = text.lines().count() + 3;
        assert!(
            err.contains(&format!("premiere.fr.md:{line}")) && err.contains(shown),
            "{snippet}: {err}"
        );
    }
    // A comment is a note between writers: dropped, not an error.
    site.write(STORY, &format!("{text}\n\n<!-- à traduire -->\n"));
    site.build_ok();
    assert!(!site
        .read("fr/stories/premiere/index.html")
        .contains("à traduire"));
    // Opted in, the site publishes what it was given.
    site.write(STORY, &format!("{text}\n\n<mark>brut</mark>\n"));
    let settings = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{settings}\n[markdown]\nunsafe_html = true\n"),
    );
    site.build_ok();
    assert!(site
        .read("fr/stories/premiere/index.html")
        .contains("<mark>brut</mark>"));
}

#[test]
fn the_offline_folder_carries_the_sites_content_security_policy() {
    let site = Fixture::new("basic");
    let out = site.cli(&["build", "--offline", "--out", "off"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let html =
        std::fs::read_to_string(site.root().join("off/fr/stories/premiere/index.html")).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let csp = common::attr(
        &doc,
        "head meta[http-equiv='Content-Security-Policy']",
        "content",
    )
    .expect("a CSP meta element");
    assert!(csp.contains("script-src 'self'") && csp.contains("object-src 'none'"));
    let netlify = std::fs::read_to_string(common::repo().join("netlify.toml")).unwrap();
    assert!(netlify.contains("Strict-Transport-Security"));
    assert!(!netlify.contains("interest-cohort"));
}

#[test]
fn two_pages_at_one_address_name_both_files() {
    let site = Fixture::new("basic");
    site.write(
        "content/about/_index.fr.md",
        "+++\ntitle = \"Autre à propos\"\n+++\nTexte.\n",
    );
    let err = error_of(&site);
    assert!(
        err.contains("content/about.fr.md") && err.contains("content/about/_index.fr.md"),
        "{err}"
    );
    site.remove("content/about/_index.fr.md");
    site.write("content/search.fr.md", "+++\ntitle = \"Chercher\"\n+++\n");
    let err = error_of(&site);
    assert!(err.contains("content/search.fr.md:1"), "{err}");
}

#[test]
fn a_figure_shortcode_with_a_missing_picture_fails_like_a_markdown_image() {
    let site = Fixture::new("basic");
    let text = std::fs::read_to_string(site.root().join(STORY)).unwrap();
    site.write(
        STORY,
        &format!("{text}\n{{{{ figure(src=\"/images/nope.jpg\", alt=\"x\") }}}}\n"),
    );
    let err = error_of(&site);
    assert!(
        err.contains("premiere.fr.md") && err.contains("/images/nope.jpg"),
        "{err}"
    );
}

#[test]
fn files_that_are_not_utf8_or_nest_too_deep_are_named_with_their_line() {
    let site = Fixture::new("basic");
    let settings = std::fs::read(site.root().join("site.toml")).unwrap();
    let mut bad = b"title = \"Fixture\"\nbase_url = \"x\"\n# caf\xe9\n".to_vec();
    bad.extend_from_slice(&settings);
    std::fs::write(site.root().join("site.toml"), &bad).unwrap();
    let err = error_of(&site);
    assert!(
        err.contains("site.toml:3") && err.contains("UTF-8"),
        "{err}"
    );
    std::fs::write(site.root().join("site.toml"), &settings).unwrap();

    let ftl = std::fs::read_to_string(site.root().join("i18n/en.ftl")).unwrap();
    let deep = format!(
        "{ftl}\ndeep = {}x{}\n",
        "{ ".repeat(5000),
        " }".repeat(5000)
    );
    site.write("i18n/en.ftl", &deep);
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    let line = ftl.lines().count() + 2;
    assert!(
        common::stderr(&out).contains(&format!("en.ftl:{line}")),
        "{}",
        common::stderr(&out)
    );
}

#[test]
fn an_event_ending_in_year_9999_ends_after_it_starts_and_a_bare_scheme_is_no_link() {
    let site = Fixture::new("agenda");
    let rel = "content/events/salon-futur.fr.md";
    site.edit(rel, "end = 2031-06-13T18:00:00", "end = 9999-12-31");
    site.build_ok();
    site.edit(
        rel,
        "link = \"https://example.org/salon\"",
        "link = \"https://\"",
    );
    let err = error_of(&site);
    let line = std::fs::read_to_string(site.root().join(rel))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("link"))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!("salon-futur.fr.md:{line}")) && err.contains("link"),
        "{err}"
    );
}

/// The content errors of a failed build, one per line.
fn errors(site: &Fixture) -> Vec<String> {
    match site.build() {
        Ok(_) => panic!("the build should have failed"),
        Err(oneprovence::Error::Content(list)) => list.0.iter().map(|d| d.to_string()).collect(),
        Err(e) => vec![e.to_string()],
    }
}

#[test]
fn one_mistake_gives_one_error_not_one_per_page_citing_it() {
    let site = Fixture::new("basic");
    // premiere links to seconde; seconde's front matter broken.
    let rel = "content/stories/seconde.fr.md";
    let text = std::fs::read_to_string(site.root().join(rel)).unwrap();
    site.write(
        rel,
        &text.replacen("title = \"", "title = \"non fermé\n", 1),
    );
    let list = errors(&site);
    assert_eq!(list.len(), 1, "{list:#?}");
    assert!(list[0].contains("seconde.fr.md:2"), "{list:#?}");
    site.write(rel, &text);
    // A NUL pasted into a title: its line, once.
    site.edit(rel, "title = \"", "title = \"a\\u0000");
    let list = errors(&site);
    assert_eq!(list.len(), 1, "{list:#?}");
    assert!(list[0].contains("seconde.fr.md:2") && list[0].contains("U+0000"));
    site.write(rel, &text);
    // figures.toml broken: its own error, not one per page showing a figure.
    site.edit("content/figures.toml", "source = ", "sourcex = ");
    let list = errors(&site);
    assert_eq!(list.len(), 1, "{list:#?}");
    assert!(list[0].contains("figures.toml"), "{list:#?}");
}

#[test]
fn a_template_field_naming_no_template_is_reported_at_its_line() {
    let site = Fixture::new("basic");
    site.edit(
        "content/stories/premiere.fr.md",
        "date = ",
        "template = \"nope.html\"\ndate = ",
    );
    let list = errors(&site);
    assert_eq!(list.len(), 1, "{list:#?}");
    assert!(
        list[0].contains("premiere.fr.md:3") && list[0].contains("nope.html"),
        "{list:#?}"
    );
}

#[test]
fn templates_nested_past_reason_are_refused_with_their_line_not_a_crash() {
    let site = Fixture::new("basic");
    let rel = "themes/one-provence/templates/page.html";
    let text = std::fs::read_to_string(site.root().join(rel)).unwrap();
    let line = text.lines().count() + 1;
    for deep in [
        format!("{{{{ {}1{} }}}}", "(".repeat(5000), ")".repeat(5000)),
        format!(
            "{}x{}",
            "{% if true %}".repeat(3000),
            "{% endif %}".repeat(3000)
        ),
    ] {
        site.write(rel, &format!("{text}{deep}\n"));
        let out = site.cli(&["build"]);
        assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
        assert!(
            common::stderr(&out).contains(&format!("page.html:{line}")),
            "{}",
            common::stderr(&out)
        );
    }
    site.write(rel, &text);
    let svg = "brand/templates/cards/og.svg";
    let text = std::fs::read_to_string(site.root().join(svg)).unwrap();
    let at = text.rfind("</svg>").unwrap();
    site.write(
        svg,
        &format!(
            "{}{}{}{}",
            &text[..at],
            "<g>".repeat(3000),
            "</g>".repeat(3000),
            &text[at..]
        ),
    );
    site.edit("site.toml", "cards = false", "cards = true");
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert!(
        common::stderr(&out).contains("og.svg"),
        "{}",
        common::stderr(&out)
    );
}

#[test]
fn a_font_stack_that_would_break_the_stylesheet_is_refused_at_its_line() {
    let site = Fixture::new("basic");
    let brand = std::fs::read_to_string(site.root().join("brand/brand.toml")).unwrap();
    let line = brand.lines().position(|l| l.starts_with("latin")).unwrap() + 1;
    site.edit("brand/brand.toml", "latin = \"", "latin = \"}body{x;");
    let err = error_of(&site);
    assert!(
        err.contains(&format!("brand.toml:{line}")) && err.contains("font"),
        "{err}"
    );
}

#[test]
fn a_source_file_too_large_to_be_text_is_refused_by_name() {
    let site = Fixture::new("basic");
    let mut big = b"+++\ntitle = \"x\"\n+++\n".to_vec();
    big.resize(33 * 1024 * 1024, b'a');
    std::fs::write(site.root().join("content/stories/enorme.fr.md"), &big).unwrap();
    let err = error_of(&site);
    assert!(err.contains("enorme.fr.md") && err.contains("MB"), "{err}");
}

#[test]
fn a_resized_picture_keeps_its_title_and_the_text_of_a_formatted_alt() {
    let site = Fixture::new("basic");
    let png = image::RgbImage::from_pixel(8, 6, image::Rgb([10, 20, 30]));
    std::fs::create_dir_all(site.root().join("static/images")).unwrap();
    png.save(site.root().join("static/images/vue.png")).unwrap();
    let text = std::fs::read_to_string(site.root().join(STORY)).unwrap();
    site.write(
        STORY,
        &format!("{text}\n![une *belle* `vue`\nsur la mer](/images/vue.png \"Le titre\")\n"),
    );
    site.build_ok();
    let doc = site.html("fr/stories/premiere/index.html");
    let img = select(&doc, "main img[src='/images/vue.png']");
    assert_eq!(img.len(), 1);
    assert_eq!(img[0].value().attr("alt"), Some("une belle vue sur la mer"));
    assert_eq!(img[0].value().attr("title"), Some("Le titre"));
    assert_eq!(img[0].value().attr("width"), Some("8"));
}

#[test]
fn an_include_of_a_missing_partial_is_named_with_its_line_when_the_theme_loads() {
    let site = Fixture::new("basic");
    let rel = "themes/one-provence/templates/page.html";
    let text = std::fs::read_to_string(site.root().join(rel)).unwrap();
    site.write(
        rel,
        &format!("{text}{{% include \"partials/nope.html\" %}}\n"),
    );
    let err = error_of(&site);
    let line = text.lines().count() + 1;
    assert!(
        err.contains(&format!("page.html:{line}")) && err.contains("partials/nope.html"),
        "{err}"
    );
}
