//! Rebuilding one notice in an already built output folder: its pages and the language
//! indexes, nothing else. The preview server takes this path after an edit; a full build would
//! re-render and re-link every page of a large site.
//!
//! Unlike a full build, files are replaced one by one (each atomically, see
//! [`output::replace_file`]): between two files a reader may see the new notice page with the
//! old index, which is harmless in a preview and lets one edit cost milliseconds.

use rayon::prelude::*;

use super::build::{BuildOptions, render_incident, render_index};
use super::plan::plan;
use super::{Site, output};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident;
use crate::render::Renderer;

/// What a one-notice rebuild did.
#[derive(Debug, Clone, Default)]
pub struct RebuildReport {
    /// Pages rendered (the notice's pages and the indexes).
    pub rendered: usize,
    /// Files whose bytes changed and were replaced.
    pub written: usize,
    /// Whether the notice is no longer published (removed, or now a draft) and its pages
    /// were deleted.
    pub removed: bool,
}

/// Reads `content/<slug>/` again into `site` and updates its pages and the indexes in
/// `options.output`, which must hold a full build of the same site. On a problem in the
/// notice's files, `site` and the output are left as they were.
pub fn rebuild_incident(
    site: &mut Site,
    renderer: &Renderer,
    options: &BuildOptions,
    slug: &str,
) -> Result<RebuildReport, Diagnostics> {
    let one = |d: Diagnostic| Diagnostics(vec![d]);
    let langs = site.config.language_codes();
    let dir = site.root.join("content").join(slug);
    let position = site
        .incidents
        .binary_search_by(|i| i.slug.as_str().cmp(slug));
    if dir.is_dir() {
        let fresh = incident::load(&dir, &langs)?;
        match position {
            Ok(k) => site.incidents[k] = fresh,
            Err(k) => site.incidents.insert(k, fresh),
        }
    } else if let Ok(k) = position {
        site.incidents.remove(k);
    }

    let now = options.now.unwrap_or_else(jiff::Timestamp::now);
    let planned = plan(&site.incidents, now, options.drafts, site.config.withdrawn);
    let mut report = RebuildReport::default();
    let out = &options.output;
    let notice = planned.iter().find(|p| p.incident.slug == slug);
    if notice.is_none() {
        for lang in &langs {
            output::remove_path(out, &format!("{lang}/{slug}")).map_err(one)?;
        }
        report.removed = true;
    }
    // The notice's pages and the indexes, rendered on every core: the indexes list every
    // notice, so on a large site they cost more than the notice itself.
    let jobs: Vec<(&String, bool)> = langs
        .iter()
        .flat_map(|l| [(l, true), (l, false)])
        .filter(|(_, page)| !page || notice.is_some())
        .collect();
    let results: Vec<Result<bool, Diagnostic>> = jobs
        .par_iter()
        .map(|(lang, page)| {
            let file = match (page, notice) {
                (true, Some(p)) => render_incident(site, renderer, p, lang)?,
                _ => render_index(site, renderer, &planned, lang)?,
            };
            output::replace_file(out, &file.path, &file.bytes)
        })
        .collect();
    for r in results {
        report.rendered += 1;
        if r.map_err(one)? {
            report.written += 1;
        }
    }
    Ok(report)
}
