//! serve: maps a request path to a file of the built site, refusing anything that could
//! leave it (`..`, encoded dots and slashes, backslashes, absolute paths, symlinks leading out),
//! and names the MIME type of what it serves.

use std::path::Path;

/// Decodes `%XX` escapes; `None` for a malformed escape or text that is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The relative path (`fr/stories/x/index.html`) a request names among the site's files, which
/// `serve` keeps in memory: no file system is reached, so no symlink can lead out.
/// The site's files by relative path; bytes shared, so a one-page rebuild copies no other file.
pub(crate) use crate::pipeline::Files;

pub(crate) fn lookup<'a>(files: &'a Files, url: &str) -> Option<(String, &'a [u8])> {
    let rel = relative(url)?;
    let candidates = if rel.is_empty() || url.split(['?', '#']).next()?.ends_with('/') {
        vec![format!(
            "{rel}{}index.html",
            if rel.is_empty() { "" } else { "/" }
        )]
    } else {
        vec![rel.clone(), format!("{rel}/index.html")]
    };
    candidates.into_iter().find_map(|c| {
        files
            .get_key_value(&c)
            .map(|(k, v)| (k.clone(), v.as_slice()))
    })
}

/// The request path as safe relative segments joined by `/`, or `None` when it is hostile.
fn relative(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let lower = path.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") {
        return None;
    }
    let decoded = percent_decode(path)?;
    if !decoded.starts_with('/')
        || decoded.starts_with("//")
        || decoded.contains('\\')
        || decoded.contains('\0')
    {
        return None;
    }
    let mut parts = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => continue,
            ".." => return None,
            s if s.contains(':') => return None,
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

pub(crate) fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_pages_in_memory_and_refuses_hostile_paths() {
        let mut files = Files::new();
        files.insert("index.html".to_string(), b"root".to_vec().into());
        files.insert("fr/index.html".to_string(), b"fr".to_vec().into());
        files.insert("a b.css".to_string(), b"x".to_vec().into());
        assert_eq!(lookup(&files, "/").unwrap().0, "index.html");
        assert_eq!(lookup(&files, "/fr/").unwrap().0, "fr/index.html");
        assert_eq!(lookup(&files, "/fr").unwrap().0, "fr/index.html");
        assert_eq!(lookup(&files, "/a%20b.css?v=2").unwrap().0, "a b.css");
        for bad in [
            "/../fr/",
            "/%2e%2e/fr/",
            "/fr%2findex.html",
            "//fr/",
            "/..\\fr",
            "fr/",
            "/%zz",
        ] {
            assert!(lookup(&files, bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn names_the_types_browsers_need() {
        assert_eq!(mime(Path::new("a.woff2")), "font/woff2");
        assert_eq!(mime(Path::new("a.svg")), "image/svg+xml");
        assert_eq!(mime(Path::new("a.pdf")), "application/pdf");
        assert_eq!(
            mime(Path::new("site.webmanifest")),
            "application/manifest+json"
        );
    }
}
