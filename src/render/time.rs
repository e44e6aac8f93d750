//! Times as every output writes them for machines: pages' `<time datetime>`, feeds, the
//! sitemap, `incident.json` and JSON-LD. Below the page view and the exports, which both use it.

/// A moment as RFC 3339 text in its own offset (`2024-12-04T13:39:00+01:00`), as every
/// output gives it.
pub(crate) fn rfc3339(z: &jiff::Zoned) -> String {
    z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}
