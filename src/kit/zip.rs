//! kit: one zip per language: its documents, the logo pack, its social cards, a manifest (size
//! and SHA-256 of every file) and a usage note, under one folder, with fixed timestamps.

use std::path::PathBuf;

use super::{Builder, Kit, Spec};
use crate::error::{Error, Result};
use crate::files::{self, Output};
use crate::hash::{self, Key};

impl Builder<'_> {
    /// One zip per language: its documents, the logo pack, a manifest (size and SHA-256 of every
    /// file) and a usage note, under one folder; cached by the hash of its entries.
    pub(super) fn zip(
        &self,
        kit: &Kit,
        cards: &[Output],
        spec: &Spec,
    ) -> Result<(String, Vec<u8>)> {
        let lang = &spec.lang;
        let folder = format!("one-provence-kit-{lang}");
        let path = format!("kit/{folder}.zip");
        let prefix = format!("kit/{lang}/");
        let mut entries: Vec<Output> = kit
            .outputs
            .iter()
            .chain(&kit.zip_only)
            .filter(|o| {
                (o.path.starts_with(&prefix) && !o.path.contains("/previews/"))
                    || o.path.starts_with("kit/logos/")
            })
            .map(|o| {
                let name = o
                    .path
                    .strip_prefix(&prefix)
                    .map(String::from)
                    .unwrap_or_else(|| o.path.trim_start_matches("kit/").to_string());
                Output::new(format!("{folder}/{name}"), o.bytes.clone())
            })
            .collect();
        // The social formats partners post (square and vertical, for stories and key figures).
        let own_cards = format!("cards/{lang}/");
        entries.extend(
            cards
                .iter()
                .filter(|c| {
                    c.path.starts_with(&own_cards)
                        && (c.path.ends_with(".square.png") || c.path.ends_with(".vertical.png"))
                })
                .map(|c| {
                    let name = c.path.strip_prefix(&own_cards).unwrap_or(&c.path);
                    Output::new(format!("{folder}/social/{name}"), c.bytes.clone())
                }),
        );
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        let label = |k: &str| spec.labels.get(k).cloned().unwrap_or_default();
        let mut manifest = format!(
            "# {} — {} ({lang})\n# SHA-256  bytes  file\n",
            spec.site_name,
            label("kit-manifest-title")
        );
        for e in &entries {
            let hex = hash::hex(&e.bytes);
            let name = e
                .path
                .strip_prefix(&format!("{folder}/"))
                .unwrap_or(&e.path);
            manifest.push_str(&format!("{hex}  {}  {name}\n", e.bytes.len()));
        }
        let note = label("kit-zip-note");
        entries.push(Output::new(format!("{folder}/MANIFEST.txt"), manifest));
        entries.push(Output::new(
            format!("{folder}/README-{lang}.txt"),
            format!("{}\n\n{note}\n\n{}\n", spec.site_name, spec.home_url),
        ));
        let mut h = Key::new().text(&self.salt);
        for e in &entries {
            h.add(e.path.as_bytes());
            h.add(hash::hex(&e.bytes).as_bytes());
        }
        let cached = self.cache.join(format!("{}.zip", h.finish()));
        if let Ok(bytes) = std::fs::read(&cached) {
            return Ok((path, bytes));
        }
        let bytes =
            files::zip_bytes(&entries).map_err(|e| Error::io("write", PathBuf::from(&path), e))?;
        let _ = std::fs::write(&cached, &bytes);
        Ok((path, bytes))
    }
}
