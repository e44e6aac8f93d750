//! `varsel check` judged against GDPR Art. 33/34 and docs/check.md: notices the law would
//! fail must fail, correct ones must pass. Each test starts from the clean `basic` site and
//! changes one thing.

use super::{EN, FACTS, check, error, warning};
use crate::support::Fixture;

/// The `basic` site with the authority and the people told at `when` (in `notified:` and the
/// timeline).
fn notified_at(when: &str) -> Fixture {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        PEOPLE_TOLD,
        &format!("  - {{ event: people_notified, when: {when} }}\n"),
    );
    f.edit(
        FACTS,
        "  - event: authority_notified\n    when: 2024-12-03T11:00\n",
        &format!("  - event: authority_notified\n    when: {when}\n"),
    );
    f.edit(
        FACTS,
        "  - body: imy\n    when: 2024-12-03T11:00\n",
        &format!("  - body: imy\n    when: {when}\n"),
    );
    f
}

#[test]
fn an_offset_in_a_notification_counts_in_the_72_hours_and_shows_as_that_moment() {
    // Discovered 2024-12-02 16:10 in Stockholm; 12:00 at -05:00 is 18:00 there: 73 h 50 min.
    let f = notified_at("2024-12-05T12:00-05:00");
    check(
        &f,
        &[],
        1,
        &[error(
            "authority-late",
            FACTS,
            38,
            5,
            "the supervisory authority was notified 73 hours 50 minutes after the breach was discovered (2024-12-02 16:10 → 2024-12-05 18:00), later than 72 hours, and no reason is given",
        )],
    );
    f.run(&["build"]).fails_with(1);

    // 20:10 at +05:00 is 16:10 in Stockholm: exactly 72 hours, in time.
    let f = notified_at("2024-12-05T20:10+05:00");
    check(&f, &["--strict"], 0, &[]);
    // `Z` is accepted as in `published`.
    let f = notified_at("2024-12-05T15:10Z");
    check(&f, &["--strict"], 0, &[]);
    f.run(&["build"]).ok();
    let page = f.html("public/en/acme-webshop-2024/index.html");
    let imy = page.texts("li.event-authority_notified");
    assert_eq!(
        imy,
        ["5 December 2024 at 16:10: We informed the supervisory authority"]
    );
    assert_eq!(
        page.attr("li.event-authority_notified time", "datetime"),
        "2024-12-05T16:10:00+01:00"
    );
    let json: serde_json::Value =
        serde_json::from_str(&f.read("public/incidents/acme-webshop-2024.json")).unwrap();
    let when = &json["notified"][0]["when"];
    assert_eq!(when["value"], "2024-12-05T15:10+00:00");
    assert_eq!(when["start"], "2024-12-05T16:10:00");
    assert_eq!(when["end"], "2024-12-05T16:10:00");
}

#[test]
fn a_publication_time_the_clocks_skipped_is_invalid() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "published: 2024-12-04T09:30",
        "published: 2025-03-30T02:30",
    );
    f.edit(
        FACTS,
        "  - at: 2024-12-04T13:39",
        "  - at: 2025-03-30T13:39",
    );
    check(
        &f,
        &[],
        1,
        &[error(
            "invalid-time",
            FACTS,
            6,
            1,
            "2025-03-30T02:30 does not exist in Europe/Stockholm: the clocks were put forward from +01:00 to +02:00 and skipped it; write the time the clocks showed, such as 2025-03-30T03:30",
        )],
    );
}

#[test]
fn a_timeline_time_the_clocks_skipped_is_read_as_the_warning_says() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "  - body: police_se\n    when: 2024-12-03\n",
        "  - body: police_se\n    when: 2025-03-30T02:30\n",
    );
    check(
        &f,
        &[],
        0,
        &[warning(
            "skipped-time",
            FACTS,
            42,
            5,
            "2025-03-30T02:30 does not exist in Europe/Stockholm: the clocks were put forward from +01:00 to +02:00 and skipped it; it is read as 2025-03-30 03:30 (+02:00)",
        )],
    );
}

