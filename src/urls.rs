//! urls: the one place where site paths are spelled: a page's URL and its file, the pages of a
//! list, a vocabulary value's page, a card. Every stage asks here, so an address is never
//! written two ways.

/// `/<lang>/` or `/<lang>/<section path>/` for a page whose content path is `path`.
pub fn page(lang: &str, path: &str) -> String {
    if path.is_empty() {
        format!("/{lang}/")
    } else {
        format!("/{lang}/{path}/")
    }
}

/// The home page of a language.
pub fn home(lang: &str) -> String {
    page(lang, "")
}

/// Page `n` of the list at `base` (`/fr/stories/page/2/`); the first is the list itself.
pub(crate) fn list_page(base: &str, n: usize) -> String {
    if n <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{n}/")
    }
}

/// `/fr/stories/x/` is written as `fr/stories/x/index.html`.
pub fn file_of(url: &str) -> String {
    format!("{}index.html", url.trim_start_matches('/'))
}

/// `/<lang>/<field>/<value>/`: the page listing what is tagged with a vocabulary value.
pub fn term(lang: &str, field: &str, value: &str) -> String {
    format!("/{lang}/{field}/{value}/")
}

/// `/<lang>/<field>/`: the page listing a vocabulary's values.
pub(crate) fn terms(lang: &str, field: &str) -> String {
    format!("/{lang}/{field}/")
}

/// `/fr/stories/x/` → `cards/fr/stories/x.png` for the Open Graph card, or
/// `cards/fr/stories/x.square.png` for another format.
pub fn card(url: &str, format: &str) -> String {
    let base = url.trim_matches('/');
    if format == "og" {
        format!("cards/{base}.png")
    } else {
        format!("cards/{base}.{format}.png")
    }
}

/// A file's site path (`/kit/fr/x.pdf`) from its output path (`kit/fr/x.pdf`).
pub(crate) fn site_path(output_path: &str) -> String {
    format!("/{output_path}")
}

/// A link to a page by its source file, as writers write it: `@/stories/x.md`,
/// `@/stories/x.en.md#section`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PageLink<'a> {
    /// The page key: `stories/x`.
    pub key: &'a str,
    pub anchor: Option<&'a str>,
}

/// Parses an `@/` link; `None` when `dest` is not one, `Err(fix)` when it is one written wrong.
pub(crate) fn page_link(dest: &str) -> Option<Result<PageLink<'_>, String>> {
    let rest = dest.strip_prefix("@/")?;
    let (target, anchor) = match rest.split_once('#') {
        Some((t, a)) => (t, Some(a)),
        None => (rest, None),
    };
    let Some(key) = target.strip_suffix(".md") else {
        return Some(Err(
            "write the link as @/<section>/<page>.md, the page's source file under content/"
                .to_string(),
        ));
    };
    // `x.en.md` names the English file of `x`: the link goes to the page in the reader's
    // language all the same.
    let key = match key.rsplit_once('.') {
        Some((base, lang)) if lang.len() == 2 => base,
        _ => key,
    };
    Some(Ok(PageLink { key, anchor }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_spelled_one_way() {
        assert_eq!(page("fr", "stories/x"), "/fr/stories/x/");
        assert_eq!(home("ar"), "/ar/");
        assert_eq!(list_page("/fr/stories/", 1), "/fr/stories/");
        assert_eq!(list_page("/fr/stories/", 3), "/fr/stories/page/3/");
        assert_eq!(file_of("/fr/stories/x/"), "fr/stories/x/index.html");
        assert_eq!(term("en", "sectors", "health"), "/en/sectors/health/");
        assert_eq!(card("/fr/stories/x/", "og"), "cards/fr/stories/x.png");
        assert_eq!(card("/fr/", "square"), "cards/fr.square.png");
    }

    #[test]
    fn page_links_name_a_key_and_maybe_an_anchor() {
        let link = |d| page_link(d).map(|r| r.map(|l| (l.key, l.anchor)));
        assert_eq!(link("@/stories/x.md"), Some(Ok(("stories/x", None))));
        assert_eq!(
            link("@/stories/x.en.md#a"),
            Some(Ok(("stories/x", Some("a"))))
        );
        assert!(matches!(link("@/stories/x"), Some(Err(_))));
        assert_eq!(link("/fr/stories/x/"), None);
    }
}
