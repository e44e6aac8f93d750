//! `varsel mail`: each message is read back with a real mail parser and compared with the
//! page it comes from; the link-free variant, updates, subjects and the first answers.

use mail_parser::{MessageParser, MimeHeaders};
use regex::Regex;

use crate::support::{Fixture, Page};

const LANGS: [&str; 4] = ["sv", "nb", "nl", "en"];
const SLUG: &str = "acme-webshop-2024";
const BASE: &str = "https://notices.example.com/security";
const YAML: &str = "content/acme-webshop-2024/incident.yaml";

fn page(f: &Fixture, lang: &str) -> Page {
    f.html(&format!("public/{lang}/{SLUG}/index.html"))
}

/// A message as a reader's mail program sees it.
struct Parsed {
    subject: String,
    language: String,
    text: String,
    html: String,
}

/// Parses `mail/<rel>.eml` and checks what every message has: no sender or recipients, a
/// date, two alternative parts equal to the `.txt` and `.html` written beside it.
fn parse(f: &Fixture, rel: &str) -> Parsed {
    let bytes = std::fs::read(f.path().join(format!("mail/{rel}.eml"))).unwrap();
    let m = MessageParser::default()
        .parse(&bytes)
        .unwrap_or_else(|| panic!("{rel}.eml does not parse"));
    assert!(
        m.from().is_none() && m.to().is_none(),
        "{rel}: the mailer adds From and To"
    );
    assert!(m.date().is_some(), "{rel}: no Date");
    let kind = m.content_type().unwrap();
    assert_eq!(
        (kind.ctype(), kind.subtype()),
        ("multipart", Some("alternative"))
    );
    assert_eq!((m.text_body_count(), m.html_body_count()), (1, 1), "{rel}");
    let parsed = Parsed {
        subject: m.subject().unwrap().to_owned(),
        language: m.header_raw("Content-Language").unwrap().trim().to_owned(),
        text: m.body_text(0).unwrap().replace("\r\n", "\n"),
        html: m.body_html(0).unwrap().replace("\r\n", "\n"),
    };
    assert_eq!(
        parsed.text,
        f.read(&format!("mail/{rel}.txt")),
        "{rel}: text part"
    );
    assert_eq!(
        parsed.html,
        f.read(&format!("mail/{rel}.html")),
        "{rel}: HTML part"
    );
    parsed
}

