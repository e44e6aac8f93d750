//! The theme's static files (style sheet, images, fonts): the built-in theme's, replaced by
//! the site theme's files of the same name, copied into the site as they are.

use std::collections::BTreeMap;

use crate::diagnostics::Diagnostic;
use crate::embedded;
use crate::site::Site;
use crate::site::output::OutputFile;

/// Largest theme file (image, font) copied into the site.
const MAX_STATIC_BYTES: u64 = 16 * 1024 * 1024;

/// The theme's static files: built-in ones, replaced by the site theme's files of the same name.
pub(crate) fn static_files(site: &Site) -> Result<Vec<OutputFile>, Diagnostic> {
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    if let Some(dir) = embedded::THEME.get_dir("static") {
        collect_embedded(dir, &mut files);
    }
    let dir = site.config.theme_dir(&site.root).join("static");
    if dir.is_dir() {
        for entry in crate::input::files_under(&dir) {
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

fn collect_embedded(dir: &include_dir::Dir<'static>, out: &mut BTreeMap<String, Vec<u8>>) {
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
