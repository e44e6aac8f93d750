//! `varsel check`: one site per problem class (translations, Art. 34 completeness, facts,
//! links, Fluent and template errors), each asserted on the exact diagnostic — severity, code,
//! file:line:column and message — in the human and the JSON form, with the exit codes 0/1/2;
//! and `varsel build` refusing what check rejects.

use std::path::Path;

use crate::support::{Fixture, Run, varsel};

mod law;

const FACTS: &str = "content/acme-webshop-2024/incident.yaml";
const SV: &str = "content/acme-webshop-2024/sv.md";
const EN: &str = "content/acme-webshop-2024/en.md";
const NB: &str = "content/acme-webshop-2024/nb.md";
const NL: &str = "content/acme-webshop-2024/nl.md";

/// One diagnostic as it must be reported.
struct Expect<'a> {
    severity: &'a str,
    code: &'a str,
    file: &'a str,
    /// Line and column; none when the file (or folder) as a whole is meant.
    place: Option<(usize, usize)>,
    message: &'a str,
}

impl Expect<'_> {
    /// The same diagnostic pointing at its file with no line.
    fn no_line(self) -> Self {
        Expect {
            place: None,
            ..self
        }
    }
}

fn error<'a>(
    code: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
) -> Expect<'a> {
    Expect {
        severity: "error",
        code,
        file,
        place: Some((line, column)),
        message,
    }
}

fn warning<'a>(
    code: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
) -> Expect<'a> {
    Expect {
        severity: "warning",
        ..error(code, file, line, column, message)
    }
}

/// Runs `check <args>` in both formats, asserts the exit code and that every expected
/// diagnostic is reported exactly so in both; returns the human run.
fn check(f: &Fixture, args: &[&str], exit: i32, expected: &[Expect]) -> Run {
    let mut human_args = vec!["check"];
    human_args.extend(args);
    let human = f.run(&human_args).fails_with(exit);
    let err = human.stderr();
    assert!(!err.contains("panicked"), "{err}");
    for e in expected {
        let path = f.path().join(e.file);
        let place = match e.place {
            Some((line, column)) => {
                let pad = " ".repeat(line.to_string().len());
                format!("{pad}--> {}:{line}:{column}", path.display())
            }
            None => format!(" --> {}", path.display()),
        };
        let want = format!("{}[{}]: {}\n{place}\n", e.severity, e.code, e.message);
        assert!(err.contains(&want), "expected\n{want}in:\n{err}");
    }

    let mut json_args = human_args.clone();
    json_args.extend(["--format", "json"]);
    let json = f.run(&json_args).fails_with(exit);
    let v: serde_json::Value = serde_json::from_str(&json.stdout())
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", json.stdout()));
    let diags = v["diagnostics"].as_array().expect("diagnostics array");
    for e in expected {
        let path = f.path().join(e.file);
        let found = diags.iter().any(|d| {
            d["severity"] == e.severity
                && d["code"] == e.code
                && d["message"] == e.message
                && d["location"]["file"] == path.to_str().unwrap()
                && match e.place {
                    Some((line, column)) => {
                        d["location"]["line"] == line && d["location"]["column"] == column
                    }
                    None => d["location"].get("line").is_none(),
                }
        });
        assert!(
            found,
            "expected {} {} at {}:{:?} in JSON:\n{}",
            e.code,
            e.message,
            e.file,
            e.place,
            json.stdout()
        );
    }
    human
}

