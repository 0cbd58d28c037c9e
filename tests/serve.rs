//! `serve`: the real binary on loopback, spoken to over raw TCP so that hostile paths reach
//! the server exactly as written.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Fixture;

struct Server {
    child: Child,
    addr: String,
    /// What the server printed, line by line.
    log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Server {
    /// Ctrl-C, as a person stops the server.
    fn interrupt(&mut self) -> std::process::ExitStatus {
        Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        self.child.wait().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            self.interrupt();
        }
    }
}

/// `serve` started, once its cards and kit are drawn (the first build leaves them for a
/// background build when the site has them: see `start_at_once`).
fn start(site: &Fixture) -> Server {
    let (server, deferred) = start_at_once(site);
    if deferred {
        let deadline = Instant::now() + Duration::from_secs(120);
        while !server
            .log
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.starts_with("Rebuilt"))
        {
            assert!(Instant::now() < deadline, "cards and kit never drawn");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    server
}

/// `serve` started, as soon as it listens; also whether its first build left the cards and
/// the kit for later.
fn start_at_once(site: &Fixture) -> (Server, bool) {
    start_with(site, &[])
}

/// `start_at_once` with these variables in serve's environment.
fn start_with(site: &Fixture, env: &[(&str, &str)]) -> (Server, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_oneprovence"))
        .args(["serve", "--port", "0"])
        .envs(env.iter().copied())
        .current_dir(site.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let mut deferred = false;
    while !line.contains("http://") {
        line.clear();
        assert!(
            out.read_line(&mut line).unwrap() > 0,
            "serve stopped before listening"
        );
        deferred |= line.contains("cards and kit being drawn");
    }
    let addr = line
        .split("http://")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    // Keep reading so the server never blocks on a full pipe.
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = log.clone();
    std::thread::spawn(move || {
        for l in out.lines().map_while(Result::ok) {
            sink.lock().unwrap().push(l);
        }
    });
    (Server { child, addr, log }, deferred)
}

/// (status, content type, body) of a raw request line.
fn request(addr: &str, method: &str, path: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let body = raw.get(split + 4..).unwrap_or_default();
    let chunked = head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked");
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_vec()
    };
    let body = String::from_utf8_lossy(&body).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .unwrap_or("0")
        .parse()
        .unwrap_or(0);
    let ctype = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-type: ")
                .map(str::to_string)
        })
        .unwrap_or_default();
    (status, ctype, body)
}

/// The body of a chunked response (large files are sent that way).
fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&rest[..eol]).trim().to_string();
        let n = usize::from_str_radix(&size, 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        let data = &rest[eol + 2..];
        body.extend_from_slice(&data[..n]);
        rest = data[n..].strip_prefix(b"\r\n").unwrap_or(&data[n..]);
    }
    body
}

#[test]
fn serves_pages_with_their_types_and_the_reload_script() {
    let site = Fixture::new("basic");
    let server = start(&site);
    let (status, ctype, body) = request(&server.addr, "GET", "/fr/stories/premiere/");
    assert_eq!(status, 200);
    assert_eq!(ctype, "text/html; charset=utf-8");
    assert!(body.contains("<script src=\"/__oneprovence/livereload.js\" defer></script></body>"));
    assert!(!body.contains("<script>"), "no inline script");
    let (status, ctype, _) = request(&server.addr, "GET", "/fonts/noto-sans-latin-regular.woff2");
    assert_eq!((status, ctype.as_str()), (200, "font/woff2"));
    let (status, _, body) = request(&server.addr, "HEAD", "/fr/");
    assert_eq!(status, 200);
    assert!(body.is_empty(), "HEAD has no body");
    let (status, ctype, body) = request(&server.addr, "GET", "/fr/nowhere/");
    assert_eq!(status, 404);
    assert!(ctype.starts_with("text/html"));
    assert!(body.contains("Page introuvable"));
    let (status, ctype, _) = request(&server.addr, "GET", "/__oneprovence/livereload.js");
    assert_eq!(
        (status, ctype.as_str()),
        (200, "text/javascript; charset=utf-8")
    );
}

