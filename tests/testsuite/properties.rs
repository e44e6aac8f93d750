//! Properties over arbitrary input, checked on a few hundred generated cases in every test run:
//! no parser panics, whatever it is given, and rendered Markdown never carries script.

use std::collections::HashSet;
use std::path::Path;

use proptest::prelude::*;

use crate::security::dangers;

/// Pieces that make up HTML, Markdown, YAML, TOML and Fluent, and their attacks, so that
/// generated input reaches deep into the parsers instead of stopping at the first character.
const TOKENS: &[&str] = &[
    "<",
    ">",
    "/",
    "script",
    "img",
    "a",
    "svg",
    " src=",
    " href=",
    " onerror=",
    " onload=",
    "\"",
    "'",
    "=",
    "javascript:",
    "JaVaScRiPt&#58;",
    "&#x6A;",
    "data:",
    "alert(1)",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "<javascript:",
    "`",
    "```",
    "*",
    "_",
    "#",
    "# what-happened\n",
    "## ",
    "\n",
    "\n\n",
    " ",
    "\t",
    "---\n",
    "title: x\n",
    "summary: y\n",
    ":",
    ": ",
    "- ",
    "{",
    "}",
    "&a ",
    "*a",
    "!!",
    "|",
    "> ",
    "%",
    "\\",
    "é",
    "\u{0}",
    "\u{202e}",
    "x",
    "1",
    "2024-12-04",
    "T09:30",
    "organization",
    "name",
    "time_zone",
    "Europe/Oslo",
    "-x = ",
    "{ $n ->",
    "*[other]",
    "[[languages]]",
    "code = ",
    "<!--",
    "-->",
    "<![CDATA[",
    "&",
    ";",
    "~~~",
    "|---|",
    "[^1]",
];

fn tokens() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![tokens(), any::<String>(), "[ -~\n]{0,200}"]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn facts_parsing_never_panics(src in any_text()) {
        let _ = varsel::incident::parse::facts(Path::new("incident.yaml"), &src);
    }

    #[test]
    fn prose_parsing_never_panics(body in any_text()) {
        let src = format!("---\ntitle: T\nsummary: S\n---\n{body}");
        let _ = varsel::incident::parse::prose(Path::new("en.md"), &src);
        let _ = varsel::incident::parse::prose(Path::new("en.md"), &body);
    }

    #[test]
    fn config_parsing_never_panics(src in any_text()) {
        let _ = varsel::config::Config::parse(Path::new("varsel.toml"), &src);
    }

    #[test]
    fn markdown_never_carries_script(src in any_text()) {
        let mut used = HashSet::new();
        let html = varsel::markdown::render(&src, 1, &mut used);
        let found = dangers(&html);
        prop_assert!(found.is_empty(), "{:?} rendered as {} ({:?})", src, html, found);
    }

    #[test]
    fn diagnostics_point_into_the_file(src in any_text()) {
        // Whatever the error, its place is a real line of the file and printing it works.
        if let Err(d) = varsel::incident::parse::facts(Path::new("incident.yaml"), &src) {
            let _ = d.to_string();
            if let Some(loc) = &d.location {
                let lines = src.lines().count().max(1) + 1;
                prop_assert!(loc.line.is_none_or(|l| l <= lines), "{:?}", d);
            }
        }
    }
}

proptest! {
    // Each case writes a small site to disk; fewer cases keep the suite quick.
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn fluent_loading_never_panics(ftl in any_text()) {
        let site = tempfile::tempdir().unwrap();
        let toml = "base_url = \"https://n.example\"\ndefault_language = \"en\"\n[[languages]]\ncode = \"en\"\n";
        std::fs::write(site.path().join("varsel.toml"), toml).unwrap();
        std::fs::create_dir_all(site.path().join("locales/en")).unwrap();
        std::fs::write(site.path().join("locales/en/ui.ftl"), &ftl).unwrap();
        std::fs::write(site.path().join("locales/en/extra.ftl"), &ftl).unwrap();
        let config = varsel::config::Config::load(site.path()).unwrap();
        let _ = varsel::locale::Locales::load(site.path(), &config);
    }
}
