//! oneprovence: a static site generator and communication-kit builder for One Provence.
//!
//! Modules, lowest first; a module uses only those above it (`tests/layering.rs` holds the
//! order): plumbing `error` → `files` → `hash` → `urls` → `analyze` (the text analyzer
//! shared with the browser) → `progress`; then the stages in the
//! order a build runs them: `config` (site.toml, brand.toml) → `content` (load, resolve) →
//! `i18n` → `templates` → `assets` → `draw` (text layout, PDF and PNG from one SVG tree) →
//! `cards` → `kit` → `render` → `output` (staging folder swapped in whole) → `pipeline` (the
//! build as named steps) → `serve` → `check`. `main.rs` parses the command line and draws
//! progress.
#![forbid(unsafe_code)]

// Plumbing.
pub mod error;

pub mod files;

pub mod hash;

pub mod urls;

pub mod analyze;

pub mod progress;

// The stages, in the order a build runs them.
pub mod config;

pub mod content;

pub mod i18n;

pub mod templates;

pub mod assets;

pub mod draw;

pub mod cards;

pub mod kit;

pub mod render;

pub mod output;

pub mod pipeline;

pub mod serve;

pub mod check;

pub use error::{Diagnostic, Error, Result};
pub use pipeline::{build, load_config, BuildOptions, BuildReport, Tailor};
