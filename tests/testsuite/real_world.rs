//! The `real-world` fixture: three notices of the shapes real ones take (a supplier attacked,
//! a shared drive left open with nothing yet known, letters sent astray), using every way the
//! format says what is known, suspected and not known. Every page in every language is
//! parsed and each fact found in its own words.

use crate::support::{Fixture, Page};

const LANGS: [&str; 4] = ["sv", "nb", "nl", "en"];

fn built() -> Fixture {
    let f = Fixture::new("real-world");
    f.run(&["build", "--now", "2024-12-01T00:00Z"]).ok();
    f
}

fn page(f: &Fixture, lang: &str, slug: &str) -> Page {
    f.html(&format!("public/{lang}/{slug}/index.html"))
}

/// For each language (sv, nb, nl, en), the texts `css` selects on the notice's page.
fn each(f: &Fixture, slug: &str, css: &str, want: [&[&str]; 4]) {
    for (lang, want) in LANGS.iter().zip(want) {
        assert_eq!(page(f, lang, slug).texts(css), want, "{slug} {lang} {css}");
    }
}

/// Whether every text of `want` is among what `css` selects, per language.
fn each_has(f: &Fixture, slug: &str, css: &str, want: [&str; 4]) {
    for (lang, want) in LANGS.iter().zip(want) {
        let got = page(f, lang, slug).texts(css);
        assert!(
            got.iter().any(|t| t.contains(want)),
            "{slug} {lang} {css}: {want:?} not in {got:?}"
        );
    }
}

#[test]
fn a_swedish_organisation_attacked_through_its_supplier() {
    let f = built();
    let s = "fjallbo-lon-2024";
    // The national identity number is the Swedish one on every page, and only possibly taken.
    each(
        &f,
        s,
        ".data-possibly-affected li",
        [
            &["Personnummer", "Lön och utbetalningsuppgifter"],
            &["Svensk personnummer", "Lønns- og utbetalingsopplysninger"],
            &["Zweeds persoonsnummer", "Salaris- en betalingsgegevens"],
            &[
                "Swedish personal identity number (personnummer)",
                "Salary and payment details",
            ],
        ],
    );
    // A suspected intrusion and data taken at an unknown time read as possibilities.
    each_has(
        &f,
        s,
        ".timeline li",
        [
            "Natten mellan den 6 och 7 oktober 2024: Någon kan ha fått åtkomst till våra system",
            "Natten mellom 6. og 7. oktober 2024: Noen kan ha fått tilgang til systemene våre",
            "De nacht van 6 op 7 oktober 2024: Mogelijk heeft iemand toegang gekregen tot onze systemen",
            "The night of 6 to 7 October 2024: Someone may have gained access to our systems",
        ],
    );
    each_has(
        &f,
        s,
        ".timeline li.certainty-suspected",
        [
            "Uppgifter kan ha kopierats",
            "Opplysninger kan være kopiert",
            "Er zijn mogelijk gegevens gekopieerd",
            "Data may have been copied",
        ],
    );
    // Partial counts.
    each(
        &f,
        s,
        "#who-affected ~ ul:not([class]) li",
        [
            &[
                "Anställda (några, inte alla)",
                "Tidigare anställda (högst 200)",
            ],
            &["Ansatte (noen, ikke alle)", "Tidligere ansatte (høyst 200)"],
            &[
                "Medewerkers (een deel, niet allemaal)",
                "Oud-medewerkers (hoogstens 200)",
            ],
            &[
                "Employees (some, not all)",
                "Former employees (at most 200)",
            ],
        ],
    );
    // The police told by the supplier, on a date the notice does not state; unnamed bodies.
    each_has(
        &f,
        s,
        ".notified li",
        [
            "Polisen: datum anges inte (anmält av Lönebyrån Kassett AB)",
            "Polisen (svensk politi): dato er ikke oppgitt (anmeldt av Lønnsbyrået Kassett AB)",
            "Polisen (de Zweedse politie): datum niet vermeld (gemeld door salarisbureau Kassett AB)",
            "Polisen (the Swedish police): date not stated (reported by Kassett AB, our payroll bureau)",
        ],
    );
    each_has(
        &f,
        s,
        ".notified li",
        [
            "Berörda myndigheter i Sverige: datum anges inte",
            "Berørte myndigheter i Sverige: dato er ikke oppgitt",
            "Betrokken instanties in Zweden: datum niet vermeld",
            "The relevant authorities in Sweden: date not stated",
        ],
    );
    // The key facts name every body, official name first.
    each_has(
        &f,
        s,
        ".key-facts dd",
        [
            "Integritetsskyddsmyndigheten (IMY), Polisen, Berörda myndigheter i Sverige",
            "Integritetsskyddsmyndigheten (IMY, det svenske datatilsynet), Polisen (svensk politi)",
            "Integritetsskyddsmyndigheten (IMY, de Zweedse privacytoezichthouder), Polisen (de Zweedse politie)",
            "Integritetsskyddsmyndigheten (IMY, the Swedish data protection authority), Polisen (the Swedish police)",
        ],
    );
    each(
        &f,
        s,
        ".parties li",
        [
            &[
                "Vår it-leverantör, Kassett AB: Leverantören har bekräftat att angreppet stoppades inom ett dygn.",
            ],
            &[
                "IT-leverandøren vår, Kassett AB: Leverandøren har bekreftet at angrepet ble stoppet innen ett døgn.",
            ],
            &[
                "Onze IT-leverancier, Kassett AB: De leverancier heeft bevestigd dat de aanval binnen een etmaal is gestopt.",
            ],
            &[
                "Our IT provider, Kassett AB: The provider has confirmed that the attack was stopped within a day.",
            ],
        ],
    );
    each(
        &f,
        s,
        ".services-not-affected li",
        [
            &["Vårt hyresgästregister"],
            &["Leietakerregisteret vårt"],
            &["Ons huurdersregister"],
            &["Our register of tenants"],
        ],
    );
    // Several people under one topic with its own label.
    for lang in LANGS {
        let p = page(&f, lang, s);
        assert_eq!(p.texts(".contact .person").len(), 2, "{lang}");
        assert_eq!(
            p.attrs(".person a[href^=mailto]", "href")[1],
            "mailto:olle.berg@fjallbo.example"
        );
    }
    each_has(
        &f,
        s,
        ".contact h3",
        [
            "Uppdrag och avtal",
            "Oppdrag og avtaler",
            "Opdrachten en overeenkomsten",
            "Assignments and agreements",
        ],
    );
    // Planned measures in the future tense, the author's own last.
    each(
        &f,
        s,
        "#prevention ~ ul.measures li",
        [
            &[
                "Vi kommer att införa tvåfaktorsautentisering.",
                "Vi kommer att se över hur våra leverantörer skyddar personuppgifter.",
                "Vi kommer att gå igenom avtalet med lönebyrån.",
            ],
            &[
                "Vi skal innføre tofaktorautentisering.",
                "Vi skal gjennomgå hvordan leverandørene våre beskytter personopplysninger.",
                "Vi skal gå gjennom avtalen med lønnsbyrået.",
            ],
            &[
                "We gaan tweestapsverificatie invoeren.",
                "We gaan controleren hoe onze leveranciers persoonsgegevens beschermen.",
                "We gaan de overeenkomst met het salarisbureau doorlichten.",
            ],
            &[
                "We will introduce two-factor authentication.",
                "We will review how our suppliers protect personal data.",
                "We will go through our agreement with the payroll bureau.",
            ],
        ],
    );
}

