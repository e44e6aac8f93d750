//! Writes a synthetic varsel site of N incidents in sv, nb, nl and en, for measuring build and
//! preview speed on a site of realistic size. The output depends only on N and the seed.
//!
//! ```sh
//! cargo run --release --example synth -- 1000 /tmp/site [seed]
//! ```
//!
//! Each incident has every fact filled in, a few revisions, and about 1,200 words of Markdown
//! prose per language with headings, lists and links. The folder must not exist or be empty.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::ExitCode;

const LANGS: [&str; 4] = ["sv", "nb", "nl", "en"];
const SECTIONS: [&str; 8] = [
    "what-happened",
    "how-discovered",
    "consequences",
    "what-we-did",
    "prevention",
    "what-you-should-do",
    "more-information",
    "questions",
];

/// A 64-bit linear congruential generator (Knuth's MMIX constants): plenty for varied text,
/// and the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn words(lang: &str) -> &'static [&'static str] {
    match lang {
        "sv" => &[
            "vi",
            "har",
            "data",
            "kunder",
            "systemet",
            "uppgifter",
            "säkerhet",
            "loggar",
            "åtgärder",
            "personer",
            "tjänsten",
            "utredning",
            "lösenord",
            "e-post",
            "servern",
            "under",
            "efter",
            "snabbt",
            "noggrant",
            "alla",
            "berörda",
            "information",
            "risk",
        ],
        "nb" => &[
            "vi",
            "har",
            "data",
            "kunder",
            "systemet",
            "opplysninger",
            "sikkerhet",
            "logger",
            "tiltak",
            "personer",
            "tjenesten",
            "undersøkelse",
            "passord",
            "e-post",
            "serveren",
            "under",
            "etter",
            "raskt",
            "grundig",
            "alle",
            "berørte",
            "informasjon",
            "risiko",
        ],
        "nl" => &[
            "wij",
            "hebben",
            "gegevens",
            "klanten",
            "het",
            "systeem",
            "beveiliging",
            "logboeken",
            "maatregelen",
            "personen",
            "dienst",
            "onderzoek",
            "wachtwoord",
            "e-mail",
            "server",
            "tijdens",
            "na",
            "snel",
            "grondig",
            "alle",
            "betrokken",
            "informatie",
            "risico",
        ],
        _ => &[
            "we",
            "have",
            "data",
            "customers",
            "the",
            "system",
            "security",
            "logs",
            "measures",
            "people",
            "service",
            "investigation",
            "password",
            "email",
            "server",
            "during",
            "after",
            "quickly",
            "carefully",
            "all",
            "affected",
            "information",
            "risk",
        ],
    }
}

fn sentence(rng: &mut Lcg, lang: &str) -> String {
    let w = words(lang);
    let n = 8 + rng.below(10);
    let mut s = String::new();
    for i in 0..n {
        let word = rng.pick(w);
        if i == 0 {
            let mut c = word.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push(' ');
            s.push_str(word);
        }
    }
    s.push('.');
    s
}

/// About 150 words for one section: paragraphs, a list, a link, sometimes a subheading.
fn section(rng: &mut Lcg, lang: &str, key: &str, slug: &str) -> String {
    let mut out = format!("# {key}\n");
    if key == "questions" {
        for q in 0..3 {
            let _ = writeln!(out, "## {} {q}?", sentence(rng, lang).trim_end_matches('.'));
            let _ = writeln!(out, "{} {}\n", sentence(rng, lang), sentence(rng, lang));
        }
        return out;
    }
    for _ in 0..3 {
        let mut p = String::new();
        for _ in 0..3 {
            p.push_str(&sentence(rng, lang));
            p.push(' ');
        }
        let _ = writeln!(out, "{}\n", p.trim_end());
    }
    for _ in 0..3 {
        let _ = writeln!(out, "- {}", sentence(rng, lang));
    }
    let _ = writeln!(
        out,
        "\n{} [{}](https://{slug}.example/{key}).\n",
        sentence(rng, lang),
        rng.pick(words(lang))
    );
    if rng.below(2) == 0 {
        let _ = writeln!(
            out,
            "## {}\n{}\n",
            sentence(rng, lang).trim_end_matches('.'),
            sentence(rng, lang)
        );
    }
    out
}