#[test]
fn refuses_every_path_out_of_the_output_folder() {
    let site = Fixture::new("basic");
    site.write("secret.txt", "do not serve");
    let server = start(&site);
    for path in [
        "/../secret.txt",
        "/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/fr/..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "//etc/passwd",
        "/%2Fetc%2Fpasswd",
    ] {
        let (status, _, body) = request(&server.addr, "GET", path);
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("do not serve") && !body.contains("root:"),
            "{path}"
        );
    }
}

#[test]
fn an_edit_is_served_within_a_second_and_a_broken_build_keeps_the_last_good_one() {
    let site = Fixture::new("basic");
    let server = start(&site);
    let (_, _, first) = request(&server.addr, "GET", "/__oneprovence/poll?v=0");
    let version: u64 = serde_json::from_str::<serde_json::Value>(&first).unwrap()["version"]
        .as_u64()
        .unwrap();

    site.edit(
        "content/stories/premiere.fr.md",
        "Première histoire",
        "Histoire modifiée",
    );
    let saved = Instant::now();
    loop {
        let (_, _, body) = request(&server.addr, "GET", "/fr/stories/premiere/");
        if body.contains("Histoire modifiée") {
            break;
        }
        assert!(
            saved.elapsed() < Duration::from_secs(1),
            "the edit was not served within a second"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    site.write("content/stories/casse.fr.md", "+++\ntitle = \n+++\n");
    let deadline = Instant::now() + Duration::from_secs(5);
    let error = loop {
        let (_, _, body) = request(
            &server.addr,
            "GET",
            &format!("/__oneprovence/poll?v={version}"),
        );
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        if let Some(e) = v["error"].as_str() {
            break e.to_string();
        }
        assert!(
            Instant::now() < deadline,
            "the failed build was not reported"
        );
    };
    assert!(error.contains("content/stories/casse.fr.md:2"), "{error}");
    let (status, _, body) = request(&server.addr, "GET", "/fr/stories/premiere/");
    assert_eq!(status, 200);
    assert!(
        body.contains("Histoire modifiée"),
        "the last good build is still served"
    );
}

/// The error `serve` reports over pages once the version passes `after`.
fn reported_error(server: &Server, after: u64) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, _, body) = request(
            &server.addr,
            "GET",
            &format!("/__oneprovence/poll?v={after}"),
        );
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        if let Some(e) = v["error"].as_str() {
            return e.to_string();
        }
        assert!(Instant::now() < deadline, "no error reported");
    }
}

#[test]
fn a_panic_while_rendering_leaves_serve_up_with_the_error_shown_and_it_recovers() {
    let site = Fixture::new("basic");
    let (server, _) = start_with(&site, &[("ONEPROVENCE_TEST_PANIC", "BOUM-PANIQUE")]);
    let (_, _, first) = request(&server.addr, "GET", "/__oneprovence/poll?v=0");
    let version = serde_json::from_str::<serde_json::Value>(&first).unwrap()["version"]
        .as_u64()
        .unwrap();
    let story = "content/stories/premiere.fr.md";
    let original = std::fs::read_to_string(site.root().join(story)).unwrap();
    // Twice: a second panic after the first must be caught as well (no poisoned lock).
    for round in 0..2 {
        site.write(story, &format!("{original}\nBOUM-PANIQUE {round}\n"));
        let error = reported_error(&server, version);
        assert!(error.contains("internal error while rebuilding"), "{error}");
        let (status, _, body) = request(&server.addr, "GET", "/fr/stories/premiere/");
        assert_eq!(status, 200, "the last good build is still served");
        assert!(!body.contains("BOUM-PANIQUE"));
    }
    site.write(
        story,
        &original.replace("Première histoire", "Histoire réparée"),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, _, body) = request(&server.addr, "GET", "/fr/stories/premiere/");
        if body.contains("Histoire réparée") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "serve did not recover on the next good save"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let (_, _, poll) = request(&server.addr, "GET", "/__oneprovence/poll?v=0");
    let v: serde_json::Value = serde_json::from_str(&poll).unwrap();
    assert!(v["error"].is_null(), "{poll}");
}

