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
        ("sv", "december 2023", "4 december 2024"),
        ("nb", "desember 2023", "4. desember 2024"),
        ("nl", "december 2023", "4 december 2024"),
        ("en", "December 2023", "4 December 2024"),
    ];
    for (lang, start, end) in rows {
        let p = f.html(&format!("public/{lang}/acme-webshop-2024/index.html"));
        assert_eq!(p.texts("svg text.tick"), [start, end], "{lang}");
    }
}

#[test]
fn the_chart_axis_says_once_what_both_its_ends_would_say() {
    let f = crate::support::Fixture::new("basic");
    // The intrusion's week holds every other event: it sets both ends of the axis.
    f.edit(
        "content/acme-webshop-2024/incident.yaml",
        "when: 2024-W48",
        "when: 2024-W49",
    );
    f.run(&["build"]).ok();
    let rows = [
        ("sv", "vecka 49 2024"),
        ("nb", "uke 49 i 2024"),
        ("nl", "week 49 van 2024"),
        ("en", "the week beginning 2 December 2024"),
    ];
    for (lang, both) in rows {
        let p = f.html(&format!("public/{lang}/acme-webshop-2024/index.html"));
        assert_eq!(p.texts("svg text.tick"), [both], "{lang}");
        assert_eq!(p.attr("svg text.tick", "x"), "16", "{lang}");
    }
}

/// The `basic` fixture built with `edits` made to its incident file; its page in `lang`.
fn built_with(edits: &[(&str, &str)]) -> crate::support::Fixture {
    let f = crate::support::Fixture::new("basic");
    for (from, to) in edits {
        f.edit("content/acme-webshop-2024/incident.yaml", from, to);
    }
    f.run(&["build"]).ok();
    f
}

const PAGE: &str = "acme-webshop-2024/index.html";

/// Each row: language, the people's words, the organisations' words, for the heading of the
/// consequences, of the advice, and the first standard piece of advice.
#[test]
fn a_processor_addresses_organisations_in_swedish_and_norwegian() {
    let people = built_with(&[]);
    let orgs = built_with(&[("role: controller", "role: processor")]);
    let rows = [
        (
            "sv",
            ["Vad kan det innebära för dig?", "Vad bör du göra?"],
            ["Vad kan det innebära för er?", "Vad bör ni göra?"],
            "Byt lösenord, och byt också överallt där ni har använt samma lösenord.",
        ),
        (
            "nb",
            ["Hva kan dette bety for deg?", "Hva bør du gjøre?"],
            ["Hva kan dette bety for dere?", "Hva bør dere gjøre?"],
            "Bytt passord, og bytt det også alle andre steder der dere har brukt det samme passordet.",
        ),
        (
            "nl",
            ["Wat kan dit voor u betekenen?", "Wat kunt u zelf doen?"],
            ["Wat kan dit voor u betekenen?", "Wat kunt u zelf doen?"],
            "Wijzig uw wachtwoord, en wijzig het ook overal waar u hetzelfde wachtwoord hebt gebruikt.",
        ),
        (
            "en",
            ["What could this mean for you?", "What should you do?"],
            ["What could this mean for you?", "What should you do?"],
            "Change your password, and change it everywhere else you used the same one.",
        ),
    ];
    for (lang, for_people, for_orgs, advice) in rows {
        let path = format!("public/{lang}/{PAGE}");
        let (p, o) = (people.html(&path), orgs.html(&path));
        let headings = |page: &crate::support::Page| {
            [page.text("#consequences"), page.text("#what-you-should-do")]
        };
        assert_eq!(headings(&p), for_people, "{lang}");
        assert_eq!(headings(&o), for_orgs, "{lang}");
        assert_eq!(o.texts(".advice li")[0], advice, "{lang}");
    }
    // The notice can say whom it addresses, whatever the role.
    let overridden = built_with(&[(
        "status: contained",
        "status: contained\naudience: organisations",
    )]);
    let sv = overridden.html(&format!("public/sv/{PAGE}"));
    assert_eq!(sv.text("#what-you-should-do"), "Vad bör ni göra?");
}

