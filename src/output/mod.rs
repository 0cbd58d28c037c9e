//! output: the built files onto the disk. A staging folder next to the output folder, filled
//! (unchanged files linked from the previous build) and swapped in whole (`staging`); the
//! previous build's table and input hash (`manifest`); the variant that works from `file://`
//! (`offline`), and what a stick or a booth leaves online (`slim`); what a first visit
//! downloads (`weight`).

pub mod claim;
pub mod guard;
pub mod kiosk;
pub mod manifest;
pub mod offline;
pub mod offline_forms;
pub mod slim;
pub mod staging;
pub mod weight;

pub(crate) use staging::Staging;
