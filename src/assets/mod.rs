//! assets: the stylesheet (bundled, minified and fingerprinted by lightningcss, with the brand
//! palette as custom properties) and the static files of the theme and the site.
//! Gives the files to write and the site paths the pages may reference.

pub mod css;
pub mod icons;
pub mod images;

use std::collections::BTreeSet;
use std::path::Path;

use walkdir::WalkDir;

use crate::config::Brand;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::files::Output;

pub struct Assets {
    pub outputs: Vec<Output>,
    /// Site path of the stylesheet: `/assets/main.<hash>.css`.
    pub css: String,
    /// Every site path the build publishes from static folders (`/fonts/x.woff2`).
    pub published: BTreeSet<String>,
    /// Size and resized copies of every raster image of the static folders.
    pub images: images::Images,
}

pub fn build(config: &Config, brand: &Brand) -> Result<Assets> {
    let theme = config.theme_dir();
    let (css_name, css_bytes) = css::build(&theme.join("css").join("main.css"), brand)?;
    let mut outputs = vec![Output::new(format!("assets/{css_name}"), css_bytes)];
    let mut published = BTreeSet::new();
    // The site's own static files win over the theme's.
    for dir in [theme.join("static"), config.root.join("static")] {
        copy_dir(&dir, &mut outputs, &mut published)?;
    }

    let (resized, images) = images::responsive(&outputs[1..], &config.root.join(".cache/images"))?;
    for o in &resized {
        published.insert(format!("/{}", o.path));
    }
    outputs.extend(resized);
    // After the resizing: the touch icon has its one size.
    icons::add(&config.root, &mut outputs)?;
    published.insert("/favicon.svg".into());
    published.insert("/apple-touch-icon.png".into());
    Ok(Assets {
        outputs,
        css: format!("/assets/{css_name}"),
        published,
        images,
    })
}

fn copy_dir(dir: &Path, outputs: &mut Vec<Output>, published: &mut BTreeSet<String>) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io("walk", dir, e.into()))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(dir)
            .expect("walkdir stays under its root")
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(entry.path()).map_err(|e| Error::io("read", entry.path(), e))?;
        let site_path = format!("/{rel}");
        outputs.retain(|o| o.path != rel);
        outputs.push(Output::new(rel, bytes));
        published.insert(site_path);
    }
    Ok(())
}
