//! Benchmark: time from saving a story to `serve` answering with the new HTML, on a copy of a
//! site. Prints each measurement and the median; no assertion (speed is measured, not tested).
//!
//!     cargo build --release
//!     cargo run --release --example reload_latency                       # shipped site
//!     cargo run --release --example reload_latency -- SITE FILE URL MODE  # any site
//!
//! MODE `title` edits the front matter (a full rebuild in memory), `body` the text (only the
//! page and the search index are rendered again). Example on the benchmark corpus:
//! `-- /dev/shm/c/oneprovence content/stories/story-00010.fr.md /fr/stories/story-00010/ body`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn copy(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from).into_iter().flatten() {
        let t = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&t).unwrap();
        } else {
            std::fs::copy(e.path(), &t).unwrap();
        }
    }
}

fn get(addr: &str, path: &str) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut body = String::new();
    s.read_to_string(&mut body).unwrap();
    body
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (source, rel, url, mode) = match args.as_slice() {
        [site, file, url, mode] => (PathBuf::from(site), file.clone(), url.clone(), mode.clone()),
        _ => (
            repo.clone(),
            "content/stories/fidmed.fr.md".to_string(),
            "/fr/stories/fidmed/".to_string(),
            "title".to_string(),
        ),
    };
    let site = std::env::temp_dir().join(format!("op-reload-bench-{}", std::process::id()));
    for part in ["content", "themes", "i18n", "brand", "static"] {
        if source.join(part).exists() {
            copy(&source.join(part), &site.join(part));
        }
    }
    std::fs::copy(source.join("site.toml"), site.join("site.toml")).unwrap();
    let bin = repo.join("target/release/oneprovence");
    let mut child = Command::new(&bin)
        .args(["serve", "--port", "0"])
        .current_dir(&site)
        .stdout(Stdio::piped())
        .spawn()
        .expect("build the release binary first: cargo build --release");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("http://") {
        line.clear();
        out.read_line(&mut line).unwrap();
    }
    let addr = line
        .split("http://")
        .nth(1)
        .unwrap()
        .trim()
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    // serve's own account of each rebuild (the time it spent, without the watcher's wait).
    let (tx, settled) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        for l in out.lines().map_while(|l| l.ok()) {
            if l.starts_with("Rebuilt") {
                eprintln!("    serve: {l}");
                // A whole build with its cards and kit swapped in: serve has settled.
                if l.contains(" pages in ") && !l.contains("being drawn") {
                    let _ = tx.send(());
                }
            }
        }
    });
    let file = site.join(&rel);
    let original = std::fs::read_to_string(&file).unwrap();
    let pages = get(&addr, "/sitemap.xml").matches("<loc>").count();
    let mut times = Vec::new();
    // Edit 0 lands while the cards and the kit are being drawn (a fresh copy); the others once
    // serve has settled.
    for i in 0..16 {
        if i == 1 {
            let _ = settled.recv_timeout(Duration::from_secs(120));
            while settled.recv_timeout(Duration::from_millis(1500)).is_ok() {}
            let t = times.remove(0);
            println!("edit  0 (during the drawing): {t:6.1} ms");
        }
        std::thread::sleep(Duration::from_millis(400));
        let marker = format!("Mesure {i}");
        let edited = if mode == "body" {
            // The text after the closing fence of the front matter.
            let fence = if original.starts_with("---") {
                "\n---\n"
            } else {
                "\n+++\n"
            };
            original.replacen(fence, &format!("{fence}\n{marker}.\n\n"), 1)
        } else {
            original.replacen("title = \"", &format!("title = \"{marker} "), 1)
        };
        let saved = Instant::now();
        std::fs::write(&file, edited).unwrap();
        while !get(&addr, &url).contains(&marker) {
            std::thread::sleep(Duration::from_millis(2));
        }
        let ms = saved.elapsed().as_secs_f64() * 1000.0;
        println!("edit {i:2}: {ms:6.1} ms");
        times.push(ms);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "median {:.1} ms, max {:.1} ms over {} edits of the {mode} ({pages} pages in the sitemap)",
        times[times.len() / 2],
        times[times.len() - 1],
        times.len(),
    );
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&site);
}
