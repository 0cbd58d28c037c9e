//! The `oneprovence` command: parses the command line, calls the library, prints the result.
//! Exit codes: 0 ok, 1 content or build errors, 2 usage errors (clap's own).
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use oneprovence::progress::{Event, Step};
use oneprovence::serve::Note;

/// `println!` without the panic when the reader has gone (`oneprovence build | head -1`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

#[derive(Parser)]
#[command(
    name = "oneprovence",
    version,
    about = "Builds the One Provence site and communication kit"
)]
struct Cli {
    /// Folder holding site.toml.
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (or --out).
    Build {
        #[arg(long)]
        out: Option<PathBuf>,
        /// Override site.toml's base_url (e.g. a Netlify deploy preview).
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked draft = true.
        #[arg(long)]
        drafts: bool,
        /// A folder that works from file:// (relative links; no feeds, sitemap or robots.txt).
        #[arg(long)]
        offline: bool,
        /// Also write the output as one zip, with fixed timestamps.
        #[arg(long)]
        zip: Option<PathBuf>,
        /// Forget the caches (cards, kit, images) and the previous build; redo everything.
        #[arg(long)]
        clean: bool,
        /// Replace a non-empty --out folder that no build wrote, and everything in it (never
        /// the project or one of its sources).
        #[arg(long)]
        force: bool,
        /// Only these languages (comma-separated codes of site.toml), e.g. `--lang en,ar`.
        #[arg(long, value_delimiter = ',')]
        lang: Option<Vec<String>>,
        /// Put one audience first (a value of site.toml's `audiences`): the root page leads to
        /// its page, the home page lists it first.
        #[arg(long)]
        audience: Option<String>,
        /// A folder for a booth's touch screen (implies --offline): attract loop, start
        /// screen, idle reset, a QR code of every page's online address, start scripts.
        #[arg(long)]
        kiosk: bool,
    },
    /// Serve the site on loopback, rebuild on change and reload open pages.
    Serve {
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Include pages marked draft = true.
        #[arg(long)]
        drafts: bool,
    },
    /// Report everything broken or untranslated; exit 1 when anything is.
    Check {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Judge freshness (stale figures, past targets, pages not reviewed) as of this day,
        /// YYYY-MM-DD, for a reproducible report; today when absent.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Start a page in every language from the section's archetype.
    New {
        section: String,
        slug: String,
        /// Write only this language's file.
        #[arg(long)]
        lang: Option<String>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            out,
            base_url,
            drafts,
            offline,
            zip,
            clean,
            force,
            lang,
            audience,
            kiosk,
        } => build(oneprovence::BuildOptions {
            root: cli.root,
            out,
            drafts,
            base_url,
            offline: offline || kiosk,
            zip,
            live_reload: None,
            clean,
            force,
            defer_drawing: false,
            tailor: oneprovence::Tailor {
                langs: lang,
                audience,
                kiosk,
            },
        }),
        Command::Serve { bind, port, drafts } => {
            let opts = oneprovence::serve::ServeOptions {
                root: cli.root,
                bind,
                port,
                drafts,
                notes: std::sync::Arc::new(|note: &Note| match note {
                    Note::Failed(_) => eprintln!("{note}"),
                    _ => say!("{note}"),
                }),
            };
            match oneprovence::serve::run(opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&e),
            }
        }
        Command::Check { format, as_of } => check(&cli.root, format, as_of.as_deref()),
        Command::New {
            section,
            slug,
            lang,
        } => new(&cli.root, &section, &slug, lang.as_deref()),
    }
}

