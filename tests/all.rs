//! Every integration test in one binary: 20 binaries each linking the whole crate and its
//! dependencies filled CI's disk and spent minutes linking. Each file of `tests/` is a module
//! here; `cargo test --test all cards::` runs one of them.

mod admin;
mod analyzer;
mod authoring;
mod build;
mod cards;
mod common;
mod contact;
mod defects;
mod errors;
mod events;
mod freshness;
mod fuzz;
mod guard;
mod kiosk;
mod kit;
mod kit_deck;
mod kit_page;
mod kit_video;
mod layering;
mod offline;
mod orientation;
mod publish;
mod relations;
mod serve;
mod site;
mod tailor;
mod texts;