/// How many diagnostics with `code` the JSON form reports.
fn count(f: &Fixture, code: &str) -> usize {
    let run = f.run(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .count()
}

#[test]
fn the_example_site_checks_clean_with_strict() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = varsel()
        .arg("-C")
        .arg(root)
        .args(["check", "--strict", "--format", "json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["errors"], 0, "{stdout}");
    assert_eq!(v["warnings"], 0, "{stdout}");
    let out = varsel()
        .arg("-C")
        .arg(root)
        .args(["check", "--translations"])
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{table}");
    for lang in ["sv", "nb", "nl", "en"] {
        let row = table
            .lines()
            .find(|l| l.starts_with(&format!("{lang} ")))
            .unwrap_or_else(|| panic!("no row for {lang}:\n{table}"));
        assert!(
            row.contains("3/3 100%") && row.contains("21/21 100%"),
            "{row}"
        );
    }
}

#[test]
fn a_clean_site_exits_0_in_both_formats() {
    let f = Fixture::new("basic");
    let run = check(&f, &["--strict"], 0, &[]);
    // Where people read the diagnostics, as docs/check.md says; standard output stays empty.
    assert_eq!(run.stderr(), "No problems found.\n");
    assert_eq!(run.stdout(), "");
    let json = f.run(&["check", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&json.stdout()).unwrap();
    assert_eq!(v["diagnostics"].as_array().unwrap().len(), 0);
}

#[test]
fn usage_and_clock_errors_exit_2() {
    let f = Fixture::new("basic");
    f.run(&["check", "--format", "xml"]).fails_with(2);
    let run = f.run(&["check", "--now", "yesterday"]).fails_with(2);
    assert!(run.stderr().contains("--now yesterday"), "{}", run.stderr());
}

#[test]
fn a_folder_that_is_not_there_or_a_file_that_cannot_be_read_exits_2() {
    let f = Fixture::new("basic");
    let missing = f.path().join("no-such-site");
    for command in [
        &["check"][..],
        &["build"],
        &["mail"],
        &["check", "--translations"],
    ] {
        let out = varsel()
            .arg("-C")
            .arg(&missing)
            .args(command)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command:?}: {err}");
        assert_eq!(
            err,
            format!("error: -C {}: there is no such folder\n", missing.display())
        );
    }
    // A folder without varsel.toml is no site: named, with no line in a file that is not there.
    std::fs::create_dir(&missing).unwrap();
    let out = varsel()
        .arg("-C")
        .arg(&missing)
        .arg("check")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.starts_with(&format!(
            "error[missing-config]: cannot read {}: there is no such file\n  = help:",
            missing.join("varsel.toml").display()
        )),
        "{err}"
    );

    // A prose file that is a folder: the file is named, with no line.
    let en = f.path().join(EN);
    std::fs::remove_file(&en).unwrap();
    std::fs::create_dir(&en).unwrap();
    for command in ["check", "build", "mail"] {
        let err = f.run(&[command]).fails_with(2).stderr();
        let want = format!(
            "error[io]: cannot read {}: it is not a regular file\n --> {}\n  = help: replace it with a text file\n",
            en.display(),
            en.display()
        );
        assert!(err.contains(&want), "{command}: {err}");
    }
    let json = f.run(&["check", "--format", "json"]).fails_with(2).stdout();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let location = &v["diagnostics"][0]["location"];
    assert_eq!(location["file"], en.to_str().unwrap());
    assert!(
        location.get("line").is_none() && location.get("column").is_none(),
        "{json}"
    );

    // incident.yaml that cannot be read (a link to itself) is not a missing one.
    let f = Fixture::new("basic");
    let facts = f.path().join(FACTS);
    std::fs::remove_file(&facts).unwrap();
    std::os::unix::fs::symlink("incident.yaml", &facts).unwrap();
    let err = f.run(&["check"]).fails_with(2).stderr();
    assert!(
        err.contains(&format!("error[io]: cannot read {}: ", facts.display())),
        "{err}"
    );
    f.run(&["build"]).fails_with(2);
}

// --- Translations -------------------------------------------------------------------------

/// The source language (and nb, nl) got the new text of update 1; en did not.
fn stale_site() -> Fixture {
    Fixture::new("check-stale")
}

#[test]
fn a_translation_behind_the_source_text_is_stale() {
    let f = stale_site();
    let expected = [warning(
        "stale-translation",
        EN,
        4,
        1,
        "the `en` translation is at revision 0, but the `sv` text was changed in update 1 (2024-12-04 13:39)",
    )];
    let run = check(&f, &[], 0, &expected);
    assert!(!run.stderr().contains("No problems found."));
    assert!(
        run.stderr().ends_with("0 errors, 1 warning\n"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr()
            .contains("help: translate what update 1 changed, then set `revision: 1`"),
        "{}",
        run.stderr()
    );
    check(&f, &["--strict"], 1, &expected);
    assert_eq!(
        count(&f, "stale-translation"),
        1,
        "sv, nb and nl are current"
    );

    // The build publishes with the warning shown, unless strict.
    let run = f.run(&["build"]).ok();
    assert!(
        run.stderr().contains("warning[stale-translation]"),
        "{}",
        run.stderr()
    );
    let run = f
        .run(&["build", "--strict", "-o", "strict-out"])
        .fails_with(1);
    assert!(run.stderr().contains("warning[stale-translation]"));
    assert!(!f.exists("strict-out"));
}

#[test]
fn a_translation_without_revision_is_pointed_at_its_title() {
    let f = stale_site();
    f.edit(EN, "revision: 0\n", "");
    check(
        &f,
        &[],
        0,
        &[warning(
            "stale-translation",
            EN,
            2,
            1,
            "the `en` translation is at revision 0, but the `sv` text was changed in update 1 (2024-12-04 13:39)",
        )],
    );
}

#[test]
fn the_source_language_itself_must_be_current() {
    let f = stale_site();
    f.edit(SV, "revision: 1\n", "revision: 0\n");
    check(
        &f,
        &[],
        1,
        &[error(
            "stale-source",
            SV,
            4,
            1,
            "update 1 (2024-12-04 13:39) changed the text, but the source language `sv` is at revision 0",
        )],
    );
}

#[test]
fn a_revision_beyond_the_log_is_an_error() {
    let f = Fixture::new("basic");
    f.edit(NL, "---\n\n", "revision: 3\n---\n\n");
    check(
        &f,
        &[],
        1,
        &[error(
            "invalid-revision",
            NL,
            4,
            1,
            "`revision: 3` is beyond the revision log, which has 1 update",
        )],
    );
}

#[test]
fn site_messages_missing_from_a_locale_and_orphans() {
    let f = Fixture::new("check-locales");
    check(
        &f,
        &[],
        1,
        &[
            // The site has no file of its own for nb and nl: where they are declared.
            error(
                "missing-message",
                "varsel.toml",
                10,
                8,
                "locale `nb` lacks 1 message the default language `en` defines: `custom-note`",
            ),
            error(
                "missing-message",
                "varsel.toml",
                15,
                8,
                "locale `nl` lacks 1 message the default language `en` defines: `custom-note`",
            ),
            warning(
                "orphan-message",
                "locales/sv/custom.ftl",
                3,
                1,
                "message `custom-noet` in locale `sv` is not defined in the default language `en`",
            ),
        ],
    );
    let run = f.run(&["check"]);
    assert!(run.stderr().contains("help: did you mean `custom-note`?"));
    // A published site cannot lack wording.
    f.run(&["build"]).fails_with(1);
}

#[test]
fn a_missing_vocabulary_message_points_at_where_the_key_is_used() {
    // Danish has no built-in locale to fall back on (a copy of a built-in file is another
    // case: see a_locale_copy_lacking_new_messages_is_flagged_and_still_builds).
    let f = Fixture::new("danish");
    let original = f.read("locales/da/vocabulary.ftl");
    // The Danish message is one line.
    let without: String = original
        .lines()
        .filter(|l| !l.starts_with("data-national_id "))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without.len(), original.len());
    f.write("locales/da/vocabulary.ftl", &without);
    check(
        &f,
        &[],
        1,
        &[
            // The site's own file of the locale, where the message is added.
            error(
                "missing-message",
                "locales/da/vocabulary.ftl",
                1,
                1,
                "locale `da` lacks 1 message: `data-national_id`",
            )
            .no_line(),
            error(
                "missing-vocabulary",
                FACTS,
                32,
                27,
                "`national_id` has no wording in locale `da` (message `data-national_id`)",
            ),
        ],
    );
}

#[test]
fn translations_table_counts_and_percentages() {
    let f = stale_site();
    f.edit(NL, "We controleren de hele webwinkel.", "TODO");
    let run = f.run(&["check", "--translations"]).fails_with(1);
    let out = run.stdout();
    let row = |lang: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("{lang} ")))
            .unwrap_or_else(|| panic!("no {lang} row:\n{out}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // The reference is the built-in English locale: count its messages independently.
    let n: usize = ["facts.ftl", "ui.ftl", "vocabulary.ftl"]
        .iter()
        .map(|file| {
            std::fs::read_to_string(format!("{}/locales/en/{file}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" ="))
                .count()
        })
        .sum();
    assert!(out.starts_with("language"), "{out}");
    assert_eq!(row("sv"), format!("sv {n}/{n} 100% 1/1 100% 7/7 100%"));
    assert_eq!(row("en"), format!("en {n}/{n} 100% 0/1 0% 7/7 100%"));
    assert_eq!(row("nl"), format!("nl {n}/{n} 100% 0/1 0% 6/7 85%"));
    assert!(
        out.contains("en: acme-webshop-2024: at revision 0, the text changed in update 1"),
        "{out}"
    );
    assert!(
        out.contains("nl: acme-webshop-2024: 6 of 7 sections written"),
        "{out}"
    );

    let run = f
        .run(&["check", "--translations", "--format", "json"])
        .fails_with(1);
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let nl = &v["languages"][2];
    assert_eq!(nl["language"], "nl");
    assert_eq!(nl["sections"]["done"], 6);
    assert_eq!(nl["sections"]["total"], 7);
    assert_eq!(nl["sections"]["percent"], 85);
    assert_eq!(nl["incidents"]["done"], 0);
}

#[test]
fn translations_table_lists_missing_ui_strings_of_a_site_that_does_not_load() {
    let f = Fixture::new("check-locales");
    // A prose file missing altogether stops loading; the table still measures.
    std::fs::remove_file(f.path().join(NB)).unwrap();
    let run = f.run(&["check", "--translations"]).fails_with(1);
    let out = run.stdout();
    assert!(out.contains("nb lacks 1 UI string: custom-note"), "{out}");
    assert!(out.contains("nb: acme-webshop-2024: no nb.md"), "{out}");
}

// --- Notice completeness (GDPR Art. 34(2)) -------------------------------------------------

#[test]
fn every_language_must_describe_the_breach_consequences_and_measures() {
    let f = Fixture::new("check-art34");
    check(
        &f,
        &[],
        1,
        &[
            error(
                "missing-nature",
                EN,
                6,
                1,
                "the notice does not describe the nature of the breach: `# what-happened` is empty",
            ),
            error(
                "missing-consequences",
                NB,
                12,
                1,
                "the notice does not state the likely consequences: `# consequences` still holds the placeholder `TODO`",
            ),
            error(
                "missing-measures",
                NL,
                15,
                1,
                "the notice names no measures taken or proposed: `# what-we-did` is empty and `measures:` lists none",
            ),
            error(
                "empty-section",
                SV,
                21,
                1,
                "section `# prevention` is empty",
            ),
        ],
    );
    assert_eq!(
        count(&f, "missing-measures"),
        1,
        "the other languages describe measures"
    );
}

#[test]
fn a_contact_point_is_required_and_groups_and_data_are_expected() {
    let f = Fixture::new("basic");
    let facts = f.read(FACTS);
    let contacts_start = facts.find("contacts:\n").unwrap();
    let contacts_end = facts.find("measures:\n").unwrap();
    let without = format!(
        "{}{}",
        &facts[..contacts_start],
        &facts[contacts_end..]
    )
    .replace("  groups:\n    - group: customers\n      count: 1200\n", "")
    .replace(
        "data:\n  affected: [name, email, national_id]\n  not_affected: [card_number]\n  unknown: [postal_address]\n",
        "",
    );
    f.write(FACTS, &without);
    check(
        &f,
        &[],
        1,
        &[
            error(
                "missing-contact",
                FACTS,
                1,
                1,
                "the notice names no contact point",
            ),
            warning(
                "missing-affected-groups",
                FACTS,
                25,
                1,
                "the notice does not say whose data is involved",
            ),
            warning(
                "missing-data-categories",
                FACTS,
                1,
                1,
                "the notice does not say which data is involved",
            ),
        ],
    );
}

#[test]
fn placeholders_in_the_title_and_the_facts_are_errors() {
    let f = Fixture::new("basic");
    f.edit(NB, "title: ", "title: TODO ");
    f.edit(
        FACTS,
        "  name: Acme Handel AB",
        "  name: TODO # the company",
    );
    check(
        &f,
        &[],
        1,
        &[
            error(
                "placeholder-text",
                NB,
                2,
                1,
                "the title still holds the placeholder `TODO`",
            ),
            error(
                "placeholder-text",
                FACTS,
                2,
                9,
                "the facts still hold the placeholder `TODO`",
            ),
        ],
    );
}

#[test]
fn a_new_incident_fails_check_until_written_but_previews() {
    let f = Fixture::new("basic");
    f.run(&["new", "bcme-2025"]).ok();
    let dir = "content/bcme-2025";
    let en = format!("{dir}/en.md");
    let facts = format!("{dir}/incident.yaml");
    check(
        &f,
        &[],
        1,
        &[
            error(
                "placeholder-text",
                &en,
                2,
                1,
                "the title still holds the placeholder `TODO`",
            ),
            error(
                "missing-nature",
                &en,
                7,
                1,
                "the notice does not describe the nature of the breach: `# what-happened` still holds the placeholder `TODO`",
            ),
            error(
                "placeholder-text",
                &facts,
                // Line 1 names the schema for editors.
                5,
                9,
                "the facts still hold the placeholder `TODO`",
            ),
        ],
    );
    for lang in ["sv", "nb", "nl", "en"] {
        let errors = f.run(&["check", "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&errors.stdout()).unwrap();
        let sections = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| {
                d["location"]["file"]
                    .as_str()
                    .is_some_and(|p| p.ends_with(&format!("bcme-2025/{lang}.md")))
                    && [
                        "missing-nature",
                        "missing-consequences",
                        "missing-measures",
                        "empty-section",
                    ]
                    .contains(&d["code"].as_str().unwrap())
            })
            .count();
        assert_eq!(sections, 7, "every section of {lang} is reported");
    }
    // A draft is not published, so the site builds; a preview of it builds with a warning.
    f.run(&["build"]).ok();
    assert!(!f.exists("public/en/bcme-2025"));
    let run = f.run(&["build", "--drafts", "--strict"]).ok();
    assert!(
        run.stderr().contains(
            "warning[preview-has-problems]: `bcme-2025` is built for preview only and has"
        ),
        "{}",
        run.stderr()
    );
    assert!(f.exists("public/en/bcme-2025/index.html"));
    // Once it is no longer a draft, the build refuses it.
    f.edit(&facts, "draft: true", "draft: false");
    let run = f.run(&["build", "-o", "out"]).fails_with(1);
    assert!(
        run.stderr().contains("error[missing-nature]"),
        "{}",
        run.stderr()
    );
    assert!(!f.exists("out"));
}

// --- Facts ------------------------------------------------------------------------------

#[test]
fn timeline_out_of_order_warns_and_future_events_are_errors() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "  - event: discovered\n    when: 2024-12-02T16:10\n  - event: authority_notified\n    when: 2024-12-03T11:00\n",
        "  - event: authority_notified\n    when: 2024-12-03T11:00\n  - event: discovered\n    when: 2024-12-02T16:10\n  - event: systems_restored\n    when: 2025-01-10\n",
    );
    let expected = [
        warning(
            "timeline-order",
            FACTS,
            21,
            5,
            "`discovered` (2024-12-02T16:10) is listed after `authority_notified` (2024-12-03T11:00), which happened later",
        ),
        error(
            "event-in-future",
            FACTS,
            23,
            5,
            "`systems_restored` is dated 2025-01-10 00:00, which is in the future",
        ),
    ];
    check(&f, &["--now", "2024-12-20T12:00:00Z"], 1, &expected);
    // Later, the same event is in the past.
    check(&f, &["--now", "2025-02-01T12:00:00Z"], 0, &expected[..1]);
    assert_eq!(count(&f, "event-in-future"), 0);
}

#[test]
fn the_authority_must_be_told_within_72_hours_or_the_delay_explained() {
    let f = Fixture::new("check-authority");
    check(
        &f,
        &[],
        1,
        &[error(
            "authority-late",
            FACTS,
            36,
            5,
            "the supervisory authority was notified 90 hours 50 minutes after the breach was discovered (2024-12-02 16:10 → 2024-12-06 11:00), later than 72 hours, and no reason is given",
        )],
    );
    f.edit(
        FACTS,
        "contacts:\n",
        "authority_delay_reason:\n  { sv: Helg., nb: Helg., nl: Weekend., en: The weekend. }\ncontacts:\n",
    );
    check(&f, &["--strict"], 0, &[]);
}

#[test]
fn the_last_update_cannot_come_before_publication() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "  - at: 2024-12-04T13:39",
        "  - at: 2024-12-04T08:00",
    );
    check(
        &f,
        &[],
        1,
        &[error(
            "update-before-published",
            FACTS,
            10,
            5,
            "this update (2024-12-04 08:00) is dated before the notice was published (2024-12-04 09:30)",
        )],
    );
}