#[test]
fn impossible_offsets_and_days_are_refused_where_they_stand() {
    for (bad, message) in [
        (
            "2024-12-03T11:00+25:00",
            "notified[1].when: `2024-12-03T11:00+25:00` is not a valid timestamp: there is no offset +25:00; offsets run from -12:00 to +14:00",
        ),
        (
            "2024-02-30",
            "notified[1].when: `2024-02-30` is not a valid day: 2024-02 has 29 days",
        ),
    ] {
        let f = Fixture::new("basic");
        f.edit(
            FACTS,
            "  - body: police_se\n    when: 2024-12-03\n",
            &format!("  - body: police_se\n    when: {bad}\n"),
        );
        check(&f, &[], 1, &[error("invalid-time", FACTS, 42, 11, message)]);
    }
}

#[test]
fn a_discovery_in_the_hour_the_clocks_repeat_is_read_generously() {
    // 02:30 on 2024-10-27 happened twice in Stockholm; the later (01:30 UTC) is 71.5 hours
    // before 02:00 on 2024-10-30.
    let f = notified_at("2024-10-30T02:00");
    f.edit(
        FACTS,
        "    when: 2024-12-02T16:10",
        "    when: 2024-10-27T02:30",
    );
    f.edit(FACTS, "    when: 2024-W48", "    when: 2024-W43");
    f.edit(FACTS, "    when: 2024-12-03\n", "    when: 2024-10-30\n");
    // Published (the people told) within a week of discovery too.
    f.edit(
        FACTS,
        "published: 2024-12-04T09:30",
        "published: 2024-10-31T09:30",
    );
    check(&f, &["--strict"], 0, &[]);
    // Half an hour later is late, however the discovery is read.
    let f = notified_at("2024-10-30T02:31");
    f.edit(
        FACTS,
        "    when: 2024-12-02T16:10",
        "    when: 2024-10-27T02:30",
    );
    f.edit(FACTS, "    when: 2024-W48", "    when: 2024-W43");
    check(
        &f,
        &[],
        1,
        &[error(
            "authority-late",
            FACTS,
            38,
            5,
            "the supervisory authority was notified 72 hours 1 minute after the breach was discovered (2024-10-27 02:30 → 2024-10-30 02:31), later than 72 hours, and no reason is given",
        )],
    );
}

/// The `basic` site with no supervisory authority recorded.
fn never_notified() -> Fixture {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "  - event: authority_notified\n    when: 2024-12-03T11:00\n",
        "",
    );
    f.edit(
        FACTS,
        "  - body: imy\n    when: 2024-12-03T11:00\n    reference: IMY-2024-1\n",
        "",
    );
    f
}

const REASON: &str = "authority_delay_reason:\n  { sv: Helg., nb: Helg., nl: Weekend., en: The weekend. }\ncontacts:\n";

#[test]
fn a_controller_that_never_told_the_authority_fails_once_the_72_hours_have_passed() {
    let f = never_notified();
    // Eight days after the discovery (2024-12-02 16:10 in Stockholm).
    let late = ["--now", "2024-12-10T12:00:00Z"];
    check(
        &f,
        &late,
        1,
        &[error(
            "authority-not-notified",
            FACTS,
            35,
            1,
            "no supervisory authority is recorded as notified, 188 hours 50 minutes after the breach was discovered (2024-12-02 16:10), and no reason is given",
        )],
    );
    f.run(&["build"]).fails_with(1);
    // With the reasons for the delay, a reminder.
    f.edit(FACTS, "contacts:\n", REASON);
    check(
        &f,
        &late,
        0,
        &[warning(
            "authority-not-notified",
            FACTS,
            35,
            1,
            "no supervisory authority is recorded as notified",
        )],
    );
}

#[test]
fn a_controller_that_has_not_yet_told_the_authority_is_reminded_but_a_processor_is_not() {
    let f = never_notified();
    // Within the 72 hours (discovered 2024-12-02 16:10), a reminder.
    check(
        &f,
        &["--now", "2024-12-04T12:00:00Z"],
        0,
        &[warning(
            "authority-not-notified",
            FACTS,
            35,
            1,
            "no supervisory authority is recorded as notified",
        )],
    );
    f.edit(FACTS, "role: controller", "role: processor");
    check(&f, &["--strict"], 0, &[]);
}

