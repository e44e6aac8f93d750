//! Rebuilding one notice in an already built output folder: its pages and the language
//! indexes, nothing else. The preview server renders and writes through the same functions
//! (`build::render_incident_pages`, `output::update_files`) after an edit; a full build would
//! re-render every page of a large site.
//!
//! Unlike a full build, files are replaced one by one (each atomically): between two files a
//! reader may see the new notice page with the old index, which is harmless in a preview and
//! lets one edit cost milliseconds.

use super::build::{BuildOptions, Views, render_incident_pages};
use super::{Site, output};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident;
use crate::render::Renderer;

/// What a one-notice rebuild did.
#[derive(Debug, Clone, Default)]
pub struct RebuildReport {
    /// Files rendered (the notice's pages, renditions and the indexes).
    pub rendered: usize,
    /// Files whose bytes changed and were replaced.
    pub written: usize,
    /// Whether the notice is no longer published (removed, or now a draft) and its pages
    /// were deleted.
    pub removed: bool,
}

/// Reads `content/<slug>/` again into `site` and updates its pages and the indexes in
/// `options.output`, which must hold a full build of the same site. On a problem in the
/// notice's files, `site` and the output are left as they were. `views` are the views of the
/// last rendering (from [`super::build::render_with_views`]), kept so that the feeds can be
/// made again without rendering every notice.
pub fn rebuild_incident(
    site: &mut Site,
    renderer: &Renderer,
    options: &BuildOptions,
    slug: &str,
    views: &mut Views,
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
    let pages = render_incident_pages(site, renderer, options, slug, views)?;
    for rel in &pages.removed {
        output::remove_folder(&options.output, rel).map_err(one)?;
    }
    let written = output::update_files(&options.output, &pages.files).map_err(one)?;
    Ok(RebuildReport {
        rendered: pages.files.len(),
        written,
        removed: !pages.removed.is_empty(),
    })
}
