//! Rebuilding one notice in an already built output folder: its pages and the language
//! indexes, nothing else. The preview server renders and writes through the same functions
//! ([`render_incident_pages`], `output::update_files`) after an edit; a full build would
//! re-render every page of a large site.
//!
//! Unlike a full build, files are replaced one by one (each atomically): between two files a
//! reader may see the new notice page with the old index, which is harmless in a preview and
//! lets one edit cost milliseconds.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::{BuildOptions, now, planned};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident;
use crate::render::pages::{
    render_export, render_feed, render_incident, render_index, render_sitemap,
};
use crate::render::view::{self, IncidentView};
use crate::render::{Renderer, export};
use crate::site::Site;
use crate::site::output::{self, OutputFile};
use crate::site::plan::Planned;

/// What a one-notice rebuild did.
#[derive(Debug, Clone, Default)]
pub struct RebuildReport {
    /// Files rendered (the notice's pages and the indexes).
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
/// last rendering (from [`super::render_with_views`]), kept so that the feeds can be
/// made again without rendering every notice.
pub fn rebuild_incident(
    site: &mut Site,
    renderer: &Renderer,
    options: &BuildOptions,
    slug: &str,
    views: &mut Views,
) -> Result<RebuildReport, Diagnostics> {
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
        output::remove(&options.output, rel)?;
    }
    let written = output::update_files(&options.output, &pages.files)?;
    Ok(RebuildReport {
        rendered: pages.files.len(),
        written,
        removed: !pages.removed.is_empty(),
    })
}

