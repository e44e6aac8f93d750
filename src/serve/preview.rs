//! The preview's build: the site kept loaded between changes, so that an edit to one incident
//! re-reads that incident and re-renders its pages and the indexes only. Anything that can
//! affect every page (locales, templates, config) rebuilds everything. Problems are kept per
//! source until that source is fixed; the output keeps the last good pages meanwhile.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::watch::ChangeKind;
use crate::build::{self, BuildOptions, incremental};
use crate::check;
use crate::diagnostics::Diagnostics;
use crate::incident::{self, Incident};
use crate::render::Renderer;
use crate::site::{Site, output, theme};

/// What a problem of the preview belongs to: it is kept until that part builds again.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    /// Configuration, locales, templates: the whole site.
    WholeSite,
    /// The theme's static files.
    StaticFiles,
    /// One incident, by slug.
    Incident(String),
}

pub(crate) struct Preview {
    root: PathBuf,
    options: BuildOptions,
    /// The last site that loaded and rendered, with its templates.
    loaded: Option<(Site, Renderer)>,
    /// Current problems by what they belong to.
    problems: BTreeMap<Source, Diagnostics>,
    /// What the writing checks (plain language, translations that agree) say of each notice
    /// that built, by slug: shown beside the page, never instead of it.
    warnings: BTreeMap<String, Diagnostics>,
    /// The views of the pages in the output, for the feeds of an incident's rebuild.
    views: incremental::Views,
}

/// What a rebuild did, for the terminal.
pub(crate) struct Outcome {
    pub(crate) what: String,
    pub(crate) ok: bool,
}

impl Preview {
    pub(crate) fn new(root: &Path, options: BuildOptions) -> Preview {
        Preview {
            root: root.to_path_buf(),
            options,
            loaded: None,
            problems: BTreeMap::new(),
            warnings: BTreeMap::new(),
            views: incremental::Views::default(),
        }
    }

    pub(crate) fn output(&self) -> &Path {
        &self.options.output
    }

    /// Every current problem, sorted, or `None` when the site builds.
    pub(crate) fn problems(&self) -> Option<Diagnostics> {
        if self.problems.is_empty() {
            return None;
        }
        let mut all = Diagnostics::default();
        for d in self.problems.values() {
            all.extend(d.clone());
        }
        all.sort();
        Some(all)
    }

    /// What the writing checks say of the notices that built, sorted, or `None` when nothing.
    pub(crate) fn warnings(&self) -> Option<Diagnostics> {
        let mut all = Diagnostics::default();
        for d in self.warnings.values() {
            all.extend(d.clone());
        }
        all.sort();
        (!all.is_empty()).then_some(all)
    }

    /// The site's language codes (of the last site that loaded).
    pub(crate) fn languages(&self) -> Vec<String> {
        self.loaded
            .as_ref()
            .map(|(site, _)| site.config.language_codes())
            .unwrap_or_default()
    }

    /// Loads and renders the whole site and replaces the output with it.
    pub(crate) fn rebuild_all(&mut self) -> Outcome {
        let outcome = |ok| Outcome {
            what: "the whole site".into(),
            ok,
        };
        let result = (|| {
            let site = Site::load(&self.root)?;
            let renderer = build::renderer(&site, &self.options)?;
            let (files, views) = build::render_with_views(&site, &renderer, &self.options)?;
            // Once the server is reading from the folder it must not disappear, not even
            // for the moment a swap of folders takes.
            let out = &self.options.output;
            if out.join(output::MARKER).is_file() {
                output::sync_site(out, &files)
            } else {
                output::write_site(&self.root, out, &files)
            }?;
            Ok::<_, Diagnostics>((site, renderer, views))
        })();
        match result {
            Ok((site, renderer, views)) => {
                self.warnings = site
                    .incidents
                    .par_iter()
                    .map(|i| (i.slug.clone(), writing(&site, i)))
                    .collect();
                self.loaded = Some((site, renderer));
                self.views = views;
                self.problems.clear();
                outcome(true)
            }
            Err(d) => {
                self.problems.clear();
                self.problems.insert(Source::WholeSite, d);
                outcome(false)
            }
        }
    }

    /// Rebuilds what `changes` affect.
    pub(crate) fn apply(&mut self, changes: &BTreeSet<ChangeKind>) -> Outcome {
        // After a failed full build the kept site may not match the sources any more.
        if self.loaded.is_none()
            || self.problems.contains_key(&Source::WholeSite)
            || changes.iter().any(ChangeKind::is_global)
        {
            return self.rebuild_all();
        }
        let mut what = Vec::new();
        for change in changes {
            match change {
                ChangeKind::IncidentContent(slug) => {
                    self.rebuild_incident(slug);
                    what.push(format!("content/{slug}"));
                }
                ChangeKind::StaticAsset => {
                    self.copy_static();
                    what.push("static files".into());
                }
                _ => unreachable!("global changes rebuild everything above"),
            }
        }
        Outcome {
            what: what.join(", "),
            ok: self.problems.is_empty(),
        }
    }

    fn rebuild_incident(&mut self, slug: &str) {
        let Some((site, renderer)) = &mut self.loaded else {
            return;
        };
        let dir = self.root.join("content").join(slug);
        let position = site.incidents.iter().position(|i| i.slug == slug);
        if dir.is_dir() {
            match incident::load(&dir, &site.config.language_codes()) {
                Ok(i) => {
                    self.warnings.insert(slug.to_owned(), writing(site, &i));
                    match position {
                        Some(n) => site.incidents[n] = i,
                        None => {
                            site.incidents.push(i);
                            site.incidents.sort_by(|a, b| a.slug.cmp(&b.slug));
                        }
                    }
                }
                Err(d) => {
                    // Its last good pages stay until it is fixed.
                    self.problems.insert(Source::Incident(slug.to_owned()), d);
                    return;
                }
            }
        } else if let Some(n) = position {
            site.incidents.remove(n);
            self.warnings.remove(slug);
        }
        self.problems.remove(&Source::Incident(slug.to_owned()));
        let result = incremental::render_incident_pages(
            site,
            renderer,
            &self.options,
            slug,
            &mut self.views,
        )
        .and_then(|pages| {
            output::update_files(&self.options.output, &pages.files)?;
            for rel in &pages.removed {
                output::remove(&self.options.output, rel)?;
            }
            Ok(())
        });
        if let Err(d) = result {
            self.problems.insert(Source::Incident(slug.to_owned()), d);
        }
    }

    fn copy_static(&mut self) {
        let Some((site, _)) = &self.loaded else {
            return;
        };
        let result = theme::static_files(site)
            .and_then(|files| output::update_files(&self.options.output, &files));
        match result {
            Ok(_) => self.problems.remove(&Source::StaticFiles),
            Err(d) => self.problems.insert(Source::StaticFiles, d.into()),
        };
    }
}

/// The checks on how a notice is written, which a preview shows while the author writes.
fn writing(site: &Site, incident: &Incident) -> Diagnostics {
    check::writing(site, incident)
}