#[test]
fn an_empty_or_placeholder_delay_reason_is_no_reason() {
    let late = "the supervisory authority was notified 90 hours 50 minutes after the breach was discovered (2024-12-02 16:10 → 2024-12-06 11:00), later than 72 hours, and";
    for (reason, missing) in [
        (
            "authority_delay_reason: { sv: '', nb: Helg., nl: Weekend., en: '   ' }\ncontacts:\n",
            "the reason given is empty or a placeholder in `sv`, `en`",
        ),
        (
            "authority_delay_reason: TODO\ncontacts:\n",
            "the reason given is empty or a placeholder in `sv`, `nb`, `nl`, `en`",
        ),
        (
            "authority_delay_reason: { sv: …, nb: tbd, nl: Weekend., en: The weekend. }\ncontacts:\n",
            "the reason given is empty or a placeholder in `sv`, `nb`",
        ),
    ] {
        let f = notified_at("2024-12-06T11:00");
        f.edit(FACTS, "contacts:\n", reason);
        let run = f.run(&["check", "--format", "json"]).fails_with(1);
        let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
        let messages: Vec<&str> = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "authority-late")
            .map(|d| d["message"].as_str().unwrap())
            .collect();
        assert_eq!(messages, [format!("{late} {missing}")], "{reason}");
    }
    let f = notified_at("2024-12-06T11:00");
    f.edit(FACTS, "contacts:\n", REASON);
    check(&f, &["--strict"], 0, &[]);
}

const NATURE: &str = "Someone broke into the web shop's database.";

#[test]
fn a_section_is_judged_by_the_text_its_page_shows() {
    for shows_nothing in [
        "## Details",
        "---",
        "&nbsp;",
        "<p></p>",
        "<script>alert(1)</script>",
    ] {
        let f = Fixture::new("basic");
        f.edit(EN, NATURE, shows_nothing);
        check(
            &f,
            &[],
            1,
            &[error(
                "missing-nature",
                EN,
                6,
                1,
                "the notice does not describe the nature of the breach: `# what-happened` is empty",
            )],
        );
    }
    let f = Fixture::new("basic");
    f.edit(EN, NATURE, "## Details\n\n<div>Someone broke in.</div>");
    check(&f, &[], 0, &[]);
    assert_eq!(super::count(&f, "missing-nature"), 0);
}

#[test]
fn a_placeholder_is_found_however_it_is_written_and_wherever_it_stands() {
    for (text, word) in [
        ("todo", "todo"),
        ("**TODO**", "TODO"),
        ("- TODO", "TODO"),
        ("[TODO]", "TODO"),
        ("TBD", "TBD"),
        ("XXX", "XXX"),
        ("FIXME", "FIXME"),
        ("…", "…"),
        ("Lorem ipsum dolor sit amet.", "Lorem ipsum"),
    ] {
        let f = Fixture::new("basic");
        f.edit(EN, NATURE, text);
        let message = format!(
            "the notice does not describe the nature of the breach: `# what-happened` still holds the placeholder `{word}`"
        );
        check(&f, &[], 1, &[error("missing-nature", EN, 6, 1, &message)]);
    }
    let f = Fixture::new("basic");
    f.edit(
        EN,
        NATURE,
        &format!("{NATURE}\n\nWe will add the date, TODO."),
    );
    f.edit(
        EN,
        "Intrusion at the Acme web shop",
        "Intrusion at the Acme web shop TBD",
    );
    f.edit(EN, "summary: Someone", "summary: Lorem ipsum. Someone");
    f.edit(EN, "No, card numbers were never stored with us.", "FIXME");
    f.edit(FACTS, "  name: Acme Handel AB", "  name: tbd");
    check(
        &f,
        &[],
        1,
        &[
            error(
                "placeholder-text",
                EN,
                9,
                23,
                "section `# what-happened` still holds the placeholder `TODO`",
            ),
            error(
                "placeholder-text",
                EN,
                2,
                1,
                "the title still holds the placeholder `TBD`",
            ),
            error(
                "placeholder-text",
                EN,
                3,
                1,
                "the summary still holds the placeholder `Lorem ipsum`",
            ),
            error(
                "placeholder-text",
                EN,
                31,
                1,
                "the question “Do I need to block my card?” still holds the placeholder `FIXME`",
            ),
            error(
                "placeholder-text",
                FACTS,
                2,
                9,
                "the facts still hold the placeholder `tbd`",
            ),
        ],
    );
}

