//! What a build publishes besides the pages: feeds, sitemap, structured data, the timeline
//! picture, and what embargoes and withdrawals keep out of all of them and of the messages.

use crate::support::{Fixture, Page};

const LANGS: [&str; 4] = ["sv", "nb", "nl", "en"];
const SLUG: &str = "acme-webshop-2024";
const BASE: &str = "https://notices.example.com/security";
const YAML: &str = "content/acme-webshop-2024/incident.yaml";

fn page(f: &Fixture, lang: &str) -> Page {
    f.html(&format!("public/{lang}/{SLUG}/index.html"))
}

fn feed(f: &Fixture, lang: &str) -> feed_rs::model::Feed {
    let xml = f.read(&format!("public/{lang}/feed.xml"));
    feed_rs::parser::parse(xml.as_bytes())
        .unwrap_or_else(|e| panic!("{lang}/feed.xml does not parse: {e}\n{xml}"))
}

/// A sitemap entry: its `loc` and its `lastmod`.
type SitemapUrl = (String, Option<String>);

/// Every `<url>` of the sitemap, checking that each holds only a `loc` and a `lastmod`: the
/// pages name their translations in their own `<head>`.
fn sitemap(f: &Fixture) -> Vec<SitemapUrl> {
    let xml = f.read("public/sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("sitemap.xml is well-formed XML");
    let sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    assert!(doc.root_element().has_tag_name((sm, "urlset")));
    doc.root_element()
        .children()
        .filter(|n| n.has_tag_name((sm, "url")))
        .map(|url| {
            let names: Vec<&str> = url
                .children()
                .filter(|n| n.is_element())
                .map(|n| n.tag_name().name())
                .collect();
            assert!(
                names == ["loc", "lastmod"] || names == ["loc"],
                "a sitemap url holds only loc and lastmod: {names:?}"
            );
            let child = |name: &str| {
                url.children()
                    .find(|n| n.has_tag_name((sm, name)))
                    .and_then(|n| n.text())
                    .map(str::to_owned)
            };
            (child("loc").expect("every url has a loc"), child("lastmod"))
        })
        .collect()
}

fn add_update(f: &Fixture) {
    f.edit(
        YAML,
        "updates:\n",
        "updates:\n  - at: 2024-12-06T08:15\n    note:\n      sv: Antalet drabbade är bekräftat.\n      nb: Antallet berørte er bekreftet.\n      nl: Het aantal getroffenen is bevestigd.\n      en: The number of people affected is confirmed.\n",
    );
}

/// Each entry's time, in the feed's order.
fn entry_times(feed: &feed_rs::model::Feed) -> Vec<String> {
    feed.entries
        .iter()
        .map(|e| e.updated.unwrap().to_rfc3339())
        .collect()
}

#[test]
fn each_language_feed_has_every_revision_as_an_entry_newest_first() {
    let f = Fixture::new("basic");
    add_update(&f);
    f.run(&["build", "--now", "2024-12-10T00:00:00Z"]).ok();
    for lang in LANGS {
        let feed = feed(&f, lang);
        assert_eq!(feed.language.as_deref(), Some(lang));
        let times = entry_times(&feed);
        assert_eq!(
            times,
            [
                "2024-12-06T07:15:00+00:00",
                "2024-12-04T12:39:00+00:00",
                "2024-12-04T08:30:00+00:00"
            ],
            "{lang}"
        );
        assert_eq!(feed.updated.unwrap().to_rfc3339(), times[0]);
        let p = page(&f, lang);
        // The page's "last updated", its newest revision and the feed's newest entry agree.
        assert_eq!(
            p.attr(".updated time", "datetime"),
            "2024-12-06T08:15:00+01:00"
        );
        assert_eq!(
            p.attrs(".revisions li time", "datetime")[0],
            "2024-12-06T08:15:00+01:00"
        );
        let notes: Vec<String> = p
            .texts(".revisions li")
            .into_iter()
            .map(|t| t.split_once(": ").unwrap().1.to_owned())
            .collect();
        for (entry, note) in feed.entries.iter().zip(&notes) {
            let link = &entry.links[0].href;
            let anchor = link.split_once('#').unwrap().1;
            assert_eq!(p.count(&format!(".revisions li#{anchor}")), 1, "{link}");
            assert!(link.starts_with(&format!("{BASE}/{lang}/{SLUG}/#")));
            let title = entry.title.as_ref().unwrap().content.clone();
            assert!(title.ends_with(note.as_str()), "{title} / {note}");
            assert_eq!(entry.authors[0].name, "Acme Handel AB");
        }
        assert!(
            notes[0].contains("confirm")
                || notes[0].contains("bekr")
                || notes[0].contains("bevestigd"),
            "{notes:?}"
        );
        assert_eq!(
            p.attr("link[type=\"application/atom+xml\"]", "href"),
            "../feed.xml"
        );
    }
    assert_ne!(
        feed(&f, "sv").entries[0].title.as_ref().unwrap().content,
        feed(&f, "en").entries[0].title.as_ref().unwrap().content,
        "feeds are in their own language"
    );
}

#[test]
fn a_feed_carries_the_newest_entries_and_the_page_the_whole_history() {
    let f = Fixture::new("basic");
    add_update(&f);
    let config = f.read("varsel.toml");
    f.write("varsel.toml", &format!("{config}\n[feed]\nentries = 2\n"));
    f.run(&["build", "--now", "2024-12-10T00:00:00Z"]).ok();
    for lang in LANGS {
        assert_eq!(
            entry_times(&feed(&f, lang)),
            ["2024-12-06T07:15:00+00:00", "2024-12-04T12:39:00+00:00"],
            "{lang}"
        );
        assert_eq!(page(&f, lang).count(".revisions li"), 3, "{lang}");
    }
}

#[test]
fn sitemap_lists_every_page_whose_head_names_every_language() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let urls = sitemap(&f);
    let locs: Vec<&str> = urls.iter().map(|u| u.0.as_str()).collect();
    for lang in LANGS {
        for path in [format!("{lang}/"), format!("{lang}/{SLUG}/")] {
            let loc = format!("{BASE}/{path}");
            let (_, lastmod) = urls
                .iter()
                .find(|u| u.0 == loc)
                .unwrap_or_else(|| panic!("{loc} missing from {locs:?}"));
            assert_eq!(lastmod.as_deref(), Some("2024-12-04T13:39:00+01:00"));
            // The page listed names itself canonical and every translation, and `x-default`,
            // in its head: the sitemap leaves the alternates to it.
            let p = f.html(&format!("public/{path}index.html"));
            assert_eq!(p.attr("link[rel=canonical]", "href"), loc);
            let rest = path.split_once('/').unwrap().1;
            let mut alternates: Vec<(String, String)> = p
                .attrs("link[rel=alternate][hreflang]", "hreflang")
                .into_iter()
                .zip(p.attrs("link[rel=alternate][hreflang]", "href"))
                .collect();
            alternates.sort();
            let mut expected: Vec<(String, String)> = LANGS
                .iter()
                .map(|l| (l.to_string(), format!("{BASE}/{l}/{rest}")))
                .chain([("x-default".to_owned(), format!("{BASE}/en/{rest}"))])
                .collect();
            expected.sort();
            assert_eq!(alternates, expected, "{path}");
        }
    }
    assert_eq!(urls[0].0, format!("{BASE}/"));
    assert_eq!(urls.len(), 1 + 4 + 4, "{locs:?}");
}