/// The views of rendered notice pages by slug and language, and which notices are public,
/// kept by a caller that re-renders one notice at a time: the feeds need every notice's
/// view, which is costly to make again.
#[derive(Default)]
pub struct Views {
    pub(super) pages: HashMap<(String, String), IncidentView>,
    pub(super) public: HashSet<String>,
    /// The notices the indexes were last made with, in their order, with their banners:
    /// when an edit changes neither this nor what the edited notice's entry shows, the
    /// indexes stay as they are.
    pub(super) indexed: Vec<(String, &'static str)>,
}

/// The notices `planned` lists on the indexes, as [`Views::indexed`] keeps them.
pub(super) fn indexed(planned: &[Planned]) -> Vec<(String, &'static str)> {
    planned
        .iter()
        .map(|p| (p.incident.slug.clone(), p.banner.key()))
        .collect()
}

/// What the feeds, the indexes and the sitemap show of `slug`'s page in each of `langs`, where
/// it has one, as one string per page to compare: when an edit leaves it as it was, they
/// stay as they are.
fn listed_in(views: &Views, slug: &str, langs: &[String]) -> Vec<Option<String>> {
    langs
        .iter()
        .map(|l| {
            views
                .pages
                .get(&(slug.to_owned(), l.clone()))
                .map(listed_parts)
        })
        .collect()
}

fn listed_parts(v: &IncidentView) -> String {
    serde_json::to_string(&(
        &v.title,
        &v.summary,
        &v.status,
        &v.organization,
        &v.organization_url,
        &v.revisions,
        &v.banner,
        &v.path,
        &v.published,
        &v.updated,
    ))
    .unwrap_or_default()
}

/// What changes in the output when one incident changed: its page in every language (when
/// it is published under `options`), its JSON export, and every language's index and feed
/// and the sitemap, which list it.
pub(crate) struct IncidentPages {
    pub(crate) files: Vec<OutputFile>,
    /// The folders of the incident's pages and the file of its export that must no longer
    /// exist (it was removed, or is now a draft), relative to the output folder.
    pub(crate) removed: Vec<String>,
}

/// Renders only what the incident `slug` affects. `site` already holds the incident as it is
/// now, or no longer holds it if it was deleted. `views` holds the other notices' views, as
/// the last render left them; missing ones are made, and this notice's are replaced.
pub(crate) fn render_incident_pages(
    site: &Site,
    renderer: &Renderer,
    options: &BuildOptions,
    slug: &str,
    views: &mut Views,
) -> Result<IncidentPages, Diagnostics> {
    let planned = planned(site, options);
    let langs = site.config.language_codes();
    let mine = planned.iter().find(|p| p.incident.slug == slug);
    let mut out = IncidentPages {
        files: Vec::new(),
        removed: Vec::new(),
    };
    let mut diags = Diagnostics::default();
    if mine.is_none() {
        out.removed = langs.iter().map(|l| format!("{l}/{slug}")).collect();
        out.removed.push(export::json_path(slug));
    }
    let listed_before = listed_in(views, slug, &langs);
    let was_public = views.public.remove(slug);
    let is_public = mine.is_some_and(Planned::is_public);
    if is_public {
        views.public.insert(slug.to_owned());
    }
    views.pages.retain(|(s, _), _| s != slug);
    if let Some(p) = mine {
        render_pages(site, renderer, p, views, &mut out, &mut diags);
    }
    let listed_now = listed_in(views, slug, &langs);
    let indexed = indexed(&planned);
    // Most edits are to the prose, which the lists do not show.
    let entry_same = mine.is_some() && listed_before == listed_now;
    if !entry_same || views.indexed != indexed {
        let problems = diags.0.len();
        render_indexes(site, renderer, &planned, views, &mut out, &mut diags);
        // Indexes that could not be made are made again on the next edit, whatever it is.
        views.indexed = if diags.0.len() == problems {
            indexed
        } else {
            Vec::new()
        };
    }
    if was_public == is_public && (!is_public || listed_before == listed_now) {
        return finish(out, diags);
    }
    render_feeds(
        site, renderer, options, &planned, views, &mut out, &mut diags,
    );
    finish(out, diags)
}

/// The pages of the planned notice `p` in every language and its JSON export, into `out`;
/// its new views go into `views`.
fn render_pages(
    site: &Site,
    renderer: &Renderer,
    p: &Planned,
    views: &mut Views,
    out: &mut IncidentPages,
    diags: &mut Diagnostics,
) {
    let langs = site.config.language_codes();
    let rendered: Vec<_> = langs
        .par_iter()
        .map(|lang| render_incident(site, renderer, p, lang))
        .collect();
    for (r, lang) in rendered.into_iter().zip(&langs) {
        match r {
            Ok((files, view)) => {
                out.files.extend(files);
                views
                    .pages
                    .insert((p.incident.slug.clone(), lang.clone()), view);
            }
            Err(d) => diags.push(d),
        }
    }
    out.files.extend(render_export(site, p.incident));
}

/// Every language's index, which lists every notice, into `out`.
fn render_indexes(
    site: &Site,
    renderer: &Renderer,
    planned: &[Planned],
    views: &Views,
    out: &mut IncidentPages,
    diags: &mut Diagnostics,
) {
    let indexes: Vec<_> = (site.config.language_codes().par_iter())
        .map(|lang| {
            render_index(site, renderer, planned, lang, |s| {
                views.pages.get(&(s.to_owned(), lang.clone()))
            })
        })
        .collect();
    for r in indexes {
        match r {
            Ok(f) => out.files.push(f),
            Err(d) => diags.push(d),
        }
    }
}

/// The feeds and the sitemap, into `out`. A feed carries every public notice's title and
/// summary, so it is made as a full build makes it, from the kept `views`; only views that
/// are missing are made.
fn render_feeds(
    site: &Site,
    renderer: &Renderer,
    options: &BuildOptions,
    planned: &[Planned],
    views: &mut Views,
    out: &mut IncidentPages,
    diags: &mut Diagnostics,
) {
    let langs = site.config.language_codes();
    let public: Vec<&Planned> = planned.iter().filter(|p| p.is_public()).collect();
    let missing: Vec<(&Planned, &String)> = public
        .iter()
        .flat_map(|p| langs.iter().map(move |l| (*p, l)))
        .filter(|(p, l)| {
            !views
                .pages
                .contains_key(&(p.incident.slug.clone(), (*l).clone()))
        })
        .collect();
    let made: Vec<_> = missing
        .par_iter()
        .map(|(p, l)| {
            let v = view::incident(p.incident, site.locales.get(l), p.banner.key());
            ((p.incident.slug.clone(), (*l).clone()), v)
        })
        .collect();
    views.pages.extend(made);
    let views = &views.pages;
    let feeds: Vec<Result<OutputFile, Diagnostic>> = langs
        .par_iter()
        .map(|lang| {
            let pages: Vec<&IncidentView> = public
                .iter()
                .filter_map(|p| views.get(&(p.incident.slug.clone(), lang.clone())))
                .collect();
            render_feed(site, renderer, lang, &pages, now(options))
        })
        .collect();
    for f in feeds
        .into_iter()
        .chain([render_sitemap(site, renderer, planned)])
    {
        match f {
            Ok(f) => out.files.push(f),
            Err(d) => diags.push(d),
        }
    }
}

fn finish(out: IncidentPages, mut diags: Diagnostics) -> Result<IncidentPages, Diagnostics> {
    if diags.has_errors() {
        diags
            .0
            .dedup_by(|a, b| a.message == b.message && a.location == b.location);
        return Err(diags);
    }
    Ok(out)
}
