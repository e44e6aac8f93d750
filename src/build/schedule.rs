//! Rendering every file of a site, handed on file by file: per notice and language a page
//! (the messages to send are written by `mail`); per notice its `incident.json`; per language
//! an index and an Atom feed; a root page to pick a language, the sitemap, not-found pages,
//! and the theme's static files. The jobs are ordered so that threads stay busy and each language's lists are made as
//! soon as its last page is.

use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::{AcqRel, Relaxed};
use std::sync::{Mutex, MutexGuard};

use rayon::prelude::*;

use super::incremental::Views;
use super::{BuildOptions, now, planned};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::Renderer;
use crate::render::pages::{
    render_export, render_feed, render_incident, render_index, render_not_found, render_root,
    render_sitemap,
};
use crate::render::view::IncidentView;
use crate::site::output::OutputFile;
use crate::site::plan::Planned;
use crate::site::{Site, theme};

/// How much a rendering produced.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Counts {
    pub(crate) notices: usize,
    /// Web pages.
    pub(crate) pages: usize,
}

/// Whether the caller keeps the pages' views, to render one notice again later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeepViews {
    Yes,
    /// A language's views are dropped once its lists are made; [`render_each`] returns none.
    No,
}

/// Renders every file of the site and hands each to `sink` as soon as it is ready, from
/// several threads at once, so the whole site is never held in memory. The problems found
/// (render or sink) are returned together.
pub(crate) fn render_each(
    site: &Site,
    renderer: &Renderer,
    options: &BuildOptions,
    sink: &(dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync),
    keep: KeepViews,
) -> Result<(Counts, Views), Diagnostics> {
    let planned = planned(site, options);
    let langs = site.config.language_codes();
    let mut r = Rendering {
        site,
        renderer,
        options,
        sink,
        pages: AtomicUsize::new(0),
        unrendered: langs
            .iter()
            .map(|_| AtomicUsize::new(planned.len()))
            .collect(),
        lang_views: langs.iter().map(|_| Mutex::new(Vec::new())).collect(),
        problems: Mutex::new(Vec::new()),
        planned,
        langs,
        keep,
    };
    let jobs = jobs(&r);
    let next = AtomicUsize::new(0);
    // Each thread takes the next job as it comes free, so the jobs are done in about the
    // order of `jobs` (splitting the list, as `par_iter` does, would start a thread half-way).
    rayon::scope(|s| {
        for _ in 0..rayon::current_num_threads() {
            s.spawn(|_| {
                while let Some(job) = jobs.get(next.fetch_add(1, Relaxed)) {
                    r.run(job);
                }
            });
        }
    });
    if r.planned.is_empty() {
        // No page was made to set the lists off: the indexes say so, the feeds are empty.
        (0..r.langs.len())
            .into_par_iter()
            .for_each(|l| r.render_lists(l));
    }
    let mut diags = Diagnostics(std::mem::take(
        r.problems.get_mut().unwrap_or_else(|e| e.into_inner()),
    ));
    diags.sort();
    if !diags.is_empty() {
        // One broken template fails every page the same way; say it once.
        diags
            .0
            .dedup_by(|a, b| a.message == b.message && a.location == b.location);
        return Err(diags);
    }
    for f in theme::static_files(site)? {
        r.emit(f)?;
    }
    Ok(r.finish())
}

/// The jobs of rendering `r`, in the order threads take them up: first what needs no notice's
/// view, then each language's pages in turn, so that a language's feed and index are made as
/// soon as its last page is while the other threads go on, and last the JSON exports, if the
/// site asks for them, which keep the other threads busy while the last language's lists are
/// made.
fn jobs<'a>(r: &'a Rendering) -> Vec<Job<'a>> {
    let (langs, notices) = (&r.langs, r.planned.len());
    let exports = if r.site.config.json.is_some() {
        notices
    } else {
        0
    };
    [SitePage::Sitemap, SitePage::Root, SitePage::RootNotFound]
        .into_iter()
        .chain(langs.iter().map(SitePage::NotFound))
        .map(Job::Site)
        .chain(
            (0..langs.len())
                .flat_map(|lang| (0..notices).map(move |notice| Job::Page { notice, lang })),
        )
        .chain((0..exports).map(|notice| Job::Export { notice }))
        .collect()
}

/// What the threads of [`render_each`] share; notices and languages are named by their place
/// in `planned` and `langs`.
struct Rendering<'a> {
    site: &'a Site,
    renderer: &'a Renderer,
    options: &'a BuildOptions,
    sink: &'a (dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync),
    planned: Vec<Planned<'a>>,
    langs: Vec<String>,
    /// The web pages handed on so far.
    pages: AtomicUsize,
    /// Per language, how many of its pages are still to be made.
    unrendered: Vec<AtomicUsize>,
    /// Each language's page views with the notice's place in `planned`, kept without the
    /// page's prose, which is most of its size.
    lang_views: Vec<Mutex<Vec<(usize, IncidentView)>>>,
    problems: Mutex<Vec<Diagnostic>>,
    keep: KeepViews,
}

