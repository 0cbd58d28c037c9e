//! Nothing lost (issue #34): `build` replaces only what it wrote. Each hostile `--out` and
//! `--zip` is refused with exit 2 and every file of the project, and of the folder holding it,
//! is checked byte for byte afterwards; zips are rewritten whenever their bytes would differ;
//! leftovers of interrupted builds are swept; two builds at once do not mix.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::Fixture;

/// A fixture moved to `<outer>/s`, so that `--out ..` names a folder of the test's own.
struct Nested {
    outer: tempfile::TempDir,
    _site: Fixture,
}

impl Nested {
    fn new() -> Nested {
        let site = Fixture::new("basic");
        let outer = tempfile::tempdir().unwrap();
        std::fs::rename(site.root(), outer.path().join("s")).unwrap();
        std::fs::write(outer.path().join("notes.txt"), "mine").unwrap();
        Nested { outer, _site: site }
    }

    fn project(&self) -> PathBuf {
        self.outer.path().join("s")
    }

    fn cli(&self, args: &[&str]) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_oneprovence"))
            .args(args)
            .current_dir(self.project())
            .output()
            .unwrap()
    }
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}

#[test]
fn build_refuses_to_replace_the_project_its_parent_its_sources_or_a_file() {
    let n = Nested::new();
    let outer = n.outer.path().display().to_string();
    let before = snapshot(n.outer.path());
    std::fs::create_dir_all(n.project().join("drafts-by-hand")).unwrap();
    std::fs::write(n.project().join("drafts-by-hand/idea.md"), "mine").unwrap();
    let before_all = snapshot(n.outer.path());
    assert!(before_all.len() > before.len());
    for args in [
        vec!["build", "--out", "content"],
        vec!["build", "--out", "content", "--force"],
        vec!["build", "--out", "content/stories"],
        vec!["build", "--out", "."],
        vec!["build", "--out", ".", "--force"],
        vec!["build", "--out", ".."],
        vec!["build", "--out", "..", "--force"],
        vec!["build", "--out", &outer],
        vec!["build", "--out", "/"],
        vec!["build", "--out", "site.toml"],
        vec!["build", "--out", "site.toml", "--force"],
        vec!["build", "--out", "i18n"],
        vec!["build", "--out", "themes/one-provence/templates"],
        vec!["build", "--out", "brand", "--force"],
        vec!["build", "--out", "./content/../i18n"],
        vec!["build", "--out", "drafts-by-hand"],
        vec!["build", "--out", "../notes.txt"],
        vec!["build", "--zip", "site.toml"],
        vec!["build", "--zip", "content/stories/premiere.fr.md"],
        vec!["build", "--zip", "../notes.txt"],
        vec!["build", "--zip", "content"],
        vec!["build", "--zip", "public/site.zip"],
    ] {
        let out = n.cli(&args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            common::stderr(&out)
        );
        let err = common::stderr(&out);
        assert!(err.contains("error: --"), "{args:?}: {err}");
        assert_eq!(
            snapshot(n.outer.path()),
            before_all,
            "{args:?} changed a file that was there"
        );
    }
}

