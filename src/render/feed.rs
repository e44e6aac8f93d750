//! The Atom feed of one language: each revision of a published notice is an entry (its time,
//! its note), so a reader following the feed learns of each update, newest first. A feed
//! carries the newest entries only (`[feed] entries`), as feed readers expect; the pages keep
//! the whole history.

use serde::Serialize;

use crate::render::view::IncidentView;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct FeedView {
    pub(crate) lang: String,
    pub(crate) title: String,
    pub(crate) subtitle: String,
    /// The feed's own address, which is also its Atom id.
    pub(crate) self_url: String,
    /// The language's index page.
    pub(crate) home_url: String,
    /// The newest entry's time; the build's clock when there is no entry.
    pub(crate) updated: String,
    pub(crate) entries: Vec<FeedEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct FeedEntry {
    /// The revision's address on the page; stable, since revisions are only ever appended.
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) url: String,
    pub(crate) updated: String,
    pub(crate) published: String,
    pub(crate) summary: String,
    pub(crate) author: String,
    pub(crate) author_url: String,
}

/// What a feed is made of besides its entries.
pub(crate) struct FeedHead<'a> {
    /// The site's base URL.
    pub(crate) base: &'a str,
    pub(crate) lang: &'a str,
    pub(crate) title: String,
    pub(crate) subtitle: String,
    /// The build's clock, the feed's time when it has no entry.
    pub(crate) now: String,
    /// The most entries the feed carries.
    pub(crate) limit: usize,
}

/// The feed of `pages` (one language's notices).
pub(crate) fn feed(head: FeedHead, pages: &[&IncidentView]) -> FeedView {
    let base = head.base;
    let mut entries: Vec<FeedEntry> = pages
        .iter()
        .flat_map(|p| {
            let url = format!("{base}/{}", p.path);
            p.revisions.iter().map(move |r| FeedEntry {
                id: format!("{url}#{}", r.id),
                title: format!("{}: {}", p.title, r.note),
                url: format!("{url}#{}", r.id),
                updated: r.at.iso.clone(),
                published: r.at.iso.clone(),
                summary: if r.id == "revision-0" {
                    p.summary.clone()
                } else {
                    r.note.clone()
                },
                author: p.organization.clone(),
                author_url: p.organization_url.clone(),
            })
        })
        .collect();
    // RFC 3339 strings in different offsets do not sort as text; compare the instants, each
    // read once rather than at every comparison.
    let instant = |s: &str| s.parse::<jiff::Timestamp>().ok();
    entries.sort_by_cached_key(|e| (std::cmp::Reverse(instant(&e.updated)), e.id.clone()));
    entries.truncate(head.limit);
    let lang = head.lang;
    FeedView {
        lang: lang.to_owned(),
        title: head.title,
        subtitle: head.subtitle,
        self_url: format!("{base}/{lang}/feed.xml"),
        home_url: format!("{base}/{lang}/"),
        updated: entries.first().map_or(head.now, |e| e.updated.clone()),
        entries,
    }
}