#[test]
fn slugs_that_differ_only_in_underscore_and_hyphen_are_refused() {
    let f = Fixture::new("basic");
    crate::support::copy_dir(
        &f.path().join("content/acme-webshop-2024"),
        &f.path().join("content/acme_webshop_2024"),
    );
    check(
        &f,
        &[],
        1,
        &[error(
            "duplicate-slug",
            "content/acme_webshop_2024",
            1,
            1,
            "`acme_webshop_2024` and `acme-webshop-2024` differ only in `_` and `-`: their addresses are easily confused",
        )
        .no_line()],
    );
}

#[test]
fn a_notice_folder_windows_cannot_create_is_refused() {
    let f = Fixture::new("basic");
    crate::support::copy_dir(
        &f.path().join("content/acme-webshop-2024"),
        &f.path().join("content/nul"),
    );
    check(
        &f,
        &[],
        1,
        &[error(
            "invalid-slug",
            "content/nul",
            1,
            1,
            "`nul` cannot name a notice: it is a device name on Windows, where no folder may be called so",
        )
        .no_line()],
    );
}

// --- Links ----------------------------------------------------------------------------------

#[test]
fn internal_links_must_resolve() {
    let f = Fixture::new("check-links");
    let run = check(
        &f,
        &[],
        1,
        &[
            error(
                "broken-link",
                EN,
                22,
                27,
                "link to `#what-hapened`: there is no `#what-hapened` on this page",
            ),
            error(
                "broken-link",
                EN,
                24,
                5,
                "link to `../acme-webshop-2023/`: there is no notice `acme-webshop-2023`",
            ),
        ],
    );
    let err = run.stderr();
    assert!(
        err.contains("help: did you mean `#what-happened`?"),
        "{err}"
    );
    assert!(
        err.contains("help: did you mean `acme-webshop-2024`?"),
        "{err}"
    );
    assert_eq!(count(&f, "broken-link"), 2, "the other links resolve");
}