#[test]
fn a_notice_that_does_not_yet_know_whom_or_what() {
    let f = built();
    let s = "norrvik-skole-2024";
    each(
        &f,
        s,
        ".groups-unknown",
        [
            &["Vi vet ännu inte vilka grupper av personer som berörs."],
            &["Vi vet ennå ikke hvilke grupper av personer som er berørt."],
            &["We weten nog niet welke groepen personen betrokken zijn."],
            &["We do not yet know which groups of people are affected."],
        ],
    );
    each(
        &f,
        s,
        ".data-none",
        [
            &["Vi vet ännu inte vilka uppgifter som berörs."],
            &["Vi vet ennå ikke hvilke opplysninger som er berørt."],
            &["We weten nog niet welke gegevens betrokken zijn."],
            &["We do not yet know which information is involved."],
        ],
    );
    each_has(
        &f,
        s,
        ".timeline li.certainty-ruled_out",
        [
            "Början av september 2024: Vi har inte hittat några tecken på att någon fått åtkomst till våra system",
            "Begynnelsen av september 2024: Vi har ikke funnet tegn på at noen har fått tilgang til systemene våre",
            "Begin september 2024: We hebben geen aanwijzingen gevonden dat iemand toegang heeft gekregen tot onze systemen",
            "Early September 2024: We have found no sign that anyone gained access to our systems",
        ],
    );
    each_has(
        &f,
        s,
        ".timeline li",
        [
            "Eftermiddagen den 16 september 2024",
            "Ettermiddagen 16. september 2024",
            "De middag van 16 september 2024",
            "The afternoon of 16 September 2024",
        ],
    );
    // The CSIRT is in the key facts with the authority.
    each_has(
        &f,
        s,
        ".key-facts dd",
        [
            "Nasjonalt cybersikkerhetssenter (NCSC",
            "Nasjonalt cybersikkerhetssenter (NCSC)",
            "Nasjonalt cybersikkerhetssenter (NCSC",
            "Nasjonalt cybersikkerhetssenter (NCSC",
        ],
    );
    // The optional prose sections stand beside the facts.
    each_has(
        &f,
        s,
        "#data ~ p",
        [
            "Listan nedan säger vad vi vet om uppgifterna.",
            "Listen nedenfor sier hva vi vet om opplysningene.",
            "De lijst hieronder zegt wat we over de gegevens weten.",
            "The list below says what we know about the data.",
        ],
    );
    // A card never repeats its topic as its name; its two people are listed.
    for lang in LANGS {
        let p = page(&f, lang, s);
        let (topic, names) = (p.text(".contact h3"), p.texts(".contact > p"));
        assert!(!names.contains(&topic), "{lang}: {topic} twice");
        assert_eq!(p.texts(".contact .person").len(), 2, "{lang}");
    }
}

