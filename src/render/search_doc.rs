//! render (search entry): what the search index holds of one page, the unit that rendering,
//! `serve`'s memo and the orientation data pass around.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchDoc {
    #[serde(skip)]
    pub lang: String,
    /// One-letter names in the index: it is downloaded by every search page.
    #[serde(rename = "t")]
    pub title: String,
    #[serde(rename = "u")]
    pub url: String,
    /// Section title.
    #[serde(rename = "s")]
    pub section: String,
    /// Plain text (summary then body).
    #[serde(rename = "x")]
    pub text: String,
}
