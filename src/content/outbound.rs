//! content (outbound): the links a directory entry may give to its own site (`website`,
//! `contact_page`). Only https addresses: a visitor leaves the site for a page that must not
//! downgrade their connection, and a value without a scheme would become a link inside the site.

use super::fields::Fields;
use crate::error::Diagnostic;

/// The fields holding an outbound address.
pub(crate) const FIELDS: [&str; 2] = ["website", "contact_page"];

/// Why `value` is not an absolute https URL with a host, or `None` when it is one.
pub(crate) fn problem(value: &str) -> Option<&'static str> {
    let Some(rest) = value.strip_prefix("https://") else {
        return Some("is not an https:// address");
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_name = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let name = host_name.split(':').next().unwrap_or("");
    if value
        .chars()
        .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
    {
        Some("contains a space or a character a URL cannot hold")
    } else if name.is_empty() || !name.contains('.') || name.starts_with('.') || name.ends_with('.')
    {
        Some("has no host name (such as www.example.org)")
    } else {
        None
    }
}

/// `website` and `contact_page` must be https addresses (see `outbound`).
pub(super) fn check(fields: &Fields, problems: &mut Vec<Diagnostic>) {
    for k in FIELDS {
        let Some(value) = fields.string(k, problems) else {
            continue;
        };
        if let Some(why) = problem(&value) {
            let (p, l) = fields.at(k);
            let fix = format!(
                "write {k} = \"https://...\" (the page's full address), or remove the line"
            );
            problems.push(Diagnostic::new(
                p,
                l,
                format!("`{k}` {why}: {value:?}"),
                fix,
            ));
        }
    }
}

/// The host shown beside the link, without `www.`: visitors see where they are going.
pub fn domain(value: &str) -> String {
    let rest = value.strip_prefix("https://").unwrap_or(value);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.trim_start_matches("www.").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_addresses_with_a_host_pass() {
        assert_eq!(problem("https://www.example.org/contact"), None);
        assert!(problem("http://example.org").is_some());
        assert!(problem("www.example.org").is_some());
        assert!(problem("https://").is_some());
        assert!(problem("https://localhost/").is_some());
        assert!(problem("https://exa mple.org").is_some());
        assert!(problem("javascript:alert(1)").is_some());
    }

    #[test]
    fn the_domain_drops_scheme_path_and_www() {
        assert_eq!(domain("https://www.example.org/a/b?c"), "example.org");
        assert_eq!(domain("https://cci.example.fr"), "cci.example.fr");
    }
}