#[test]
fn a_link_to_a_heading_of_another_language_page_is_checked_there() {
    let f = Fixture::new("basic");
    f.edit(
        SV,
        "# what-you-should-do\n",
        "# what-you-should-do\n## Byt lösenord\n",
    );
    f.edit(
        EN,
        "Change your password.\n",
        "[Swedish](../../sv/acme-webshop-2024/#byt-l%C3%B6senord), [Dutch](../../nl/acme-webshop-2024/#byt-lösenord)\n",
    );
    check(
        &f,
        &[],
        1,
        &[error(
            "broken-link",
            EN,
            22,
            59,
            "link to `../../nl/acme-webshop-2024/#byt-lösenord`: there is no `#byt-lösenord` on the `nl` page of `acme-webshop-2024`",
        )],
    );
    assert_eq!(count(&f, "broken-link"), 1);
}

// --- Fluent and templates --------------------------------------------------------------------

#[test]
fn fluent_syntax_errors_are_located() {
    let f = Fixture::new("basic");
    f.write("locales/sv/extra.ftl", "good = Bra\nbad message\n");
    check(
        &f,
        &[],
        1,
        &[error(
            "fluent-syntax",
            "locales/sv/extra.ftl",
            2,
            5,
            "Fluent syntax error: Expected a token starting with \"=\"",
        )],
    );
}