#[test]
fn ctrl_c_stops_cleanly() {
    let site = Fixture::new("basic");
    let mut server = start(&site);
    let (status, _, _) = request(&server.addr, "GET", "/fr/");
    assert_eq!(status, 200);
    let exit = server.interrupt();
    assert!(exit.success(), "{exit:?}");
    assert!(
        TcpStream::connect(&server.addr).is_err(),
        "the port is released"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_leading_out_of_the_site_is_not_served() {
    let site = Fixture::new("basic");
    site.write("secret.txt", "do not serve");
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::os::unix::fs::symlink(
        site.root().join("secret.txt"),
        site.root().join("static/leak.txt"),
    )
    .unwrap();
    let server = start(&site);
    let (status, _, body) = request(&server.addr, "GET", "/leak.txt");
    assert_eq!(status, 404);
    assert!(!body.contains("do not serve"));
}

#[test]
fn an_edit_of_a_page_text_re_renders_that_page_and_the_search_index_only() {
    let site = Fixture::new("basic");
    let server = start(&site);
    site.edit(
        "content/stories/premiere.fr.md",
        "## Un titre",
        "Un mot rare : zygomorphe.\n\n## Un titre",
    );
    let saved = Instant::now();
    loop {
        let (_, _, body) = request(&server.addr, "GET", "/fr/stories/premiere/");
        if body.contains("zygomorphe") {
            assert!(
                body.contains("/__oneprovence/livereload.js"),
                "reload script kept"
            );
            break;
        }
        assert!(saved.elapsed() < Duration::from_secs(1), "edit not served");
        std::thread::sleep(Duration::from_millis(20));
    }
    let (_, _, index) = request(&server.addr, "GET", "/fr/search-index.js");
    assert!(
        index.contains("zygomorphe"),
        "the search index has the new text"
    );
    let log = server.log.lock().unwrap().join("\n");
    assert!(
        log.contains("edited pages"),
        "the one-page path was taken: {log}"
    );

    // A dead link in the text goes through a full build, which reports it with its line.
    site.edit(
        "content/stories/premiere.fr.md",
        "Un mot rare",
        "[Perdu](@/stories/nulle-part.md). Un mot rare",
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (_, _, body) = request(&server.addr, "GET", "/__oneprovence/poll?v=0");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        if let Some(e) = v["error"].as_str() {
            assert!(e.contains("nulle-part"), "{e}");
            break;
        }
        assert!(Instant::now() < deadline, "the dead link was not reported");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits until `serve` has logged one more rebuild than `before` and then stays quiet.
fn wait_for_rebuild(server: &Server, before: usize) -> String {
    let count = || {
        let log = server.log.lock().unwrap();
        let lines: Vec<&String> = log.iter().filter(|l| l.starts_with("Rebuilt")).collect();
        (lines.len(), lines.last().map(|l| l.to_string()))
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while count().0 <= before {
        assert!(Instant::now() < deadline, "no rebuild after the edit");
        std::thread::sleep(Duration::from_millis(20));
    }
    // An editor's save can raise a second event: wait until the log is still.
    let mut seen = count().0;
    loop {
        std::thread::sleep(Duration::from_millis(300));
        let (now, last) = count();
        if now == seen {
            return last.unwrap_or_default();
        }
        seen = now;
    }
}

#[test]
fn front_matter_edits_under_serve_give_the_files_a_full_build_gives() {
    // Edits that reach other pages: a story's title (lists, term pages, the actors citing
    // it), its date (its section's order, neighbours, home, feed), its tags, a translation's
    // summary, an actor's title (the directory's finder, the stories naming it, the kit),
    // a chapter's title (its neighbours), an audience (the kit: a full build).
    let site = Fixture::shipped();
    let mut server = start(&site);
    // (file, from, to, whether the front matter path takes it: the kit shows chapters,
    // audiences and the audiences' key actors, so those go through a full build.)
    let edits = [
        (
            "content/stories/fidmed.fr.md",
            "FIDMED : un rendez-vous",
            "FIDMED : le rendez-vous",
            true,
        ),
        // (An edit of the text alone, in between, takes the one-page path.)
        (
            "content/stories/fidmed.fr.md",
            "Pour une entreprise du numérique",
            "Pour une jeune entreprise du numérique",
            false,
        ),
        (
            "content/stories/fidmed.fr.md",
            "date = 2026-10-28",
            "date = 2019-01-15",
            true,
        ),
        // (maritime: 8 pages, no new page of its term list; sante has 12, a 13th adds one.)
        (
            "content/stories/fidmed.fr.md",
            "sectors = [\"numerique\"]",
            "sectors = [\"numerique\", \"maritime\"]",
            true,
        ),
        (
            "content/stories/fidmed.en.md",
            "Led by Medinsoft",
            "Run by Medinsoft",
            true,
        ),
        (
            "content/ecosystem/amidex.fr.md",
            "Fondation A*MIDEX",
            "La fondation A*MIDEX",
            true,
        ),
        (
            "content/ecosystem/medinsoft.fr.md",
            "title = \"Medinsoft\"",
            "title = \"Medinsoft (réseau)\"",
            false,
        ),
        (
            "content/icapital/acceleration.fr.md",
            "title = \"Accélération :",
            "title = \"L'accélération :",
            false,
        ),
        (
            "content/audiences/talents.fr.md",
            "title = \"Talents\"",
            "title = \"Les talents\"",
            false,
        ),
    ];
    for (file, from, to, fast) in edits {
        edit_gives_what_a_full_build_gives(&site, &server, (file, from, to, fast));
    }
    assert!(server.interrupt().success());
}

#[test]
fn with_the_kit_off_every_page_kind_takes_the_front_matter_path_and_matches_a_full_build() {
    // What each file "shows" of other pages is written by hand in render (the keys a file's
    // context takes); this covers every kind of page that uses it, with the kit off so that
    // none of these edits is sent to the full build: a chapter (its neighbours), an audience
    // (the home page), a plain page (menu and footer), a directory entry of each directory,
    // and a story's translation (a fallback page in the other language).
    let site = Fixture::shipped();
    site.edit("site.toml", "kit = true", "kit = false");
    let mut server = start(&site);
    let edits = [
        (
            "content/icapital/experimentation.fr.md",
            "title = \"Expérimentation :",
            "title = \"L'expérimentation :",
            true,
        ),
        (
            "content/icapital/experimentation.fr.md",
            "weight = 1",
            "weight = 9",
            true,
        ),
        (
            "content/audiences/talents.fr.md",
            "title = \"Talents\"",
            "title = \"Les talents\"",
            true,
        ),
        (
            "content/about.fr.md",
            "title = \"À propos de One Provence\"",
            "title = \"Qui sommes-nous\"",
            true,
        ),
        ("content/about.fr.md", "weight = 1", "weight = 7", true),
        (
            "content/schemes/cisam-plus.fr.md",
            "title = \"",
            "title = \"Le ",
            true,
        ),
        (
            "content/sites/antennes-cisam-plus.fr.md",
            "title = \"",
            "title = \"Les ",
            true,
        ),
        (
            "content/ecosystem/medinsoft.fr.md",
            "title = \"Medinsoft\"",
            "title = \"Medinsoft (réseau)\"",
            true,
        ),
    ];
    for edit in edits {
        edit_gives_what_a_full_build_gives(&site, &server, edit);
    }
    assert!(server.interrupt().success());
}

/// Applies one edit of a served site, waits for the rebuild, checks which path it took (the
/// front matter path when `fast`, else a full build), then compares every text file served
/// with what a full build gives.
fn edit_gives_what_a_full_build_gives(
    site: &Fixture,
    server: &Server,
    (file, from, to, fast): (&str, &str, &str, bool),
) {
    let before = server
        .log
        .lock()
        .unwrap()
        .iter()
        .filter(|l| l.starts_with("Rebuilt"))
        .count();
    site.edit(file, from, to);
    let last = wait_for_rebuild(server, before);
    assert_eq!(
        last.contains("changed by the edit"),
        fast,
        "editing {file} ({from} -> {to}): {last}"
    );
    let expected = oneprovence::pipeline::build_in_memory(
        &oneprovence::BuildOptions {
            root: site.root().to_path_buf(),
            live_reload: Some("/__oneprovence/livereload.js".into()),
            ..Default::default()
        },
        &oneprovence::render::reuse::Nothing,
    )
    .unwrap();
    let mut compared = 0;
    for o in &expected.outputs {
        let text = [".html", ".xml", ".js", ".txt", ".json"]
            .iter()
            .any(|e| o.path.ends_with(e));
        if !text {
            continue;
        }
        let (status, _, body) = request(&server.addr, "GET", &format!("/{}", o.path));
        assert_eq!(status, 200, "{} after editing {file}", o.path);
        assert!(
            body == String::from_utf8_lossy(&o.bytes),
            "{} differs from a full build after editing {file} ({from} -> {to}); serve said: {last}",
            o.path
        );
        compared += 1;
    }
    assert!(compared > 400, "only {compared} files compared");
}

#[test]
fn term_pages_appear_and_vanish_under_serve_as_values_gain_and_lose_pages() {
    let site = Fixture::new("basic");
    // Two pages per list page: `sante`, tagging three French pages, has two list pages.
    site.edit(
        "site.toml",
        "default_language = \"fr\"",
        "default_language = \"fr\"\nterms_paginate_by = 2",
    );
    let server = start(&site);
    let (status, _, _) = request(&server.addr, "GET", "/fr/sectors/sante/page/3/");
    assert_eq!(status, 404);
    let (status, _, _) = request(&server.addr, "GET", "/fr/sectors/numerique/");
    assert_eq!(status, 200);
    // `numerique` tags two pages; each edit takes one away.
    for (n, file) in [
        "content/stories/seconde.fr.md",
        "content/ecosystem/fonds.fr.md",
    ]
    .into_iter()
    .enumerate()
    {
        site.edit(file, "sectors = [\"numerique\"]", "sectors = [\"sante\"]");
        wait_for_rebuild(&server, n);
    }
    let (status, _, _) = request(&server.addr, "GET", "/fr/sectors/numerique/");
    assert_eq!(status, 404, "the term page of a value no page has is gone");
    let (_, _, list) = request(&server.addr, "GET", "/fr/sectors/");
    assert!(!list.contains("/fr/sectors/numerique/"), "{list}");
    // `sante` now tags five pages: a third list page.
    let (status, _, sante) = request(&server.addr, "GET", "/fr/sectors/sante/page/3/");
    assert_eq!(status, 200, "{sante}");
    let (_, _, first) = request(&server.addr, "GET", "/fr/sectors/sante/");
    assert!(first.contains("/fr/sectors/sante/page/3/"), "{first}");
}

#[test]
fn a_first_serve_answers_with_the_pages_then_draws_cards_and_kit_in_the_background() {
    let site = Fixture::new("basic");
    site.edit("site.toml", "cards = false", "cards = true");
    site.edit("site.toml", "kit = false", "kit = true");
    site.write("content/kit/_index.fr.md", "+++\ntitle = \"Kit\"\n+++\n");
    let (server, deferred) = start_at_once(&site);
    assert!(deferred, "the first build leaves the drawing for later");
    // The first answer: pages, the kit page saying its documents are coming, then the cards
    // and the kit once drawn (a debug build draws the kit in seconds).
    let (status, _, kit) = request(&server.addr, "GET", "/fr/kit/");
    assert_eq!(status, 200);
    assert!(kit.contains("class=\"notice\" role=\"status\""), "{kit}");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let (_, _, kit_now) = request(&server.addr, "GET", "/fr/kit/");
        let (card, _, _) = request(&server.addr, "GET", "/cards/fr/stories/premiere.png");
        if card == 200 && !kit_now.contains("class=\"notice\" role=\"status\"") {
            assert!(
                kit_now.contains(".zip"),
                "the kit page lists the zips once drawn"
            );
            break;
        }
        assert!(Instant::now() < deadline, "cards and kit never drawn");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn an_edit_saved_while_cards_and_kit_are_drawn_shows_within_a_second_and_the_drawing_follows() {
    let site = Fixture::new("basic");
    site.edit("site.toml", "cards = false", "cards = true");
    site.edit("site.toml", "kit = false", "kit = true");
    site.write("content/kit/_index.fr.md", "+++\ntitle = \"Kit\"\n+++\n");
    let (server, deferred) = start_at_once(&site);
    assert!(deferred);
    site.edit(
        "content/stories/premiere.fr.md",
        "Vers [la seconde]",
        "Modifié pendant le dessin. Vers [la seconde]",
    );
    let saved = Instant::now();
    loop {
        let (_, _, body) = request(&server.addr, "GET", "/fr/stories/premiere/");
        if body.contains("Modifié pendant le dessin") {
            break;
        }
        assert!(
            saved.elapsed() < Duration::from_secs(1),
            "the edit waited for the drawing"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // The drawing was still under way when the edit showed (else this test proves nothing).
    let (_, _, kit) = request(&server.addr, "GET", "/fr/kit/");
    assert!(
        kit.contains("class=\"notice\" role=\"status\""),
        "drawn too soon to tell"
    );
    // Then the cards and kit come, and the edit is still there.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let (_, _, kit_now) = request(&server.addr, "GET", "/fr/kit/");
        let (card, _, _) = request(&server.addr, "GET", "/cards/fr/stories/premiere.png");
        if card == 200 && kit_now.contains(".zip") {
            break;
        }
        assert!(Instant::now() < deadline, "cards and kit never drawn");
        std::thread::sleep(Duration::from_millis(200));
    }
    let (_, _, body) = request(&server.addr, "GET", "/fr/stories/premiere/");
    assert!(
        body.contains("Modifié pendant le dessin"),
        "the drawn build lost the edit"
    );
}

#[test]
fn an_edited_title_shows_at_once_and_its_card_is_drawn_again_right_after() {
    let site = Fixture::new("basic");
    site.edit("site.toml", "cards = false", "cards = true");
    let server = start(&site);
    let card = "/cards/fr/stories/premiere.png";
    let (status, _, before) = request(&server.addr, "GET", card);
    assert_eq!(status, 200);
    site.edit(
        "content/stories/premiere.fr.md",
        "title = \"Première histoire\"",
        "title = \"Un titre bien plus long pour la carte\"",
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    while !request(&server.addr, "GET", "/fr/stories/premiere/")
        .2
        .contains("Un titre bien plus long pour la carte")
    {
        assert!(Instant::now() < deadline, "the edit never showed");
        std::thread::sleep(Duration::from_millis(20));
    }
    loop {
        let (_, _, now) = request(&server.addr, "GET", card);
        if now != before {
            break;
        }
        assert!(Instant::now() < deadline, "the card was never drawn again");
        std::thread::sleep(Duration::from_millis(20));
    }
    let log = server.log.lock().unwrap().join("\n");
    assert!(log.contains("cards of the edited pages"), "{log}");
}
