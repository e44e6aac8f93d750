//! `varsel schema`: the JSON Schemas an editor checks against say what varsel's own parser
//! says. Every example and fixture file is judged by both, with a real validator (the
//! `jsonschema` crate), and a few broken files are refused by both, for the same key.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{Fixture, fixtures_dir, varsel};

const FACTS: &str = "content/acme-webshop-2024/incident.yaml";

/// The schema `varsel schema <which>` prints, ready to validate with.
fn validator(which: &str) -> jsonschema::Validator {
    let out = varsel().args(["schema", which]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::draft202012::new(&schema).unwrap()
}

/// Every file called `name` in the example site and the fixtures.
fn files_named(name: &str) -> Vec<PathBuf> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = [
        repo.join("content"),
        fixtures_dir(),
        repo.join("varsel.toml"),
    ]
    .iter()
    .flat_map(|dir| walkdir::WalkDir::new(dir).into_iter().flatten())
    .filter(|e| e.file_name().to_string_lossy() == name)
    .map(|e| e.into_path())
    .collect();
    files.sort();
    files
}

/// What the schema says of `value`: `Ok` or the errors, each with where it is.
fn judge(validator: &jsonschema::Validator, value: &Value) -> Result<(), Vec<String>> {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

#[test]
fn every_example_and_fixture_incident_is_judged_alike_by_schema_and_parser() {
    let schema = validator("incident");
    let files = files_named("incident.yaml");
    assert!(files.len() >= 10, "{files:?}");
    let mut valid = 0;
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let parsed = varsel::incident::parse::facts(&path, &source);
        let Ok(value) = serde_yaml::from_str::<Value>(&source) else {
            assert!(parsed.is_err(), "{}: not YAML, yet parsed", path.display());
            continue;
        };
        let judged = judge(&schema, &value);
        assert_eq!(
            parsed.is_ok(),
            judged.is_ok(),
            "{}: the parser says {:?}, the schema {:?}",
            path.display(),
            parsed.err().map(|d| d.to_string()),
            judged.err()
        );
        valid += usize::from(judged.is_ok());
    }
    assert!(valid >= 10, "{valid} valid incidents");
}

/// The front matter of a prose file: the YAML between the first two `---` lines.
fn front_matter(source: &str) -> Option<&str> {
    let rest = source.strip_prefix("---\n")?;
    rest.find("\n---").map(|end| &rest[..end])
}

#[test]
fn every_front_matter_and_configuration_is_judged_alike_by_schema_and_parser() {
    let schema = validator("front-matter");
    let mut checked = 0;
    for path in files_named("incident.yaml") {
        for prose in std::fs::read_dir(path.parent().unwrap()).unwrap().flatten() {
            let prose = prose.path();
            if prose.extension().is_none_or(|e| e != "md") {
                continue;
            }
            let source = std::fs::read_to_string(&prose).unwrap();
            let Some(yaml) = front_matter(&source) else {
                continue;
            };
            let parsed = serde_yaml::from_str::<varsel::incident::model::FrontMatter>(yaml);
            let value: Value = serde_yaml::from_str(yaml).unwrap();
            let judged = judge(&schema, &value);
            assert_eq!(
                parsed.is_ok(),
                judged.is_ok(),
                "{}: {judged:?}",
                prose.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 30, "{checked} front matters");

    let schema = validator("config");
    let configs = files_named("varsel.toml");
    assert!(configs.len() >= 5, "{configs:?}");
    for path in configs {
        let source = std::fs::read_to_string(&path).unwrap();
        let parsed = toml::from_str::<varsel::config::Config>(&source);
        let value: Value = toml::from_str(&source).unwrap();
        let judged = judge(&schema, &value);
        assert_eq!(
            parsed.is_ok(),
            judged.is_ok(),
            "{}: {judged:?}",
            path.display()
        );
    }
}

/// `varsel check --format json` on `f`: each error in incident.yaml as (line's text, message).
fn check_errors(f: &Fixture) -> Vec<(String, String)> {
    let run = f.run(&["check", "--format", "json"]);
    assert_eq!(run.code(), 1, "{}", run.stdout());
    let report: Value = serde_json::from_str(&run.stdout()).unwrap();
    let source = f.read(FACTS);
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .filter(|d| {
            d["location"]["file"]
                .as_str()
                .is_some_and(|p| p.ends_with("incident.yaml"))
        })
        .map(|d| {
            let line = d["location"]["line"].as_u64().unwrap_or(0) as usize;
            let text = source.lines().nth(line.saturating_sub(1)).unwrap_or("");
            (
                text.to_owned(),
                d["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_schema_error_and_check_name_the_same_mistake() {
    let schema = validator("incident");
    // (what to change, into what, the key both must point at)
    let broken = [
        ("  people: 1200\n", "  people: many\n", "people"),
        (
            "  affected: [name, email,",
            "  affected: [name, emial,",
            "affected",
        ),
        ("    when: 2024-W48\n", "    when: last tuesday\n", "when"),
        (
            "status: contained\n",
            "status: contained\nseverity: high\n",
            "severity",
        ),
        ("  role: controller\n", "  role: owner\n", "role"),
    ];
    for (from, to, key) in broken {
        let f = Fixture::new("basic");
        f.edit(FACTS, from, to);
        let value: Value = serde_yaml::from_str(&f.read(FACTS)).unwrap();
        let errors = judge(&schema, &value).expect_err(to);
        assert!(
            errors.iter().any(|e| e.contains(key)),
            "{to:?}: the schema's errors do not name `{key}`: {errors:?}"
        );
        let reported = check_errors(&f);
        assert!(
            reported
                .iter()
                .any(|(line, message)| line.contains(key) || message.contains(key)),
            "{to:?}: check does not point at `{key}`: {reported:?}"
        );
    }
}

#[test]
fn init_maps_the_schemas_for_editors_and_new_incidents_name_theirs() {
    let f = Fixture::empty();
    let site = f.path().join("notices");
    let out = varsel().arg("init").arg(&site).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // .vscode/settings.json: the YAML extension's and Even Better TOML's mappings, to schema
    // files that exist and are the ones `varsel schema` prints.
    let settings: Value =
        serde_json::from_str(&std::fs::read_to_string(site.join(".vscode/settings.json")).unwrap())
            .unwrap();
    let yaml = settings["yaml.schemas"].as_object().unwrap();
    let (path, glob) = yaml.iter().next().unwrap();
    assert_eq!(glob, "content/*/incident.yaml");
    let printed = varsel()
        .args(["schema", "incident"])
        .output()
        .unwrap()
        .stdout;
    assert_eq!(std::fs::read(site.join(path)).unwrap(), printed);
    let toml = settings["evenBetterToml.schema.associations"]
        .as_object()
        .unwrap();
    let config_schema = toml.values().next().unwrap().as_str().unwrap();
    assert!(site.join(config_schema).is_file(), "{config_schema}");

    // The first line of a new incident names the same schema, relative to the file, and the
    // scaffold is valid against it.
    let facts = site.join("content/example-incident/incident.yaml");
    let source = std::fs::read_to_string(&facts).unwrap();
    let first = source.lines().next().unwrap();
    let relative = first
        .strip_prefix("# yaml-language-server: $schema=")
        .unwrap_or_else(|| panic!("{first}"));
    let named = facts.parent().unwrap().join(relative);
    assert_eq!(std::fs::read(named).unwrap(), printed);
    let value: Value = serde_yaml::from_str(&source).unwrap();
    assert_eq!(judge(&validator("incident"), &value), Ok(()));
}