impl Rendering<'_> {
    /// Hands `f` on, counting it when it is a web page.
    fn emit(&self, f: OutputFile) -> Result<(), Diagnostic> {
        if f.path.ends_with(".html") {
            self.pages.fetch_add(1, Relaxed);
        }
        (self.sink)(f)
    }

    fn fail(&self, d: Diagnostic) {
        lock(&self.problems).push(d);
    }

    fn run(&self, job: &Job) {
        match *job {
            Job::Export { notice } => {
                let incident = self.planned[notice].incident;
                if let Some(file) = render_export(self.site, incident) {
                    self.emit(file).unwrap_or_else(|d| self.fail(d));
                }
            }
            Job::Page { notice, lang } => self.page(notice, lang),
            Job::Site(ref page) => {
                let file = self.site_page(page);
                file.and_then(|f| self.emit(f))
                    .unwrap_or_else(|d| self.fail(d));
            }
        }
    }

    /// A notice's page in language `l`, and that language's lists once it was the last.
    fn page(&self, notice: usize, l: usize) {
        let (site, renderer) = (self.site, self.renderer);
        match render_incident(site, renderer, &self.planned[notice], &self.langs[l]) {
            Ok((files, mut view)) => {
                for f in files {
                    self.emit(f).unwrap_or_else(|d| self.fail(d));
                }
                view.sections = Vec::new();
                view.questions = Vec::new();
                lock(&self.lang_views[l]).push((notice, view));
            }
            Err(d) => self.fail(d),
        }
        if self.unrendered[l].fetch_sub(1, AcqRel) == 1 {
            self.render_lists(l);
        }
    }

    fn site_page(&self, page: &SitePage) -> Result<OutputFile, Diagnostic> {
        let (site, renderer) = (self.site, self.renderer);
        match page {
            SitePage::NotFound(lang) => {
                render_not_found(site, renderer, lang, 1).map(|bytes| OutputFile {
                    path: format!("{lang}/404.html"),
                    bytes,
                })
            }
            SitePage::Sitemap => render_sitemap(site, renderer, &self.planned),
            SitePage::Root => render_root(site, renderer),
            SitePage::RootNotFound => {
                let lang = site.config.default_language();
                render_not_found(site, renderer, lang, 0).map(|bytes| OutputFile {
                    path: "404.html".into(),
                    bytes,
                })
            }
        }
    }

    /// The feed and the index of language `l`, made from its pages' views.
    fn render_lists(&self, l: usize) {
        let (site, renderer, planned) = (self.site, self.renderer, &self.planned);
        let lang = &self.langs[l];
        let mut views = std::mem::take(&mut *lock(&self.lang_views[l]));
        views.sort_unstable_by_key(|(i, _)| *i);
        // Feeds and the sitemap announce a notice to the world: previews never appear in them.
        let public: Vec<&IncidentView> = views
            .iter()
            .filter(|(i, _)| planned[*i].is_public())
            .map(|(_, v)| v)
            .collect();
        let feed = render_feed(site, renderer, lang, &public, now(self.options));
        feed.and_then(|f| self.emit(f))
            .unwrap_or_else(|d| self.fail(d));
        let by_slug: HashMap<&str, &IncidentView> = views
            .iter()
            .map(|(i, v)| (planned[*i].incident.slug.as_str(), v))
            .collect();
        let index = render_index(site, renderer, planned, lang, |slug| {
            by_slug.get(slug).copied()
        });
        index
            .and_then(|f| self.emit(f))
            .unwrap_or_else(|d| self.fail(d));
        drop(by_slug);
        if self.keep == KeepViews::Yes {
            *lock(&self.lang_views[l]) = views;
        }
    }

    /// How much was rendered, and the views a caller keeps to render one notice again.
    fn finish(self) -> (Counts, Views) {
        let planned = self.planned;
        let counts = Counts {
            notices: planned.len(),
            pages: self.pages.into_inner(),
        };
        let views = Views {
            indexed: super::incremental::indexed(&planned),
            public: planned
                .iter()
                .filter(|p| p.is_public())
                .map(|p| p.incident.slug.clone())
                .collect(),
            pages: self
                .lang_views
                .into_iter()
                .zip(&self.langs)
                .flat_map(|(views, lang)| {
                    unlocked(views)
                        .into_iter()
                        .map(|(i, v)| ((planned[i].incident.slug.clone(), lang.clone()), v))
                })
                .collect(),
        };
        (counts, views)
    }
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
