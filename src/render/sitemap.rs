//! `sitemap.xml`: every published page, each with its translations as `xhtml:link`
//! alternates, so search engines find every language of every notice.

use serde::Serialize;

use crate::config::Config;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct SitemapUrl {
    pub(crate) loc: String,
    /// W3C datetime of the last change; empty when not known.
    pub(crate) lastmod: String,
    pub(crate) alternates: Vec<SitemapAlternate>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct SitemapAlternate {
    pub(crate) lang: String,
    pub(crate) href: String,
}

/// One entry per language for a page that exists at `<lang>/<rest>` in every site language.
pub(crate) fn urls_in_every_language(
    config: &Config,
    rest: &str,
    lastmod: &str,
) -> Vec<SitemapUrl> {
    let alternates: Vec<SitemapAlternate> = config
        .languages
        .iter()
        .map(|l| SitemapAlternate {
            lang: l.code.clone(),
            href: format!("{}/{}/{rest}", config.base(), l.code),
        })
        .chain(std::iter::once(SitemapAlternate {
            lang: "x-default".to_owned(),
            href: format!("{}/{}/{rest}", config.base(), config.default_language()),
        }))
        .collect();
    config
        .languages
        .iter()
        .map(|l| SitemapUrl {
            loc: format!("{}/{}/{rest}", config.base(), l.code),
            lastmod: lastmod.to_owned(),
            alternates: alternates.clone(),
        })
        .collect()
}
