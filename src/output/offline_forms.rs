//! output (offline forms): a contact form cannot post from a USB stick, so the offline build
//! swaps each Netlify form for one sentence, the online page's address and a QR code to it
//! (the form's `data-offline`, `data-online` and `data-qr-label` give them, already escaped).

use crate::kit::qr;

const OPEN: &str = "<form class=\"contact-form\"";
const CLOSE: &str = "</form>";

/// The page with every contact form replaced; other forms (search) are left alone.
pub fn replace(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        let Some(len) = rest[start..].find(CLOSE) else {
            break;
        };
        let form = &rest[start..start + len];
        out.push_str(&rest[..start]);
        out.push_str(&note(form));
        rest = &rest[start + len + CLOSE.len()..];
    }
    out.push_str(rest);
    out
}

/// The value of `name="..."` in the form's opening tag, as written (escaped).
fn attr<'a>(form: &'a str, name: &str) -> &'a str {
    let tag = &form[..form.find('>').unwrap_or(form.len())];
    let pat = format!(" {name}=\"");
    tag.find(&pat)
        .map(|i| &tag[i + pat.len()..])
        .and_then(|v| v.find('"').map(|end| &v[..end]))
        .unwrap_or("")
}

fn note(form: &str) -> String {
    let online = attr(form, "data-online");
    // The address was escaped for an attribute; the QR code carries the raw one.
    let raw = online.replace("&amp;", "&").replace("&#x2F;", "/");
    let svg = qr::encode(&raw).map_or(String::new(), |q| {
        let n = q.modules + 8;
        format!(
            "<svg class=\"contact-qr\" role=\"img\" aria-label=\"{label}\" viewBox=\"-4 -4 {n} {n}\" width=\"160\" height=\"160\"><rect x=\"-4\" y=\"-4\" width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>",
            label = attr(form, "data-qr-label"),
            path = q.path
        )
    });
    format!(
        "<div class=\"contact-offline\"><p>{text}</p><p><a href=\"{online}\" dir=\"ltr\">{online}</a></p>{svg}</div>",
        text = attr(form, "data-offline"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contact_form_becomes_a_sentence_a_link_and_a_qr_code() {
        let html = "<p>a</p><form class=\"contact-form\" method=\"POST\" data-online=\"https://x.test/fr/e/#contact\" data-offline=\"Hors ligne :\" data-qr-label=\"QR\"><input name=\"n\"></form><form role=\"search\"></form>";
        let out = replace(html);
        assert!(!out.contains("contact-form"), "{out}");
        assert!(out.contains("<p>Hors ligne :</p>"));
        assert!(out.contains("href=\"https://x.test/fr/e/#contact\""));
        assert!(out.contains("aria-label=\"QR\""));
        assert!(
            out.contains("<form role=\"search\"></form>"),
            "search form kept"
        );
    }
}
