//! The build: one pipeline from a site folder to a written site. It loads the site
//! ([`Site::load`]), checks it ([`check::for_build`]), plans what is published
//! ([`plan`]), renders every file ([`schedule`], through [`crate::render::pages`]) and writes
//! them ([`output`]) so that the output folder is never half-written. [`incremental`] updates
//! one notice of a built site, for the preview server.

pub(crate) mod incremental;
pub(crate) mod schedule;

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::check;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::{RenderOptions, Renderer};
use crate::site::Site;
use crate::site::output::{self, OutputFile};
use crate::site::plan::{Planned, plan};
use incremental::Views;
use schedule::{KeepViews, lock, render_each, unlocked};

pub use incremental::{RebuildReport, rebuild_incident};

/// How to build; the preview server sets what it needs here.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The output folder (default `<site>/public`).
    pub output: PathBuf,
    /// Include drafts and notices scheduled for later, with a banner.
    pub(crate) drafts: bool,
    /// The build's clock, for reproducible builds and for testing embargoes.
    pub now: Option<Timestamp>,
    /// Refuse to build on warnings too, not only on errors.
    pub(crate) strict: bool,
    /// Build a site without notices (no folder in `content/`) rather than refuse to.
    pub(crate) allow_empty: bool,
    pub render: RenderOptions,
}

impl BuildOptions {
    pub fn new(root: &Path) -> BuildOptions {
        BuildOptions {
            output: root.join("public"),
            drafts: false,
            now: None,
            strict: false,
            allow_empty: false,
            render: RenderOptions::default(),
        }
    }
}

/// What a build did.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub(crate) notices: usize,
    pub(crate) pages: usize,
    /// Problems that did not stop the build (warnings, and those of previewed drafts).
    pub(crate) warnings: Diagnostics,
}

/// Loads, renders and writes the site at `root`.
pub fn build(root: &Path, options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let site = Site::load(root)?;
    if site.incidents.is_empty() && !options.allow_empty {
        return Err(no_notices(root).into());
    }
    // The checks of `varsel check` that can find errors: nothing with errors is published.
    // A strict build also refuses on warnings, so it runs every check.
    let scope = if options.strict {
        check::Scope::All
    } else {
        check::Scope::Blocking
    };
    let checks = check::for_build(&site, now(options), options.drafts, scope);
    let mut warnings = checks.blocking;
    if warnings.has_errors() || (options.strict && !warnings.is_empty()) {
        warnings.extend(checks.preview);
        return Err(warnings);
    }
    warnings.extend(checks.preview);
    if let Some(w) = json_left_out(&site, root, &options.output) {
        warnings.push(w);
    }
    let staging = output::Staging::begin(root, &options.output)?;
    let renderer = renderer(&site, options)?;
    let (counts, _) = render_each(
        &site,
        &renderer,
        options,
        &|f: OutputFile| staging.write(&f.path, &f.bytes),
        KeepViews::No,
    )?;
    staging.commit()?;
    // Freeing thousands of loaded notices an allocation at a time takes a while, and the
    // site is written: the caller need not wait for it (a command line exits meanwhile).
    std::thread::spawn(move || drop((site, renderer)));
    let report = BuildReport {
        notices: counts.notices,
        pages: counts.pages,
        warnings,
    };
    Ok(report)
}

/// A build that finds no notice at all would replace a published site with an empty one: a
/// `content/` folder gone missing, or a build run in the wrong folder, is far likelier than a
/// site meant to have none.
fn no_notices(root: &Path) -> Diagnostic {
    let content = root.join("content");
    let why = if content.is_dir() {
        "has no notice folders"
    } else {
        "does not exist"
    };
    Diagnostic::error(
        "no-notices",
        format!("{} {why}: there is nothing to publish", content.display()),
    )
    .in_file(&content)
    .with_help("run varsel in the site's folder (or give -C), or pass --allow-empty to publish a site without notices")
}

/// A warning when the previous build in `output` wrote `incident.json` files that this one,
/// the site having no `[json]` table, leaves out: an upload that mirrors the folder would take
/// them off the web, so it is said once, before. It never fails a build.
fn json_left_out(site: &Site, root: &Path, output: &Path) -> Option<Diagnostic> {
    let exports = output.join(crate::render::export::JSON_FOLDER);
    if site.config.json.is_some() || !exports.is_dir() {
        return None;
    }
    let message = format!(
        "{} holds the incident.json files of an earlier build, and varsel.toml has no [json] table: this build leaves them out",
        exports.display()
    );
    Some(
        Diagnostic::warning("json-left-out", message)
            .in_file(root.join(crate::config::CONFIG_FILE))
            .with_help("add a [json] table to varsel.toml to go on writing them (see \"What the build writes\" in docs/format.md)"),
    )
}

/// The notices a build with `options` publishes, as [`plan`] decides.
pub(crate) fn planned<'a>(site: &'a Site, options: &BuildOptions) -> Vec<Planned<'a>> {
    plan(
        &site.incidents,
        now(options),
        options.drafts,
        site.config.withdrawn,
    )
}

pub(crate) fn now(options: &BuildOptions) -> Timestamp {
    options.now.unwrap_or_else(Timestamp::now)
}

/// The templates of `site`, prepared to render with `options`.
pub(crate) fn renderer(site: &Site, options: &BuildOptions) -> Result<Renderer, Diagnostics> {
    Renderer::new(
        &site.root,
        &site.config,
        &site.locales,
        options.render.clone(),
    )
}

/// Renders every file of the site in memory. Nothing is written.
pub(crate) fn render_site(
    site: &Site,
    options: &BuildOptions,
) -> Result<Vec<OutputFile>, Diagnostics> {
    let renderer = renderer(site, options)?;
    render_with(site, &renderer, options)
}

/// Like [`render_site`], with templates already prepared (a caller that renders the same
/// site repeatedly keeps its `Renderer`).
pub(crate) fn render_with(
    site: &Site,
    renderer: &Renderer,
    options: &BuildOptions,
) -> Result<Vec<OutputFile>, Diagnostics> {
    render_with_views(site, renderer, options).map(|(files, _)| files)
}

/// Like [`render_with`], also returning the views the pages were made from.
pub fn render_with_views(
    site: &Site,
    renderer: &Renderer,
    options: &BuildOptions,
) -> Result<(Vec<OutputFile>, Views), Diagnostics> {
    let files = std::sync::Mutex::new(Vec::new());
    let (_, views) = render_each(
        site,
        renderer,
        options,
        &|f| {
            lock(&files).push(f);
            Ok(())
        },
        KeepViews::Yes,
    )?;
    let mut files = unlocked(files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, views))
}
