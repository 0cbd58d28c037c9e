//! Test harness: a fixture site copied to a temporary folder with the repository's theme,
//! Fluent files and brand, built through the library or the real binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use scraper::{Html, Selector};

pub struct Fixture {
    pub dir: tempfile::TempDir,
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

impl Fixture {
    /// `tests/fixtures/<name>` plus the real theme, so tests exercise what ships.
    pub fn new(name: &str) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&repo().join("tests/fixtures").join(name), dir.path());
        copy_tree(&repo().join("themes"), &dir.path().join("themes"));
        copy_tree(&repo().join("i18n"), &dir.path().join("i18n"));
        copy_tree(&repo().join("brand"), &dir.path().join("brand"));
        Fixture { dir }
    }

    /// The shipped site itself (content, settings, theme).
    pub fn shipped() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        for part in ["content", "themes", "i18n", "brand"] {
            copy_tree(&repo().join(part), &dir.path().join(part));
        }
        std::fs::copy(repo().join("site.toml"), dir.path().join("site.toml")).unwrap();
        let f = Fixture { dir };
        // Cards have their own tests; drawing 315 of them in a debug build would slow every
        // test of the shipped site.
        f.edit("site.toml", "cards = true", "cards = false");
        // Nor the videos, which have their own tests (tests/kit_video.rs).
        f.edit("site.toml", "video = true", "video = false");
        f
    }

    /// Fills the `[publisher]` settings the shipped site.toml leaves empty (check fails on
    /// them), for tests about everything else `check` says.
    pub fn fill_publisher(&self) {
        for k in ["name", "address", "director", "email", "host"] {
            self.edit("site.toml", &format!("{k} = \"\""), &format!("{k} = \"x\""));
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.root().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.root().join(rel)).unwrap();
    }

    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let p = self.root().join(rel);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        std::fs::write(p, text.replacen(from, to, 1)).unwrap();
    }

    pub fn build(&self) -> oneprovence::Result<oneprovence::BuildReport> {
        oneprovence::build(
            &oneprovence::BuildOptions {
                root: self.root().to_path_buf(),
                ..Default::default()
            },
            oneprovence::progress::silent(),
        )
    }

    pub fn build_ok(&self) -> oneprovence::BuildReport {
        match self.build() {
            Ok(r) => r,
            Err(e) => panic!("build failed:\n{e}"),
        }
    }

    /// Runs the real binary in the fixture's folder.
    pub fn cli(&self, args: &[&str]) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_oneprovence"))
            .args(args)
            .current_dir(self.root())
            .output()
            .unwrap()
    }

    pub fn read(&self, rel: &str) -> String {
        let p = self.public().join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    pub fn html(&self, rel: &str) -> Html {
        Html::parse_document(&self.read(rel))
    }
}

pub fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

pub fn attr(doc: &Html, css: &str, name: &str) -> Option<String> {
    select(doc, css)
        .first()
        .and_then(|e| e.value().attr(name))
        .map(str::to_string)
}

pub fn text(doc: &Html, css: &str) -> String {
    select(doc, css)
        .first()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_default()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
