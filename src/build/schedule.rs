//! Rendering every file of a site, handed on file by file: per notice and language a page
//! (the messages to send are written by `mail`); per notice its `incident.json`; per language
//! an index and an Atom feed; a root page to pick a language, the sitemap, not-found pages,
//! and the theme's static files. The jobs are ordered so that threads stay busy and each language's lists are made as
//! soon as its last page is.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use rayon::prelude::*;

use super::incremental::Views;
use super::{BuildOptions, now, planned};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::Renderer;
use crate::render::export;
use crate::render::pages::{
    render_feed, render_incident, render_index, render_not_found, render_root, render_sitemap,
};
use crate::render::view::IncidentView;
use crate::site::output::OutputFile;
use crate::site::{Site, theme};

/// How much a rendering produced.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Counts {
    pub(crate) notices: usize,
    /// Web pages.
    pub(crate) pages: usize,
}

/// Renders every file of the site and hands each to `sink` as soon as it is ready, from
/// several threads at once, so the whole site is never held in memory. The problems found
/// (render or sink) are returned together.
pub(crate) fn render_each(
    site: &Site,
    renderer: &Renderer,
    options: &BuildOptions,
    sink: &(dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync),
) -> Result<(Counts, Views), Diagnostics> {
    use std::sync::atomic::{AtomicUsize, Ordering::AcqRel, Ordering::Relaxed};
    let planned = planned(site, options);
    let langs = site.config.language_codes();
    let pages = AtomicUsize::new(0);
    let emit = |f: OutputFile| {
        if f.path.ends_with(".html") {
            pages.fetch_add(1, Relaxed);
        }
        sink(f)
    };

    // The jobs in the order threads take them up: first what needs no notice's view, then
    // each language's pages in turn, so that a language's feed and index are made as soon as
    // its last page is while the other threads go on, and last the JSON exports, which keep
    // the other threads busy while the last language's lists are made.
    let jobs: Vec<Job> = [SitePage::Sitemap, SitePage::Root, SitePage::RootNotFound]
        .into_iter()
        .chain(langs.iter().map(SitePage::NotFound))
        .map(Job::Site)
        .chain(
            (0..langs.len())
                .flat_map(|lang| (0..planned.len()).map(move |notice| Job::Page { notice, lang })),
        )
        .chain((0..planned.len()).map(|notice| Job::Export { notice }))
        .collect();
    let default_lang = site.config.default_language();
    let next = AtomicUsize::new(0);
    let unrendered: Vec<AtomicUsize> = langs
        .iter()
        .map(|_| AtomicUsize::new(planned.len()))
        .collect();
    // Each language's page views with the notice's place in `planned`, kept without the
    // page's prose, which is most of its size.
    let lang_views: Vec<Mutex<Vec<(usize, IncidentView)>>> =
        langs.iter().map(|_| Mutex::new(Vec::new())).collect();
    let problems = Mutex::new(Vec::new());
    let fail = |d: Diagnostic| lock(&problems).push(d);
    let render_lists = |l: usize| {
        let lang = &langs[l];
        let mut views = std::mem::take(&mut *lock(&lang_views[l]));
        views.sort_unstable_by_key(|(i, _)| *i);
        // Feeds and the sitemap announce a notice to the world: previews never appear in them.
        let public: Vec<&IncidentView> = views
            .iter()
            .filter(|(i, _)| planned[*i].is_public())
            .map(|(_, v)| v)
            .collect();
        let feed = render_feed(site, renderer, lang, &public, now(options));
        feed.and_then(&emit).unwrap_or_else(fail);
        let by_slug: HashMap<&str, &IncidentView> = views
            .iter()
            .map(|(i, v)| (planned[*i].incident.slug.as_str(), v))
            .collect();
        let index = render_index(site, renderer, &planned, lang, |slug| {
            by_slug.get(slug).copied()
        });
        index.and_then(&emit).unwrap_or_else(fail);
        drop(by_slug);
        *lock(&lang_views[l]) = views;
    };
    let run = |job: &Job| match *job {
        Job::Export { notice } => {
            let incident = planned[notice].incident;
            emit(OutputFile {
                path: format!("incidents/{}/incident.json", incident.slug),
                bytes: export::incident_json(incident, &site.config),
            })
            .unwrap_or_else(fail);
        }
        Job::Page { notice, lang: l } => {
            match render_incident(site, renderer, &planned[notice], &langs[l]) {
                Ok((files, mut view)) => {
                    for f in files {
                        emit(f).unwrap_or_else(fail);
                    }
                    view.sections = Vec::new();
                    view.questions = Vec::new();
                    lock(&lang_views[l]).push((notice, view));
                }
                Err(d) => fail(d),
            }
            if unrendered[l].fetch_sub(1, AcqRel) == 1 {
                render_lists(l);
            }
        }
        Job::Site(ref page) => {
            let file = match page {
                SitePage::NotFound(lang) => {
                    render_not_found(site, renderer, lang, 1).map(|bytes| OutputFile {
                        path: format!("{lang}/404.html"),
                        bytes,
                    })
                }
                SitePage::Sitemap => render_sitemap(site, renderer, &planned),
                SitePage::Root => render_root(site, renderer),
                SitePage::RootNotFound => {
                    render_not_found(site, renderer, default_lang, 0).map(|bytes| OutputFile {
                        path: "404.html".into(),
                        bytes,
                    })
                }
            };
            file.and_then(&emit).unwrap_or_else(fail);
        }
    };
    // Each thread takes the next job as it comes free, so the jobs are done in about the
    // order above (splitting the list, as `par_iter` does, would start a thread half-way).
    rayon::scope(|s| {
        for _ in 0..rayon::current_num_threads() {
            s.spawn(|_| {
                while let Some(job) = jobs.get(next.fetch_add(1, Relaxed)) {
                    run(job);
                }
            });
        }
    });
    if planned.is_empty() {
        // No page was made to set the lists off: the indexes say so, the feeds are empty.
        (0..langs.len()).into_par_iter().for_each(render_lists);
    }
    let mut diags = Diagnostics(unlocked(problems));
    diags.sort();
    if !diags.is_empty() {
        // One broken template fails every page the same way; say it once.
        diags
            .0
            .dedup_by(|a, b| a.message == b.message && a.location == b.location);
        return Err(diags);
    }
    for f in theme::static_files(site)? {
        emit(f)?;
    }
    let counts = Counts {
        notices: planned.len(),
        pages: pages.into_inner(),
    };
    let views = Views {
        public: planned
            .iter()
            .filter(|p| p.is_public())
            .map(|p| p.incident.slug.clone())
            .collect(),
        pages: lang_views
            .into_iter()
            .zip(&langs)
            .flat_map(|(views, lang)| {
                unlocked(views)
                    .into_iter()
                    .map(|(i, v)| ((planned[i].incident.slug.clone(), lang.clone()), v))
            })
            .collect(),
    };
    Ok((counts, views))
}

/// A job of [`render_each`]; notices and languages by their place in its lists.
enum Job<'a> {
    /// A notice's page in one language.
    Page { notice: usize, lang: usize },
    /// A notice's `incident.json`.
    Export { notice: usize },
    /// A page of the site as a whole.
    Site(SitePage<'a>),
}

/// The pages of the site as a whole that need no notice's page view, so they can be made
/// first. (Each language's feed and index need every page's view: they are made once all
/// that language's pages are.)
enum SitePage<'a> {
    /// A language's not-found page.
    NotFound(&'a String),
    Sitemap,
    /// The page to pick a language.
    Root,
    /// The not-found page for any missing address, in the default language.
    RootNotFound,
}

/// Locks `m`, also after a thread panicked holding it (what it guards is then still whole:
/// every holder here only pushes or swaps a value).
pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// What `m` holds, once no thread uses it (as [`lock`], also after a panic).
pub(super) fn unlocked<T>(m: Mutex<T>) -> T {
    m.into_inner().unwrap_or_else(|e| e.into_inner())
}
