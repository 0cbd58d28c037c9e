//! content (addresses): one page per address. Two files whose pages land at one URL
//! (`about.fr.md` and `about/_index.fr.md`), or a page at an address the build fills itself
//! (the search and thank-you pages), would overwrite each other: each is reported at its own
//! file, naming the other, before anything is rendered (issue #34).

use std::collections::BTreeMap;

use super::Page;
use crate::error::Diagnostic;

/// Page keys whose addresses the build generates in every language.
const GENERATED: [&str; 2] = ["search", "thanks"];

pub fn check(pages: &[Page], problems: &mut Vec<Diagnostic>) {
    let mut at: BTreeMap<&str, Vec<&Page>> = BTreeMap::new();
    for p in pages.iter().filter(|p| !p.fallback) {
        at.entry(p.url.as_str()).or_default().push(p);
    }
    for (url, here) in at {
        if here.len() > 1 {
            for p in &here {
                let others: Vec<String> = here
                    .iter()
                    .filter(|o| o.path != p.path)
                    .map(|o| o.path.display().to_string())
                    .collect();
                problems.push(Diagnostic::new(
                    &p.path,
                    1,
                    format!(
                        "this page's address {url} is also that of {}",
                        others.join(", ")
                    ),
                    "rename or move one of the files: a page's address comes from its file name",
                ));
            }
        }
    }
    for p in pages
        .iter()
        .filter(|p| !p.fallback && GENERATED.contains(&p.key.as_str()))
    {
        problems.push(Diagnostic::new(
            &p.path,
            1,
            format!(
                "{} is the address of the {} page the build makes",
                p.url, p.key
            ),
            "rename the file: this address is taken in every language",
        ));
    }
}