/// What is not known is "not known yet" only while the notice is open; an archived notice
/// is no longer "kept up to date".
#[test]
fn unknowns_and_updates_follow_where_the_notice_stands() {
    let open = built_with(&[]);
    // Kept online past its `published_until` by the build's clock.
    let archived = crate::support::Fixture::new("basic");
    archived.edit(
        "content/acme-webshop-2024/incident.yaml",
        "status: contained",
        "status: contained\npublished_until: 2025-01-31",
    );
    let config = archived.read("varsel.toml");
    archived.write("varsel.toml", &format!("withdrawn = \"archive\"\n{config}"));
    archived
        .run(&["build", "--now", "2025-02-01T00:00:00Z"])
        .ok();
    let rows = [
        (
            "sv",
            "Ännu inte känt",
            "Inte känt",
            "Läs meddelandet på webben, där det hålls uppdaterat:",
            "Läs meddelandet på webben:",
        ),
        (
            "nb",
            "Ikke kjent ennå",
            "Ikke kjent",
            "Les varselet på nettet, der det holdes oppdatert:",
            "Les varselet på nettet:",
        ),
        (
            "nl",
            "Nog niet bekend",
            "Niet bekend",
            "Lees dit bericht op het web, waar het actueel wordt gehouden:",
            "Lees dit bericht op het web:",
        ),
        (
            "en",
            "Not known yet",
            "Not known",
            "Read this notice on the web, where it is kept up to date:",
            "Read this notice on the web:",
        ),
    ];
    let last_event = |f: &crate::support::Fixture, lang: &str| {
        let page = f.html(&format!("public/{lang}/{PAGE}"));
        let events = page.texts(".timeline li");
        let last = events.last().unwrap().clone();
        last.split(':').next().unwrap().to_owned()
    };
    for (lang, not_yet, not_known, _kept, _archived_link) in rows {
        assert_eq!(last_event(&open, lang), not_yet, "{lang}");
        assert_eq!(last_event(&archived, lang), not_known, "{lang}");
    }
}

/// Each row: language, the small headings over what was done, what will be done, and the
/// advice. Every list comes after the section's prose, under its own heading.
#[test]
fn measure_and_advice_lists_follow_the_prose_under_their_own_heading() {
    let f = built_with(&[]);
    let rows = [
        (
            "sv",
            [
                "Åtgärder vi har vidtagit",
                "Åtgärder vi kommer att vidta",
                "Våra råd",
            ],
        ),
        (
            "nb",
            [
                "Tiltak vi har satt i verk",
                "Tiltak vi skal sette i verk",
                "Våre råd",
            ],
        ),
        (
            "nl",
            [
                "Maatregelen die we hebben genomen",
                "Maatregelen die we nog gaan nemen",
                "Ons advies",
            ],
        ),
        (
            "en",
            ["Steps we have taken", "Steps we will take", "Our advice"],
        ),
    ];
    let sections = [
        ("what-we-did", "ul.measures"),
        ("prevention", "ul.measures"),
        ("what-you-should-do", "ul.advice"),
    ];
    for (lang, headings) in rows {
        let page = f.html(&format!("public/{lang}/{PAGE}"));
        for ((id, list), heading) in sections.iter().zip(headings) {
            let css = format!("section:has(> h2#{id}) > *");
            let selector = scraper::Selector::parse(&css).unwrap();
            let children: Vec<scraper::ElementRef> = page.0.select(&selector).collect();
            let list_sel = scraper::Selector::parse(list).unwrap();
            let at = children
                .iter()
                .position(|e| list_sel.matches(e))
                .unwrap_or_else(|| panic!("{lang} {id}: no {list}"));
            let before = children[at - 1];
            assert_eq!(before.value().name(), "h3", "{lang} {id}");
            assert_eq!(before.text().collect::<String>(), heading, "{lang} {id}");
            let last_prose = children
                .iter()
                .rposition(|e| e.value().name() == "p")
                .unwrap_or_else(|| panic!("{lang} {id}: no prose"));
            assert!(last_prose < at - 1, "{lang} {id}: prose after the list");
        }
    }
}
