//! `varsel build` on valid sites: every notice in every language, consistent and localized.

use std::collections::BTreeMap;

use crate::support::{Fixture, Page, QUESTION_HEADINGS};

const LANGS: [&str; 4] = ["sv", "nb", "nl", "en"];
const PAGE: &str = "public/{lang}/acme-webshop-2024/index.html";

fn page(f: &Fixture, lang: &str) -> Page {
    f.html(&PAGE.replace("{lang}", lang))
}

/// The messages of a built-in locale file, read independently of varsel's own loader.
fn messages(lang: &str) -> BTreeMap<String, String> {
    // Read through varsel's own locale loading, so messages that select on the notice's
    // audience or state give their default (the fixture's: people, still open).
    let root = crate::support::fixtures_dir().join("basic");
    let config = varsel::config::Config::load(&root).unwrap();
    let locales = varsel::locale::Locales::load(&root, &config).unwrap_or_else(|_| panic!());
    let locale = locales.get(lang);
    locale
        .message_ids()
        .iter()
        .map(|id| (id.clone(), locale.msg(id)))
        .collect()
}

#[test]
fn every_language_page_has_lang_title_and_localized_times() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let expected = [
        (
            "sv",
            "Intrång i Acmes webbutik",
            "4 december 2024 kl. 09.30",
            "4 december 2024 kl. 13.39",
        ),
        (
            "nb",
            "Innbrudd i Acmes nettbutikk",
            "4. desember 2024 kl. 09.30",
            "4. desember 2024 kl. 13.39",
        ),
        (
            "nl",
            "Inbraak in de webwinkel van Acme",
            "4 december 2024 om 09:30",
            "4 december 2024 om 13:39",
        ),
        (
            "en",
            "Intrusion at the Acme web shop",
            "4 December 2024 at 09:30",
            "4 December 2024 at 13:39",
        ),
    ];
    for (lang, title, published, updated) in expected {
        let p = page(&f, lang);
        assert_eq!(p.attr("html", "lang"), lang);
        assert_eq!(p.text("h1"), title);
        assert!(p.text("head > title").starts_with(title));
        assert_eq!(p.text(".published time"), published, "{lang}");
        assert_eq!(
            p.attr(".published time", "datetime"),
            "2024-12-04T09:30:00+01:00"
        );
        // "Last updated" is derived from the newest revision, never typed.
        assert_eq!(p.text(".updated time"), updated, "{lang}");
        assert_eq!(
            p.attr(".updated time", "datetime"),
            "2024-12-04T13:39:00+01:00"
        );
    }
}

#[test]
fn every_section_heading_comes_from_the_locale() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let sections = [
        "what-happened",
        "how-discovered",
        "who-affected",
        "data",
        "consequences",
        "what-we-did",
        "authorities",
        "prevention",
        "what-you-should-do",
        "more-information",
    ];
    for lang in LANGS {
        let m = messages(lang);
        let p = page(&f, lang);
        // A standard question is a section of the article with no class of its own, named by
        // its heading alone: it is not a landmark region (only the key facts are).
        let headings: Vec<String> = p.texts(QUESTION_HEADINGS);
        let want: Vec<String> = sections
            .iter()
            .map(|s| m[&format!("section-{s}")].clone())
            .collect();
        assert_eq!(
            headings, want,
            "{lang}: same sections, same order, locale wording"
        );
        // Section anchors are the same in every language, so links can be shared.
        assert_eq!(p.attrs(QUESTION_HEADINGS, "id"), sections);
        assert_eq!(p.text("#questions"), m["section-questions"]);
        assert_eq!(
            p.attrs("section[aria-labelledby]", "aria-labelledby"),
            ["facts"],
            "{lang}: one named region, the key facts"
        );
        assert_eq!(
            p.count("details > summary"),
            1,
            "{lang}: custom question as details"
        );
    }
}

#[test]
fn facts_are_worded_in_each_language() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    for lang in LANGS {
        let m = messages(lang);
        let p = page(&f, lang);
        assert_eq!(
            p.texts(".data-affected li"),
            [
                m["data-name"].clone(),
                m["data-email"].clone(),
                national_id(lang).to_owned()
            ],
            "{lang}"
        );
        assert_eq!(
            p.texts(".data-not-affected li"),
            [m["data-card_number"].clone()]
        );
        assert_eq!(
            p.texts(".data-unknown li"),
            [m["data-postal_address"].clone()]
        );
        let bodies = p.texts(".notified a");
        assert_eq!(
            bodies,
            [m["body-imy"].clone(), m["body-police_se"].clone()],
            "{lang}"
        );
        assert_eq!(p.attrs(".notified a", "href")[0], "https://www.imy.se/");
        let advice = p.texts(".advice li");
        assert_eq!(advice[0], m["advice-change_password"]);
        assert_eq!(p.texts(".measures li")[0], m["measure-access_blocked"]);
        assert_eq!(p.text(".contact h3"), m["topic-dpo"]);
    }
}

