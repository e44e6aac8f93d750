//! The site as a whole: `Site::load` reads configuration, locales and every incident (all
//! problems together), `plan` decides what is published, `output` writes the built files so
//! that the output folder is never half-written, `theme` gathers the theme's static files.
//! Nothing here checks or renders: the build chains those stages around what is here.

pub(crate) mod output;
pub(crate) mod plan;
pub(crate) mod theme;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::{self, Incident};
use crate::locale::Locales;

/// Everything read from a site folder, checked and ready to render.
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub locales: Locales,
    /// Sorted by slug.
    pub incidents: Vec<Incident>,
}

impl Site {
    /// Reads the site at `root`. Every problem in every file is reported, not only the first.
    pub fn load(root: &Path) -> Result<Site, Diagnostics> {
        let config = Config::load(root)?;
        let mut diags = Diagnostics::default();
        let locales = match Locales::load(root, &config) {
            Ok(l) => Some(l),
            Err(d) => {
                diags.extend(d);
                None
            }
        };
        let langs = config.language_codes();
        let dirs = incident_dirs(root)?;
        let results: Vec<Result<Incident, Diagnostics>> =
            dirs.par_iter().map(|d| incident::load(d, &langs)).collect();
        let mut incidents = Vec::new();
        for r in results {
            match r {
                Ok(i) => incidents.push(i),
                Err(d) => diags.extend(d),
            }
        }
        if diags.has_errors() {
            // Messages a locale lacks would otherwise wait for the next round to be reported.
            if let Some(l) = &locales {
                diags.extend(l.problems.clone());
            }
            diags.sort();
            return Err(diags);
        }
        incidents.sort_by(|a, b| a.slug.cmp(&b.slug));
        Ok(Site {
            root: root.to_path_buf(),
            config,
            locales: locales.expect("no errors means locales loaded"),
            incidents,
        })
    }
}

/// The incident folders under `content/`: every subfolder (symlinks are not followed, so
/// nothing outside the site is read).
pub(crate) fn incident_dirs(root: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let content = root.join("content");
    let entries = match std::fs::read_dir(&content) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(
                Diagnostic::error("io", format!("cannot read {}: {e}", content.display()))
                    .in_file(&content),
            );
        }
    };
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    dirs.sort();
    Ok(dirs)
}