fn flat(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn each_message_has_its_subject_language_and_the_pages_facts_in_both_parts() {
    let f = Fixture::new("basic");
    f.edit(
        "content/acme-webshop-2024/en.md",
        "Change your password.",
        "Change your password. Please do this as soon as you can, and do it on every other site where you have used the same password as with us.\n\n- Use a password manager\n- Read [our guide](https://acme.example/security/passwords)\n  - also on your phone\n\n<b>Bold</b> words stay, markup goes.",
    );
    f.run(&["build"]).ok();
    let out = f.run(&["mail"]).ok().stdout();
    assert!(out.contains("Wrote 4 messages"), "{out}");
    for lang in LANGS {
        let m = parse(&f, &format!("{SLUG}/{lang}"));
        let p = page(&f, lang);
        assert_eq!(m.language, lang);
        assert!(m.subject.contains("Acme Handel AB"), "{}", m.subject);
        assert!(m.text.starts_with(&p.text("h1")), "{lang}");
        assert!(m.text.contains(&format!("{BASE}/{lang}/{SLUG}/")), "{lang}");
        for line in m.text.lines() {
            assert!(
                line.chars().count() <= 72 || !line.trim().contains(' '),
                "{lang}: line longer than 72 columns: {line:?}"
            );
        }
        let text = flat(&m.text);
        let upper = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
        for heading in p.texts("main h2:not(.visually-hidden)") {
            assert!(upper.contains(&heading.to_uppercase()), "{lang}: {heading}");
        }
        let items = p.texts(
            ".key-facts dd, .summary, .timeline li, .data li, .measures li, .advice li, .notified li, .revisions li",
        );
        for item in &items {
            assert!(text.contains(&flat(item)), "{lang}: text lacks {item:?}");
        }
        let html = Page(scraper::Html::parse_document(&m.html));
        assert_eq!(html.attr("html", "lang"), lang);
        assert_eq!(html.text("h1"), p.text("h1"));
        assert_eq!(html.texts(".timeline li"), p.texts(".timeline li"));
        let html_text = flat(&html.text("main"));
        for item in &items {
            assert!(
                html_text.contains(&flat(item)),
                "{lang}: HTML lacks {item:?}"
            );
        }
        assert_eq!(html.count("svg"), 0, "mail readers do not show inline SVG");
    }
    let en = f.read(&format!("mail/{SLUG}/en.txt"));
    assert!(en.contains("\n- Use a password manager\n"), "{en}");
    assert!(
        en.contains("\n- Read our guide <https://acme.example/security/passwords>\n"),
        "{en}"
    );
    assert!(en.contains("\n  - also on your phone\n"), "{en}");
    assert!(en.contains("Bold words stay, markup goes."), "{en}");
    assert!(
        en.contains(
            "Change your password. Please do this as soon as you can, and do it on\nevery other site where"
        ),
        "{en}"
    );
    // The web build writes no messages.
    assert!(!f.exists(&format!("public/en/{SLUG}/notice.txt")));
    assert!(!f.exists(&format!("public/en/{SLUG}/notice.html")));
}

#[test]
fn the_first_lines_answer_what_happened_what_to_do_and_whom_to_ask() {
    let f = Fixture::new("basic");
    f.run(&["build"]).ok();
    f.run(&["mail", "--lang", "en,sv"]).ok();
    assert!(!f.exists(&format!("mail/{SLUG}/nb.eml")));
    let en = parse(&f, &format!("{SLUG}/en"));
    let p = page(&f, "en");
    let order = [
        "WHAT HAPPENED TO MY DATA?",
        &p.text(".summary"),
        "National identity number",
        "WHAT SHOULD I DO NOW?",
        &p.texts(".advice li")[0],
        "WHOM CAN I ASK?",
        "dpo@acme.example",
        "THE WHOLE NOTICE",
        "WHAT HAPPENED?",
    ];
    let flat_text = flat(&en.text);
    let places: Vec<usize> = order
        .iter()
        .map(|s| {
            flat_text
                .find(&flat(s))
                .unwrap_or_else(|| panic!("{s:?} missing"))
        })
        .collect();
    assert!(places.is_sorted(), "{order:?} at {places:?}");
    let html = Page(scraper::Html::parse_document(&en.html));
    assert_eq!(
        html.texts("main > section.first h2"),
        [
            "What happened to my data?",
            "What should I do now?",
            "Whom can I ask?"
        ]
    );
}

/// Anything a mail reader would make into a link.
fn url() -> Regex {
    Regex::new(r"(?i)\b(?:[a-z][a-z0-9+.-]*://|mailto:|tel:|www\.)|href=|src=").unwrap()
}

#[test]
fn the_link_free_variant_has_no_address_and_says_where_to_type_it() {
    let f = Fixture::new("basic");
    f.edit(
        "content/acme-webshop-2024/en.md",
        "Change your password.",
        "Change your password. Read [our guide](https://acme.example/security/passwords) or https://www.acme.example/help.",
    );
    f.run(&["mail", "--no-links"]).ok();
    let sentences = [
        (
            "en",
            "type notices.example.com/security into your browser yourself",
        ),
        (
            "sv",
            "skriver du själv in notices.example.com/security i webbläsaren",
        ),
        (
            "nb",
            "skriver du selv inn notices.example.com/security i nettleseren",
        ),
        (
            "nl",
            "Typ dan zelf notices.example.com/security in uw browser",
        ),
    ];
    let password = [
        ("en", "will never ask you for your password"),
        ("sv", "ber dig aldrig om ditt lösenord"),
        ("nb", "ber deg aldri om passordet ditt"),
        ("nl", "vraagt u nooit om uw wachtwoord"),
    ];
    for ((lang, typed), (_, never)) in sentences.iter().zip(password) {
        let m = parse(&f, &format!("{SLUG}/{lang}"));
        for (part, body) in [("text", &m.text), ("HTML", &m.html)] {
            assert!(
                !url().is_match(body),
                "{lang} {part}: {:?}",
                url().find(body)
            );
            let one_line = body.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(one_line.contains(typed), "{lang} {part}: {typed:?}");
            assert!(one_line.contains(never), "{lang} {part}: {never:?}");
        }
    }
    let en = parse(&f, &format!("{SLUG}/en")).text;
    assert!(en.contains("Read our guide or acme.example."), "{en}");
    // The site can ask for it always.
    let config = f.read("varsel.toml");
    f.write("varsel.toml", &format!("{config}\n[mail]\nlinks = false\n"));
    f.run(&["mail", "--lang", "nl"]).ok();
    assert!(!url().is_match(&parse(&f, &format!("{SLUG}/nl")).html));
    // The usual message has its links.
    let f = Fixture::new("basic");
    f.run(&["mail"]).ok();
    assert!(url().is_match(&parse(&f, &format!("{SLUG}/en")).text));
}

#[test]
fn an_update_gets_a_short_message_with_its_note() {
    let f = Fixture::new("basic");
    f.run(&["mail", "--update", "1", SLUG]).ok();
    let notes = [
        (
            "sv",
            "Uppdatering: personuppgiftsincidenten hos Acme Handel AB",
        ),
        ("en", "Update: the personal data breach at Acme Handel AB"),
    ];
    for (lang, subject) in notes {
        let m = parse(&f, &format!("{SLUG}/update-1/{lang}"));
        assert_eq!(m.subject, subject);
        assert!(m.text.contains("WHOM CAN I ASK?") || m.text.contains("VEM KAN JAG FRÅGA?"));
        assert!(!m.text.contains("THE WHOLE NOTICE") && !m.text.contains("HELA MEDDELANDET"));
    }
    let en = parse(&f, &format!("{SLUG}/update-1/en")).text;
    // The update's time as the page's revision history gives it.
    f.run(&["build"]).ok();
    let at = page(&f, "en").texts(".revisions li time")[0].clone();
    let intro =
        format!("We have updated our notice about this breach ({at}):\n\nPassword advice added.\n");
    // Times keep their parts together with no-break spaces.
    assert!(
        en.replace('\u{a0}', " ")
            .contains(&intro.replace('\u{a0}', " ")),
        "{en}"
    );
    let bad = f
        .run(&["mail", "--update", "2", SLUG])
        .fails_with(1)
        .stderr();
    assert!(
        bad.contains("has no update 2: its revision log has 1 update"),
        "{bad}"
    );
}

#[test]
fn subjects_come_from_the_locale_for_the_audience_or_from_the_notice() {
    let f = Fixture::new("basic");
    f.edit(
        "content/acme-webshop-2024/nl.md",
        "title:",
        "subject: \"Uw gegevens bij Acme: lees dit\"\ntitle:",
    );
    f.edit(YAML, "role: controller", "role: processor");
    f.run(&["mail"]).ok();
    let subject = |lang: &str| parse(&f, &format!("{SLUG}/{lang}")).subject;
    assert_eq!(subject("nl"), "Uw gegevens bij Acme: lees dit");
    assert_eq!(
        subject("en"),
        "Important: a personal data breach at Acme Handel AB affects data you are responsible for"
    );
    assert_eq!(
        subject("sv"),
        "Viktig information: en personuppgiftsincident hos Acme Handel AB berör uppgifter som ni ansvarar för"
    );
}

#[test]
fn four_subjects_and_first_answers_of_the_fixture_notice() {
    let f = Fixture::new("basic");
    f.run(&["mail"]).ok();
    let mut shown = String::new();
    for lang in LANGS {
        let m = parse(&f, &format!("{SLUG}/{lang}"));
        // Up to the fourth heading (a line in capitals), where the whole notice begins.
        let heading = |l: &&str| l.chars().any(char::is_alphabetic) && l.to_uppercase() == **l;
        let lines: Vec<&str> = m.text.lines().collect();
        let end = (0..lines.len())
            .filter(|i| heading(&lines[*i]))
            .nth(3)
            .unwrap();
        let first = lines[..end].join("\n");
        shown.push_str(&format!("== {lang}\nSubject: {}\n\n{first}\n\n", m.subject));
    }
    insta::assert_snapshot!(shown);
}

#[test]
fn messages_go_only_into_a_folder_of_their_own() {
    let f = Fixture::new("basic");
    let content = f.path().join("content");
    let refused = f
        .run(&["mail", "-o", content.to_str().unwrap()])
        .fails_with(1)
        .stderr();
    assert!(
        refused.contains("it is inside the site's sources"),
        "{refused}"
    );
    let unknown = f.run(&["mail", "acme-webshop"]).fails_with(1).stderr();
    assert!(
        unknown.contains("did you mean `acme-webshop-2024`?"),
        "{unknown}"
    );
    let lang = f.run(&["mail", "--lang", "de"]).fails_with(1).stderr();
    assert!(
        lang.contains("`de` is not one of the site languages"),
        "{lang}"
    );
}

#[test]
fn messages_carry_the_pages_sanitized_prose_no_pictures_no_unsafe_targets_no_lost_text() {
    let f = Fixture::new("basic");
    f.edit(
        "content/acme-webshop-2024/en.md",
        "Change your password.",
        "Change your password. See [this](javascript:alert(1)) and ![pixel](https://tracker.example/p.gif).\n\n<div>Only in a block of <em>HTML</em> &amp; still prose.</div>\n\n<script>steal()</script>",
    );
    f.run(&["build"]).ok();
    f.run(&["mail", "--lang", "en"]).ok();
    let p = page(&f, "en");
    let on_page = p.text("main");
    assert!(
        on_page.contains("Only in a block of HTML & still prose."),
        "{on_page}"
    );
    let m = parse(&f, &format!("{SLUG}/en"));
    assert!(
        m.text.contains("Only in a block of HTML & still prose."),
        "{}",
        m.text
    );
    assert!(m.text.contains("See this and pixel."), "{}", m.text);
    for part in [&m.text, &m.html] {
        assert!(!part.contains("javascript"), "{part}");
        assert!(!part.contains("tracker.example"), "{part}");
        assert!(!part.contains("steal()"), "{part}");
    }
    let html = Page(scraper::Html::parse_document(&m.html));
    assert_eq!(html.count("img"), 0);
    assert!(
        html.text("main")
            .contains("Only in a block of HTML & still prose."),
        "{}",
        m.html
    );
}

#[test]
fn writing_the_messages_twice_gives_the_same_bytes_and_ids_from_their_content() {
    let f = Fixture::new("basic");
    let eml = |lang: &str| std::fs::read(f.path().join(format!("mail/{SLUG}/{lang}.eml"))).unwrap();
    let id = |bytes: &[u8]| {
        let m = MessageParser::default().parse(bytes).unwrap();
        m.message_id().unwrap().to_owned()
    };
    f.run(&["mail"]).ok();
    let first: Vec<Vec<u8>> = LANGS.iter().map(|l| eml(l)).collect();
    f.run(&["mail"]).ok();
    for (lang, before) in LANGS.iter().zip(&first) {
        assert!(eml(lang) == *before, "{lang}.eml differs between two runs");
    }
    // `<hash>.<slug>.<lang>@<the host of base_url>`, one per language.
    let shape = Regex::new(&format!(
        r"^[0-9a-f]{{32}}\.{SLUG}\.(sv|nb|nl|en)@notices\.example\.com$"
    ))
    .unwrap();
    let ids: Vec<String> = first.iter().map(|b| id(b)).collect();
    for (lang, i) in LANGS.iter().zip(&ids) {
        assert!(
            shape.is_match(i) && i.ends_with(&format!(".{lang}@notices.example.com")),
            "{i}"
        );
    }
    let distinct: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(distinct.len(), 4, "{ids:?}");
    // A message that says something else is another message.
    f.edit(
        "content/acme-webshop-2024/en.md",
        "Change your password.",
        "Change your password now.",
    );
    f.run(&["mail"]).ok();
    assert_ne!(id(&eml("en")), ids[3]);
    assert_eq!(id(&eml("sv")), ids[0]);
    f.run(&["mail", "--no-links"]).ok();
    assert_ne!(id(&eml("sv")), ids[0]);
}