/// The script-free JSON-LD of a page, parsed.
fn json_ld(p: &Page) -> serde_json::Value {
    let raw =
        p.0.select(&scraper::Selector::parse("script[type=\"application/ld+json\"]").unwrap())
            .map(|e| e.inner_html())
            .next()
            .expect("a JSON-LD block");
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("bad JSON-LD {e}: {raw}"))
}

#[test]
fn pages_describe_themselves_to_machines() {
    let f = Fixture::new("basic");
    f.edit(
        YAML,
        "status: contained",
        "status: contained\npublished_until: 2030-06-30",
    );
    f.edit(
        "content/acme-webshop-2024/en.md",
        "title: Intrusion at the Acme web shop",
        "title: Intrusion at the Acme web shop </script><script>alert(1)</script>",
    );
    f.run(&["build", "--now", "2024-12-10T00:00:00Z"]).ok();
    for lang in LANGS {
        let p = page(&f, lang);
        let ld = json_ld(&p);
        let url = format!("{BASE}/{lang}/{SLUG}/");
        assert_eq!(ld["@context"], "https://schema.org");
        assert_eq!(ld["@type"], "Article");
        assert_eq!(ld["inLanguage"], lang);
        assert_eq!(ld["headline"], p.text("h1"));
        assert_eq!(ld["datePublished"], p.attr(".published time", "datetime"));
        assert_eq!(ld["dateModified"], p.attr(".updated time", "datetime"));
        assert_eq!(ld["author"]["@type"], "Organization");
        assert_eq!(ld["author"]["name"], "Acme Handel AB");
        assert_eq!(ld["author"]["url"], "https://acme.example");
        // Withdrawn at the end of the day given.
        assert_eq!(ld["expires"], "2030-07-01T00:00:00+02:00");
        // What the rest of the head says is not repeated: the address is the canonical link,
        // the summary the description meta, the organisation the author.
        let mut keys: Vec<&str> = ld.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "@context",
                "@type",
                "author",
                "dateModified",
                "datePublished",
                "expires",
                "headline",
                "inLanguage"
            ]
        );
        assert_eq!(p.attr("link[rel=canonical]", "href"), url);
        assert_eq!(
            p.attr("meta[name=description]", "content"),
            p.text(".summary")
        );
        assert_eq!(p.attr("meta[property=\"og:url\"]", "content"), url);
        assert_eq!(
            p.attr("meta[property=\"og:title\"]", "content"),
            p.text("h1")
        );
        // Each language is at its own address; none claims the others' locales.
        assert_eq!(p.count("meta[property=\"og:locale:alternate\"]"), 0);
        assert_eq!(p.count("meta[property=\"og:locale\"]"), 1);
        // The dates are the JSON-LD's, which search engines and link previews read; the head
        // does not say them twice.
        assert_eq!(p.count("meta[property^=\"article:\"]"), 0);
    }
    let en = f.read(&format!("public/en/{SLUG}/index.html"));
    assert!(
        !en.contains("</script><script>"),
        "a title cannot end the JSON-LD block"
    );
    assert_eq!(page(&f, "en").count("script"), 1);
    assert_eq!(
        page(&f, "sv").attr("meta[property=\"og:locale\"]", "content"),
        "sv_SE"
    );
}

