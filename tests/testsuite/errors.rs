//! Bad input: every mistake is reported with file:line:column, a message and a way to fix it,
//! and the exit code is 1. Nothing panics.

use crate::support::{Fixture, Run};

const FACTS: &str = "content/acme-webshop-2024/incident.yaml";
const EN: &str = "content/acme-webshop-2024/en.md";

/// Builds and returns stderr, asserting exit code 1 and no panic.
fn build_fails(f: &Fixture) -> String {
    let run: Run = f.run(&["build"]).fails_with(1);
    let err = run.stderr();
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        !f.exists("public"),
        "nothing is written when the build fails"
    );
    err
}

fn assert_at(err: &str, location: &str, message: &str) {
    assert!(
        err.contains(&format!("--> {location}")),
        "expected location {location} in:\n{err}"
    );
    assert!(err.contains(message), "expected {message:?} in:\n{err}");
}

#[test]
fn yaml_syntax_error() {
    let f = Fixture::new("basic");
    f.edit(FACTS, "name: Acme Handel AB", "name: \"Acme Handel AB");
    let err = build_fails(&f);
    assert!(err.contains("error[yaml-syntax]"), "{err}");
    assert!(
        err.contains(&format!("--> {}", f.path().join(FACTS).display())) || err.contains(FACTS),
        "{err}"
    );
    assert!(err.contains("incident.yaml:"), "{err}");
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let f = Fixture::new("basic");
    f.edit(FACTS, "time_zone:", "timezone:");
    let err = build_fails(&f);
    assert_at(
        &err,
        &format!("{}:5:1", f.path().join(FACTS).display()),
        "unknown field `timezone`",
    );
    assert!(err.contains("help: did you mean `time_zone`?"), "{err}");
}

#[test]
fn invalid_date() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "published: 2024-12-04T09:30",
        "published: 2024-13-04T09:30",
    );
    let err = build_fails(&f);
    assert_at(
        &err,
        &format!("{}:6:12", f.path().join(FACTS).display()),
        "not a valid timestamp",
    );
}

#[test]
fn invalid_time_zone() {
    let f = Fixture::new("basic");
    f.edit(FACTS, "Europe/Stockholm", "Europe/Stokholm");
    let err = build_fails(&f);
    assert_at(
        &err,
        &format!("{}:5:1", f.path().join(FACTS).display()),
        "`Europe/Stokholm` is not a known time zone",
    );
    assert!(err.contains("did you mean `Europe/Stockholm`?"), "{err}");
}

#[test]
fn unknown_data_category() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "affected: [name, email, national_id]",
        "affected: [name, emial, national_id]",
    );
    let err = build_fails(&f);
    assert_at(
        &err,
        &format!("{}:34:20", f.path().join(FACTS).display()),
        "unknown value `emial`",
    );
    assert!(err.contains("did you mean `email`?"), "{err}");
}

#[test]
fn unknown_body() {
    let f = Fixture::new("basic");
    f.edit(FACTS, "body: imy", "body: imyy");
    let err = build_fails(&f);
    assert_at(
        &err,
        &format!("{}:38:11", f.path().join(FACTS).display()),
        "unknown value `imyy`",
    );
    assert!(err.contains("did you mean `imy`?"), "{err}");
}

#[test]
fn missing_language_file() {
    let f = Fixture::new("basic");
    std::fs::remove_file(f.path().join("content/acme-webshop-2024/nl.md")).unwrap();
    let err = build_fails(&f);
    assert!(err.contains("error[missing-language]"), "{err}");
    // The file is not there to point at: the notice's folder is, with no line.
    let dir = f.path().join("content/acme-webshop-2024");
    assert!(err.contains(&format!(" --> {}\n", dir.display())), "{err}");
    assert!(
        err.contains("help: write nl.md beside incident.yaml"),
        "{err}"
    );
}

#[test]
fn markdown_without_the_expected_sections() {
    let f = Fixture::new("basic");
    f.edit(EN, "# how-discovered", "# how-we-found-out");
    let err = build_fails(&f);
    let file = f.path().join(EN).display().to_string();
    assert_at(
        &err,
        &format!("{file}:9:3"),
        "unknown section `how-we-found-out`",
    );
    assert!(err.contains("error[missing-section]"), "{err}");
    assert!(err.contains("missing section: `# how-discovered`"), "{err}");
}

