//! Rendering every file of a site, handed on page by page: per notice and language a page and its email
//! renditions; per notice its `incident.json`; per language an index and an Atom feed; a root
//! page to pick a language, the sitemap, not-found pages, and the theme's static files.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use jiff::Timestamp;
use rayon::prelude::*;
use serde::Serialize;

use super::plan::{Planned, plan};
use super::{Site, output};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::embedded;
use crate::render::view::{self, IncidentView, TimeView};
use crate::render::{RenderOptions, Renderer};
use crate::render::{email, export, feed, sitemap};

/// How to build; the preview server sets what it needs here.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The output folder (default `<site>/public`).
    pub output: PathBuf,
    /// Include drafts and notices scheduled for later, with a banner.
    pub drafts: bool,
    /// The build's clock, for reproducible builds and for testing embargoes.
    pub now: Option<Timestamp>,
    /// Refuse to build on warnings too, not only on errors.
    pub strict: bool,
    pub render: RenderOptions,
}

impl BuildOptions {
    pub fn new(root: &Path) -> BuildOptions {
        BuildOptions {
            output: root.join("public"),
            drafts: false,
            now: None,
            strict: false,
            render: RenderOptions::default(),
        }
    }
}

/// What a build did.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub notices: usize,
    pub pages: usize,
    pub files: usize,
    /// Problems that did not stop the build (warnings, and those of previewed drafts).
    pub warnings: Diagnostics,
}

/// A file of the built site: its path relative to the output folder and its bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

#[derive(Serialize)]
struct IndexEntry {
    title: String,
    summary: String,
    href: String,
    status: String,
    status_key: String,
    published: TimeView,
    updated: TimeView,
    banner: String,
}

/// Loads, renders and writes the site at `root`.
pub fn build(root: &Path, options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let site = Site::load(root)?;
    // The same checks as `varsel check`: nothing with errors is published.
    let checks = crate::check::for_build(&site, now(options), options.drafts);
    let mut warnings = checks.blocking;
    if warnings.has_errors() || (options.strict && !warnings.is_empty()) {
        warnings.extend(checks.preview);
        return Err(warnings);
    }
    warnings.extend(checks.preview);
    let staging =
        output::Staging::begin(root, &options.output).map_err(|d| Diagnostics(vec![d]))?;
    let renderer = Renderer::new(
        &site.root,
        &site.config,
        &site.locales,
        options.render.clone(),
    )?;
    let (counts, _) = render_each(&site, &renderer, options, &|f: OutputFile| {
        staging.write(&f.path, &f.bytes)
    })?;
    staging.commit().map_err(|d| Diagnostics(vec![d]))?;
    // Freeing thousands of loaded notices an allocation at a time takes a while, and the
    // site is written: the caller need not wait for it (a command line exits meanwhile).
    std::thread::spawn(move || drop((site, renderer)));
    let report = BuildReport {
        notices: counts.notices,
        pages: counts.pages,
        files: counts.files,
        warnings,
    };
    Ok(report)
}

/// The notices a build with `options` publishes, as [`plan`] decides.
fn planned<'a>(site: &'a Site, options: &BuildOptions) -> Vec<Planned<'a>> {
    plan(
        &site.incidents,
        now(options),
        options.drafts,
        site.config.withdrawn,
    )
}

fn now(options: &BuildOptions) -> Timestamp {
    options.now.unwrap_or_else(Timestamp::now)
}

/// Renders every file of the site in memory. Nothing is written.
pub fn render_site(site: &Site, options: &BuildOptions) -> Result<Vec<OutputFile>, Diagnostics> {
    let renderer = Renderer::new(
        &site.root,
        &site.config,
        &site.locales,
        options.render.clone(),
    )?;
    render_with(site, &renderer, options)
}

/// Like [`render_site`], with templates already prepared (a caller that renders the same
/// site repeatedly keeps its `Renderer`).
pub fn render_with(
    site: &Site,
    renderer: &Renderer,
    options: &BuildOptions,
) -> Result<Vec<OutputFile>, Diagnostics> {
    render_with_views(site, renderer, options).map(|(files, _)| files)
}

/// The views of rendered notice pages by slug and language, and which notices are public,
/// kept by a caller that re-renders one notice at a time: the feeds need every notice's
/// view, which is costly to make again.
#[derive(Default)]
pub struct Views {
    pages: HashMap<(String, String), IncidentView>,
    public: HashSet<String>,
}