/// The basic fixture's `incident.json`, built with `json` (lines of a `[json]` table) added
/// to its `varsel.toml`.
fn built_export(json: &str) -> String {
    let f = Fixture::new("basic");
    let config = f.read("varsel.toml");
    assert!(config.ends_with("\n[json]\n"), "{config}");
    f.write("varsel.toml", &format!("{config}{json}"));
    f.run(&["build"]).ok();
    f.read(&format!("public/incidents/{SLUG}.json"))
}

#[test]
fn incident_json_has_the_facts_and_every_language() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let text = f.read(&format!("public/incidents/{SLUG}.json"));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    // Compact, keys in alphabetical order at every level, one newline at the end: as
    // serde_json prints what it read (its maps are sorted), so builds are comparable.
    assert_eq!(text, serde_json::to_string(&json).unwrap() + "\n");
    assert_eq!(json["slug"], SLUG);
    assert_eq!(json["status"], "contained");
    assert_eq!(json["organization"]["role"], "controller");
    assert_eq!(json["published"], "2024-12-04T09:30:00+01:00");
    assert_eq!(json["last_updated"], "2024-12-04T13:39:00+01:00");
    assert_eq!(json["affected"]["people"], 1200);
    assert_eq!(
        json["data"]["affected"],
        serde_json::json!(["name", "email", "national_id"])
    );
    assert_eq!(json["timeline"][0]["when"]["value"], "2024-W48");
    assert_eq!(json["timeline"][0]["when"]["start"], "2024-11-25T00:00:00");
    assert_eq!(
        json["timeline"][4]["when"]["start"],
        serde_json::Value::Null
    );
    assert_eq!(json["notified"][0]["reference"], "IMY-2024-1");
    assert_eq!(json["advice"][0]["key"], "change_password");
    assert_eq!(
        json["updates"][0]["note"]["nl"],
        "Advies over wachtwoorden toegevoegd."
    );
    for lang in LANGS {
        let l = &json["languages"][lang];
        assert_eq!(l["title"], page(&f, lang).text("h1"));
        assert_eq!(l["url"], format!("{BASE}/{lang}/{SLUG}/"));
        assert_eq!(
            l["summary"],
            page(&f, lang).attr(r#"meta[name="description"]"#, "content")
        );
        // The prose is on the pages; the export carries it only when the site asks.
        assert!(
            l.get("sections").is_none() && l.get("questions").is_none(),
            "{lang}"
        );
    }
}

