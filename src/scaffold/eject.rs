//! Copies of the built-in locales or theme put into a site on purpose (`varsel eject`,
//! `varsel init --locales`), for its authors to change. A site normally has neither: the ones
//! inside varsel are used, and improve with each new varsel. Nothing that exists is replaced.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::embedded;

/// Copies the built-in `.ftl` files of each of `languages` that has them into
/// `locales/<lang>/` of the site at `root`. Returns the files written, relative to `root`.
pub(crate) fn locales(root: &Path, languages: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let builtin = embedded::builtin_languages();
    let files: Vec<(PathBuf, &[u8])> = languages
        .iter()
        .filter(|l| builtin.contains(l))
        .flat_map(|lang| {
            embedded::locale_files(lang)
                .into_iter()
                .map(move |(name, text)| {
                    (Path::new("locales").join(lang).join(name), text.as_bytes())
                })
        })
        .collect();
    if files.is_empty() {
        bail!(
            "varsel has no built-in locales for {}; it has them for {}",
            languages.join(", "),
            builtin.join(", ")
        );
    }
    copy_new(root, files)
}

/// Copies the built-in theme's templates and static files into `themes/<theme>/` of the site
/// at `root`. Returns the files written, relative to `root`.
pub(crate) fn theme(root: &Path, theme: &str) -> anyhow::Result<Vec<PathBuf>> {
    let files = embedded::theme_files()
        .into_iter()
        .map(|(path, bytes)| (Path::new("themes").join(theme).join(path), bytes))
        .collect();
    copy_new(root, files)
}

/// Writes every file, or none when any of them exists already (so that a refusal leaves the
/// site as it was, not half copied).
fn copy_new(root: &Path, files: Vec<(PathBuf, &[u8])>) -> anyhow::Result<Vec<PathBuf>> {
    let existing: Vec<&PathBuf> = files
        .iter()
        .map(|(rel, _)| rel)
        .filter(|rel| root.join(rel).symlink_metadata().is_ok())
        .collect();
    if let Some(first) = existing.first() {
        let others = match existing.len() - 1 {
            0 => String::new(),
            1 => " (and 1 other file)".to_owned(),
            n => format!(" (and {n} other files)"),
        };
        bail!(
            "{} already exists{others}; varsel never replaces a file of the site. Move it aside to get the built-in one, or keep yours",
            root.join(first).display()
        );
    }
    for (rel, bytes) in &files {
        let path = root.join(rel);
        let dir = path.parent().expect("a file has a folder");
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        super::write_new(&path, bytes)?;
    }
    Ok(files.into_iter().map(|(rel, _)| rel).collect())
}
