//! pipeline: `build`, the steps in memory written to disk. Nothing changed since the previous
//! build (same inputs, same program, folder intact): nothing to do. Otherwise every file goes to
//! a staging folder (unchanged ones linked from the previous build) that is swapped in whole.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use super::steps::{fail_on, load_config, render_with, Steps};
use super::{
    inject_script, missing_message_warnings, BuildOptions, BuildReport, Built, ZipOutcome,
};
use crate::error::{Error, Result};
use crate::files::{self, Output};
use crate::output::claim::Claim;
use crate::output::guard::{self, Project};
use crate::output::{kiosk, manifest, offline, slim, weight, Staging};
use crate::progress::Progress;
use crate::render::reuse::Nothing;

/// The content checks, then what a build in memory does to its files (the reload script of
/// `serve`, the offline rewrite).
pub(super) fn finish_in_memory(opts: &BuildOptions, built: &mut Built) -> Result<()> {
    fail_on(std::mem::take(&mut built.problems))?;
    if let Some(script) = &opts.live_reload {
        inject_script(&mut built.outputs, script);
    }
    if opts.tailor.kiosk {
        let texts = kiosk_texts(built);
        let config = &built.site.config;
        let (base, idle) = (config.print_base(), config.kiosk.idle_seconds);
        kiosk::inject(&mut built.outputs, base, idle, &texts);
        offline::prepare(&mut built.outputs);
        kiosk::unlink(&mut built.outputs, &texts);
        built
            .outputs
            .push(Output::new("start-kiosk.sh", kiosk::START_LINUX));
        built
            .outputs
            .push(Output::new("start-kiosk.cmd", kiosk::START_WINDOWS));
    } else {
        // The theme's kiosk stylesheet and script serve `--kiosk` folders only.
        built.outputs.retain(|o| !o.path.starts_with("kiosk/"));
        if opts.offline {
            let base = built.site.config.print_base().to_string();
            slim::slim(&mut built.outputs, &base, slim::Use::Stick);
            offline::prepare(&mut built.outputs);
        }
    }
    files::check_unique(&built.outputs)
}

/// The kiosk's words in each language of the site (i18n/*.ftl, `kiosk-*`).
fn kiosk_texts(built: &Built) -> BTreeMap<String, kiosk::Texts> {
    let i18n = &built.i18n;
    built
        .site
        .config
        .codes()
        .map(|l| {
            let t = |k: &str| i18n.tr(l, k, None);
            let texts = kiosk::Texts {
                take: t("kiosk-take"),
                restart: t("kiosk-restart"),
                still: t("kiosk-still"),
                resume: t("kiosk-resume"),
                link: t("kiosk-link"),
            };
            (l.to_string(), texts)
        })
        .collect()
}

/// Builds the site into its output folder and reports what it did; `progress` hears of the
/// cards, kit documents and pages as they are done.
pub fn build(opts: &BuildOptions, progress: &Progress) -> Result<BuildReport> {
    let started = Instant::now();
    let config = load_config(opts)?;
    let out = opts
        .out
        .clone()
        .unwrap_or_else(|| config.root.join("public"));
    let options = format!(
        "{}|{}|{}|{:?}|{:?}",
        opts.drafts, config.base_url, opts.offline, opts.live_reload, opts.tailor
    );
    let inputs = manifest::inputs(&config.root, &config.theme_dir(), &options);
    let _claim = claim_output(opts, &config, &out)?;
    // `--clean` forgets the previous build but keeps its manifest until this one replaces it:
    // an interrupted clean build must leave a folder that is still known to be ours.
    let previous = manifest::load(&out).filter(|_| out.is_dir() && !opts.clean);
    if let Some(report) = up_to_date(opts, previous.as_ref(), &inputs, &out, started) {
        return Ok(report);
    }
    let budget = config.offline_budget_mb;
    let (previous_files, previous_zips) = previous.map(|m| (m.files, m.zips)).unwrap_or_default();
    let staging = Staging::new(&out, previous_files)?;
    // Pages go to the staging folder as soon as they are rendered, so memory holds one page
    // per thread rather than the whole site; the offline variant rewrites every page and the
    // zip packs them at the end, so they keep them.
    let sink = |files: &mut [Output]| staging.put(files);
    let stream = !opts.offline && !opts.tailor.kiosk && opts.zip.is_none();
    let steps = Steps {
        sink: stream.then_some(&sink as &files::Sink),
        reuse: &Nothing,
        progress,
        texts: crate::content::Texts::InFiles,
        drafts: opts.drafts,
        defer_drawing: false,
        tailor: &opts.tailor,
    };
    let mut built = render_with(config, &steps)?;
    finish_in_memory(opts, &mut built)?;
    let zip = match &opts.zip {
        Some(zip) => Some(write_zip(zip, &built.outputs)?),
        None => None,
    };
    let staged = staging.finish(&built.outputs)?;
    let bytes: u64 = staged.table.values().sum();
    let mut warnings = missing_message_warnings(&built.i18n, &built.site.config.default_language);
    warnings.extend(built.site.config.publisher.warning());
    let home_weight = home_weights(opts, &built, &mut warnings);
    if opts.offline && bytes > budget * 1024 * 1024 {
        warnings.push(format!(
            "the offline folder weighs {:.1} MB, over the {budget} MB budget (site.toml offline_budget_mb)",
            bytes as f64 / 1_048_576.0
        ));
    }
    let report = BuildReport {
        out: out.clone(),
        pages: built.site.counts(),
        fallbacks: built.site.pages.iter().filter(|p| p.fallback).count(),
        files: staged.table.len(),
        bytes,
        home_weight,
        warnings,
        elapsed: started.elapsed(),
        written: staged.written,
        up_to_date: false,
        templates: built.templates.clone(),
        zip,
    };
    let mut zips = previous_zips;
    if let Some(z) = &opts.zip {
        zips.insert(zip_key(z), zip_stamp(&inputs, z));
    }
    let record = manifest::Manifest {
        inputs,
        files: staged.table,
        report: serde_json::to_value(&report).unwrap_or_default(),
        zips,
    };
    manifest::save(&out, &record)?;
    Ok(report)
}

