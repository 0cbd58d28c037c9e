//! serve: maps a request path to a file of the output folder, refusing anything that could
//! leave it (`..`, encoded dots and slashes, backslashes, absolute paths, symlinks leading out),
//! and names the MIME type of what it serves.

use std::path::{Path, PathBuf};

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

/// The file a request path names inside `root`, or `None` when it is not a safe file there.
pub fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let lower = path.to_ascii_lowercase();
    // An encoded slash or backslash is never part of a page's address.
    if lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") {
        return None;
    }
    let decoded = percent_decode(path)?;
    if !decoded.starts_with('/') || decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let mut rel = PathBuf::new();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => continue,
            ".." => return None,
            s if s.contains(':') => return None,
            s => rel.push(s),
        }
    }
    let mut full = root.join(&rel);
    if decoded.ends_with('/') || full.is_dir() {
        full.push("index.html");
    }
    let canonical = full.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    (canonical.starts_with(&root) && canonical.is_file()).then_some(canonical)
}

pub fn mime(path: &Path) -> &'static str {
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

    fn site() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("public/fr")).unwrap();
        std::fs::write(d.path().join("public/fr/index.html"), "fr").unwrap();
        std::fs::write(d.path().join("public/a b.css"), "x").unwrap();
        std::fs::write(d.path().join("secret.txt"), "secret").unwrap();
        d
    }

    #[test]
    fn serves_files_and_folder_indexes() {
        let d = site();
        let root = d.path().join("public");
        assert!(resolve(&root, "/fr/").unwrap().ends_with("fr/index.html"));
        assert!(resolve(&root, "/fr").unwrap().ends_with("fr/index.html"));
        assert!(resolve(&root, "/a%20b.css?v=1").is_some());
        assert!(resolve(&root, "/nope/").is_none());
    }

    #[test]
    fn refuses_every_way_out_of_the_folder() {
        let d = site();
        let root = d.path().join("public");
        for bad in [
            "/../secret.txt",
            "/fr/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/..%2fsecret.txt",
            "/..%2Fsecret.txt",
            "/..\\secret.txt",
            "/..%5csecret.txt",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "secret.txt",
            "/%00",
            "/%zz",
        ] {
            assert!(resolve(&root, bad).is_none(), "{bad}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn refuses_symlinks_leading_out() {
        let d = site();
        let root = d.path().join("public");
        std::os::unix::fs::symlink(d.path().join("secret.txt"), root.join("link.txt")).unwrap();
        assert!(resolve(&root, "/link.txt").is_none());
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