#[test]
fn template_errors_are_located() {
    let f = Fixture::new("basic");
    let builtin = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/section.html"),
    )
    .unwrap();
    f.write(
        "themes/default/templates/section.html",
        &format!("{{{{ s.heading | nosuch }}}}\n{builtin}"),
    );
    check(
        &f,
        &[],
        1,
        &[error(
            "template",
            "themes/default/templates/section.html",
            1,
            16,
            "template error: Unknown filter `nosuch`",
        )],
    );
}

// --- Files every notice needs ----------------------------------------------------------------

#[test]
fn every_site_language_needs_prose_with_every_section() {
    let f = Fixture::new("basic");
    std::fs::remove_file(f.path().join(NL)).unwrap();
    f.edit(NB, "# prevention\nVi går gjennom hele nettbutikken.\n", "");
    check(
        &f,
        &[],
        1,
        &[
            // The file is not there: its folder is, with no line.
            error(
                "missing-language",
                "content/acme-webshop-2024",
                1,
                1,
                "the incident has no prose for site language `nl`",
            )
            .no_line(),
            error(
                "missing-section",
                NB,
                27,
                1,
                "missing section: `# prevention`",
            ),
        ],
    );
}

/// A notice that contradicts itself is refused, each contradiction where it is written.
#[test]
fn a_notice_that_contradicts_itself_is_refused() {
    let f = Fixture::new("check-consistency");
    let facts = "content/acme-webshop-2024/incident.yaml";
    let en = "content/acme-webshop-2024/en.md";
    let run = check(
        &f,
        &["--now", "2025-01-10T00:00Z"],
        1,
        &[
            error(
                "timeline-body-not-notified",
                facts,
                25,
                5,
                "the timeline says `police_report`, but `notified:` names no police",
            ),
            error(
                "settled-but-unknown",
                facts,
                24,
                28,
                "the notice is resolved, but when an event happened is still given as not known",
            ),
            error(
                "settled-but-unknown",
                facts,
                35,
                1,
                "the notice is resolved, but which data is involved is still given as not known",
            ),
            error(
                "measure-tense",
                facts,
                51,
                30,
                "`police_report` is listed as planned, but the timeline's `police_report` (2024-12-03) already happened",
            ),
            error(
                "data-contradiction",
                facts,
                37,
                18,
                "`card_number` is listed both as `not_affected` and as `affected`",
            ),
            warning(
                "summary-contradicts-data",
                en,
                3,
                1,
                "the summary seems to say `card number` was not affected, but the facts list `card_number` as affected",
            ),
            warning(
                "data-only-in-prose",
                en,
                8,
                1,
                "the prose names `date of birth`, but `data:` does not list `date_of_birth`",
            ),
        ],
    );
    // Every one says how to put it right.
    for code in [
        "timeline-body-not-notified",
        "settled-but-unknown",
        "measure-tense",
        "data-contradiction",
        "summary-contradicts-data",
        "data-only-in-prose",
    ] {
        let at = run.stderr().find(&format!("[{code}]")).unwrap();
        assert!(
            run.stderr()[at..]
                .lines()
                .take(8)
                .any(|l| l.trim_start().starts_with("= help:")),
            "{code}"
        );
    }
    // The same notice with the facts put right passes.
    let fixed =
        timeline_and_status_put_right(&std::fs::read_to_string(f.path().join(facts)).unwrap())
            .replace("national_id, card_number]", "national_id, date_of_birth]");
    f.write(facts, &fixed);
    let clean = f.run(&["check", "--now", "2025-01-10T00:00Z", "--format", "json"]);
    for code in [
        "timeline-body-not-notified",
        "settled-but-unknown",
        "measure-tense",
        "data-contradiction",
        "summary-contradicts-data",
        "data-only-in-prose",
    ] {
        assert!(
            !clean.stdout().contains(&format!("\"{code}\"")),
            "{code}: {}",
            clean.stdout()
        );
    }
}

