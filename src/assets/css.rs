//! assets: the theme stylesheet through lightningcss: `@import`s bundled, nesting flattened,
//! minified for current browsers (`not dead` keeps logical properties as written, so Arabic
//! mirrors from the same rules: STACK.md §8), named by content hash.

use std::path::Path;

use lightningcss::bundler::{Bundler, FileProvider};
use lightningcss::printer::PrinterOptions;
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, StyleSheet};
use lightningcss::targets::{Browsers, Targets};

use crate::config::Brand;
use crate::error::{Error, Result};

pub(crate) const BROWSERS: [&str; 3] = ["> 0.5%", "last 2 versions", "not dead"];

/// Returns the fingerprinted file name (`main.<hash>.css`) and the minified CSS.
pub fn build(entry: &Path, brand: &Brand) -> Result<(String, Vec<u8>)> {
    let fail = |message: String| Error::Asset {
        path: entry.to_path_buf(),
        message,
    };
    let provider = FileProvider::new();
    let mut bundler = Bundler::new(&provider, None, ParserOptions::default());
    let sheet = bundler
        .bundle(entry)
        .map_err(|e| fail(format!("cannot bundle the stylesheet: {e}")))?;
    let bundled = sheet
        .to_css(PrinterOptions::default())
        .map_err(|e| fail(e.to_string()))?
        .code;
    let source = format!("{}{}", brand.css_properties(), bundled);
    let mut sheet = StyleSheet::parse(&source, ParserOptions::default())
        .map_err(|e| fail(format!("invalid CSS: {e}")))?;
    let browsers = Browsers::from_browserslist(BROWSERS)
        .map_err(|e| fail(e.to_string()))?
        .ok_or_else(|| fail("no browsers match the targets".into()))?;
    let targets = Targets::from(browsers);
    sheet
        .minify(MinifyOptions {
            targets,
            ..Default::default()
        })
        .map_err(|e| fail(e.to_string()))?;
    let css = sheet
        .to_css(PrinterOptions {
            minify: true,
            targets,
            ..Default::default()
        })
        .map_err(|e| fail(e.to_string()))?
        .code;
    let name = format!("main.{}.css", fingerprint(css.as_bytes()));
    Ok((name, css.into_bytes()))
}

/// First 10 hex digits of the program's one digest (`hash::hex`).
pub(crate) fn fingerprint(bytes: &[u8]) -> String {
    crate::hash::hex(bytes)[..10].to_string()
}
