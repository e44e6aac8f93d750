//! Diagnostics at the real position: every error about a fact is reported where that fact is
//! written, whatever the order of the keys and however many entries share a key name.

use serde_json::Value;

use crate::support::Fixture;

const FACTS: &str = "content/acme-webshop-2024/incident.yaml";

/// `(code, line, column)` of every diagnostic `varsel check --format json` reports for the
/// facts file.
fn facts_diagnostics(f: &Fixture) -> Vec<(String, usize, usize)> {
    let run = f.run(&["check", "--format", "json"]);
    let out = run.stdout();
    let json: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let mut found: Vec<(String, usize, usize)> = json["diagnostics"]
        .as_array()
        .expect("a list of diagnostics")
        .iter()
        .filter(|d| {
            d["location"]["file"]
                .as_str()
                .is_some_and(|p| p.ends_with("incident.yaml"))
        })
        .map(|d| {
            let n = |k: &str| d["location"][k].as_u64().unwrap() as usize;
            (
                d["code"].as_str().unwrap().to_owned(),
                n("line"),
                n("column"),
            )
        })
        .collect();
    found.sort();
    found
}

fn expect(f: &Fixture, code: &str, line: usize, column: usize) {
    let found = facts_diagnostics(f);
    assert!(
        found.contains(&(code.to_owned(), line, column)),
        "expected {code} at {line}:{column}, found {found:?}\n{}",
        f.read(FACTS)
    );
}

/// Top-level keys out of the usual order; the second contact, group and timeline event
/// each have a mistake that the first does not.
const REORDERED: &str = "\
contacts:
  - topic: dpo
    name: Dataskyddsombudet
    email: dpo@acme.example
  - topic: customer_service
    name: { sv: Kundtjänst, nb: Kundeservice, nl: Klantenservice }
    email: kundtjanst(at)acme.example
affected:
  people: 1205
  groups:
    - group: customers
      count: 1200
    - group: other
      count: 5
timeline:
  - event: discovered
    when: 2024-12-02T16:10
    label: { sv: Upptäckt, nb: Oppdaget, nl: Ontdekt, en: Found }
  - event: other
    when: 2024-12-03T11:00
    label: { sv: Något, nb: Noe, nl: Iets }
  - event: authority_notified
    when: 2024-12-03T12:00
organization:
  name: Acme Handel AB
  role: controller
time_zone: Europe/Stockholm
published: 2024-12-04T09:30
status: contained
data:
  affected: [name, email]
";

#[test]
fn errors_in_second_entries_are_reported_at_those_entries() {
    let f = Fixture::new("basic");
    f.write(FACTS, REORDERED);
    let found = facts_diagnostics(&f);
    for (code, line, column) in [
        ("missing-translation", 6, 5),
        ("invalid-email", 7, 5),
        ("missing-label", 13, 7),
        ("missing-translation", 21, 5),
    ] {
        assert!(
            found.contains(&(code.to_owned(), line, column)),
            "expected {code} at {line}:{column}, found {found:?}"
        );
    }
}

#[test]
fn a_bad_value_is_reported_where_it_is_written() {
    let f = Fixture::new("basic");
    f.write(
        FACTS,
        &REORDERED.replace("2024-12-04T09:30", "2024-12-34T09:30"),
    );
    expect(&f, "invalid-time", 28, 12);
}

#[test]
fn a_duplicate_key_is_reported_at_its_second_occurrence() {
    let f = Fixture::new("basic");
    f.write(
        FACTS,
        &REORDERED.replace(
            "status: contained\n",
            "status: contained\nstatus: ongoing\n",
        ),
    );
    expect(&f, "duplicate-key", 30, 1);
}

#[test]
fn a_badly_indented_field_is_reported_where_it_stands() {
    let f = Fixture::new("basic");
    f.write(
        FACTS,
        &REORDERED.replace(
            "  name: Acme Handel AB\n",
            "  name: Acme Handel AB\n role: processor\n",
        ),
    );
    let found = facts_diagnostics(&f);
    assert!(
        found.iter().all(|(code, _, _)| code != "missing-field"),
        "{found:?}"
    );
    assert_eq!(found.first().map(|d| d.1), Some(26), "{found:?}");
}

#[test]
fn an_unclosed_flow_list_is_reported_as_such() {
    let f = Fixture::new("basic");
    f.write(
        FACTS,
        &REORDERED.replace("status: contained", "status: [contained"),
    );
    let run = f.run(&["check"]);
    let err = run.stderr();
    assert!(!err.contains("YAML tag"), "{err}");
    assert!(err.contains("error[yaml-syntax]"), "{err}");
    assert!(err.contains("incident.yaml:29:"), "{err}");
}