/// A national identity number when the notice names no country: no one country's term.
fn national_id(lang: &str) -> &'static str {
    match lang {
        "sv" => "Personnummer eller motsvarande identitetsnummer",
        "nb" => "Fødselsnummer eller tilsvarende identitetsnummer",
        "nl" => "Nationaal identificatienummer",
        _ => "National identity number",
    }
}

#[test]
fn counts_and_imprecise_times_read_naturally() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let en = page(&f, "en");
    assert_eq!(en.text(".people"), "People affected: about 1,200");
    let timeline = en.texts(".timeline li");
    assert_eq!(
        timeline[0],
        "The week beginning 25 November 2024: The intrusion began"
    );
    assert_eq!(
        timeline[1],
        "2 December 2024 at 16:10: We discovered the incident"
    );
    assert!(
        timeline.last().unwrap().starts_with("Not known yet"),
        "{timeline:?}"
    );
    let sv = page(&f, "sv");
    assert_eq!(sv.text(".people"), "Berörda personer: cirka 1 200");
    assert!(sv.texts(".timeline li")[0].starts_with("Vecka 48"));
    let nl = page(&f, "nl");
    assert!(nl.text(".people").contains("1.200"));
}

#[test]
fn every_page_links_all_its_translations() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    for lang in LANGS {
        let p = page(&f, lang);
        let mut hreflangs = p.attrs("link[rel=alternate]", "hreflang");
        hreflangs.sort();
        assert_eq!(hreflangs, ["en", "nb", "nl", "sv", "x-default"]);
        assert_eq!(
            p.attr("link[rel=alternate][hreflang=nl]", "href"),
            "https://notices.example.com/security/nl/acme-webshop-2024/"
        );
        assert_eq!(
            p.attr("link[rel=alternate][hreflang=x-default]", "href"),
            "https://notices.example.com/security/en/acme-webshop-2024/"
        );
        // The switcher links the three other languages and marks the current one.
        assert_eq!(p.count(".languages a[hreflang]"), 3);
        assert_eq!(p.attr(".languages [aria-current=page]", "lang"), lang);
        for other in LANGS.iter().filter(|l| **l != lang) {
            let href = p.attr(&format!(".languages a[hreflang={other}]"), "href");
            assert_eq!(href, format!("../../{other}/acme-webshop-2024/"));
            assert!(f.exists(&format!("public/{other}/acme-webshop-2024/index.html")));
        }
    }
}

#[test]
fn indexes_list_notices_newest_first_and_root_offers_languages() {
    let f = Fixture::new("basic");
    // A second, newer notice: copy the first and move its dates later.
    for file in ["incident.yaml", "sv.md", "nb.md", "nl.md", "en.md"] {
        let text = f.read(&format!("content/acme-webshop-2024/{file}"));
        let text = text
            .replace("2024-12-04T09:30", "2025-01-10T08:00")
            .replace("2024-12-04T13:39", "2025-01-11T08:00")
            .replace("Acme", "Bcme");
        f.write(&format!("content/bcme-2025/{file}"), &text);
    }
    f.run(&["build"]).ok();
    let sv = f.html("public/sv/index.html");
    assert_eq!(sv.attr("html", "lang"), "sv");
    assert_eq!(sv.text("h1"), "Säkerhetsmeddelanden");
    assert_eq!(
        sv.attrs(".notice-list h2 a", "href"),
        ["bcme-2025/", "acme-webshop-2024/"]
    );
    let root = f.html("public/index.html");
    assert_eq!(
        root.attrs(".language-choice a", "href"),
        ["sv/", "nb/", "nl/", "en/"]
    );
    assert_eq!(
        root.texts(".language-name"),
        ["Svenska", "Norsk bokmål", "Nederlands", "English"]
    );
    assert!(f.exists("public/404.html") && f.exists("public/nl/404.html"));
    assert!(f.exists("public/style.css"));
}

