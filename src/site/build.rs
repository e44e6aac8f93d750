//! Rendering every page of a site into memory: one page per notice and language, an index per
//! language, a root page to pick a language, not-found pages, and the theme's static files.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use rayon::prelude::*;
use serde::Serialize;

use super::plan::{Planned, plan};
use super::{Site, output};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::embedded;
use crate::render::view::{self, TimeView};
use crate::render::{RenderOptions, Renderer};

/// How to build; the preview server sets what it needs here.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The output folder (default `<site>/public`).
    pub output: PathBuf,
    /// Include drafts and notices scheduled for later, with a banner.
    pub drafts: bool,
    /// The build's clock, for reproducible builds and for testing embargoes.
    pub now: Option<Timestamp>,
    pub render: RenderOptions,
}

impl BuildOptions {
    pub fn new(root: &Path) -> BuildOptions {
        BuildOptions {
            output: root.join("public"),
            drafts: false,
            now: None,
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

/// Loads, renders and writes the site at `root`. Pages are written to the staging folder as
/// they are rendered, so the whole site is never held in memory.
pub fn build(root: &Path, options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let site = Site::load(root)?;
    let staging =
        output::Staging::begin(root, &options.output).map_err(|d| Diagnostics(vec![d]))?;
    let report = render_each(&site, options, &|f: OutputFile| {
        staging.write(&f.path, &f.bytes)
    })?;
    staging.commit().map_err(|d| Diagnostics(vec![d]))?;
    Ok(report)
}

fn now(options: &BuildOptions) -> Timestamp {
    options.now.unwrap_or_else(Timestamp::now)
}

/// Renders every file of the site in memory. Nothing is written.
pub fn render_site(site: &Site, options: &BuildOptions) -> Result<Vec<OutputFile>, Diagnostics> {
    let files = std::sync::Mutex::new(Vec::new());
    render_each(site, options, &|f| {
        files.lock().unwrap_or_else(|e| e.into_inner()).push(f);
        Ok(())
    })?;
    let mut files = files.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Renders every file of the site and hands each to `sink` as soon as it is ready, from
/// several threads at once. The first problems found (render or sink) are returned together.
pub fn render_each(
    site: &Site,
    options: &BuildOptions,
    sink: &(dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync),
) -> Result<BuildReport, Diagnostics> {
    let renderer = Renderer::new(
        &site.root,
        &site.config,
        &site.locales,
        options.render.clone(),
    )?;
    let planned = plan(
        &site.incidents,
        now(options),
        options.drafts,
        site.config.withdrawn,
    );
    let langs = site.config.language_codes();
    let pages = std::sync::atomic::AtomicUsize::new(0);
    let files = std::sync::atomic::AtomicUsize::new(0);
    let emit = |f: OutputFile| {
        use std::sync::atomic::Ordering::Relaxed;
        if f.path.ends_with(".html") {
            pages.fetch_add(1, Relaxed);
        }
        files.fetch_add(1, Relaxed);
        sink(f)
    };

    let jobs: Vec<(&Planned, &String)> = planned
        .iter()
        .flat_map(|p| langs.iter().map(move |l| (p, l)))
        .collect();
    // Each page is written as soon as it is rendered; only problems are collected.
    let problems: Vec<Diagnostic> = jobs
        .par_iter()
        .filter_map(|(p, lang)| {
            render_incident(site, &renderer, p, lang)
                .and_then(&emit)
                .err()
        })
        .collect();
    let mut diags = Diagnostics(problems);
    for lang in &langs {
        if let Err(d) = render_index(site, &renderer, &planned, lang).and_then(&emit) {
            diags.push(d);
        }
        let not_found = render_not_found(site, &renderer, lang, 1).map(|bytes| OutputFile {
            path: format!("{lang}/404.html"),
            bytes,
        });
        if let Err(d) = not_found.and_then(&emit) {
            diags.push(d);
        }
    }
    if let Err(d) = render_root(site, &renderer).and_then(&emit) {
        diags.push(d);
    }
    let not_found =
        render_not_found(site, &renderer, site.config.default_language(), 0).map(|bytes| {
            OutputFile {
                path: "404.html".into(),
                bytes,
            }
        });
    if let Err(d) = not_found.and_then(&emit) {
        diags.push(d);
    }
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
    Ok(BuildReport {
        notices: planned.len(),
        pages: pages.into_inner(),
        files: files.into_inner(),
    })
}

pub(super) fn render_incident(
    site: &Site,
    renderer: &Renderer,
    p: &Planned,
    lang: &str,
) -> Result<OutputFile, Diagnostic> {
    let locale = site.locales.get(lang);
    let page = view::incident(p.incident, locale, p.banner);
    let rest = format!("{}/", p.incident.slug);
    let mut cx = renderer.base_context(&site.config, lang, 2);
    cx.insert(
        "alternates",
        &view::alternates(&site.config, &site.locales, lang, &rest, 2),
    );
    cx.insert(
        "x_default",
        &format!(
            "{}/{}/{rest}",
            site.config.base(),
            site.config.default_language()
        ),
    );
    cx.insert(
        "canonical",
        &format!("{}/{lang}/{rest}", site.config.base()),
    );
    cx.insert("page", &page);
    let html = renderer.render("incident.html", &cx)?;
    Ok(OutputFile {
        path: format!("{lang}/{rest}index.html"),
        bytes: html.into_bytes(),
    })
}

pub(super) fn render_index(
    site: &Site,
    renderer: &Renderer,
    planned: &[Planned],
    lang: &str,
) -> Result<OutputFile, Diagnostic> {
    let locale = site.locales.get(lang);
    let notices: Vec<IndexEntry> = planned
        .iter()
        .map(|p| {
            let i = p.incident;
            let prose = &i.prose[lang];
            IndexEntry {
                title: prose.front.title.clone(),
                summary: prose.front.summary.clone(),
                href: format!("{}/", i.slug),
                status: locale.msg(&i.facts.status.message_id()),
                status_key: i.facts.status.key().to_owned(),
                published: TimeView {
                    iso: i.published.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                    text: locale.datetime(&i.published),
                },
                updated: TimeView {
                    iso: i.last_updated.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                    text: locale.datetime(&i.last_updated),
                },
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

/// The theme's static files: built-in ones, replaced by the site theme's files of the same name.
fn static_files(site: &Site) -> Result<Vec<OutputFile>, Diagnostic> {
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
            if !entry.file_type().is_file() {
                continue;
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
