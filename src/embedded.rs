//! The default theme and the built-in locales, compiled into the binary so that `varsel init`
//! works anywhere and a site without its own templates or translations needs nothing else.

use include_dir::{Dir, include_dir};

pub static THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
pub static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The language whose built-in locale is the reference: every other locale must have its messages.
pub const REFERENCE_LANGUAGE: &str = "en";

/// The built-in `.ftl` files of `lang`, as (file name, text), sorted by name.
pub fn locale_files(lang: &str) -> Vec<(String, &'static str)> {
    let mut files: Vec<(String, &'static str)> = LOCALES
        .get_dir(lang)
        .into_iter()
        .flat_map(|d| d.files())
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| {
            let name = f.path().file_name()?.to_string_lossy().into_owned();
            Some((name, f.contents_utf8()?))
        })
        .collect();
    files.sort();
    files
}

/// The languages that have built-in locales.
pub fn builtin_languages() -> Vec<String> {
    let mut langs: Vec<String> = LOCALES
        .dirs()
        .filter_map(|d| Some(d.path().file_name()?.to_string_lossy().into_owned()))
        .collect();
    langs.sort();
    langs
}