#[test]
fn a_supplier_sends_letters_astray() {
    let f = built();
    let s = "havik-zorg-2024";
    each_has(
        &f,
        s,
        ".key-facts dd",
        ["1 200–1 500", "1 200–1 500", "1.200–1.500", "1,200–1,500"],
    );
    each(
        &f,
        s,
        "#who-affected ~ ul:not([class]) li",
        [
            &["Patienter (minst 1 200)"],
            &["Pasienter (minst 1 200)"],
            &["Patiënten (ten minste 1.200)"],
            &["Patients (at least 1,200)"],
        ],
    );
    each_has(
        &f,
        s,
        ".data-affected li",
        [
            "Nederländskt medborgarservicenummer (BSN)",
            "Nederlandsk borgerservicenummer (BSN)",
            "Burgerservicenummer (BSN)",
            "Dutch citizen service number (BSN)",
        ],
    );
    each(
        &f,
        s,
        ".parties li",
        [
            &["Vår leverantör (namnges inte): Leverantören har bytt ut sitt adressregister."],
            &[
                "Leverandøren vår (ikke navngitt): Leverandøren har byttet ut adresseregisteret sitt.",
            ],
            &[
                "Onze leverancier (naam niet vermeld): De leverancier heeft zijn adressenbestand vervangen.",
            ],
            &["Our supplier (not named): The supplier has replaced its address file."],
        ],
    );
    each_has(
        &f,
        s,
        ".timeline li",
        [
            "Mitten av november 2024",
            "Midten av november 2024",
            "Half november 2024",
            "Mid-November 2024",
        ],
    );
    // The notice's facts go into incident.json, format 2.
    let json: serde_json::Value =
        serde_json::from_str(&f.read(&format!("public/incidents/{s}.json"))).unwrap();
    assert_eq!(json["format_version"], 3);
    assert_eq!(
        json["affected"]["people"],
        serde_json::json!({"from": 1200, "to": 1500})
    );
    assert_eq!(
        json["affected"]["groups"][0]["count"],
        serde_json::json!({"at_least": 1200})
    );
    assert_eq!(json["timeline"][1]["certainty"], "ruled_out");
    assert_eq!(json["parties"][0]["role"], "supplier");
}

#[test]
fn the_fixture_checks_with_only_the_warnings_it_means() {
    let f = Fixture::new("real-world");
    let run = f.run(&["check", "--now", "2024-12-01T00:00Z", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(v["errors"], 0, "{}", run.stdout());
    let mut codes: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    codes.sort();
    codes.dedup();
    assert!(
        codes.contains(&"groups-not-yet-known") && codes.contains(&"data-not-yet-known"),
        "{codes:?}"
    );
}

/// The words a reader sees in `main`, one block (heading, paragraph, list item, table row,
/// term and its description) a line, headings marked as in Markdown; the drawn chart, which
/// repeats the timeline, left out. A block holding other blocks is shown through them.
fn visible_text(page: &Page) -> String {
    use scraper::{ElementRef, Selector};
    let blocks = "h1, h2, h3, p, li, dt, dd, tr";
    let block = Selector::parse(blocks).unwrap();
    let within = Selector::parse("main").unwrap();
    let main = page.0.select(&within).next().expect("a main element");
    let words = |e: &ElementRef| -> String {
        let text: String = e.text().collect();
        text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
    };
    let mut out = String::new();
    for e in main.select(&block) {
        let in_chart = e
            .ancestors()
            .any(|a| ElementRef::wrap(a).is_some_and(|a| a.value().name() == "svg"));
        if in_chart || e.select(&block).nth(1).is_some() {
            continue;
        }
        let line = match e.value().name() {
            "h1" => format!("\n# {}", words(&e)),
            "h2" => format!("\n## {}", words(&e)),
            "h3" => format!("\n### {}", words(&e)),
            "li" => format!("- {}", words(&e)),
            "dd" => format!("  {}", words(&e)),
            "tr" => {
                let cells = Selector::parse("th, td").unwrap();
                let row: Vec<String> = e.select(&cells).map(|c| words(&c)).collect();
                format!("| {} |", row.join(" | "))
            }
            _ => words(&e),
        };
        if !line.trim().is_empty() {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// The four pages of the richest notice, as text: any change to its wording, in any
/// language, shows as a reviewed diff of `snapshots/`.
#[test]
fn the_pages_of_a_supplier_incident_read_as_snapshotted() {
    let f = built();
    for lang in LANGS {
        let text = visible_text(&page(&f, lang, "fjallbo-lon-2024"));
        insta::assert_snapshot!(format!("fjallbo_lon_2024_{lang}"), text);
    }
}