#[test]
fn force_replaces_a_foreign_folder_and_a_previous_output_needs_no_flag() {
    let n = Nested::new();
    std::fs::create_dir_all(n.outer.path().join("stick")).unwrap();
    std::fs::write(n.outer.path().join("stick/old.txt"), "x").unwrap();
    let refused = n.cli(&["build", "--out", "../stick"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(common::stderr(&refused).contains("--force"));
    assert!(n.outer.path().join("stick/old.txt").exists());
    let forced = n.cli(&["build", "--out", "../stick", "--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", common::stderr(&forced));
    assert!(!n.outer.path().join("stick/old.txt").exists());
    // A link to it is refused (the swap would replace the link, not the folder).
    std::os::unix::fs::symlink(n.outer.path().join("stick"), n.outer.path().join("link")).unwrap();
    let linked = n.cli(&["build", "--out", "../link"]);
    assert_eq!(linked.status.code(), Some(2));
    assert!(common::stderr(&linked).contains("symbolic link"));
    // Now ours: built again, with --clean too, without the flag.
    for args in [
        vec!["build", "--out", "../stick"],
        vec!["build", "--out", "../stick", "--clean"],
    ] {
        let again = n.cli(&args);
        assert_eq!(again.status.code(), Some(0), "{}", common::stderr(&again));
    }
    // A file put into the output by hand makes it foreign again, and is kept.
    std::fs::write(n.outer.path().join("stick/by-hand.txt"), "mine").unwrap();
    let refused = n.cli(&["build", "--out", "../stick", "--clean"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(common::stderr(&refused).contains("by-hand.txt"));
    assert!(n.outer.path().join("stick/by-hand.txt").exists());
}

#[test]
fn a_zip_is_rewritten_whenever_its_bytes_would_differ() {
    let site = Fixture::new("basic");
    let zip = site.root().join("../oneprovence-guard-test.zip");
    let _ = std::fs::remove_file(&zip);
    let zip_arg = zip.display().to_string();
    let first = site.cli(&["build", "--offline", "--out", "off", "--zip", &zip_arg]);
    assert_eq!(first.status.code(), Some(0), "{}", common::stderr(&first));
    assert!(String::from_utf8_lossy(&first.stdout).contains("Zipped (written)"));
    site.edit(
        "content/stories/premiere.fr.md",
        "title = \"",
        "title = \"Retitré ",
    );
    let plain = site.cli(&["build", "--offline", "--out", "off"]);
    assert_eq!(plain.status.code(), Some(0));
    let again = site.cli(&["build", "--offline", "--out", "off", "--zip", &zip_arg]);
    let said = String::from_utf8_lossy(&again.stdout).into_owned();
    assert!(said.contains("Zipped (written)"), "{said}");
    let bytes = std::fs::read(&zip).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut page = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("fr/stories/premiere/index.html").unwrap(),
        &mut page,
    )
    .unwrap();
    assert!(page.contains("Retitré"), "the zip holds the old text");
    let third = site.cli(&["build", "--offline", "--out", "off", "--zip", &zip_arg]);
    assert!(String::from_utf8_lossy(&third.stdout).contains("Zip up to date"));
    assert_eq!(std::fs::read(&zip).unwrap(), bytes);
    std::fs::remove_file(&zip).unwrap();
}

#[test]
fn leftovers_of_interrupted_builds_are_swept_by_name_and_nothing_else() {
    let site = Fixture::new("basic");
    let root = site.root();
    std::fs::create_dir_all(root.join(".public.staging-4242/fr")).unwrap();
    std::fs::create_dir_all(root.join(".public.old-77")).unwrap();
    std::fs::write(root.join(".public.manifest.tmp-9"), "{").unwrap();
    std::fs::create_dir_all(root.join(".public.staging-mine")).unwrap();
    std::fs::create_dir_all(root.join(".other.staging-1")).unwrap();
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert!(!root.join(".public.staging-4242").exists());
    assert!(!root.join(".public.old-77").exists());
    assert!(!root.join(".public.manifest.tmp-9").exists());
    assert!(root.join(".public.staging-mine").exists());
    assert!(root.join(".other.staging-1").exists());
}

#[test]
fn a_build_while_another_holds_the_folder_says_so_and_changes_nothing() {
    let site = Fixture::new("basic");
    site.build_ok();
    let before = snapshot(&site.public());
    let held = oneprovence::output::claim::Claim::take(&site.public()).unwrap();
    let out = site.cli(&["build", "--clean"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::stderr(&out).contains("another oneprovence build"));
    assert_eq!(snapshot(&site.public()), before);
    drop(held);
    let out = site.cli(&["build", "--clean"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
}

#[test]
fn a_killed_build_leaves_a_whole_output_and_the_next_one_cleans_up() {
    let site = Fixture::new("basic");
    site.build_ok();
    let before = snapshot(&site.public());
    for delay_ms in [5, 30, 120] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_oneprovence"))
            .args(["build", "--clean"])
            .current_dir(site.root())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        // Whatever the moment, the folder is a whole build (the old or the new one).
        let now = snapshot(&site.public());
        assert_eq!(now.len(), before.len(), "killed after {delay_ms} ms");
    }
    let out = site.cli(&["build"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let left: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging") || n.contains(".old-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(snapshot(&site.public()), before);
}