#[test]
fn a_contact_point_needs_a_way_to_reach_it() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "    name: Dataskyddsombudet\n    email: dpo@acme.example\n    phone: \"+46 8 555 000 00\"\n",
        "    name: ''\n",
    );
    check(
        &f,
        &[],
        1,
        &[
            error(
                "missing-contact",
                FACTS,
                44,
                5,
                "the contact point `dpo` has no email, phone or web address",
            ),
            error(
                "missing-contact",
                FACTS,
                45,
                5,
                "the contact point `dpo` has an empty `name` in `sv`, `nb`, `nl`, `en`",
            ),
        ],
    );
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "    email: dpo@acme.example\n    phone: \"+46 8 555 000 00\"\n",
        "    web: https://acme.example/contact\n",
    );
    check(&f, &["--strict"], 0, &[]);
}

#[test]
fn a_section_may_be_left_to_the_list_the_facts_give_beside_it() {
    let f = Fixture::new("basic");
    // `measures:`, `advice:` and `contacts:` are listed on the page under these sections.
    for text in [
        "We closed the security hole.",
        "We are reviewing the whole web shop.",
        "Change your password.",
        "Contact our data protection officer.",
    ] {
        f.edit(EN, text, "");
    }
    check(&f, &["--strict"], 0, &[]);
    // Without the list, the section must say it.
    f.edit(FACTS, "  - change_password\n", "");
    f.edit(FACTS, "advice:\n  - text:", "advice_removed:\n  - text:");
    let facts = f.read(FACTS);
    let cut = facts.find("advice_removed:").unwrap();
    f.write(FACTS, &facts[..cut]);
    check(
        &f,
        &[],
        1,
        &[error(
            "empty-section",
            EN,
            21,
            1,
            "section `# what-you-should-do` is empty",
        )],
    );
}

const PEOPLE_TOLD: &str = "  - { event: people_notified, when: 2024-12-04T09:30 }\n";

#[test]
fn people_told_more_than_a_week_after_discovery_is_late_by_art_34() {
    // Without a `people_notified` event, the first publication is when they were told.
    let f = Fixture::new("basic");
    f.edit(FACTS, PEOPLE_TOLD, "");
    f.edit(
        FACTS,
        "data:\n  affected: [name, email, national_id]",
        "data:\n  affected: [name, email]",
    );
    f.edit(
        FACTS,
        "  - at: 2024-12-04T13:39",
        "  - at: 2024-12-20T13:39",
    );
    f.edit(
        FACTS,
        "published: 2024-12-04T09:30",
        "published: 2024-12-09T09:30",
    );
    check(&f, &["--strict"], 0, &[]);
    f.edit(
        FACTS,
        "published: 2024-12-09T09:30",
        "published: 2024-12-11T09:30",
    );
    check(
        &f,
        &[],
        0,
        &[warning(
            "late-to-people",
            FACTS,
            6,
            1,
            "the people affected were told 8 days 18 hours after the breach was discovered, more than 7 days",
        )],
    );
    // The site may allow more days.
    let config = f.read("varsel.toml");
    f.write(
        "varsel.toml",
        &format!("{config}\n[mail]\nnotify_within_days = 10\n"),
    );
    check(&f, &["--strict"], 0, &[]);
    // A `people_notified` event is when they were told.
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        PEOPLE_TOLD,
        "  - { event: people_notified, when: 2024-12-20 }\n",
    );
    check(
        &f,
        &[],
        0,
        &[warning(
            "late-to-people",
            FACTS,
            23,
            5,
            "the people affected were told 17 days 8 hours after the breach was discovered, more than 7 days",
        )],
    );
    // Just past the limit is never rounded down to the limit itself.
    f.edit(FACTS, "when: 2024-12-20 }", "when: 2024-12-09T16:11 }");
    check(
        &f,
        &[],
        0,
        &[warning(
            "late-to-people",
            FACTS,
            23,
            5,
            "the people affected were told 7 days 1 hour after the breach was discovered, more than 7 days",
        )],
    );
}

