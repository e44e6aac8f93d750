//! `varsel check` judged against GDPR Art. 33/34 and docs/check.md: notices the law would
//! fail must fail, correct ones must pass. Each test starts from the clean `basic` site and
//! changes one thing.

use super::{FACTS, check, error, warning};
use crate::support::Fixture;

/// The `basic` site with the authority told at `when` (in `notified:` and the timeline).
fn notified_at(when: &str) -> Fixture {
    let f = Fixture::new("basic");
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
        serde_json::from_str(&f.read("public/incidents/acme-webshop-2024/incident.json")).unwrap();
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
