//! Any site Fluent file: loading it beside the built-in ones, and formatting every message,
//! never panics.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// One small site, reused by every run: only its `ui.ftl` changes.
fn site() -> &'static PathBuf {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("varsel-fuzz-fluent-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("locales/en")).unwrap();
        std::fs::write(
            dir.join("varsel.toml"),
            "base_url = \"https://n.example\"\ndefault_language = \"en\"\n[[languages]]\ncode = \"en\"\n",
        )
        .unwrap();
        dir
    })
}

fuzz_target!(|src: &str| {
    let root = site();
    std::fs::write(root.join("locales/en/ui.ftl"), src).unwrap();
    let config = varsel::config::Config::load(root).unwrap();
    if let Ok(locales) = varsel::locale::Locales::load(root, &config) {
        let _ = locales.get("en").labels();
    }
});
