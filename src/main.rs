//! The `oneprovence` command: parses the command line, calls the library, prints the result.
//! Exit codes: 0 ok, 1 content or build errors, 2 usage errors (clap's own).
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    },
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
        } => build(oneprovence::BuildOptions {
            root: cli.root,
            out,
            drafts,
            base_url,
            offline,
            zip,
            live_reload: None,
        }),
    }
}

fn build(opts: oneprovence::BuildOptions) -> ExitCode {
    match oneprovence::build(&opts) {
        Ok(report) => {
            for w in &report.warnings {
                eprintln!("warning: {w}");
            }
            let per_lang: Vec<String> = report
                .pages
                .iter()
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            println!(
                "Built {} pages ({}; {} shown in French for want of a translation), {} files, {:.1} MB in {:.2} s → {}",
                report.pages.values().sum::<usize>(),
                per_lang.join(", "),
                report.fallbacks,
                report.files,
                report.bytes as f64 / 1_048_576.0,
                report.elapsed.as_secs_f64(),
                report.out.display()
            );
            if let Some(zip) = &opts.zip {
                println!("Zipped → {}", zip.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn fail(e: &oneprovence::Error) -> ExitCode {
    eprintln!("error: {e}");
    eprintln!("The previous output, if any, was left as it was.");
    ExitCode::from(1)
}