#[test]
fn pages_work_without_javascript_and_print() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let p = page(&f, "en");
    // JSON-LD is a data block, never executed; the policy forbids every script.
    assert_eq!(
        p.count("script:not([type=\"application/ld+json\"])"),
        0,
        "published pages carry no script"
    );
    let csp = p.attr("meta[http-equiv=Content-Security-Policy]", "content");
    assert!(csp.contains("script-src 'none'"), "{csp}");
    assert_eq!(p.count("main#content"), 1);
    assert_eq!(p.attr(".skip-link", "href"), "#content");
    let css = f.read("public/style.css");
    assert!(css.contains("@media print"));
}

#[test]
fn danish_is_added_by_a_locale_folder_and_prose_files_alone() {
    let f = Fixture::new("danish");
    f.run(&["build"]).ok();
    let p = f.html("public/da/acme-webshop-2024/index.html");
    assert_eq!(p.attr("html", "lang"), "da");
    assert_eq!(p.text("h1"), "Indbrud i Acmes webshop");
    assert_eq!(p.text(".published time"), "4. december 2024 kl. 09.30");
    let ftl =
        std::fs::read_to_string(crate::support::fixtures_dir().join("danish/locales/da/ui.ftl"))
            .unwrap();
    let heading = ftl
        .lines()
        .find_map(|l| l.strip_prefix("section-what-happened = "))
        .unwrap();
    assert_eq!(p.text("#what-happened"), heading);
    assert_eq!(p.text(".languages [aria-current=page]"), "Dansk");
    assert!(f.exists("public/en/acme-webshop-2024/index.html"));
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let f = Fixture::new("basic");
    f.edit(
        "content/acme-webshop-2024/incident.yaml",
        "status: contained",
        "status: contained\ndraft: true",
    );
    f.run(&["build"]).ok();
    assert!(!f.exists("public/en/acme-webshop-2024/index.html"));
    assert_eq!(f.html("public/en/index.html").count(".notice-item"), 0);
    f.run(&["build", "--drafts"]).ok();
    let p = page(&f, "en");
    assert_eq!(p.text(".banner"), "Preview: this notice is not published.");
}

#[test]
fn markdown_gets_heading_ids_tables_and_no_raw_script() {
    let f = Fixture::new("basic");
    f.edit(
        "content/acme-webshop-2024/en.md",
        "Someone broke into the web shop's database.",
        "Someone broke in.\n\n## What we know\n\n| When | What |\n|---|---|\n| Monday | Found |\n\nSee note[^1].\n\n[^1]: A footnote.\n\n<script>alert(1)</script><img src=x onerror=alert(1)>",
    );
    f.run(&["build"]).ok();
    let p = page(&f, "en");
    assert_eq!(
        p.attr("#what-happened ~ h3#what-we-know", "id"),
        "what-we-know"
    );
    assert_eq!(p.count("section table"), 1);
    assert_eq!(p.count(".footnote-definition"), 1);
    assert_eq!(p.count("main script"), 0);
    assert_eq!(p.attrs("img", "onerror").len(), 0);
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let before = f.read("public/en/acme-webshop-2024/index.html");
    f.edit(
        "content/acme-webshop-2024/incident.yaml",
        "status: contained",
        "status: containd",
    );
    f.run(&["build"]).fails_with(1);
    assert_eq!(f.read("public/en/acme-webshop-2024/index.html"), before);
    let leftovers: Vec<_> = std::fs::read_dir(f.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "no staging folder left behind");
}

#[test]
fn an_output_folder_varsel_did_not_create_is_not_replaced() {
    let f = Fixture::new("basic");
    f.write("public/important.txt", "not a build");
    let run = f.run(&["build"]).fails_with(1);
    assert!(
        run.stderr().contains("varsel did not create it"),
        "{}",
        run.stderr()
    );
    assert_eq!(f.read("public/important.txt"), "not a build");
}

#[test]
fn a_site_without_notices_has_indexes_that_say_so_and_empty_feeds() {
    let f = Fixture::new("basic");
    std::fs::remove_dir_all(f.path().join("content")).unwrap();
    f.run(&["build", "--allow-empty"]).ok();
    let said = messages("en")["notices-empty"].clone();
    assert_eq!(f.html("public/en/index.html").text("main p"), said);
    assert_eq!(f.html("public/en/index.html").count(".notice-item"), 0);
    for lang in LANGS {
        assert!(
            f.exists(&format!("public/{lang}/index.html")),
            "{lang} index"
        );
        let feed = f.read(&format!("public/{lang}/feed.xml"));
        let feed = feed_rs::parser::parse(feed.as_bytes()).unwrap();
        assert!(feed.entries.is_empty(), "{lang} feed");
    }
    assert!(!f.exists("public/incidents"));
}
