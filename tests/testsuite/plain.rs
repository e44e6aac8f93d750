//! Clear and plain language and translations that agree: `hard-to-read`, `jargon` and
//! `translation-mismatch` on a fixture that trips each in every language (sv, nb, da, nl, en),
//! the clean fixtures that trip none, the `[check] readability` setting, and the
//! `check --readability` table in both formats.

use crate::support::{Fixture, copy_dir, fixtures_dir};

const DIR: &str = "content/plain-2024";

/// The fixture in sv, nb, da, nl and en, with the Danish locale the `danish` fixture keeps
/// (varsel has no built-in Danish).
fn plain_site() -> Fixture {
    let f = Fixture::new("check-plain");
    copy_dir(
        &fixtures_dir().join("danish/locales"),
        &f.path().join("locales"),
    );
    f
}

/// The diagnostics with `code` in `check --format json`, as (file, line, column, message).
fn found(f: &Fixture, args: &[&str], code: &str) -> Vec<(String, u64, u64, String)> {
    let mut all = vec!["check", "--format", "json"];
    all.extend(args);
    let run = f.run(&all);
    let v: serde_json::Value = serde_json::from_str(&run.stdout())
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout()));
    let mut out: Vec<_> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .map(|d| {
            assert_eq!(d["severity"], "warning", "{d}");
            let file = d["location"]["file"].as_str().unwrap();
            let rel = file
                .strip_prefix(f.path().to_str().unwrap())
                .unwrap_or(file)
                .trim_start_matches('/')
                .to_owned();
            (
                rel,
                d["location"]["line"].as_u64().unwrap(),
                d["location"]["column"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

fn at(lang: &str, line: u64, column: u64, message: &str) -> (String, u64, u64, String) {
    (format!("{DIR}/{lang}.md"), line, column, message.to_owned())
}

#[test]
fn every_language_trips_each_warning_at_its_place() {
    let f = plain_site();
    let hard = found(&f, &[], "hard-to-read");
    let mut want = vec![
        at(
            "da",
            6,
            1,
            "`# what-happened` reads as very hard (LIX 71); for the public aim for at most 50",
        ),
        at(
            "da",
            10,
            1,
            "this sentence has 32 words; over 30 is hard to follow",
        ),
        at(
            "en",
            6,
            1,
            "`# what-happened` reads as very difficult (Flesch -90); for the public aim for at least 50",
        ),
        at(
            "en",
            10,
            1,
            "this sentence has 37 words; over 30 is hard to follow",
        ),
        at(
            "nb",
            6,
            1,
            "`# what-happened` reads as very hard (LIX 66); for the public aim for at most 50",
        ),
        at(
            "nb",
            10,
            1,
            "this sentence has 32 words; over 30 is hard to follow",
        ),
        at(
            "nl",
            6,
            1,
            "`# what-happened` reads as very difficult (Flesch-Douma -64); for the public aim for at least 45",
        ),
        at(
            "nl",
            10,
            1,
            "this sentence has 36 words; over 30 is hard to follow",
        ),
        at(
            "sv",
            6,
            1,
            "`# what-happened` reads as very hard (LIX 80); for the public aim for at most 50",
        ),
        at(
            "sv",
            10,
            1,
            "this sentence has 33 words; over 30 is hard to follow",
        ),
    ];
    want.sort();
    assert_eq!(hard, want);

    let jargon = found(&f, &[], "jargon");
    let mut want = vec![
        at(
            "da",
            13,
            16,
            "`phishing` is a word many readers do not know",
        ),
        at(
            "en",
            13,
            17,
            "`phishing` is a word many readers do not know",
        ),
        at(
            "nb",
            13,
            11,
            "`nettfiske` is a word many readers do not know",
        ),
        at("nl", 13, 8, "`phishing` is a word many readers do not know"),
        at(
            "sv",
            13,
            11,
            "`nätfiske` is a word many readers do not know",
        ),
    ];
    want.sort();
    assert_eq!(jargon, want);

    let mismatch = found(&f, &[], "translation-mismatch");
    let want: Vec<_> = ["da", "nb", "nl", "sv"]
        .iter()
        .map(|l| {
            at(
                l,
                16,
                1,
                &format!(
                    "`# what-we-did` in `{l}` lacks the number `72` of the `en` source (en.md:16)"
                ),
            )
        })
        .collect();
    assert_eq!(mismatch, want);

    // Warnings: check passes, but not with --strict, and the help says what to do.
    let run = f.run(&["check"]).ok();
    assert!(
        run.stderr().contains(
            "help: write \"fake messages that try to trick you\" instead, or explain the word in brackets after its first use"
        ),
        "{}",
        run.stderr()
    );
    f.run(&["check", "--strict"]).fails_with(1);
}

#[test]
fn an_explained_term_and_a_plain_rewrite_pass() {
    let f = plain_site();
    let en = format!("{DIR}/en.md");
    let sv = format!("{DIR}/sv.md");
    f.edit(
        &en,
        "You may receive phishing in our name.",
        "You may receive phishing (fake emails) in our name.",
    );
    f.edit(
        &sv,
        "Du kan få nätfiske i vårt namn.",
        "Du kan få falska mejl i vårt namn (nätfiske).",
    );
    let jargon = found(&f, &[], "jargon");
    assert!(
        jargon
            .iter()
            .all(|j| !j.0.ends_with("en.md") && !j.0.ends_with("sv.md")),
        "{jargon:?}"
    );
    assert_eq!(jargon.len(), 3);
    f.edit(
        &sv,
        "Vi såg ovanlig trafik i loggarna på kvällen måndagen den 2 december när en av våra utvecklare tittade på webbservern eftersom butiken var långsam och hittade ett skript som hon inte kände till.",
        "Vi såg ovanlig trafik i loggarna på kvällen måndagen den 2 december. Butiken var långsam, så en av våra utvecklare tittade på webbservern. Där hittade hon ett okänt skript.",
    );
    let hard = found(&f, &[], "hard-to-read");
    assert!(
        !hard.iter().any(|h| h.0.ends_with("sv.md") && h.1 == 10),
        "{hard:?}"
    );
}

#[test]
fn the_readability_setting_chooses_the_readers() {
    let f = plain_site();
    let config = f.read("varsel.toml");
    f.write(
        "varsel.toml",
        &format!("{config}\n[check]\nreadability = \"professional\"\n"),
    );
    // Professionals know the jargon, and read harder text; the sentences are still too long.
    assert!(found(&f, &[], "jargon").is_empty());
    let hard = found(&f, &[], "hard-to-read");
    assert!(hard.contains(&at(
        "sv",
        6,
        1,
        "`# what-happened` reads as very hard (LIX 80); for professional readers aim for at most 60"
    )));
    assert_eq!(
        hard.iter()
            .filter(|h| h.3.starts_with("this sentence"))
            .count(),
        5
    );

    f.write(
        "varsel.toml",
        &format!("{config}\n[check]\nreadability = \"off\"\n"),
    );
    assert!(found(&f, &[], "hard-to-read").is_empty());
    assert!(found(&f, &[], "jargon").is_empty());
    // Agreement is about the facts, not the readers.
    assert_eq!(found(&f, &[], "translation-mismatch").len(), 4);

    f.write(
        "varsel.toml",
        &format!("{config}\n[check]\nreadability = \"everyone\"\n"),
    );
    let run = f.run(&["check"]).fails_with(1);
    assert!(run.stderr().contains("error[config]"), "{}", run.stderr());
}

#[test]
fn the_summary_and_what_to_do_are_held_to_the_stricter_band() {
    let f = Fixture::new("basic");
    let en = "content/acme-webshop-2024/en.md";
    // 42 words at Flesch 56: within the band for a section, not for what people act on.
    let text = "Please change the password you use for our online shop immediately. \
                If you have used the identical password for other services, change it there as well. \
                Be careful with unexpected messages that appear to come from us and ask for personal information.";
    f.edit(
        en,
        "# prevention\nWe are reviewing the whole web shop.",
        &format!("# prevention\n{text}"),
    );
    f.edit(
        en,
        "# what-you-should-do\nChange your password.",
        &format!("# what-you-should-do\n{text}"),
    );
    let hard = found(&f, &[], "hard-to-read");
    assert_eq!(hard.len(), 1, "{hard:?}");
    let (file, line, _, message) = &hard[0];
    assert!(file.ends_with("en.md") && *line == 21, "{hard:?}");
    assert_eq!(
        message,
        "`# what-you-should-do` reads as fairly difficult (Flesch 56); for the public aim for at least 60, held to the stricter band because people act on it"
    );
}

#[test]
fn a_translation_that_drops_or_changes_a_fact_is_named_with_both_places() {
    let f = Fixture::new("basic");
    let sv = "content/acme-webshop-2024/sv.md";
    let en = "content/acme-webshop-2024/en.md";
    f.edit(
        sv,
        "Vi stängde säkerhetshålet.",
        "Vi stängde säkerhetshålet tisdagen den 3 december kl. 14.30. Ring 08-123 45 67 eller mejla \
         dpo@acme.example om 41 200 kunder.\n\n- Lösenord\n- Nycklar",
    );
    f.edit(
        en,
        "We closed the security hole.",
        "We closed the security hole on Tuesday 4 December at 14:30. Call 08-123 45 76 or email \
         dpo@acme.example about 41,200 customers.\n\n- Passwords",
    );
    for (lang, closed) in [
        ("nb", "Vi lukket sikkerhetshullet."),
        ("nl", "We hebben het beveiligingslek gedicht."),
    ] {
        f.edit(
            &format!("content/acme-webshop-2024/{lang}.md"),
            closed,
            &format!(
                "{closed} 3.12.2024 kl. 14.30. +46 8 123 45 67, dpo@acme.example, 41.200.\n\n- a\n- b"
            ),
        );
    }
    let m = found(&f, &[], "translation-mismatch");
    let en_at = |line, message: &str| (en.to_owned(), line, 1, message.to_owned());
    assert_eq!(
        m,
        [
            en_at(
                15,
                "`# what-we-did` in `en` lacks the date `3 december` of the `sv` source (sv.md:16)"
            ),
            en_at(
                15,
                "`# what-we-did` in `en` lacks the phone number `08-123 45 67` of the `sv` source (sv.md:16)"
            ),
            en_at(
                18,
                "`# what-we-did` has 1 list item in `en`, 2 in the `sv` source (sv.md:19)"
            ),
        ]
    );
    // The count is checked for paragraphs too, and questions.
    f.edit(
        en,
        "# prevention\nWe are reviewing the whole web shop.",
        "# prevention\nWe are reviewing.\n\nThe whole web shop.",
    );
    f.edit(
        en,
        "## Do I need to block my card?\nNo, card numbers were never stored with us.\n",
        "",
    );
    let m = found(&f, &[], "translation-mismatch");
    assert!(
        m.contains(&(
            en.to_owned(),
            23,
            1,
            "`# prevention` has 2 paragraphs in `en`, 1 in the `sv` source (sv.md:22)".to_owned()
        )),
        "{m:?}"
    );
    let sv_question = f
        .read(sv)
        .lines()
        .position(|l| l.starts_with("## Behöver"))
        .unwrap()
        + 1;
    let en_heading = f.read(en).lines().position(|l| l == "# questions").unwrap() + 1;
    assert!(
        m.contains(&(
            en.to_owned(),
            en_heading as u64,
            1,
            format!(
                "the `en` text has 0 custom questions, the `sv` source has 1 (sv.md:{sv_question})"
            )
        )),
        "{m:?}"
    );
}

#[test]
fn a_translation_much_shorter_than_its_source_is_reported() {
    let f = Fixture::new("basic");
    let sv = "content/acme-webshop-2024/sv.md";
    let long = "Vi har gått igenom alla loggar från de senaste månaderna tillsammans med en extern firma. \
                Vi har bytt alla lösenord och nycklar som fanns på servern, och vi har installerat om den från grunden. \
                Vi har också infört tvåstegsinloggning för alla som arbetar med butiken.";
    f.edit(sv, "Vi ser över hela webbutiken.", long);
    let m = found(&f, &[], "translation-mismatch");
    let short: Vec<_> = m
        .iter()
        .filter(|x| x.3.contains("characters long"))
        .collect();
    assert_eq!(short.len(), 3, "en, nb and nl each: {m:?}");
    assert!(
        short[0]
            .3
            .starts_with("`# prevention` in `en` is 36 characters long, the `sv` source "),
        "{}",
        short[0].3
    );
}

#[test]
fn the_clean_fixtures_trip_nothing() {
    for name in ["basic", "danish"] {
        let f = Fixture::new(name);
        let run = f.run(&["check", "--strict", "--format", "json"]).ok();
        let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
        assert_eq!(v["warnings"], 0, "{name}: {}", run.stdout());
    }
}

#[test]
fn check_readability_prints_every_part_with_score_and_band() {
    let f = plain_site();
    let run = f.run(&["check", "--readability"]).fails_with(1);
    let out = run.stdout();
    let header = out.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        [
            "notice", "language", "part", "measure", "score", "band", "words", "limit"
        ]
    );
    let row = |lang: &str, part: &str| {
        out.lines()
            .find(|l| {
                let c: Vec<&str> = l
                    .split("  ")
                    .filter(|c| !c.is_empty())
                    .map(str::trim)
                    .collect();
                c.len() > 2 && c[1] == lang && c[2] == part
            })
            .unwrap_or_else(|| panic!("no {lang} {part} row in\n{out}"))
            .split("  ")
            .filter(|c| !c.is_empty())
            .map(|c| c.trim().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        row("sv", "# what-happened"),
        [
            "plain-2024",
            "sv",
            "# what-happened",
            "LIX",
            "80",
            "very hard",
            "42",
            "50 !"
        ]
    );
    assert_eq!(
        row("en", "# what-we-did"),
        [
            "plain-2024",
            "en",
            "# what-we-did",
            "Flesch",
            "72",
            "fairly easy",
            "8",
            "-"
        ]
    );
    assert_eq!(row("nl", "summary")[3], "Flesch-Douma");
    // Five languages, eight parts each.
    assert_eq!(out.lines().count(), 1 + 5 * 8);

    let run = f
        .run(&["check", "--readability", "--format", "json"])
        .fails_with(1);
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let rows = v["readability"].as_array().unwrap();
    assert_eq!(rows.len(), 5 * 8);
    let sv = rows
        .iter()
        .find(|r| r["language"] == "sv" && r["part"] == "# what-happened")
        .unwrap();
    assert_eq!(sv["notice"], "plain-2024");
    assert_eq!(sv["measure"], "LIX");
    assert_eq!(sv["band"], "very hard");
    assert_eq!(sv["limit"], 50.0);
    assert_eq!(sv["ok"], false);
    assert!((sv["score"].as_f64().unwrap() - 80.0).abs() < 1.0);

    Fixture::new("basic").run(&["check", "--readability"]).ok();
}

/// How a notice is written only ever warns, and those checks cost more than all the others: a
/// build leaves them to `check` and the preview, unless `--strict` lets warnings stop it.
#[test]
fn a_build_leaves_the_writing_checks_to_check_unless_strict() {
    let f = plain_site();
    for code in ["hard-to-read", "jargon", "translation-mismatch"] {
        assert!(!found(&f, &[], code).is_empty(), "the fixture trips {code}");
    }
    let built = f.run(&["build"]);
    assert_eq!(built.code(), 0, "{}", built.stderr());
    for code in ["hard-to-read", "jargon", "translation-mismatch"] {
        assert!(!built.stderr().contains(code), "{}", built.stderr());
    }
    assert!(f.path().join("public/en/plain-2024/index.html").is_file());

    let out = f.path().join("strict-out");
    let strict = f.run(&["build", "--strict", "--output", out.to_str().unwrap()]);
    assert_eq!(strict.code(), 1, "{}", strict.stderr());
    for code in ["hard-to-read", "jargon", "translation-mismatch"] {
        assert!(strict.stderr().contains(code), "{}", strict.stderr());
    }
    assert!(!out.exists());
}
