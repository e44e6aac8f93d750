//! Input within bounds: huge files, deeply nested YAML, alias bombs and symlinks leading out of
//! the site are refused with a clear error, in bounded time and memory, never a crash.

use crate::support::{Fixture, alias_bomb};

const FACTS: &str = "content/acme-webshop-2024/incident.yaml";
const PROSE: &str = "content/acme-webshop-2024/en.md";

/// Runs `build` and returns stderr, asserting a site error (not a crash) with `code`.
fn refused(f: &Fixture, code: &str) -> String {
    let run = f.run(&["build"]).fails_with(1);
    let err = run.stderr();
    assert!(
        err.contains(&format!("error[{code}]")),
        "{}",
        &err[..err.len().min(3000)]
    );
    assert!(err.contains("= help:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // However big the input, the report stays readable.
    assert!(err.len() < 4000, "{} bytes of errors", err.len());
    assert!(!f.exists("public"));
    err
}

#[test]
fn huge_files_are_refused_before_they_are_read() {
    for file in [FACTS, PROSE, "locales/en/ui.ftl", "varsel.toml"] {
        let f = Fixture::new("basic");
        // One long line, as a generated or pasted file would have.
        let huge = format!("# {}\n", "x".repeat(3 * 1024 * 1024));
        f.write(file, &huge);
        let err = refused(&f, "file-too-large");
        assert!(err.contains("at most 2097152 bytes"), "{err}");
    }
}

#[test]
fn deeply_nested_yaml_is_refused_at_once() {
    for deep in [
        format!(
            "organization: {}1{}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
        format!(
            "organization: {}1{}",
            "{a: ".repeat(50_000),
            "}".repeat(50_000)
        ),
        format!("x: {}", "[".repeat(100_000)),
    ] {
        let f = Fixture::new("basic");
        f.write(FACTS, &deep);
        let err = refused(&f, "yaml-too-deep");
        assert!(err.contains("incident.yaml:1:"), "{err}");
        assert!(err.contains("nested more than 32 levels"), "{err}");
    }
    // Front matter too, located in the prose file.
    let f = Fixture::new("basic");
    let prose = f.read(PROSE);
    f.write(
        PROSE,
        &prose.replacen("summary:", &format!("x: {}\nsummary:", "{".repeat(50)), 1),
    );
    let err = refused(&f, "yaml-too-deep");
    assert!(err.contains("en.md:3:"), "{err}");
}

#[test]
fn brackets_in_quoted_text_are_not_nesting() {
    let f = Fixture::new("basic");
    let text = f.read(FACTS);
    let many = "[".repeat(100);
    f.write(
        FACTS,
        &text.replace(
            "    - Acme Webbutik",
            &format!("    - \"Acme {many}\"\n    - 'Acme {many}' # {many}"),
        ),
    );
    f.run(&["build"]).ok();
}

#[test]
fn alias_bombs_are_refused() {
    // "Billion laughs": nine levels of nine references each would expand to 9^9 strings.
    let mut bomb =
        String::from("advice:\n  - text: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        bomb.push_str(&format!("  - text: &a{i} [{refs}]\n"));
    }
    bomb.push_str("services: [*a9, *a9, *a9]\n");
    let f = Fixture::new("basic");
    let text = f.read(FACTS);
    let start = text.find("advice:").unwrap();
    f.write(FACTS, &format!("{}{bomb}", &text[..start]));
    // Refused before anything is expanded, at the first alias that would take the document
    // past twice its size.
    let err = refused(&f, "yaml-too-large");
    assert!(err.contains("incident.yaml:56:21"), "{err}");
}

#[cfg(unix)]
#[test]
fn symlinks_leading_out_of_the_site_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.md");
    std::fs::write(&secret, "---\ntitle: SECRET-CONTENT\nsummary: s\n---\n").unwrap();
    for link in [
        PROSE,
        FACTS,
        "locales/en/ui.ftl",
        "themes/default/templates/base.html",
        "themes/default/static/style.css",
        "varsel.toml",
    ] {
        let f = Fixture::new("basic");
        let path = f.path().join(link);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let _ = std::fs::remove_file(&path);
        std::os::unix::fs::symlink(&secret, &path).unwrap();
        let err = refused(&f, "outside-site");
        assert!(
            err.contains("leads outside the site folder"),
            "{link}: {err}"
        );
        assert!(!err.contains("SECRET-CONTENT"), "{err}");
    }

    // A linked incident folder is skipped; its files are never published.
    let f = Fixture::new("basic");
    std::fs::create_dir(outside.path().join("leak")).unwrap();
    crate::support::copy_dir(
        &f.path().join("content/acme-webshop-2024"),
        &outside.path().join("leak"),
    );
    std::os::unix::fs::symlink(outside.path().join("leak"), f.path().join("content/leak")).unwrap();
    f.run(&["build"]).ok();
    assert!(!f.exists("public/en/leak"));
}

#[cfg(unix)]
#[test]
fn symlinks_within_the_site_are_followed() {
    let f = Fixture::new("basic");
    std::fs::rename(f.path().join(PROSE), f.path().join("shared-en.md")).unwrap();
    std::os::unix::fs::symlink("../../shared-en.md", f.path().join(PROSE)).unwrap();
    f.run(&["build"]).ok();
    assert!(
        f.read("public/en/acme-webshop-2024/index.html")
            .contains("Acme web shop")
    );
}

#[test]
fn a_theme_name_cannot_climb_out_of_themes() {
    for theme in ["../../..", "/etc", "a/b"] {
        let f = Fixture::new("basic");
        let config = f.read("varsel.toml");
        f.write("varsel.toml", &format!("theme = {theme:?}\n{config}"));
        let err = refused(&f, "invalid-theme");
        assert!(err.contains("varsel.toml:1:1"), "{err}");
    }
}

#[test]
fn aliases_of_a_large_value_are_refused_at_the_alias() {
    // One large text anchored once and repeated by aliases, each fitting its field: the
    // deserializer would copy it for every alias, building many times the file's size.
    let f = Fixture::new("basic");
    f.write(FACTS, &alias_bomb(&f.read(FACTS)));
    let err = refused(&f, "yaml-too-large");
    // The first alias that takes the document past twice its size: the anchor is on line 32
    // and each alias adds 50 KB to a file of 51 KB.
    assert!(err.contains("incident.yaml:34:7"), "{err}");
    assert!(!f.path().read_dir().unwrap().any(|e| {
        e.unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with(".varsel")
    }));
}

#[test]
fn diagnostics_quote_no_control_characters_and_no_megabyte_values() {
    let f = Fixture::new("basic");
    let long = "a".repeat(300_000);
    f.edit(
        FACTS,
        "website: https://acme.example",
        &format!("website: \"https://acme.example/\\e[2J\\b{long}\""),
    );
    let err = refused(&f, "control-character");
    assert!(!err.contains('\u{1b}') && !err.contains('\u{8}'), "{err}");
    // Without the control characters, the long value is quoted only in part.
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "website: https://acme.example",
        &format!("website: \"https://acme.example/ {long}\""),
    );
    let err = refused(&f, "invalid-url");
    assert!(err.contains("aaa…` is not a web address"), "{err}");
}
