//! Wording tested as wording: for each class of composed text, a table per language of the
//! fact as an incident file states it and the exact words a reader gets.

use varsel::config::Config;
use varsel::incident::when::When;
use varsel::locale::Locales;

use crate::support::fixtures_dir;

/// The built-in locales of the four site languages, as the `basic` fixture configures them.
fn locales() -> Locales {
    let root = fixtures_dir().join("basic");
    let config = Config::load(&root).expect("basic fixture config");
    Locales::load(&root, &config).unwrap_or_else(|_| panic!("basic fixture locales"))
}

/// Each row: language, the time as written in `incident.yaml`, the words on the page (spaces
/// in the expected text are no-break spaces on the page: a date never breaks across lines).
fn assert_times(rows: &[(&str, &str, &str)]) {
    let locales = locales();
    for (lang, written, want) in rows {
        let when = When::parse(written).unwrap();
        let got = locales.get(lang).when(&when);
        assert_eq!(
            got,
            want.replace(' ', "\u{a0}"),
            "{lang}: `{written}` was put as {got:?}"
        );
    }
}

#[test]
fn day_and_month_intervals_take_each_languages_shape() {
    assert_times(&[
        ("sv", "2024-10-18/2024-10-20", "18–20 oktober 2024"),
        ("nb", "2024-10-18/2024-10-20", "18.–20. oktober 2024"),
        ("nl", "2024-10-18/2024-10-20", "18–20 oktober 2024"),
        ("en", "2024-10-18/2024-10-20", "18–20 October 2024"),
        ("sv", "2024-09-30/2024-10-02", "30 september–2 oktober 2024"),
        (
            "nb",
            "2024-09-30/2024-10-02",
            "30. september–2. oktober 2024",
        ),
        ("sv", "2024-03/2024-05", "mars–maj 2024"),
        ("nb", "2024-03/2024-05", "mars–mai 2024"),
        ("nl", "2024-03/2024-05", "maart–mei 2024"),
        ("en", "2024-03/2024-05", "March\u{2009}–\u{2009}May 2024"),
        ("sv", "2023-12/2024-01", "december 2023–januari 2024"),
        ("nb", "2023-12/2024-01", "desember 2023–januar 2024"),
        (
            "nl",
            "2023-12/2024-01",
            "december 2023\u{2009}–\u{2009}januari 2024",
        ),
        (
            "en",
            "2023-12/2024-01",
            "December 2023\u{2009}–\u{2009}January 2024",
        ),
    ]);
}

#[test]
fn winter_spans_two_years() {
    assert_times(&[
        ("sv", "2023-winter", "vintern 2023/2024"),
        ("nb", "2023-winter", "vinteren 2023/2024"),
        ("nl", "2023-winter", "winter 2023/2024"),
        ("en", "2023-winter", "winter 2023/24"),
        ("sv", "2024-spring", "våren 2024"),
        ("en", "2024-autumn", "autumn 2024"),
    ]);
}

#[test]
fn weeks_are_numbered_where_readers_count_them_and_dated_where_they_do_not() {
    assert_times(&[
        ("sv", "2024-W45", "vecka 45 2024"),
        ("nb", "2024-W45", "uke 45 i 2024"),
        ("nl", "2024-W45", "week 45 van 2024"),
        ("en", "2024-W45", "the week beginning 4 November 2024"),
    ]);
}

#[test]
fn clock_times_follow_each_languages_style_guide() {
    assert_times(&[
        ("sv", "2024-12-04T09:30", "4 december 2024 kl. 09.30"),
        ("nb", "2024-12-04T09:30", "4. desember 2024 kl. 09.30"),
        ("nl", "2024-12-04T09:30", "4 december 2024 om 09:30"),
        ("en", "2024-12-04T09:30", "4 December 2024 at 09:30"),
        ("sv", "2023-12", "december 2023"),
        ("en", "2024-12-05", "5 December 2024"),
    ]);
}

#[test]
fn a_configured_time_separator_replaces_the_default() {
    let f = crate::support::Fixture::new("basic");
    f.edit(
        "varsel.toml",
        "locale = \"sv-SE\"\n",
        "locale = \"sv-SE\"\ntime_separator = \":\"\n",
    );
    let config = Config::load(f.path()).unwrap();
    let locales = Locales::load(f.path(), &config).unwrap_or_else(|_| panic!("locales"));
    let when = When::parse("2024-12-04T09:30").unwrap();
    assert_eq!(
        locales.get("sv").when(&when),
        "4 december 2024 kl. 09:30".replace(' ', "\u{a0}")
    );
}

#[test]
fn dates_on_pages_and_in_emails_never_break_across_lines() {
    let f = crate::support::Fixture::new("basic");
    f.run(&["build"]).ok();
    let html = f.read("public/sv/acme-webshop-2024/index.html");
    assert!(
        html.contains(">4\u{a0}december\u{a0}2024\u{a0}kl.\u{a0}09.30<"),
        "the published time keeps its no-break spaces"
    );
    let html = f.read("public/en/acme-webshop-2024/index.html");
    assert!(html.contains("the\u{a0}week\u{a0}beginning\u{a0}25\u{a0}November\u{a0}2024"));
}

#[test]
fn the_chart_axis_is_as_precise_as_the_event_at_its_end() {
    let f = crate::support::Fixture::new("basic");
    f.edit(
        "content/acme-webshop-2024/incident.yaml",
        "when: 2024-W48",
        "when: 2023-12",
    );
    f.run(&["build"]).ok();
    let rows = [
        ("sv", "december 2023", "3 december 2024"),
        ("nb", "desember 2023", "3. desember 2024"),
        ("nl", "december 2023", "3 december 2024"),
        ("en", "December 2023", "3 December 2024"),
    ];
    for (lang, start, end) in rows {
        let p = f.html(&format!("public/{lang}/acme-webshop-2024/index.html"));
        assert_eq!(p.texts("svg text.tick"), [start, end], "{lang}");
    }
}