/// What of a notice's view its feed entries and sitemap entry show.
fn listed(v: &IncidentView) -> String {
    serde_json::to_string(&(
        &v.title,
        &v.summary,
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

/// Like [`render_with`], also returning the views the pages were made from.
pub fn render_with_views(
    site: &Site,
    renderer: &Renderer,
    options: &BuildOptions,
) -> Result<(Vec<OutputFile>, Views), Diagnostics> {
    let files = std::sync::Mutex::new(Vec::new());
    let (_, views) = render_each(site, renderer, options, &|f| {
        lock(&files).push(f);
        Ok(())
    })?;
    let mut files = unlocked(files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, views))
}

/// How much a rendering produced.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub notices: usize,
    /// Web pages (email renditions are not counted).
    pub pages: usize,
    pub files: usize,
}

/// Renders every file of the site and hands each to `sink` as soon as it is ready, from
/// several threads at once, so the whole site is never held in memory. The problems found
/// (render or sink) are returned together.
pub fn render_each(
    site: &Site,
    renderer: &Renderer,
    options: &BuildOptions,
    sink: &(dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync),
) -> Result<(Counts, Views), Diagnostics> {
    use std::sync::atomic::{AtomicUsize, Ordering::AcqRel, Ordering::Relaxed};
    let planned = planned(site, options);
    let langs = site.config.language_codes();
    let pages = AtomicUsize::new(0);
    let files = AtomicUsize::new(0);
    let emit = |f: OutputFile| {
        if f.path.ends_with(".html") && !f.path.ends_with("notice.html") {
            pages.fetch_add(1, Relaxed);
        }
        files.fetch_add(1, Relaxed);
        sink(f)
    };

    // The jobs in the order threads take them up: first what needs no notice's view, then
    // each language's pages in turn, so that a language's feed and index are made as soon as
    // its last page is while the other threads go on, and last the JSON exports, which keep
    // the other threads busy while the last language's lists are made.
    let jobs: Vec<Job> = [List::Sitemap, List::Root, List::RootNotFound]
        .into_iter()
        .chain(langs.iter().map(List::NotFound))
        .map(Job::List)
        .chain((0..langs.len()).flat_map(|l| (0..planned.len()).map(move |i| Job::Page(i, l))))
        .chain((0..planned.len()).map(Job::Export))
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
        Job::Export(i) => {
            let incident = planned[i].incident;
            emit(OutputFile {
                path: format!("incidents/{}/incident.json", incident.slug),
                bytes: export::incident_json(incident, &site.config),
            })
            .unwrap_or_else(fail);
        }
        Job::Page(i, l) => {
            match render_incident(site, renderer, &planned[i], &langs[l]) {
                Ok((files, mut view)) => {
                    for f in files {
                        emit(f).unwrap_or_else(fail);
                    }
                    view.sections = Vec::new();
                    view.questions = Vec::new();
                    lock(&lang_views[l]).push((i, view));
                }
                Err(d) => fail(d),
            }
            if unrendered[l].fetch_sub(1, AcqRel) == 1 {
                render_lists(l);
            }
        }
        Job::List(ref list) => {
            let file = match list {
                List::NotFound(lang) => {
                    render_not_found(site, renderer, lang, 1).map(|bytes| OutputFile {
                        path: format!("{lang}/404.html"),
                        bytes,
                    })
                }
                List::Sitemap => render_sitemap(site, renderer, &planned),
                List::Root => render_root(site, renderer),
                List::RootNotFound => {
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
    for f in static_files(site).map_err(|d| Diagnostics(vec![d]))? {
        emit(f).map_err(|d| Diagnostics(vec![d]))?;
    }
    let counts = Counts {
        notices: planned.len(),
        pages: pages.into_inner(),
        files: files.into_inner(),
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
    /// A notice's page in one language, and its email renditions.
    Page(usize, usize),
    /// A notice's `incident.json`.
    Export(usize),
    List(List<'a>),
}

/// The pages that need no notice's page view. (Each language's feed and index are made
/// once all its pages are.)
enum List<'a> {
    NotFound(&'a String),
    Sitemap,
    Root,
    RootNotFound,
}

/// What changes in the output when one incident changed: its page in every language (when
/// it is published under `options`), its JSON export, and every language's index and feed
/// and the sitemap, which list it.
pub struct IncidentPages {
    pub files: Vec<OutputFile>,
    /// Folders of the incident's pages that must no longer exist (it was removed, or is now a
    /// draft), relative to the output folder.
    pub removed: Vec<String>,
}

/// Renders only what the incident `slug` affects. `site` already holds the incident as it is
/// now, or no longer holds it if it was deleted. `views` holds the other notices' views, as
/// the last render left them; missing ones are made, and this notice's are replaced.
pub fn render_incident_pages(
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
        out.removed.push(format!("incidents/{slug}"));
    }
    // The indexes list every notice and are most of the work: one job per page.
    let jobs: Vec<(&String, bool)> = langs
        .iter()
        .flat_map(|l| [(l, true), (l, false)])
        .filter(|(_, index)| *index || mine.is_some())
        .collect();
    let listed_before: Vec<Option<String>> = langs
        .iter()
        .map(|l| views.pages.get(&(slug.to_owned(), l.clone())).map(listed))
        .collect();
    let was_public = views.public.remove(slug);
    let is_public = mine.is_some_and(Planned::is_public);
    if is_public {
        views.public.insert(slug.to_owned());
    }
    views.pages.retain(|(s, _), _| s != slug);
    let rendered: Vec<_> = jobs
        .par_iter()
        .map(|(lang, index)| match (index, mine) {
            (true, _) => render_index(site, renderer, &planned, lang, |s| {
                views.pages.get(&(s.to_owned(), (*lang).clone()))
            })
            .map(|f| (vec![f], None)),
            (false, Some(p)) => {
                render_incident(site, renderer, p, lang).map(|(files, v)| (files, Some(v)))
            }
            (false, None) => unreachable!("filtered out above"),
        })
        .collect();
    for (r, (lang, _)) in rendered.into_iter().zip(&jobs) {
        match r {
            Ok((f, view)) => {
                out.files.extend(f);
                if let Some(v) = view {
                    views.pages.insert((slug.to_owned(), (*lang).clone()), v);
                }
            }
            Err(d) => diags.push(d),
        }
    }
    if let Some(p) = mine {
        out.files.push(OutputFile {
            path: format!("incidents/{}/incident.json", p.incident.slug),
            bytes: export::incident_json(p.incident, &site.config),
        });
    }
    let listed_now: Vec<Option<String>> = langs
        .iter()
        .map(|l| views.pages.get(&(slug.to_owned(), l.clone())).map(listed))
        .collect();
    // Most edits are to the prose, which the feeds and the sitemap do not show.
    if was_public == is_public && (!is_public || listed_before == listed_now) {
        return finish(out, diags);
    }
    // A feed carries every public notice's title and summary, so it is made as a full build
    // makes it, from the kept views; only views that are missing are made.
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
            let v = view::incident(p.incident, site.locales.get(l), p.banner);
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
        .chain([render_sitemap(site, renderer, &planned)])
    {
        match f {
            Ok(f) => out.files.push(f),
            Err(d) => diags.push(d),
        }
    }
    finish(out, diags)
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

/// A notice's page in one language, with its email renditions made from the same view.
fn render_incident(
    site: &Site,
    renderer: &Renderer,
    p: &Planned,
    lang: &str,
) -> Result<(Vec<OutputFile>, IncidentView), Diagnostic> {
    let locale = site.locales.get(lang);
    let page = view::incident(p.incident, locale, p.banner);
    let rest = format!("{}/", p.incident.slug);
    let canonical = format!("{}/{lang}/{rest}", site.config.base());
    let mut cx = renderer.base_context(&site.config, lang, 2);
    let alternates = view::alternates(&site.config, &site.locales, lang, &rest, 2);
    cx.insert("og_locale", &og_locale(&site.config, lang));
    cx.insert(
        "og_alternates",
        &site
            .config
            .languages
            .iter()
            .filter(|l| l.code != lang)
            .map(|l| og_locale(&site.config, &l.code))
            .collect::<Vec<_>>(),
    );
    cx.insert("alternates", &alternates);
    cx.insert(
        "x_default",
        &format!(
            "{}/{}/{rest}",
            site.config.base(),
            site.config.default_language()
        ),
    );
    cx.insert("canonical", &canonical);
    cx.insert("feed", "../feed.xml");
    cx.insert(
        "jsonld",
        &export::json_ld(&page, p.incident, &canonical, lang),
    );
    cx.insert("page", &page);
    // A page is about twice its Markdown.
    let size = 2 * p.incident.prose_sources.get(lang).map_or(0, |s| s.len()) + 16 * 1024;
    let html = renderer.render_bytes("incident.html", &cx, size)?;
    cx.insert("email", &true);
    let text = email::finish_text(&renderer.render("notice.txt", &cx)?);
    let mail_html = renderer.render_bytes("notice.html", &cx, size)?;
    let dir = format!("{lang}/{rest}");
    Ok((
        vec![
            OutputFile {
                path: format!("{dir}index.html"),
                bytes: html,
            },
            OutputFile {
                path: format!("{dir}notice.txt"),
                bytes: text.into_bytes(),
            },
            OutputFile {
                path: format!("{dir}notice.html"),
                bytes: mail_html,
            },
        ],
        page,
    ))
}

/// The Open Graph form of a language's formatting locale (`sv_SE`).
fn og_locale(config: &crate::config::Config, lang: &str) -> String {
    config
        .languages
        .iter()
        .find(|l| l.code == lang)
        .map(|l| l.formatting_locale())
        .unwrap_or_else(|| lang.to_owned())
        .replace('-', "_")
}

fn render_feed(
    site: &Site,
    renderer: &Renderer,
    lang: &str,
    pages: &[&IncidentView],
    now: Timestamp,
) -> Result<OutputFile, Diagnostic> {
    let mut cx = renderer.base_context(&site.config, lang, 1);
    let title = cx
        .get("site_title")
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_owned();
    let locale = site.locales.get(lang);
    let now = now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    let head = feed::FeedHead {
        base: site.config.base(),
        lang,
        title,
        subtitle: locale.msg("feed-subtitle"),
        now,
        limit: site.config.feed.entries,
    };
    let feed = feed::feed(head, pages);
    cx.insert("feed", &feed);
    Ok(OutputFile {
        path: format!("{lang}/feed.xml"),
        bytes: renderer.render("feed.xml", &cx)?.into_bytes(),
    })
}

fn render_sitemap(
    site: &Site,
    renderer: &Renderer,
    planned: &[Planned],
) -> Result<OutputFile, Diagnostic> {
    let public: Vec<&Planned> = planned.iter().filter(|p| p.is_public()).collect();
    let iso = export::rfc3339;
    let newest = public.iter().map(|p| &p.incident.last_updated).max();
    let mut urls = vec![sitemap::SitemapUrl {
        loc: format!("{}/", site.config.base()),
        lastmod: newest.map(iso).unwrap_or_default(),
        alternates: Vec::new(),
    }];
    urls.extend(sitemap::urls_in_every_language(
        &site.config,
        "",
        &newest.map(iso).unwrap_or_default(),
    ));
    for p in &public {
        urls.extend(sitemap::urls_in_every_language(
            &site.config,
            &format!("{}/", p.incident.slug),
            &iso(&p.incident.last_updated),
        ));
    }
    let mut cx = renderer.base_context(&site.config, site.config.default_language(), 0);
    cx.insert("urls", &urls);
    Ok(OutputFile {
        path: "sitemap.xml".into(),
        bytes: renderer.render("sitemap.xml", &cx)?.into_bytes(),
    })
}

/// The `lang` index of the `planned` notices. `view` gives a notice's page view by slug
/// where one is at hand: the entry then takes its words and dates from it rather than
/// formatting them again.
fn render_index<'v>(
    site: &Site,
    renderer: &Renderer,
    planned: &[Planned],
    lang: &str,
    view: impl Fn(&str) -> Option<&'v IncidentView>,
) -> Result<OutputFile, Diagnostic> {
    let locale = site.locales.get(lang);
    let notices: Vec<IndexEntry> = planned
        .iter()
        .map(|p| {
            let i = p.incident;
            let (title, summary, status, published, updated) = match view(&i.slug) {
                Some(v) => (
                    v.title.clone(),
                    v.summary.clone(),
                    v.status.clone(),
                    v.published.clone(),
                    v.updated.clone(),
                ),
                None => {
                    let front = &i.prose[lang].front;
                    (
                        front.title.clone(),
                        front.summary.clone(),
                        locale.msg(&i.facts.status.message_id()),
                        TimeView::of(&i.published, locale),
                        TimeView::of(&i.last_updated, locale),
                    )
                }
            };
            IndexEntry {
                title,
                summary,
                href: format!("{}/", i.slug),
                status,
                status_key: i.facts.status.key().to_owned(),
                published,
                updated,
                // From the plan, which knows the build's clock, rather than from a view kept
                // since an earlier build.
                banner: p.banner.to_owned(),
            }
        })
        .collect();
    let mut cx = renderer.base_context(&site.config, lang, 1);
    cx.insert(
        "alternates",
        &view::alternates(&site.config, &site.locales, lang, "", 1),
    );
    cx.insert(
        "x_default",
        &format!("{}/{}/", site.config.base(), site.config.default_language()),
    );
    cx.insert("canonical", &format!("{}/{lang}/", site.config.base()));
    cx.insert("feed", "feed.xml");
    cx.insert("notices", &notices);
    let html = renderer.render("index.html", &cx)?;
    Ok(OutputFile {
        path: format!("{lang}/index.html"),
        bytes: html.into_bytes(),
    })
}

fn render_root(site: &Site, renderer: &Renderer) -> Result<OutputFile, Diagnostic> {
    #[derive(Serialize)]
    struct Choice {
        lang: String,
        name: String,
        title: String,
        href: String,
        prompt: String,
    }
    let default = site.config.default_language();
    let choices: Vec<Choice> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let locale = site.locales.get(&l.code);
            Choice {
                lang: l.code.clone(),
                name: locale.msg("language-name"),
                title: l
                    .title
                    .clone()
                    .unwrap_or_else(|| locale.msg("site-default-title")),
                href: format!("{}/", l.code),
                prompt: locale.msg("choose-language"),
            }
        })
        .collect();
    let mut cx = renderer.base_context(&site.config, default, 0);
    cx.insert(
        "alternates",
        &view::alternates(&site.config, &site.locales, "", "", 0),
    );
    cx.insert("x_default", &format!("{}/", site.config.base()));
    cx.insert("canonical", &format!("{}/", site.config.base()));
    cx.insert("choices", &choices);
    let html = renderer.render("root.html", &cx)?;
    Ok(OutputFile {
        path: "index.html".into(),
        bytes: html.into_bytes(),
    })
}

/// The not-found page; the site root's is in the default language and links by absolute path
/// (it is served for any missing URL, at any depth).
pub fn render_not_found(
    site: &Site,
    renderer: &Renderer,
    lang: &str,
    depth: usize,
) -> Result<Vec<u8>, Diagnostic> {
    let mut cx = renderer.base_context(&site.config, lang, depth);
    if depth == 0 {
        cx.insert("root", &site.config.base_path());
    }
    cx.insert(
        "alternates",
        &view::alternates(&site.config, &site.locales, lang, "", depth),
    );
    cx.insert("x_default", &format!("{}/", site.config.base()));
    cx.insert(
        "canonical",
        &format!("{}/{lang}/404.html", site.config.base()),
    );
    Ok(renderer.render("404.html", &cx)?.into_bytes())
}

/// Largest theme file (image, font) copied into the site.
const MAX_STATIC_BYTES: u64 = 16 * 1024 * 1024;

/// The theme's static files: built-in ones, replaced by the site theme's files of the same name.
pub fn static_files(site: &Site) -> Result<Vec<OutputFile>, Diagnostic> {
    let mut files: std::collections::BTreeMap<String, Vec<u8>> = std::collections::BTreeMap::new();
    if let Some(dir) = embedded::THEME.get_dir("static") {
        collect_embedded(dir, &mut files);
    }
    let dir = site.config.theme_dir(&site.root).join("static");
    if dir.is_dir() {
        for entry in walkdir::WalkDir::new(&dir)
            .follow_links(false)
            .into_iter()
            .flatten()
        {
            if !(entry.file_type().is_file() || entry.path_is_symlink() && entry.path().is_file()) {
                continue;
            }
            crate::input::check_within(&site.root, entry.path())?;
            if std::fs::metadata(entry.path()).is_ok_and(|m| m.len() > MAX_STATIC_BYTES) {
                return Err(Diagnostic::error(
                    "file-too-large",
                    format!(
                        "{} is larger than {MAX_STATIC_BYTES} bytes, the most varsel copies",
                        entry.path().display()
                    ),
                )
                .in_file(entry.path())
                .with_help("a notice page needs no large files; link to them elsewhere"));
            }
            let rel = entry
                .path()
                .strip_prefix(&dir)
                .unwrap_or(entry.path())
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = std::fs::read(entry.path()).map_err(|e| {
                Diagnostic::error("io", format!("cannot read {}: {e}", entry.path().display()))
                    .in_file(entry.path())
            })?;
            files.insert(rel, bytes);
        }
    }
    Ok(files
        .into_iter()
        .map(|(path, bytes)| OutputFile { path, bytes })
        .collect())
}

fn collect_embedded(
    dir: &include_dir::Dir<'static>,
    out: &mut std::collections::BTreeMap<String, Vec<u8>>,
) {
    for f in dir.files() {
        let rel = f
            .path()
            .strip_prefix("static")
            .unwrap_or(f.path())
            .to_string_lossy()
            .replace('\\', "/");
        out.insert(rel, f.contents().to_vec());
    }
    for d in dir.dirs() {
        collect_embedded(d, out);
    }
}

/// Locks `m`, also after a thread panicked holding it (what it guards is then still whole:
/// every holder here only pushes or swaps a value).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// What `m` holds, once no thread uses it (as [`lock`], also after a panic).
fn unlocked<T>(m: Mutex<T>) -> T {
    m.into_inner().unwrap_or_else(|e| e.into_inner())
}
