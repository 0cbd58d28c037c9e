//! serve: answers one request: the reload script, the long poll, or a file of the last good
//! build (`HEAD` included), with the site's own 404 page for what is not there.

use std::time::Duration;

use tiny_http::{Header, Method, Request, Response, StatusCode};

use std::path::Path;

use super::files::{lookup, mime};
use super::{State, RELOAD_SCRIPT};

const POLL: &str = "/__oneprovence/poll";
const SCRIPT: &str = include_str!("livereload.js");

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("ASCII header")
}

pub(crate) fn handle(state: &State, request: Request) {
    let url = request.url().to_string();
    let path = url.split('?').next().unwrap_or("").to_string();
    if path == RELOAD_SCRIPT {
        let r = Response::from_string(SCRIPT)
            .with_header(header("Content-Type", "text/javascript; charset=utf-8"))
            .with_header(header("Cache-Control", "no-store"));
        let _ = request.respond(r);
        return;
    }
    if path == POLL {
        poll(state, request, &url);
        return;
    }
    let files = state
        .status
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .files
        .clone();
    let Some(files) = files else {
        let r = Response::from_string("The first build failed: see the terminal.")
            .with_status_code(503);
        let _ = request.respond(r);
        return;
    };
    let head = *request.method() == Method::Head;
    let found = lookup(&files, &url).map(|(name, bytes)| (name, bytes, 200));
    // Else the language's own 404 page when the path starts with a language folder.
    let lang = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let missing = || {
        let own = format!("{lang}/404.html");
        files
            .get_key_value(&own)
            .or_else(|| files.get_key_value("404.html"))
            .map(|(k, v)| (k.clone(), v.as_slice(), 404))
    };
    let Some((name, bytes, status)) = found.or_else(missing) else {
        let _ = request.respond(Response::empty(404));
        return;
    };
    let body = if head { Vec::new() } else { bytes.to_vec() };
    let response = Response::new(
        StatusCode(status),
        vec![
            header("Content-Type", mime(Path::new(&name))),
            header("Cache-Control", "no-store"),
        ],
        std::io::Cursor::new(body),
        Some(bytes.len()),
        None,
    );
    let _ = request.respond(response);
}

/// Answers when the build version differs from the page's, or after 25 s.
fn poll(state: &State, request: Request, url: &str) {
    let seen: u64 = url
        .split("v=")
        .nth(1)
        .and_then(|v| v.split('&').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let status = state
        .status
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let (status, _) = state
        .changed
        .wait_timeout_while(status, Duration::from_secs(25), |s| s.version == seen)
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let body = serde_json::json!({ "version": status.version, "error": status.error }).to_string();
    drop(status);
    let r = Response::from_string(body)
        .with_header(header("Content-Type", "application/json"))
        .with_header(header("Cache-Control", "no-store"));
    let _ = request.respond(r);
}