#[test]
fn text_before_the_first_section() {
    let f = Fixture::new("basic");
    f.edit(EN, "# what-happened", "Stray text.\n\n# what-happened");
    let err = build_fails(&f);
    assert_at(
        &err,
        &format!("{}:6:1", f.path().join(EN).display()),
        "text outside any section",
    );
}

#[test]
fn front_matter_typo() {
    let f = Fixture::new("basic");
    f.edit(EN, "summary:", "sumary:");
    let err = build_fails(&f);
    assert_at(
        &err,
        &format!("{}:3:1", f.path().join(EN).display()),
        "unknown field `sumary`",
    );
    assert!(err.contains("did you mean `summary`?"), "{err}");
}

#[test]
fn missing_translation_in_a_text_map() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "      nl: Advies over wachtwoorden toegevoegd.\n",
        "",
    );
    let err = build_fails(&f);
    assert_at(
        &err,
        &format!("{}:11:5", f.path().join(FACTS).display()),
        "`note` has no text for `nl`",
    );
}

#[test]
fn config_typo() {
    let f = Fixture::new("basic");
    f.edit("varsel.toml", "default_language", "default_lang");
    let err = build_fails(&f);
    assert_at(
        &err,
        &format!("{}:2:1", f.path().join("varsel.toml").display()),
        "unknown field `default_lang`",
    );
    assert!(err.contains("did you mean `default_language`?"), "{err}");
}

#[test]
fn fluent_syntax_error_in_a_site_locale() {
    let f = Fixture::new("danish");
    let path = "locales/da/ui.ftl";
    let text = f.read(path);
    f.write(
        path,
        &text.replacen("skip-to-content =", "skip-to-content", 1),
    );
    let err = build_fails(&f);
    let line = text
        .lines()
        .position(|l| l.starts_with("skip-to-content"))
        .unwrap()
        + 1;
    assert!(err.contains("error[fluent-syntax]"), "{err}");
    assert!(
        err.contains(&format!("{}:{line}:", f.path().join(path).display())),
        "{err}"
    );
}

#[test]
fn missing_locale_for_a_language() {
    let f = Fixture::new("danish");
    std::fs::remove_dir_all(f.path().join("locales/da")).unwrap();
    let err = build_fails(&f);
    assert!(err.contains("error[missing-locale]"), "{err}");
    assert!(err.contains("copy locales/en/ into locales/da/"), "{err}");
}

#[test]
fn template_error_points_into_the_template() {
    let f = Fixture::new("basic");
    f.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ nonsense( }}\n{% endblock main %}\n",
    );
    let err = build_fails(&f);
    assert!(err.contains("error[template]"), "{err}");
    assert!(err.contains("404.html:3:"), "{err}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let f = Fixture::new("basic");
    f.edit(EN, "summary:", "sumary:");
    f.edit(
        "content/acme-webshop-2024/sv.md",
        "# consequences",
        "# consequenses",
    );
    let err = build_fails(&f);
    assert!(
        err.contains("unknown field `sumary`") && err.contains("unknown section `consequenses`"),
        "{err}"
    );
    assert!(err.contains("errors, 0 warnings"), "{err}");
}

#[test]
fn bad_input_never_panics() {
    let inputs = [
        "",
        "\u{0}\u{1}",
        "- a\n- b",
        "organization: 5",
        "a: &a [*a, *a]",
        "published: !!binary aGVsbG8=",
        &"[".repeat(10_000),
        "time_zone: 12\npublished: 12",
    ];
    for input in inputs {
        let f = Fixture::new("basic");
        f.write(FACTS, input);
        let run = f.run(&["build"]);
        assert_eq!(run.code(), 1, "input {input:?}: {}", run.stderr());
        assert!(!run.stderr().contains("panicked"), "{}", run.stderr());
        assert!(run.stderr().contains("incident.yaml"), "{}", run.stderr());
    }
}