/// The `check-consistency` facts with the status, the planned measure and the bodies told
/// put right; its data lists are left as they are.
fn timeline_and_status_put_right(facts: &str) -> String {
    facts
        .replace("status: resolved", "status: contained")
        .replace(
            "planned: [security_review, police_report]",
            "planned: [security_review]",
        )
        .replace(
            "    reference: IMY-2024-1\n",
            "    reference: IMY-2024-1\n  - body: police\n    country: SE\n    when: 2024-12-03\n",
        )
}

/// Whether the prose names the data the facts list is a guess that only warns, and seeking
/// every category's words costs more than the checks on the facts: a build leaves it to
/// `check` and the preview, unless `--strict` lets warnings stop it.
#[test]
fn a_build_leaves_the_prose_and_data_checks_to_check_unless_strict() {
    let f = Fixture::new("check-consistency");
    let facts = "content/acme-webshop-2024/incident.yaml";
    // The facts put right; the prose still denies a listed category and names an unlisted one.
    let fixed =
        timeline_and_status_put_right(&std::fs::read_to_string(f.path().join(facts)).unwrap())
            .replace("  not_affected: [card_number]\n", "");
    f.write(facts, &fixed);
    let codes = ["summary-contradicts-data", "data-only-in-prose"];
    let now = ["--now", "2025-01-10T00:00Z"];
    let strict_out = f.path().join("strict-out");
    let out = strict_out.to_str().unwrap();
    // What each run exits with, and whether it names the two checks.
    for (args, code, named) in [
        (vec!["check", now[0], now[1]], 0, true),
        (vec!["build", now[0], now[1]], 0, false),
        (
            vec!["build", "--strict", now[0], now[1], "--output", out],
            1,
            true,
        ),
    ] {
        let run = f.run(&args);
        assert_eq!(run.code(), code, "{args:?}: {}", run.stderr());
        for c in codes {
            let says = run.stderr().contains(&format!("[{c}]"));
            assert_eq!(says, named, "{args:?} {c}: {}", run.stderr());
        }
    }
    assert!(!strict_out.exists());
}

