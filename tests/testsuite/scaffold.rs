//! `varsel init`, `varsel eject` and `varsel new`: a new site builds at once with only what its
//! authors change, its settings guessed or checked; copies of the built-in locales and theme,
//! and CI workflows, come on request; a new incident has every section in every language;
//! nothing existing is overwritten.

use std::path::Path;

use crate::support::{Fixture, Run, varsel};

#[test]
fn init_creates_a_site_that_builds() {
    let f = Fixture::empty();
    let site = f.path().join("my-notices");
    let out = varsel().arg("init").arg(&site).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for file in [
        "varsel.toml",
        ".gitignore",
        ".vscode/settings.json",
        "content/example-incident/incident.yaml",
    ] {
        assert!(site.join(file).exists(), "{file}");
    }
    // Only what its authors change: the built-in locales and theme stay inside varsel, so
    // that the site gets the wording of every newer varsel.
    for folder in ["locales", "themes", ".github"] {
        assert!(!site.join(folder).exists(), "{folder}");
    }
    // The example is a draft: the site builds, and only a preview shows it.
    run_in(&site, &["build"]).ok();
    assert!(!site.join("public/sv/example-incident").exists());
    run_in(&site, &["build", "--drafts"]).ok();
    assert!(site.join("public/sv/example-incident/index.html").exists());
    assert!(!site.join("public/incidents").exists());
    // The JSON export is one `#` away, as the configuration says.
    let config = site.join("varsel.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    assert_eq!(text.matches("\n# [json]\n").count(), 1, "{text}");
    std::fs::write(&config, text.replace("\n# [json]\n", "\n[json]\n")).unwrap();
    run_in(&site, &["build", "--drafts"]).ok();
    assert!(site.join("public/incidents/example-incident.json").exists());
}

#[test]
fn init_refuses_a_folder_with_files() {
    let f = Fixture::empty();
    f.write("keep.txt", "mine");
    let out = varsel().arg("init").arg(f.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(f.read("keep.txt"), "mine");
}

#[test]
fn new_scaffolds_every_section_in_every_language() {
    let f = Fixture::new("basic");
    f.run(&["new", "bcme-2025"]).ok();
    for lang in ["sv", "nb", "nl", "en"] {
        let md = f.read(&format!("content/bcme-2025/{lang}.md"));
        for key in [
            "what-happened",
            "how-discovered",
            "consequences",
            "what-we-did",
            "prevention",
            "what-you-should-do",
            "more-information",
        ] {
            assert!(md.contains(&format!("\n# {key}\n")), "{lang}: {key}");
        }
    }
    assert!(
        f.read("content/bcme-2025/sv.md")
            .contains("<!-- Vad har hänt? -->")
    );
    // It parses: a preview build includes it.
    f.run(&["build", "--drafts"]).ok();
    assert!(f.exists("public/nl/bcme-2025/index.html"));
    // And it is never overwritten.
    f.write("content/bcme-2025/en.md", "mine");
    let run = f.run(&["new", "bcme-2025"]).fails_with(2);
    assert!(run.stderr().contains("already exists"), "{}", run.stderr());
    assert_eq!(f.read("content/bcme-2025/en.md"), "mine");
}

#[test]
fn new_rejects_slugs_that_cannot_be_urls() {
    let f = Fixture::new("basic");
    let run = f.run(&["new", "../escape"]).fails_with(2);
    assert!(
        run.stderr()
            .contains("`../escape` cannot name a notice: it has characters other than a–z"),
        "{}",
        run.stderr()
    );
    assert!(!f.path().join("../escape").exists());
    // Names Windows cannot give a folder, so that the site builds there too.
    for name in ["con", "com1", "acme."] {
        let run = f.run(&["new", name]).fails_with(2);
        assert!(run.stderr().contains("Windows"), "{name}: {}", run.stderr());
        assert!(!f.path().join("content").join(name).exists());
    }
}

/// Runs `varsel init <folder> <args>`.
fn init(folder: &Path, args: &[&str]) -> Run {
    let mut all = vec!["init", folder.to_str().unwrap()];
    all.extend(args);
    run_in(Path::new("."), &all)
}

/// Runs `varsel -C <site> <args>`.
fn run_in(site: &Path, args: &[&str]) -> Run {
    let output = varsel()
        .arg("-C")
        .arg(site)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    Run { output }
}

/// The value of `key = "…"` in a TOML or `key: …` in a YAML text.
fn setting(text: &str, key: &str) -> String {
    text.lines()
        .find_map(|l| {
            let rest = l.strip_prefix(key)?.trim_start();
            let value = rest.strip_prefix('=').or_else(|| rest.strip_prefix(':'))?;
            Some(value.trim().trim_matches('"').to_owned())
        })
        .unwrap_or_else(|| panic!("no {key} in:\n{text}"))
}

#[test]
fn init_guesses_the_time_zone_from_the_default_language() {
    for (langs, zone) in [
        ("sv,en", "Europe/Stockholm"),
        ("nb,en", "Europe/Oslo"),
        ("nl,en", "Europe/Amsterdam"),
        ("en,sv", "Europe/London"),
    ] {
        let f = Fixture::empty();
        init(f.path(), &["--languages", langs]).ok();
        let config = f.read("varsel.toml");
        assert_eq!(setting(&config, "time_zone"), zone, "{langs}");
        assert_eq!(setting(&config, "default_language"), &langs[..2]);
        assert_eq!(
            config.matches("[[languages]]").count(),
            2,
            "{langs}: {config}"
        );
        // The example and every new incident are written in that zone.
        let example = f.read("content/example-incident/incident.yaml");
        assert_eq!(setting(&example, "time_zone"), zone, "{langs}");
        f.run(&["new", "second-notice"]).ok();
        let second = f.read("content/second-notice/incident.yaml");
        assert_eq!(setting(&second, "time_zone"), zone, "{langs}");
        assert!(f.exists(&format!("content/second-notice/{}.md", &langs[3..])));
        assert!(!f.exists("content/second-notice/nl.md") || langs.starts_with("nl"));
        f.run(&["build", "--drafts"]).ok();
    }
    // Without --languages: every built-in language, English the default, London's time.
    let f = Fixture::empty();
    init(f.path(), &[]).ok();
    let config = f.read("varsel.toml");
    assert_eq!(setting(&config, "time_zone"), "Europe/London");
    assert_eq!(config.matches("[[languages]]").count(), 4);
}

#[test]
fn init_takes_a_time_zone_and_base_url_and_refuses_bad_ones() {
    let f = Fixture::empty();
    let site = f.path().join("site");
    init(
        &site,
        &[
            "--languages",
            "nl",
            "--time-zone",
            "Europe/Brussels",
            "--base-url",
            "https://meldingen.example.nl/datalek/",
        ],
    )
    .ok();
    let config = std::fs::read_to_string(site.join("varsel.toml")).unwrap();
    assert_eq!(setting(&config, "time_zone"), "Europe/Brussels");
    assert_eq!(
        setting(&config, "base_url"),
        "https://meldingen.example.nl/datalek"
    );
    run_in(&site, &["build", "--drafts"]).ok();
    let feed = std::fs::read_to_string(site.join("public/nl/feed.xml")).unwrap();
    assert!(
        feed.contains("https://meldingen.example.nl/datalek/nl/"),
        "{feed}"
    );

    // A bad flag is refused with what was wrong, before anything is written.
    for (args, message) in [
        (
            &["--time-zone", "Europe/Stokholm"][..],
            "--time-zone: `Europe/Stokholm` is not a known time zone",
        ),
        (
            &["--languages", "sv,fr"][..],
            "--languages: varsel has no built-in locale for `fr`; choose among en, nb, nl, sv",
        ),
        (&["--languages", "en,en"][..], "`en` is listed twice"),
        (
            &["--base-url", "notices.example.org"][..],
            "--base-url: `notices.example.org` is not a web address",
        ),
        (
            &["--base-url", "ftp://notices.example.org"][..],
            "is not an http:// or https:// address",
        ),
    ] {
        let bad = f.path().join("bad");
        let run = init(&bad, args).fails_with(2);
        assert!(run.stderr().contains(message), "{args:?}: {}", run.stderr());
        assert!(!bad.exists(), "{args:?}");
    }
}

#[test]
fn locales_and_theme_are_copied_on_request_and_never_over_a_file() {
    let f = Fixture::empty();
    init(f.path(), &["--languages", "sv,en", "--locales"]).ok();
    for lang in ["sv", "en"] {
        for file in ["ui.ftl", "facts.ftl", "vocabulary.ftl"] {
            let builtin = std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("locales")
                    .join(lang)
                    .join(file),
            )
            .unwrap();
            assert_eq!(f.read(&format!("locales/{lang}/{file}")), builtin);
        }
    }
    assert!(!f.exists("locales/nb"), "only the site's languages");

    // A changed message is the site's own; eject again refuses, naming the file, and
    // leaves it as it is.
    f.edit(
        "locales/en/ui.ftl",
        "site-default-title = Security notices",
        "site-default-title = Notices from Fabrikam",
    );
    let run = f.run(&["eject", "locales"]).fails_with(2);
    assert!(
        run.stderr()
            .contains("locales/sv/facts.ftl already exists (and 5 other files)")
            && run.stderr().contains("never replaces a file"),
        "{}",
        run.stderr()
    );
    assert!(
        f.read("locales/en/ui.ftl")
            .contains("Notices from Fabrikam")
    );
    // Once the site's copies are gone, eject puts the built-in ones back.
    std::fs::remove_dir_all(f.path().join("locales")).unwrap();
    let run = f.run(&["eject", "locales"]).ok();
    assert!(run.stdout().contains("Copied 6 files"), "{}", run.stdout());

    // The theme: its copy is what the site is built with.
    let run = f.run(&["eject", "theme"]).ok();
    assert!(
        run.stdout().contains("templates/base.html"),
        "{}",
        run.stdout()
    );
    f.edit(
        "themes/default/static/style.css",
        ":root",
        "/* Fabrikam's colours */\n:root",
    );
    f.run(&["build", "--drafts"]).ok();
    assert!(f.read("public/style.css").contains("Fabrikam's colours"));
    let run = f.run(&["eject", "theme"]).fails_with(2);
    assert!(
        run.stderr()
            .contains("themes/default/static/style.css already exists"),
        "{}",
        run.stderr()
    );
    assert!(
        f.read("themes/default/static/style.css")
            .contains("Fabrikam")
    );
}

#[test]
fn init_writes_a_ci_workflow_and_never_over_one() {
    for (service, file, must_have) in [
        (
            "github",
            ".github/workflows/varsel.yml",
            &[
                "cron: \"*/15 * * * *\"",
                "varsel check --strict",
                "actions/upload-pages-artifact@",
                "actions/deploy-pages@",
                "pull_request:",
            ][..],
        ),
        (
            "gitlab",
            ".gitlab-ci.yml",
            &[
                "Pipeline schedules",
                "varsel check --strict",
                "\npages:\n",
                "merge_request_event",
                "      - public\n",
            ][..],
        ),
    ] {
        let f = Fixture::empty();
        init(f.path(), &["--ci", service]).ok();
        let workflow = f.read(file);
        for text in must_have {
            assert!(workflow.contains(text), "{service}: {text}");
        }
        // It installs the very version that wrote it.
        assert!(
            workflow.contains(&format!(
                "VARSEL_VERSION: \"{}\"",
                env!("CARGO_PKG_VERSION")
            )) && workflow.contains("cargo install --locked"),
            "{workflow}"
        );

        // In a repository that has the file already, init refuses before writing anything.
        let repo = Fixture::empty();
        repo.write("README.md", "# Fabrikam notices\n");
        repo.write(file, "# ours\n");
        let run = init(repo.path(), &["--ci", service]).fails_with(2);
        assert!(
            run.stderr().contains(&format!("{file} already exists")),
            "{}",
            run.stderr()
        );
        assert_eq!(repo.read(file), "# ours\n");
        assert!(!repo.exists("varsel.toml"));
        // Without --ci the same repository becomes a site, its files kept.
        init(repo.path(), &[]).ok();
        assert_eq!(repo.read(file), "# ours\n");
        assert_eq!(repo.read("README.md"), "# Fabrikam notices\n");
    }
}

/// Runs an outside tool and asserts it passed.
fn passes(tool: &str, args: &[&str], file: &Path) {
    let out = std::process::Command::new(tool)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool}: {e}"));
    assert!(
        out.status.success(),
        "{tool} {args:?} {}:\n{}{}",
        file.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
#[ignore = "needs yamllint and check-jsonschema"]
fn ci_workflows_pass_yamllint_and_their_services_schemas() {
    // yamllint's defaults, strictly, except that `on:` (GitHub's own key) is not read as a
    // YAML 1.1 boolean.
    let yamllint = [
        "--strict",
        "-d",
        "{extends: default, rules: {truthy: {check-keys: false}}}",
    ];
    for (service, file, schema, typo) in [
        (
            "github",
            ".github/workflows/varsel.yml",
            "vendor.github-workflows",
            ("runs-on:", "run-on:"),
        ),
        (
            "gitlab",
            ".gitlab-ci.yml",
            "vendor.gitlab-ci",
            ("  stage: check", "  stgae: check"),
        ),
    ] {
        let f = Fixture::empty();
        init(f.path(), &["--ci", service]).ok();
        let path = f.path().join(file);
        passes("yamllint", &yamllint, &path);
        passes("check-jsonschema", &["--builtin-schema", schema], &path);
        // The schema is strict enough to catch a misspelt key.
        f.edit(file, typo.0, typo.1);
        let out = std::process::Command::new("check-jsonschema")
            .args(["--builtin-schema", schema])
            .arg(&path)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{service}: the misspelt key passed");
    }
}