fn check(root: &std::path::Path, format: Format, as_of: Option<&str>) -> ExitCode {
    let as_of = match as_of {
        None => today(),
        Some(text) => match oneprovence::check::freshness::parse_day(text) {
            Ok(day) => day,
            Err(message) => return fail(&oneprovence::Error::Usage { message }),
        },
    };
    let report = match oneprovence::check::run(root, as_of) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    match format {
        Format::Json => say!(
            "{}",
            serde_json::to_string_pretty(&report).expect("the report serialises")
        ),
        Format::Text => {
            print!("{}", oneprovence::check::format(&report));
            let verdict = if report.is_broken() {
                paint("31", "check failed: fix the problems above")
            } else {
                paint("32", "check passed")
            };
            say!("\n{verdict}");
        }
    }
    if report.is_broken() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn new(root: &std::path::Path, section: &str, slug: &str, lang: Option<&str>) -> ExitCode {
    let config = match oneprovence::load_config(&oneprovence::BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    }) {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    let today = today().to_string();
    match oneprovence::content::new::new_page(&config, section, slug, lang, &today) {
        Ok(paths) => {
            for p in paths {
                say!("Wrote {}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// Today in UTC: only the command line reads the clock (the library is given the day).
fn today() -> jiff::civil::Date {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    jiff::Timestamp::from_second(now)
        .map(|t| jiff::tz::TimeZone::UTC.to_datetime(t).date())
        .unwrap_or(jiff::civil::date(2026, 1, 1))
}

/// Content errors as rustc shows them: the message, the offending line of the file, the fix.
fn with_source_lines(list: &[oneprovence::Diagnostic]) -> String {
    let mut out = format!(
        "error: {} content error{}\n",
        list.len(),
        if list.len() == 1 { "" } else { "s" }
    );
    for (i, d) in list.iter().enumerate() {
        out.push_str(&format!(
            "{:>3}. {}:{}: {}\n",
            i + 1,
            d.path.display(),
            d.line.max(1),
            d.message
        ));
        let line = std::fs::read_to_string(&d.path)
            .ok()
            .and_then(|t| t.lines().nth(d.line.saturating_sub(1)).map(str::to_string))
            .filter(|_| d.line > 0);
        if let Some(text) = line {
            out.push_str(&format!("     {:>4} | {}\n", d.line, text.trim_end()));
        }
        if !d.fix.is_empty() {
            out.push_str(&format!("          fix: {}\n", d.fix));
        }
    }
    out
}

fn paint_err(text: &str) -> String {
    use std::io::IsTerminal;
    if std::io::stderr().is_terminal() {
        text.replacen("error:", "\x1b[1;31merror:\x1b[0m", 1)
    } else {
        text.to_string()
    }
}

/// Colour for terminals only, so logs and pipes stay plain.
fn paint(code: &str, text: &str) -> String {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// One progress bar per stage (cards, kit documents, pages), on terminals only: logs and pipes
/// get the final line alone.
struct Bars {
    multi: indicatif::MultiProgress,
    bars: std::sync::Mutex<Vec<(&'static str, indicatif::ProgressBar)>>,
}

impl Bars {
    fn new() -> Option<Bars> {
        use std::io::IsTerminal;
        std::io::stderr().is_terminal().then(|| Bars {
            multi: indicatif::MultiProgress::new(),
            bars: Default::default(),
        })
    }

    fn step(&self, step: Step) {
        let mut bars = self.bars.lock().expect("no panic while holding the lock");
        let bar = match bars.iter().find(|(stage, _)| *stage == step.stage) {
            Some((_, bar)) => bar.clone(),
            None => {
                let bar = self
                    .multi
                    .add(indicatif::ProgressBar::new(step.total as u64));
                let style =
                    indicatif::ProgressStyle::with_template("{prefix:>7} [{bar:30}] {pos}/{len}")
                        .expect("a valid template")
                        .progress_chars("=> ");
                bar.set_style(style);
                bar.set_prefix(step.stage);
                bars.push((step.stage, bar.clone()));
                bar
            }
        };
        bar.set_position(step.done as u64);
        if step.done >= step.total {
            bar.finish();
        }
    }

    fn clear(&self) {
        let _ = self.multi.clear();
    }
}

fn build(opts: oneprovence::BuildOptions) -> ExitCode {
    let bars = Bars::new();
    let timings = std::env::var_os("ONEPROVENCE_TIMINGS").is_some();
    let started = std::time::Instant::now();
    let progress = |event| match event {
        Event::Step(step) => {
            if let Some(b) = &bars {
                b.step(step);
            }
        }
        // A profiling aid: the time and peak memory after each step of the pipeline.
        Event::Lap(lap) if timings => {
            let peak = lap
                .peak_kib
                .map(|k| format!(", peak {k} kB"))
                .unwrap_or_default();
            let ms = lap.at.duration_since(started).as_secs_f64() * 1000.0;
            eprintln!("{:>10}: {ms:>6.1} ms{peak}", lap.step);
        }
        Event::Lap(_) => {}
    };
    let result = oneprovence::build(&opts, &progress);
    if let Some(b) = &bars {
        b.clear();
    }
    match result {
        Ok(report) => {
            for w in &report.warnings {
                eprintln!("warning: {w}");
            }
            let per_lang: Vec<String> = report
                .pages
                .iter()
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            if report.up_to_date {
                say!(
                    "Up to date: {} pages, {} files, nothing changed since the last build ({:.2} s) → {}",
                    report.pages.values().sum::<usize>(),
                    report.files,
                    report.elapsed.as_secs_f64(),
                    report.out.display()
                );
            } else {
                say!(
                    "Built {} pages ({}; {} shown in French for want of a translation), {} files ({} written), {:.1} MB in {:.2} s → {}",
                    report.pages.values().sum::<usize>(),
                    per_lang.join(", "),
                    report.fallbacks,
                    report.files,
                    report.written,
                    report.bytes as f64 / 1_048_576.0,
                    report.elapsed.as_secs_f64(),
                    report.out.display()
                );
            }
            let weights: Vec<String> = report
                .home_weight
                .iter()
                .map(|(l, w)| format!("{l} {} KB", w / 1024))
                .collect();
            say!(
                "Home page weight (compressed, with fonts): {}",
                weights.join(", ")
            );
            if let Some(zip) = &opts.zip {
                use oneprovence::pipeline::ZipOutcome;
                let what = match report.zip {
                    Some(ZipOutcome::Written) => "Zipped (written)",
                    Some(ZipOutcome::Unchanged) => "Zip unchanged (same bytes, left as it was)",
                    Some(ZipOutcome::UpToDate) | None => "Zip up to date",
                };
                say!("{what} → {}", zip.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn fail(e: &oneprovence::Error) -> ExitCode {
    if let oneprovence::Error::Usage { message } = e {
        eprintln!("{}", paint_err(&format!("error: {message}")));
        eprintln!("Nothing was written or removed.");
        return ExitCode::from(2);
    }
    if let oneprovence::Error::Content(list) = e {
        eprint!("{}", paint_err(&with_source_lines(&list.0)));
        eprintln!("The previous output, if any, was left as it was.");
        return ExitCode::from(1);
    }
    eprintln!("error: {e}");
    eprintln!("The previous output, if any, was left as it was.");
    ExitCode::from(1)
}