#[test]
fn high_risk_data_and_no_word_that_the_people_were_told_warns() {
    let f = Fixture::new("basic");
    f.edit(FACTS, PEOPLE_TOLD, "");
    let national_id = warning(
        "people-not-notified",
        FACTS,
        33,
        27,
        "`national_id` is involved, which puts the people affected at high risk, but no `people_notified` event says they were told",
    );
    check(&f, &[], 0, &[national_id]);
    f.run(&["check", "--strict"]).fails_with(1);
    // Data that does not put them at high risk needs no event.
    f.edit(
        FACTS,
        "affected: [name, email, national_id]",
        "affected: [name, email]",
    );
    check(&f, &["--strict"], 0, &[]);
    // Possibly affected special-category data does.
    f.edit(
        FACTS,
        "  unknown: [postal_address]\n",
        "  unknown: [postal_address]\n  possibly_affected: [health]\n",
    );
    check(
        &f,
        &[],
        0,
        &[warning(
            "people-not-notified",
            FACTS,
            36,
            23,
            "`health` is involved, which puts the people affected at high risk, but no `people_notified` event says they were told",
        )],
    );
    // A processor tells its customers, who tell their own people.
    f.edit(FACTS, "role: controller", "role: processor");
    assert_eq!(super::count(&f, "people-not-notified"), 0);
}

#[test]
fn events_dated_in_an_order_that_cannot_be_are_flagged_however_they_are_listed() {
    let told = "no one can be told of a breach before it is discovered";
    // The authority told at 11:00 of a breach discovered at 16:10, listed in that order; the
    // police on the day of the discovery may have been told after it.
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "  - event: discovered\n    when: 2024-12-02T16:10\n  - event: authority_notified\n    when: 2024-12-03T11:00\n",
        "  - event: authority_notified\n    when: 2024-12-02T11:00\n  - event: discovered\n    when: 2024-12-02T16:10\n",
    );
    f.edit(
        FACTS,
        "  - body: imy\n    when: 2024-12-03T11:00\n",
        "  - body: imy\n    when: 2024-12-02T11:00\n",
    );
    f.edit(
        FACTS,
        "  - body: police_se\n    when: 2024-12-03\n",
        "  - body: police_se\n    when: 2024-12-02\n",
    );
    let authority = format!(
        "`authority_notified` (2024-12-02T11:00) is dated before `discovered` (2024-12-02T16:10): {told}"
    );
    let imy = format!(
        "notifying `imy` (2024-12-02T11:00) is dated before `discovered` (2024-12-02T16:10): {told}"
    );
    let expected = [
        warning("impossible-order", FACTS, 20, 5, &authority),
        warning("impossible-order", FACTS, 39, 5, &imy),
    ];
    let run = check(&f, &[], 0, &expected);
    assert!(
        run.stderr().contains("0 errors, 2 warnings"),
        "{}",
        run.stderr()
    );
    assert_eq!(super::count(&f, "timeline-order"), 0);

    // Discovered the day before the intrusion that began it, listed in that order.
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "  - event: intrusion\n    when: 2024-W48\n  - event: discovered\n    when: 2024-12-02T16:10\n",
        "  - event: discovered\n    when: 2024-12-02T16:10\n  - event: intrusion\n    when: 2024-12-03 morning\n",
    );
    check(
        &f,
        &[],
        0,
        &[warning(
            "impossible-order",
            FACTS,
            18,
            5,
            "`discovered` (2024-12-02T16:10) is dated before `intrusion` (2024-12-03 morning): a breach cannot be discovered before it began",
        )],
    );
    // An intrusion ruled out began nothing; one known only to the week or the day of the
    // discovery may have come first.
    f.edit(
        FACTS,
        "    when: 2024-12-03 morning\n",
        "    when: 2024-12-03 morning\n    certainty: ruled_out\n",
    );
    check(&f, &["--strict"], 0, &[]);
    for when in ["2024-12-02", "2024-W49", "2024-12"] {
        let f = Fixture::new("basic");
        f.edit(
            FACTS,
            "    when: 2024-W48\n",
            &format!("    when: {when}\n"),
        );
        check(&f, &["--strict"], 0, &[]);
    }

    // A notice published before the breach it tells of was discovered.
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "published: 2024-12-04T09:30",
        "published: 2024-12-01T09:30",
    );
    check(
        &f,
        &[],
        0,
        &[warning(
            "impossible-order",
            FACTS,
            6,
            1,
            "`published` (2024-12-01T09:30) is dated before `discovered` (2024-12-02T16:10): a notice cannot tell of a breach before it is discovered",
        )],
    );
}