#[test]
fn without_a_json_table_no_incident_json_is_written() {
    let f = Fixture::new("basic");
    f.edit("varsel.toml", "\n[json]\n", "\n");
    f.run(&["build"]).ok();
    assert!(!f.exists("public/incidents"));
    for lang in LANGS {
        assert_eq!(page(&f, lang).count("h1"), 1, "{lang}");
    }
    // An empty `[json]` table asks for it.
    let text = built_export("");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["slug"], SLUG);
}

#[test]
fn a_build_that_leaves_out_the_json_of_the_last_one_says_so_once() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    assert!(f.exists(&format!("public/incidents/{SLUG}.json")));
    f.edit("varsel.toml", "\n[json]\n", "\n");
    // Even a strict build goes on: nothing is wrong with the notices.
    let err = f.run(&["build", "--strict"]).ok().stderr();
    assert!(err.contains("warning[json-left-out]"), "{err}");
    assert!(err.contains("varsel.toml"), "{err}");
    assert!(err.contains("add a [json] table"), "{err}");
    assert!(!f.exists("public/incidents"));
    let err = f.run(&["build"]).ok().stderr();
    assert!(!err.contains("json-left-out"), "{err}");
}

#[test]
fn incident_json_carries_the_prose_when_the_site_asks() {
    let text = built_export("prose = true\n");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    for lang in LANGS {
        let l = &json["languages"][lang];
        assert_eq!(l["sections"].as_object().unwrap().len(), 7, "{lang}");
        let questions = l["questions"].as_array().unwrap();
        assert_eq!(questions.len(), 1, "{lang}");
        assert!(
            !questions[0]["answer"].as_str().unwrap().is_empty(),
            "{lang}"
        );
    }
}

#[test]
fn incident_json_is_indented_when_the_site_asks() {
    let text = built_export("pretty = true\n");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(text, serde_json::to_string_pretty(&json).unwrap() + "\n");
}

