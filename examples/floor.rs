//! Benchmark: the floor under a build, on the same corpus and machine. Prints three times, each
//! the median of RUNS; no assertion (speed is measured, not tested).
//!
//!     cargo run --release --example floor -- SITE OUT [RUNS]
//!
//! SITE is a site folder (`content/**/*.md`), OUT the folder a build of it wrote. Measured:
//! 1. read: every Markdown file read and split from its front matter, nothing else;
//! 2. markdown: read, then pulldown-cmark parses and renders each body to HTML with the options
//!    the generator uses (no template, no shortcode, no link check), on every core;
//! 3. write: the bytes of every file of OUT, held in memory first, written to a fresh folder
//!    on the same file system, on every core (what any generator pays to put the site on disk).
//!
//! A build can not be faster than 2 + 3; the README compares a build's time with them.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pulldown_cmark::{html, Options, Parser};
use rayon::prelude::*;

fn files(dir: &Path, ext: Option<&str>) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| ext.is_none_or(|x| e.path().extension().is_some_and(|y| y == x)))
        .map(|e| e.into_path())
        .collect()
}

/// The text after the front matter (`+++` or `---` fences).
fn body(text: &str) -> &str {
    let fence = &text[..3.min(text.len())];
    let mut lines = text.split_inclusive('\n');
    let mut at = lines.next().map_or(0, str::len);
    for line in lines {
        at += line.len();
        if line.trim_end() == fence {
            return &text[at..];
        }
    }
    ""
}

fn read_all(md: &[PathBuf]) -> usize {
    md.par_iter()
        .map(|p| body(&std::fs::read_to_string(p).expect("readable")).len())
        .sum()
}

fn markdown(md: &[PathBuf]) -> usize {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION;
    md.par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("readable");
            let mut out = String::new();
            html::push_html(&mut out, Parser::new_ext(body(&text), options));
            out.len()
        })
        .sum()
}

fn write_all(files: &[(PathBuf, Vec<u8>)], to: &Path) -> usize {
    files
        .par_iter()
        .map(|(rel, bytes)| {
            let path = to.join(rel);
            std::fs::create_dir_all(path.parent().expect("a file has a folder")).expect("mkdir");
            std::fs::write(&path, bytes).expect("write");
            bytes.len()
        })
        .sum()
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut size = 0;
    let times = (0..runs)
        .map(|_| {
            let start = Instant::now();
            size = f();
            start.elapsed()
        })
        .collect();
    (median(times), size)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [site, out, rest @ ..] = args.as_slice() else {
        eprintln!("usage: floor SITE OUT [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = rest.first().and_then(|r| r.parse().ok()).unwrap_or(5);
    let md = files(&Path::new(site).join("content"), Some("md"));
    let (t, n) = time(runs, || read_all(&md));
    println!(
        "read:     {:>8.3} s  {} files, {} bytes of Markdown",
        t.as_secs_f64(),
        md.len(),
        n
    );
    let (t, n) = time(runs, || markdown(&md));
    println!("markdown: {:>8.3} s  {n} bytes of HTML", t.as_secs_f64());
    let out = Path::new(out);
    let built: Vec<(PathBuf, Vec<u8>)> = files(out, None)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("readable");
            (p.strip_prefix(out).expect("inside").to_path_buf(), bytes)
        })
        .collect();
    // Each run writes into a folder of its own (removed after the timing, not during it).
    let scratch = |i: usize| out.with_extension(format!("floor-write-{i}"));
    let mut run = 0;
    let (t, n) = time(runs, || {
        run += 1;
        write_all(&built, &scratch(run))
    });
    for i in 1..=run {
        let _ = std::fs::remove_dir_all(scratch(i));
    }
    println!(
        "write:    {:>8.3} s  {} files, {n} bytes",
        t.as_secs_f64(),
        built.len()
    );
}