/// A site's copy of a built-in locale file, made before varsel added messages to it, still
/// builds with the built-in wording for what it lacks; `check` names the copy and what it lacks.
#[test]
fn a_locale_copy_lacking_new_messages_is_flagged_and_still_builds() {
    let f = Fixture::new("basic");
    let builtin =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/sv/ui.ftl"))
            .unwrap();
    let copy: String = builtin
        .lines()
        .filter(|l| !l.starts_with("advice =") && !l.starts_with("measures-planned ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(copy.lines().count() + 2, builtin.lines().count());
    let own = "measures-taken = Det här har vi gjort";
    let copy = copy.replace("measures-taken = Åtgärder vi har vidtagit", own);
    assert!(copy.contains(own));
    f.write("locales/sv/ui.ftl", &copy);
    let run = check(
        &f,
        &[],
        0,
        &[warning(
            "locale-copy-incomplete",
            "locales/sv/ui.ftl",
            1,
            1,
            "`locales/sv/ui.ftl` lacks 2 messages the built-in `sv` locale has, so the built-in wording is used: `advice`, `measures-planned`",
        )
        .no_line()],
    );
    assert!(
        run.stderr()
            .contains("delete your copy to get the built-in wording"),
        "{}",
        run.stderr()
    );
    // Only the copy's lacks are flagged: no message is missing from the locale as a whole.
    assert_eq!(count(&f, "missing-message"), 0);
    assert_eq!(count(&f, "duplicate-message"), 0);
    f.run(&["check", "--strict"]).fails_with(1);
    // The page uses the copy's own words where it has them and the built-in ones elsewhere.
    f.run(&["build"]).ok();
    let sv = f.html("public/sv/acme-webshop-2024/index.html");
    let headings = sv.texts("h3");
    for h in [
        "Det här har vi gjort",
        "Åtgärder vi kommer att vidta",
        "Våra råd",
    ] {
        assert!(headings.iter().any(|x| x == h), "{h} not in {headings:?}");
    }
    // A copy with every message is not flagged.
    f.write("locales/sv/ui.ftl", &builtin);
    assert_eq!(count(&f, "locale-copy-incomplete"), 0);
}