/// The `basic` site with a second notice, `other-2024`, whose facts get `extra` after
/// `status:`, and a link to `dest` at the start of the English `# what-happened`.
fn linking_to(extra: &str, dest: &str) -> Fixture {
    let f = Fixture::new("basic");
    for file in ["incident.yaml", "sv.md", "nb.md", "nl.md", "en.md"] {
        let text = f.read(&format!("content/acme-webshop-2024/{file}"));
        let text = text.replace(
            "status: contained\n",
            &format!("status: contained\n{extra}"),
        );
        f.write(&format!("content/other-2024/{file}"), &text);
    }
    f.edit(EN, NATURE, &format!("[Before]({dest}). {NATURE}"));
    f
}

#[test]
fn a_link_to_a_page_the_site_will_not_have_is_broken() {
    for (extra, dest, problem) in [
        (
            "draft: true\n",
            "../other-2024/",
            "`other-2024` is a draft, which is not published",
        ),
        (
            "publish_at: 2099-01-01T00:00\n",
            "/en/other-2024/",
            "`other-2024` is not published until 2099-01-01 00:00",
        ),
        (
            "published_until: 2025-01-31\n",
            "../other-2024/#what-happened",
            "`other-2024` is withdrawn and no longer on the site",
        ),
        ("", "/de/other-2024/", "the site has no language `de`"),
        (
            "",
            "../../fr/acme-webshop-2024/",
            "the site has no language `fr`",
        ),
    ] {
        let f = linking_to(extra, dest);
        let message = format!("link to `{dest}`: {problem}");
        check(&f, &[], 1, &[error("broken-link", EN, 7, 1, &message)]);
    }
    let f = linking_to("", "/nb/other-2024/");
    check(&f, &[], 0, &[]);
    assert_eq!(super::count(&f, "broken-link"), 0);
}

#[test]
fn the_revision_anchors_the_page_has_can_be_linked() {
    let f = linking_to("", "#revision-0");
    f.edit(EN, NATURE, &format!("[Now](#revision-1). {NATURE}"));
    check(&f, &[], 0, &[]);
    assert_eq!(super::count(&f, "broken-link"), 0);
    let f = linking_to("", "#revision-2");
    check(
        &f,
        &[],
        1,
        &[error(
            "broken-link",
            EN,
            7,
            1,
            "link to `#revision-2`: there is no `#revision-2` on this page",
        )],
    );
}

#[test]
fn a_publication_period_must_hold_the_publication() {
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "status: contained\n",
        "status: contained\npublished_until: 2024-12-03\n",
    );
    check(
        &f,
        &[],
        1,
        &[error(
            "withdrawn-before-published",
            FACTS,
            8,
            1,
            "`published_until` (2024-12-04 00:00) is not after the notice goes online (2024-12-04 09:30): it would never be published",
        )],
    );
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "status: contained\n",
        "status: contained\npublish_at: 2024-12-10T08:00\n",
    );
    check(
        &f,
        &[],
        0,
        &[super::warning(
            "published-before-online",
            FACTS,
            8,
            1,
            "`publish_at` (2024-12-10 08:00) is 142 hours 30 minutes after `published` (2024-12-04 09:30): the page would say it was published before it went online",
        )],
    );
    let f = Fixture::new("basic");
    f.edit(
        FACTS,
        "status: contained\n",
        "status: contained\npublish_at: 2024-12-04T12:00\n",
    );
    check(&f, &["--strict"], 0, &[]);
}