/// Makes sure the output folder and the zip are this build's to replace (nothing is touched
/// before), takes the folder for this build alone, and forgets the caches for `--clean`.
fn claim_output(
    opts: &BuildOptions,
    config: &crate::config::Config,
    out: &std::path::Path,
) -> Result<Claim> {
    let project = Project::new(&config.root, &config.theme_dir());
    guard::check_out(&project, out, opts.force)?;
    if let Some(zip) = &opts.zip {
        guard::check_zip(&project, zip, out)?;
    }
    let claim = Claim::take(out)?;
    if opts.clean {
        let cache = config.root.join(".cache");
        if cache.exists() {
            std::fs::remove_dir_all(&cache).map_err(|e| Error::io("remove", &cache, e))?;
        }
    }
    Ok(claim)
}

/// The previous build's report when nothing it was made from changed and its files are intact.
fn up_to_date(
    opts: &BuildOptions,
    previous: Option<&manifest::Manifest>,
    inputs: &str,
    out: &std::path::Path,
    started: Instant,
) -> Option<BuildReport> {
    let prev = previous?;
    // A zip is up to date only when this build's inputs made it and it is still that size.
    let zip_ok = opts
        .zip
        .as_ref()
        .is_none_or(|z| prev.zips.get(&zip_key(z)) == Some(&zip_stamp(inputs, z)));
    if prev.inputs != inputs || !zip_ok || !manifest::intact(out, prev) {
        return None;
    }
    let mut report = serde_json::from_value::<BuildReport>(prev.report.clone()).ok()?;
    report.elapsed = started.elapsed();
    report.written = 0;
    report.up_to_date = true;
    report.out = out.to_path_buf();
    report.zip = opts.zip.as_ref().map(|_| ZipOutcome::UpToDate);
    Some(report)
}

/// Per language, what a first visit to its home page downloads, with a warning over budget.
fn home_weights(
    opts: &BuildOptions,
    built: &Built,
    warnings: &mut Vec<String>,
) -> BTreeMap<String, usize> {
    let config = &built.site.config;
    let mut home_weight = BTreeMap::new();
    for l in &config.languages {
        let Some(w) = weight::home_weight(&built.outputs, &l.code, l.dir.is_rtl()) else {
            continue;
        };
        // The budget is for visitors on a network; an offline folder is read from disk.
        if !opts.offline && w as u64 > config.home_budget_kb * 1024 {
            warnings.push(format!(
                "/{}/ weighs {} KB, over the {} KB budget (site.toml home_budget_kb)",
                l.code,
                w / 1024,
                config.home_budget_kb
            ));
        }
        home_weight.insert(l.code.clone(), w);
    }
    home_weight
}

/// The manifest's key for a zip: its absolute path.
fn zip_key(zip: &std::path::Path) -> String {
    guard::absolute(zip).to_string_lossy().into_owned()
}

/// What the manifest records of a zip: the inputs it was made from and its size now.
fn zip_stamp(inputs: &str, zip: &std::path::Path) -> String {
    let size = std::fs::metadata(zip).map(|m| m.len()).unwrap_or(u64::MAX);
    format!("{inputs} {size}")
}

/// The zip is written next to its final name and renamed: never half a zip. When the bytes are
/// those already in the file, the file is left as it was.
fn write_zip(zip: &std::path::Path, outputs: &[Output]) -> Result<ZipOutcome> {
    let bytes = files::zip_bytes(outputs).map_err(|e| Error::io("write", zip, e))?;
    if std::fs::read(zip).is_ok_and(|old| old == bytes) {
        return Ok(ZipOutcome::Unchanged);
    }
    let tmp = PathBuf::from(format!("{}.tmp-{}", zip.display(), std::process::id()));
    let result = std::fs::write(&tmp, &bytes)
        .and_then(|()| std::fs::rename(&tmp, zip))
        .map_err(|e| Error::io("write", zip, e));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map(|()| ZipOutcome::Written)
}
