//! content: the site cut down to some of its languages (`build --lang`, issue #31).

use super::Site;

impl Site {
    /// The site with only the languages `keep` (a stick for one delegation, issue #31):
    /// their pages, switchers, indexes and kit. Translations were resolved with every
    /// language, so a page missing in a kept language still falls back as site.toml says.
    /// When the default language is left out, the first kept one takes its place (the root
    /// chooser, x-default).
    pub(crate) fn retain_languages(self, keep: &[String]) -> Site {
        let Site {
            mut config,
            pages,
            figures,
            lexicon,
            broken,
            ..
        } = self;
        config.languages.retain(|l| keep.contains(&l.code));
        if !keep.contains(&config.default_language) {
            if let Some(first) = config.languages.first() {
                config.default_language = first.code.clone();
            }
        }
        let pages = pages
            .into_iter()
            .filter(|p| keep.contains(&p.lang))
            .collect();
        let mut site = Site::new(config, pages, figures);
        site.lexicon = lexicon;
        site.broken = broken;
        site
    }
}
