//! Benchmark: time from saving a story to `serve` answering with the new HTML, on a copy of the
//! shipped site. Run: `cargo build --release && cargo run --release --example reload_latency`.
//! Prints each measurement and the median; no assertion (speed is measured, not tested).

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
    let site = std::env::temp_dir().join(format!("op-reload-bench-{}", std::process::id()));
    for part in ["content", "themes", "i18n", "brand"] {
        copy(&repo.join(part), &site.join(part));
    }
    std::fs::copy(repo.join("site.toml"), site.join("site.toml")).unwrap();
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
    std::thread::spawn(move || for _ in out.lines() {});
    let file = site.join("content/stories/fidmed.fr.md");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut times = Vec::new();
    for i in 0..15 {
        std::thread::sleep(Duration::from_millis(400));
        let marker = format!("Mesure {i}");
        let edited = original.replacen("title = \"", &format!("title = \"{marker} "), 1);
        let saved = Instant::now();
        std::fs::write(&file, edited).unwrap();
        while !get(&addr, "/fr/stories/fidmed/").contains(&marker) {
            std::thread::sleep(Duration::from_millis(2));
        }
        let ms = saved.elapsed().as_secs_f64() * 1000.0;
        println!("edit {i:2}: {ms:6.1} ms");
        times.push(ms);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "median {:.1} ms, max {:.1} ms over {} edits ({} pages)",
        times[times.len() / 2],
        times[times.len() - 1],
        times.len(),
        315
    );
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&site);
}