fn prose(rng: &mut Lcg, lang: &str, slug: &str, n: usize) -> String {
    let title = match lang {
        "sv" => format!("Personuppgiftsincident {n}"),
        "nb" => format!("Brudd på personopplysningssikkerheten {n}"),
        "nl" => format!("Datalek {n}"),
        _ => format!("Personal data breach {n}"),
    };
    let mut out = format!(
        "---\ntitle: {title}\nsummary: {}\n---\n\n",
        sentence(rng, lang)
    );
    for key in SECTIONS {
        out.push_str(&section(rng, lang, key, slug));
    }
    out
}

fn note(rng: &mut Lcg) -> String {
    LANGS
        .iter()
        .map(|l| format!("{l}: {}", sentence(rng, l)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn facts(rng: &mut Lcg, n: usize) -> String {
    let statuses = ["investigating", "contained", "resolved"];
    let groups = ["customers", "employees"];
    let day = 1 + rng.below(20);
    let month = 1 + rng.below(12);
    let people = 10 + rng.below(100_000);
    let mut out = format!(
        "organization:\n  name: Exempel {n} AB\n  website: https://org{n}.example\n  role: controller\n\
         time_zone: Europe/Stockholm\npublished: 2023-{month:02}-{day:02}T09:30\nstatus: {}\n\
         source_language: sv\nupdates:\n",
        rng.pick(&statuses)
    );
    for u in 0..3 {
        let _ = write!(
            out,
            "  - at: 2023-{month:02}-{:02}T1{u}:00\n    note: {{ {} }}\n",
            day + 1 + u,
            note(rng)
        );
    }
    let _ = write!(
        out,
        "timeline:\n  - event: intrusion\n    when: 2023-{month:02}\n  - event: discovered\n    when: 2023-{month:02}-{day:02}T08:00\n  - event: authority_notified\n    when: 2023-{month:02}-{day:02}T09:00\n\
         affected:\n  people: {people}\n  approximate: true\n  groups:\n    - group: {}\n      count: {people}\n  services:\n    - Tjänst {n}\n\
         data:\n  affected: [name, email]\n  not_affected: [card_number]\n  unknown: [postal_address]\n\
         notified:\n  - body: imy\n    when: 2023-{month:02}-{day:02}T09:00\n    reference: IMY-2023-{n}\n\
         contacts:\n  - topic: dpo\n    name: Dataskyddsombud\n    email: dpo@org{n}.example\n    phone: \"+46 8 555 {n:03} 00\"\n\
         measures:\n  taken: [access_blocked, vulnerability_fixed]\n  planned: [security_review]\n\
         advice:\n  - change_password\n  - text: {{ {} }}\n",
        rng.pick(&groups),
        note(rng)
    );
    out
}

const CONFIG: &str = r#"base_url = "https://notices.example.com"
default_language = "en"

[[languages]]
code = "sv"
locale = "sv-SE"
title = "Säkerhetsmeddelanden"

[[languages]]
code = "nb"
locale = "nb-NO"
title = "Sikkerhetsvarsler"

[[languages]]
code = "nl"
locale = "nl-NL"
title = "Beveiligingsmeldingen"

[[languages]]
code = "en"
title = "Security notices"
"#;

fn write(count: usize, dir: &Path, seed: u64) -> std::io::Result<()> {
    if dir.exists() && fs::read_dir(dir)?.next().is_some() {
        return Err(std::io::Error::other(format!(
            "{} exists and is not empty",
            dir.display()
        )));
    }
    fs::create_dir_all(dir.join("content"))?;
    fs::write(dir.join("varsel.toml"), CONFIG)?;
    let mut rng = Lcg(seed);
    for n in 0..count {
        let slug = format!("incident-{n:05}");
        let d = dir.join("content").join(&slug);
        fs::create_dir_all(&d)?;
        fs::write(d.join("incident.yaml"), facts(&mut rng, n))?;
        for lang in LANGS {
            fs::write(
                d.join(format!("{lang}.md")),
                prose(&mut rng, lang, &slug, n),
            )?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(count), Some(dir)) = (args.first().and_then(|a| a.parse().ok()), args.get(1)) else {
        eprintln!("usage: synth <incidents> <folder> [seed]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(2024);
    match write(count, Path::new(dir), seed) {
        Ok(()) => {
            println!("Wrote {count} incidents in 4 languages to {dir}.");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