#[test]
fn the_timeline_is_drawn_on_a_time_axis_and_listed_in_words() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    for lang in LANGS {
        let p = page(&f, lang);
        // The list is the drawing's text equivalent: screen readers are given the list only.
        assert_eq!(
            p.count("#what-happened ~ .timeline-chart svg[aria-hidden=true]"),
            1
        );
        assert_eq!(p.count(".timeline-chart + ol.timeline"), 1);
        assert_eq!(
            p.count(".timeline-chart [role], .timeline-chart [aria-labelledby]"),
            0
        );
        assert_eq!(p.count(".timeline-chart title, .timeline-chart desc"), 0);
        // Five events; the one of unknown time is listed but not placed.
        assert_eq!(p.count("ol.timeline li"), 5);
        // A confirmed event is known by its kind alone; a certainty is marked only when it is
        // not the usual one (an exfiltration of unknown time is only suspected).
        assert_eq!(
            p.attrs("ol.timeline li", "class"),
            [
                "event-intrusion",
                "event-discovered",
                "event-authority_notified",
                "event-people_notified",
                "event-exfiltration certainty-suspected"
            ]
        );
        assert_eq!(p.count(".timeline-chart svg > g"), 4);
        let labels = chart_labels(&p);
        let listed = p.texts("ol.timeline li");
        assert_eq!(labels.len(), 4);
        for (label, item) in labels.iter().zip(&listed) {
            assert!(item.ends_with(label.as_str()), "{item} / {label}");
        }
        // Placed by time: week 48 starts before 2 December 16:10, which is before 3 December,
        // which is before 4 December.
        let x: Vec<f64> = p
            .attrs(".timeline-chart .mark", "x")
            .into_iter()
            .chain(p.attrs(".timeline-chart circle.mark", "cx"))
            .map(|v| v.parse().unwrap())
            .collect();
        assert_eq!(x.len(), 4);
        assert!(x[0] < x[1] && x[1] < x[2] && x[2] < x[3], "{x:?}");
    }
}

