//! `sitemap.xml`: every published page with the time of its last change. Each page names its
//! translations in its own `<head>` (`hreflang` links), which search engines read as well as
//! sitemap alternates, so the sitemap does not repeat them.

use serde::Serialize;

use crate::config::Config;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct SitemapUrl {
    pub(crate) loc: String,
    /// W3C datetime of the last change; empty when not known.
    pub(crate) lastmod: String,
}

/// One entry per language for a page that exists at `<lang>/<rest>` in every site language.
pub(crate) fn urls_in_every_language(
    config: &Config,
    rest: &str,
    lastmod: &str,
) -> Vec<SitemapUrl> {
    config
        .languages
        .iter()
        .map(|l| SitemapUrl {
            loc: format!("{}/{}/{rest}", config.base(), l.code),
            lastmod: lastmod.to_owned(),
        })
        .collect()
}