/// The drawing's labels, each line of a label as a word apart.
fn chart_labels(p: &Page) -> Vec<String> {
    let sel = scraper::Selector::parse(".timeline-chart g text").unwrap();
    p.0.select(&sel)
        .map(|text| text.text().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Every element of a page's drawing, with its attributes.
fn drawn(p: &Page) -> Vec<(String, Vec<(String, String)>)> {
    let svg = scraper::Selector::parse(".timeline-chart svg, .timeline-chart svg *").unwrap();
    p.0.select(&svg)
        .map(|e| {
            let attrs = e
                .value()
                .attrs()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            (e.value().name().to_owned(), attrs)
        })
        .collect()
}

#[test]
fn the_timeline_drawing_is_written_short() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    let (mut one_line, mut wrapped) = (0, 0);
    for lang in LANGS {
        let p = page(&f, lang);
        for (name, attrs) in drawn(&p) {
            for (key, value) in &attrs {
                // Whole coordinates without a fraction: "16", not "16.0".
                if let Ok(n) = value.parse::<f64>() {
                    assert!(!value.ends_with(".0"), "{name} {key}={value}");
                    assert_eq!(n, (n * 10.0).round() / 10.0, "{name} {key}={value}");
                }
                // Labels start at their mark unless said otherwise, as SVG draws them by default.
                if key == "text-anchor" {
                    assert_eq!(value, "end", "{name}");
                }
                // The kind alone names a group: no shared class besides.
                if key == "class" && name == "g" {
                    assert!(
                        value.starts_with("event-") && !value.contains(' '),
                        "{value}"
                    );
                }
            }
        }
        // A label's `text` places its first line; each further line is a `tspan` that goes
        // back to the label's x and one line down, with no y of its own.
        let sel = scraper::Selector::parse(".timeline-chart g text").unwrap();
        let tspan = scraper::Selector::parse("tspan").unwrap();
        for text in p.0.select(&sel) {
            let (x, y) = (text.value().attr("x"), text.value().attr("y"));
            assert!(x.is_some() && y.is_some(), "{}", text.html());
            let further: Vec<_> = text.select(&tspan).collect();
            for line in &further {
                assert_eq!(line.value().attr("x"), x, "{}", text.html());
                assert_eq!(line.value().attr("dy"), Some("26"), "{}", text.html());
                assert_eq!(line.value().attr("y"), None, "{}", text.html());
            }
            if further.is_empty() {
                one_line += 1;
            } else {
                wrapped += 1;
            }
        }
    }
    assert!(one_line > 0 && wrapped > 0, "{one_line} / {wrapped}");
    // The first event, at the left edge, is labelled rightwards; the last, at the right edge,
    // leftwards, so both stay inside the drawing.
    let p = page(&f, "en");
    assert_eq!(
        p.attrs(".timeline-chart .event-intrusion text", "text-anchor"),
        Vec::<String>::new()
    );
    assert_eq!(
        p.attr(".timeline-chart .event-people_notified text", "text-anchor"),
        "end"
    );
}

fn listed_anywhere(f: &Fixture) -> Vec<String> {
    let mut found = Vec::new();
    for lang in LANGS {
        if f.exists(&format!("public/{lang}/{SLUG}/index.html")) {
            found.push(format!("{lang} page"));
        }
        if f.html(&format!("public/{lang}/index.html"))
            .count(".notice-item")
            > 0
        {
            found.push(format!("{lang} index"));
        }
        if !feed(f, lang).entries.is_empty() {
            found.push(format!("{lang} feed"));
        }
    }
    if sitemap(f).iter().any(|u| u.0.contains(SLUG)) {
        found.push("sitemap".into());
    }
    if f.exists(&format!("public/incidents/{SLUG}.json")) {
        found.push("incident.json".into());
    }
    found
}

#[test]
fn a_notice_scheduled_for_later_appears_only_from_its_time() {
    let f = Fixture::new("basic");
    f.edit(
        YAML,
        "status: contained",
        "status: contained\npublish_at: 2024-12-05T12:00",
    );
    f.run(&["build", "--now", "2024-12-05T10:59:00Z"]).ok();
    assert_eq!(listed_anywhere(&f), Vec::<String>::new());
    // Previewed, the page is there and says so, but nothing announces it.
    f.run(&["build", "--now", "2024-12-05T10:59:00Z", "--drafts"])
        .ok();
    assert_eq!(
        page(&f, "en").text(".banner"),
        "Preview: this notice is not published."
    );
    f.run(&["mail", "--now", "2024-12-05T10:59:00Z", "--drafts"])
        .ok();
    assert!(f.read(&format!("mail/{SLUG}/en.txt")).contains("Preview"));
    assert!(feed(&f, "en").entries.is_empty());
    assert!(!sitemap(&f).iter().any(|u| u.0.contains(SLUG)));
    // 12:00 in Stockholm is 11:00 UTC.
    f.run(&["build", "--now", "2024-12-05T11:00:00Z"]).ok();
    assert_eq!(listed_anywhere(&f).len(), 4 * 3 + 2);
    assert_eq!(page(&f, "en").count(".banner"), 0);
}

#[test]
fn drafts_stay_out_of_feeds_sitemap_and_indexes() {
    let f = Fixture::new("basic");
    f.edit(YAML, "status: contained", "status: contained\ndraft: true");
    f.run(&["build"]).ok();
    assert_eq!(listed_anywhere(&f), Vec::<String>::new());
    f.run(&["build", "--drafts"]).ok();
    assert!(feed(&f, "sv").entries.is_empty());
    assert!(!sitemap(&f).iter().any(|u| u.0.contains(SLUG)));
}

#[test]
fn a_withdrawn_notice_is_removed_by_default() {
    let f = Fixture::new("basic");
    f.edit(
        YAML,
        "status: contained",
        "status: contained\npublished_until: 2025-01-31",
    );
    f.run(&["build", "--now", "2025-01-31T22:59:00Z"]).ok();
    assert_eq!(listed_anywhere(&f).len(), 4 * 3 + 2);
    // The end of 31 January in Stockholm.
    f.run(&["build", "--now", "2025-01-31T23:00:00Z"]).ok();
    assert_eq!(listed_anywhere(&f), Vec::<String>::new());
    // A preview shows it archived, but does not announce it again.
    f.run(&["build", "--now", "2025-01-31T23:00:00Z", "--drafts"])
        .ok();
    assert_eq!(page(&f, "en").count(".banner-archived"), 1);
    assert!(feed(&f, "en").entries.is_empty());
    assert!(!sitemap(&f).iter().any(|u| u.0.contains(SLUG)));
}

#[test]
fn a_withdrawn_notice_can_be_kept_marked_archived() {
    let f = Fixture::new("basic");
    f.edit(
        YAML,
        "status: contained",
        "status: contained\npublished_until: 2025-01-31",
    );
    let config = f.read("varsel.toml");
    f.write("varsel.toml", &format!("withdrawn = \"archive\"\n{config}"));
    f.run(&["build", "--now", "2025-02-01T00:00:00Z"]).ok();
    for lang in LANGS {
        assert_eq!(page(&f, lang).count(".banner-archived"), 1);
        assert_eq!(
            f.html(&format!("public/{lang}/index.html"))
                .count(".notice-item .banner-archived"),
            1
        );
    }
    assert_eq!(
        page(&f, "en").text(".banner"),
        "This notice is archived and no longer updated."
    );
    f.run(&["mail", "--now", "2025-02-01T00:00:00Z"]).ok();
    assert!(
        f.read(&format!("mail/{SLUG}/en.txt"))
            .contains("This notice is archived")
    );
    assert!(sitemap(&f).iter().any(|u| u.0.contains(SLUG)));
    assert_eq!(feed(&f, "en").entries.len(), 2);
}

#[test]
fn builds_with_a_fixed_clock_are_reproducible() {
    let f = Fixture::new("basic");
    f.edit(YAML, "status: contained", "status: contained\ndraft: true");
    let now = "2024-12-05T11:00:00Z";
    f.run(&["build", "--now", now]).ok();
    let again = f.path().join("again");
    f.run(&["build", "--now", now, "--output", again.to_str().unwrap()])
        .ok();
    let files = |dir: &str| -> Vec<(String, String)> {
        let root = f.path().join(dir);
        let mut out: Vec<(String, String)> = walkdir::WalkDir::new(&root)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(&root).unwrap().display().to_string();
                (rel, std::fs::read_to_string(e.path()).unwrap_or_default())
            })
            .collect();
        out.sort();
        out
    };
    let (first, again) = (files("public"), files("again"));
    assert!(first.len() > 10 && first.iter().any(|(p, _)| p.ends_with("feed.xml")));
    for ((p1, t1), (p2, t2)) in first.iter().zip(&again) {
        assert_eq!(p1, p2);
        assert!(
            t1 == t2,
            "{p1} differs between two builds at the same --now"
        );
    }
    assert_eq!(first.len(), again.len());
    // With nothing published, a feed's time is the build's clock.
    assert_eq!(
        feed(&f, "en").updated.unwrap().to_rfc3339(),
        "2024-12-05T11:00:00+00:00"
    );
}

#[test]
fn the_timeline_drawing_escapes_what_authors_wrote() {
    let f = Fixture::new("basic");
    f.edit(
        YAML,
        "    when: 2024-12-02T16:10\n",
        "    when: 2024-12-02T16:10\n    label: Logs & <b>alerts</b> \"read\"\n",
    );
    f.run(&["build"]).ok();
    let p = page(&f, "en");
    assert_eq!(p.count(".timeline-chart b"), 0);
    let written = "Logs & <b>alerts</b> \"read\"";
    // The label is drawn as written.
    let drawn = p.text(".timeline-chart .event-discovered text");
    assert_eq!(drawn, written);
    let svg = f.read(&format!("public/en/{SLUG}/index.html"));
    assert!(svg.contains("Logs &amp; &lt;b&gt;alerts&lt;/b&gt; &quot;read&quot;"));
}
