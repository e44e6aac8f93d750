//! Writes a synthetic varsel site of N fictional incidents, for benchmarks and for trying the
//! preview server on a large site.
//!
//! ```sh
//! cargo run --release --example synth -- N DIR [SEED]
//! ```
//!
//! Every incident fills in every part of the format (docs/format.md) with varied values, and has
//! prose in four languages (sv, nb, nl, en) of about 1,200 words each, with headings, lists,
//! links, sometimes a table, and two or three custom questions. The output depends only on N and
//! SEED (a small linear congruential generator, so no dependency and the same site on every
//! machine). DIR must not exist or be empty.

use std::fmt::Write as _;
use std::path::Path;

/// Knuth's MMIX LCG; the high bits are good enough to pick words and numbers.
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
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    /// `k` distinct items, in the order given.
    fn some<'a, T>(&mut self, items: &'a [T], k: usize) -> Vec<&'a T> {
        let mut idx: Vec<usize> = (0..items.len()).collect();
        for i in 0..idx.len() {
            let j = i + self.below(idx.len() - i);
            idx.swap(i, j);
        }
        let mut chosen: Vec<usize> = idx.into_iter().take(k.min(items.len())).collect();
        chosen.sort();
        chosen.into_iter().map(|i| &items[i]).collect()
    }
}

const LANGS: [&str; 4] = ["sv", "nb", "nl", "en"];

const STATUSES: [&str; 3] = ["investigating", "contained", "resolved"];
const ROLES: [&str; 2] = ["controller", "processor"];
const EVENTS: [&str; 11] = [
    "intrusion",
    "exfiltration",
    "discovered",
    "contained",
    "authority_notified",
    "people_notified",
    "customers_notified",
    "police_report",
    "data_published",
    "systems_restored",
    "investigation_concluded",
];
const GROUPS: [&str; 11] = [
    "customers",
    "former_customers",
    "employees",
    "former_employees",
    "job_applicants",
    "patients",
    "students",
    "members",
    "users",
    "subscribers",
    "suppliers",
];
const DATA: [&str; 31] = [
    "name",
    "email",
    "phone",
    "postal_address",
    "date_of_birth",
    "national_id",
    "username",
    "password",
    "hashed_password",
    "ip_address",
    "location",
    "device_identifiers",
    "customer_number",
    "order_history",
    "payment_method",
    "bank_account",
    "card_number",
    "salary",
    "contracts",
    "communications",
    "identity_document",
    "photo",
    "criminal_records",
    "health",
    "racial_ethnic_origin",
    "political_opinions",
    "religious_beliefs",
    "trade_union_membership",
    "genetic",
    "biometric",
    "sex_life_orientation",
];
const BODIES: [&str; 14] = [
    "imy",
    "datatilsynet_no",
    "datatilsynet_dk",
    "autoriteit_persoonsgegevens",
    "ico",
    "police_se",
    "police_no",
    "police_dk",
    "police_nl",
    "police_uk",
    "cert_se",
    "ncsc_no",
    "ncsc_nl",
    "ncsc_uk",
];
const TOPICS: [&str; 7] = [
    "privacy",
    "dpo",
    "it",
    "agreements",
    "press",
    "customer_service",
    "security",
];
const MEASURES: [&str; 14] = [
    "forensic_investigation",
    "access_blocked",
    "vulnerability_fixed",
    "passwords_reset",
    "two_factor",
    "credentials_rotated",
    "police_report",
    "affected_notified",
    "monitoring_increased",
    "security_review",
    "staff_training",
    "supplier_review",
    "systems_restored",
    "takedown_requests",
];
/// The measures no timeline event stands for, which may still lie ahead.
const PLANNABLE: [&str; 10] = [
    "forensic_investigation",
    "vulnerability_fixed",
    "passwords_reset",
    "two_factor",
    "credentials_rotated",
    "monitoring_increased",
    "security_review",
    "staff_training",
    "supplier_review",
    "takedown_requests",
];
const ADVICE: [&str; 12] = [
    "change_password",
    "unique_passwords",
    "enable_two_factor",
    "beware_phishing",
    "verify_callers",
    "monitor_accounts",
    "watch_bank_statements",
    "block_card",
    "credit_freeze",
    "do_not_share_codes",
    "report_fraud",
    "no_action_needed",
];

/// A country's setting: time zone, company suffix, contact phone prefix.
struct Country {
    tz: &'static str,
    suffix: &'static str,
    phone: &'static str,
    tld: &'static str,
}

const COUNTRIES: [Country; 4] = [
    Country {
        tz: "Europe/Stockholm",
        suffix: "AB",
        phone: "+46 8 555",
        tld: "example",
    },
    Country {
        tz: "Europe/Oslo",
        suffix: "AS",
        phone: "+47 22 99",
        tld: "example",
    },
    Country {
        tz: "Europe/Amsterdam",
        suffix: "B.V.",
        phone: "+31 20 555",
        tld: "example",
    },
    Country {
        tz: "Europe/London",
        suffix: "Ltd",
        phone: "+44 20 7946",
        tld: "example",
    },
];

const SYLLABLES: [&str; 24] = [
    "nor", "sken", "berg", "lund", "fjord", "vik", "dal", "holm", "ster", "mar", "kant", "veld",
    "huis", "brook", "stone", "ly", "sol", "vin", "tor", "ren", "bo", "gard", "ham", "kel",
];
const SECTORS: [(&str, &str, &str, &str); 8] = [
    ("Telekom", "Telekom", "Telecom", "Telecom"),
    ("Vård", "Helse", "Zorg", "Health"),
    ("Bank", "Bank", "Bank", "Bank"),
    ("Skola", "Skole", "School", "School"),
    ("Bygg", "Bygg", "Bouw", "Building"),
    ("Energi", "Energi", "Energie", "Energy"),
    ("Logistik", "Logistikk", "Logistiek", "Logistics"),
    ("Media", "Media", "Media", "Media"),
];
const SERVICES: [[&str; 4]; 8] = [
    [
        "Kundportalen",
        "Kundeportalen",
        "Klantportaal",
        "Customer portal",
    ],
    ["Webbutiken", "Nettbutikken", "Webwinkel", "Online shop"],
    ["Appen", "Appen", "De app", "The app"],
    [
        "Medlemsregistret",
        "Medlemsregisteret",
        "Ledenadministratie",
        "Membership register",
    ],
    [
        "Bokningssystemet",
        "Bookingsystemet",
        "Reserveringssysteem",
        "Booking system",
    ],
    [
        "Lönesystemet",
        "Lønnssystemet",
        "Salarissysteem",
        "Payroll system",
    ],
    [
        "E-posttjänsten",
        "E-posttjenesten",
        "E-maildienst",
        "Email service",
    ],
    [
        "Journalsystemet",
        "Journalsystemet",
        "Dossiersysteem",
        "Records system",
    ],
];

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One incident's fixed choices, shared by its facts and its prose.
struct Incident {
    slug: String,
    org: String,
    domain: String,
    country: usize,
    sector: usize,
    service: usize,
    year: i64,
    month: i64,
    day: i64,
    people: u64,
    updates: usize,
}

fn localized(vals: [&str; 4]) -> String {
    format!(
        "{{ sv: {}, nb: {}, nl: {}, en: {} }}",
        yq(vals[0]),
        yq(vals[1]),
        yq(vals[2]),
        yq(vals[3])
    )
}

/// A YAML double-quoted scalar.
fn yq(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn ymd(y: i64, m: i64, d: i64) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// A `when` value of a precision chosen at random, around day offset `d` after the start.
/// A settled notice gives every time, if only roughly.
fn when(r: &mut Lcg, inc: &Incident, offset: i64, settled: bool) -> String {
    let (y, m, d) = shift(inc.year, inc.month, inc.day, offset);
    match r.below(10) {
        0 => format!("{y:04}-{m:02}"),
        1 => {
            // The ISO week the day falls in, which may belong to the year before or after.
            let week = jiff::civil::date(y as i16, m as i8, d as i8).iso_week_date();
            format!("{:04}-W{:02}", week.year(), week.week())
        }
        2 => {
            // Winter runs from December to February and is named after the December.
            let season = ["winter", "spring", "summer", "autumn"][((m % 12) / 3) as usize];
            let year = if m <= 2 { y - 1 } else { y };
            format!("{year:04}-{season}")
        }
        3 => format!("{y:04}-{:02}/{}", m, ymd(y, m, d)),
        4 if offset < 0 && !settled => "unknown".into(),
        5..=6 => ymd(y, m, d),
        _ => format!(
            "{}T{:02}:{:02}",
            ymd(y, m, d),
            r.range(7, 20),
            r.range(0, 59)
        ),
    }
}

/// A calendar date `days` after (or before) the given one, months taken as 28 days to stay valid.
fn shift(y: i64, m: i64, d: i64, days: i64) -> (i64, i64, i64) {
    let total = (y * 12 + (m - 1)) * 28 + (d - 1) + days;
    let (ym, dd) = (total.div_euclid(28), total.rem_euclid(28));
    (ym.div_euclid(12), ym.rem_euclid(12) + 1, dd + 1)
}

fn stamp(y: i64, m: i64, d: i64, h: i64, min: i64) -> String {
    format!("{}T{h:02}:{min:02}", ymd(y, m, d))
}

fn facts(r: &mut Lcg, inc: &Incident) -> String {
    let c = &COUNTRIES[inc.country];
    let mut y = String::new();
    let _ = writeln!(y, "# Fictional incident generated by examples/synth.rs.");
    let _ = writeln!(
        y,
        "organization:\n  name: {}\n  website: https://{}\n  role: {}\n",
        yq(&inc.org),
        inc.domain,
        r.pick(&ROLES)
    );
    let _ = writeln!(y, "time_zone: {}", c.tz);
    let (py, pm, pd) = shift(inc.year, inc.month, inc.day, 3);
    let _ = writeln!(y, "published: {}", stamp(py, pm, pd, 10, 30));
    let status = r.pick(&STATUSES);
    let _ = writeln!(y, "status: {status}");
    let _ = writeln!(y, "source_language: {}", r.pick(&LANGS));
    let archived = r.chance(10);
    if archived {
        let _ = writeln!(y, "published_until: {}", ymd(py + 2, pm, pd));
    }
    // A resolved or archived notice is the last word: its author states what was found and
    // leaves nothing "not known yet".
    let settled = status == "resolved" || archived;
    let _ = writeln!(y, "\nupdates:");
    for u in 0..inc.updates {
        let (uy, um, ud) = shift(py, pm, pd, 1 + u as i64 * 3);
        let _ = writeln!(
            y,
            "  - at: {}\n    note: {}",
            stamp(uy, um, ud, 9 + u as i64, 15),
            localized([
                &format!(
                    "Uppdatering {}: vi har lagt till nya uppgifter om utredningen.",
                    u + 1
                ),
                &format!(
                    "Oppdatering {}: vi har lagt til nye opplysninger om undersøkelsen.",
                    u + 1
                ),
                &format!(
                    "Update {}: we hebben nieuwe informatie over het onderzoek toegevoegd.",
                    u + 1
                ),
                &format!(
                    "Update {}: we have added new information about the investigation.",
                    u + 1
                ),
            ])
        );
    }
    let _ = writeln!(y, "\ntimeline:");
    // Every notice records its discovery and telling the people (this page), a day apart at
    // most per event in between, so the people hear within the week GDPR Art. 34 expects.
    let n_events = r.range(2, 6) as usize;
    let mut events: Vec<&str> = r.some(&EVENTS, n_events).into_iter().copied().collect();
    for must in ["discovered", "people_notified"] {
        if !events.contains(&must) {
            events.push(must);
        }
    }
    events.sort_by_key(|e| EVENTS.iter().position(|x| x == e));
    for (k, e) in events.iter().enumerate() {
        let offset = k as i64 - 3;
        let w = when(r, inc, offset, settled);
        let _ = writeln!(y, "  - event: {e}\n    when: {w}");
    }
    let _ = writeln!(
        y,
        "  - event: other\n    when: {}\n    label: {}",
        when(r, inc, 10, settled),
        localized([
            "Lösenordsbyte för alla användare",
            "Passordbytte for alle brukere",
            "Wachtwoordwijziging voor alle gebruikers",
            "Password reset for all users",
        ])
    );

    let _ = writeln!(y, "\naffected:");
    if r.chance(15) {
        let _ = writeln!(y, "  people: unknown");
    } else {
        let _ = writeln!(y, "  people: {}", inc.people);
        let _ = writeln!(y, "  approximate: {}", r.chance(50));
    }
    let _ = writeln!(y, "  groups:");
    let n_groups = r.range(1, 3) as usize;
    for g in r.some(&GROUPS, n_groups) {
        let _ = writeln!(y, "    - group: {g}");
        if r.chance(60) {
            let _ = writeln!(y, "      service: {}", localized(SERVICES[inc.service]));
        }
        if r.chance(70) {
            let _ = writeln!(y, "      count: {}", inc.people / (1 + r.below(4) as u64));
        }
    }
    if r.chance(40) {
        let _ = writeln!(
            y,
            "    - group: other\n      label: {}\n      count: unknown",
            localized(["Besökare", "Besøkende", "Bezoekers", "Visitors"])
        );
    }
    let _ = writeln!(
        y,
        "  services:\n    - {}\n    - label: {}",
        yq(&format!(
            "{} Connect",
            inc.org.split(' ').next().unwrap_or("X")
        )),
        localized(SERVICES[inc.service])
    );

    let cats = {
        let k = r.range(6, 12) as usize;
        r.some(&DATA, k)
    };
    let (a, rest) = cats.split_at(cats.len() / 2);
    let (n, u) = if settled {
        (rest, &[][..])
    } else {
        rest.split_at(rest.len() * 2 / 3)
    };
    let list = |v: &[&&str]| v.iter().map(|s| **s).collect::<Vec<_>>().join(", ");
    let _ = writeln!(
        y,
        "\ndata:\n  affected: [{}]\n  not_affected: [{}]\n  unknown: [{}]",
        list(a),
        list(n),
        list(u)
    );
    if r.chance(50) {
        let _ = writeln!(
            y,
            "  other:\n    - status: affected\n      label: {}",
            localized([
                "Samtalsloggar",
                "Samtalelogger",
                "Gesprekslogboeken",
                "Call logs"
            ])
        );
    }

    let _ = writeln!(y, "\nnotified:");
    // A supervisory authority (the first five bodies), and perhaps the police or a CERT.
    let others = r.range(0, 2) as usize;
    let mut bodies: Vec<&str> = std::iter::once(BODIES[r.below(5)])
        .chain(r.some(&BODIES[5..], others).into_iter().copied())
        .collect();
    // A police report in the timeline is a report to the police of the organisation's country.
    let police = ["police_se", "police_no", "police_nl", "police_uk"][inc.country];
    if events.contains(&"police_report") && !bodies.iter().any(|b| b.starts_with("police_")) {
        bodies.push(police);
    }
    for (k, b) in bodies.iter().enumerate() {
        let w = when(r, inc, k as i64 + 1, settled);
        let _ = writeln!(y, "  - body: {b}\n    when: {w}");
        if r.chance(50) {
            let _ = writeln!(
                y,
                "    reference: {}-{}-{:05}",
                b.to_uppercase(),
                inc.year,
                r.below(99999)
            );
        }
    }
    // Events are drawn at random, so the authority may appear later than 72 hours after
    // discovery; every notice states a reason, as Art. 33(1) asks, so that all of them build.
    let _ = writeln!(
        y,
        "authority_delay_reason: {}",
        localized([
            "Vi behövde först reda ut vilka system som berördes.",
            "Vi måtte først finne ut hvilke systemer som var berørt.",
            "We moesten eerst uitzoeken welke systemen getroffen waren.",
            "We first had to establish which systems were affected.",
        ])
    );

    let _ = writeln!(y, "\ncontacts:");
    for t in {
        let k = r.range(1, 3) as usize;
        r.some(&TOPICS, k)
    } {
        let _ = writeln!(
            y,
            "  - topic: {t}\n    name: {}\n    email: {t}@{}",
            localized([
                "Kundservice",
                "Kundeservice",
                "Klantenservice",
                "Customer service"
            ]),
            inc.domain
        );
        if r.chance(70) {
            let _ = writeln!(
                y,
                "    phone: \"{} {:02} {:02}\"",
                c.phone,
                r.below(100),
                r.below(100)
            );
        }
        if r.chance(50) {
            let _ = writeln!(y, "    web: https://{}/kontakt", inc.domain);
        }
        if r.chance(50) {
            let _ = writeln!(
                y,
                "    hours: {}",
                localized([
                    "Vardagar 8–17",
                    "Hverdager 8–17",
                    "Werkdagen 8–17 uur",
                    "Weekdays 8 am–5 pm"
                ])
            );
        }
    }

    let free = localized([
        "Vi har anlitat en extern säkerhetsfirma för att granska alla system.",
        "Vi har engasjert et eksternt sikkerhetsfirma for å gå gjennom alle systemer.",
        "We hebben een extern beveiligingsbedrijf ingeschakeld om alle systemen te controleren.",
        "We have engaged an outside security firm to review every system.",
    ]);
    let _ = writeln!(y, "\nmeasures:\n  taken:");
    let taken = {
        let k = r.range(2, 6) as usize;
        r.some(&MEASURES, k)
    };
    for m in &taken {
        let _ = writeln!(y, "    - {m}");
    }
    let _ = writeln!(y, "    - text: {free}");
    // Every event of the timeline lies in the past, so what is still planned is a measure no
    // event records, and not one already taken.
    let open: Vec<&str> = PLANNABLE
        .iter()
        .copied()
        .filter(|m| !taken.contains(&m))
        .collect();
    let _ = writeln!(y, "  planned:");
    for m in {
        let k = r.range(1, 3) as usize;
        r.some(&open, k)
    } {
        let _ = writeln!(y, "    - {m}");
    }
    let _ = writeln!(y, "\nadvice:");
    for a in {
        let k = r.range(2, 5) as usize;
        r.some(&ADVICE[..11], k)
    } {
        let _ = writeln!(y, "  - {a}");
    }
    let _ = writeln!(
        y,
        "  - text: {}",
        localized([
            "Kontakta oss om du får ett meddelande från oss som du inte känner igen.",
            "Ta kontakt med oss hvis du får en melding fra oss som du ikke kjenner igjen.",
            "Neem contact met ons op als u een bericht van ons krijgt dat u niet herkent.",
            "Contact us if you receive a message from us that you do not recognise.",
        ])
    );
    y
}

/// The words of one language: sentence parts that combine into plausible notice prose.
struct Words {
    subjects: &'static [&'static str],
    verbs: &'static [&'static str],
    objects: &'static [&'static str],
    tails: &'static [&'static str],
    headings: &'static [&'static str],
    bullets: &'static [&'static str],
    questions: &'static [&'static str],
    more: &'static str,
    table: [&'static str; 3],
    title: &'static str,
    summary: &'static str,
}

// Plain words and short sentences, as a careful author writes for the public: each section
// reads as easy (LIX under 40, Flesch and Flesch–Douma over 60), and no word names a data
// category the facts might not list.
const SV: Words = Words {
    subjects: &[
        "Vårt team",
        "En extern firma",
        "Vår partner",
        "Styrelsen",
        "Vår kundtjänst",
        "Vår IT-chef",
    ],
    verbs: &[
        "kollar",
        "stänger",
        "går igenom",
        "följer",
        "skriver ner",
        "testar",
    ],
    objects: &[
        "loggarna från våra servrar",
        "alla konton för drift",
        "hur uppgifterna har använts",
        "de system som har dina uppgifter",
        "länken mellan de två sajterna",
        "kopiorna från förra månaden",
    ],
    tails: &[
        "för att se vad som gick fel.",
        "och vi berättar mer snart.",
        "innan sajten öppnar igen.",
        "med hjälp av experter.",
        "så att det inte händer igen.",
        "och vi skriver här vad vi hittar.",
    ],
    headings: &[
        "Det här vet vi",
        "Det här vet vi inte än",
        "Tiden i korthet",
        "Vad det betyder för dig",
        "Nästa steg",
    ],
    bullets: &[
        "Var försiktig med länkar i mejl och sms",
        "Håll koll på vad som dras från ditt konto",
        "Lämna aldrig ut koder som du får via sms",
        "Hör av dig till oss om något verkar fel",
        "Ring oss om du är osäker",
    ],
    questions: &[
        "Är mitt konto säkert?",
        "Måste jag göra något?",
        "Hur vet jag om det här gäller mig?",
        "Varför fick jag inte veta tidigare?",
    ],
    more: "Läs mer på",
    table: ["Uppgift", "Varför vi hade den", "Berörd"],
    title: "Personuppgiftsincident i",
    summary: "Obehöriga har haft åtkomst till uppgifter om våra kunder. Intrånget är stoppat och vi utreder vad som har hänt.",
};

const NB: Words = Words {
    subjects: &[
        "Teamet vårt",
        "Et annet firma",
        "Partneren vår",
        "Styret",
        "Hjelpen vår",
        "IT-sjefen vår",
    ],
    verbs: &[
        "sjekker",
        "stenger",
        "går gjennom",
        "følger",
        "skriver ned",
        "tester",
    ],
    objects: &[
        "loggene på serverne våre",
        "alle kontoer for drift",
        "hva dataene er brukt til",
        "systemene som har dataene dine",
        "lenken mellom de to sidene",
        "kopiene fra forrige måned",
    ],
    tails: &[
        "for å se hva som gikk galt.",
        "og vi sier mer snart.",
        "før siden åpner igjen.",
        "med hjelp utenfra.",
        "slik at det ikke skjer igjen.",
        "og vi skriver her hva vi finner.",
    ],
    headings: &[
        "Dette vet vi",
        "Dette vet vi ikke ennå",
        "Tiden i korte trekk",
        "Hva det betyr for deg",
        "Neste steg",
    ],
    bullets: &[
        "Vær forsiktig med lenker i e-post og SMS",
        "Følg med på hva som trekkes fra kontoen din",
        "Gi aldri fra deg koder du får på SMS",
        "Si fra til oss hvis noe virker rart",
        "Ring oss hvis du er usikker",
    ],
    questions: &[
        "Er kontoen min trygg?",
        "Må jeg gjøre noe?",
        "Hvordan vet jeg om dette gjelder meg?",
        "Hvorfor fikk jeg ikke vite det før?",
    ],
    more: "Les mer på",
    table: ["Opplysning", "Hvorfor vi hadde den", "Berørt"],
    title: "Personvernbrudd i",
    summary: "Uvedkommende har hatt tilgang til opplysninger om kundene våre. Innbruddet er stoppet, og vi undersøker hva som har skjedd.",
};

const NL: Words = Words {
    subjects: &[
        "Ons team",
        "Een extern bedrijf",
        "Onze partner",
        "Het bestuur",
        "Onze klantenservice",
        "Onze IT-chef",
    ],
    verbs: &[
        "controleert",
        "sluit",
        "bekijkt",
        "volgt",
        "noteert",
        "test",
    ],
    objects: &[
        "de logs van onze servers",
        "alle accounts voor beheer",
        "hoe de gegevens zijn gebruikt",
        "de systemen met uw gegevens",
        "de link tussen de twee sites",
        "de kopieën van vorige maand",
    ],
    tails: &[
        "om te zien wat er mis ging.",
        "en we vertellen snel meer.",
        "voordat de site weer opengaat.",
        "met hulp van experts.",
        "zodat het niet weer gebeurt.",
        "en we zetten hier wat we vinden.",
    ],
    headings: &[
        "Wat we weten",
        "Wat we nog niet weten",
        "De tijd in het kort",
        "Wat het voor u betekent",
        "Volgende stappen",
    ],
    bullets: &[
        "Let op met links in mails en sms'jes",
        "Kijk goed wat er van uw rekening af gaat",
        "Geef nooit codes door die u per sms krijgt",
        "Neem contact met ons op als iets vreemd lijkt",
        "Bel ons als u twijfelt",
    ],
    questions: &[
        "Is mijn account veilig?",
        "Moet ik iets doen?",
        "Hoe weet ik of dit mij raakt?",
        "Waarom hoorde ik dit niet eerder?",
    ],
    more: "Lees meer op",
    table: ["Gegeven", "Waarom we het hadden", "Getroffen"],
    title: "Datalek bij",
    summary: "Onbevoegden hebben toegang gehad tot gegevens van onze klanten. De inbraak is gestopt en we onderzoeken wat er is gebeurd.",
};

const EN: Words = Words {
    subjects: &[
        "Our team",
        "An outside firm",
        "Our partner",
        "The board",
        "Our help desk",
        "Our IT lead",
    ],
    verbs: &[
        "checks",
        "shuts",
        "goes through",
        "follows",
        "notes down",
        "tests",
    ],
    objects: &[
        "the logs of our servers",
        "all accounts for admin work",
        "how the data was used",
        "the systems that hold your data",
        "the link between the two sites",
        "the copies from last month",
    ],
    tails: &[
        "to see what went wrong.",
        "and we will tell you more soon.",
        "before the site opens again.",
        "with help from experts.",
        "so that it does not happen again.",
        "and we will post here what we find.",
    ],
    headings: &[
        "What we know",
        "What we do not know yet",
        "The time line in brief",
        "What it means for you",
        "Next steps",
    ],
    bullets: &[
        "Be careful with links in emails and texts",
        "Look at your bank statements over the next months",
        "Never give out codes that you get by text",
        "Contact us if anything seems odd",
        "Call us if you are not sure",
    ],
    questions: &[
        "Is my account safe?",
        "Do I need to do anything?",
        "How do I know if this affects me?",
        "Why was I not told earlier?",
    ],
    more: "Read more at",
    table: ["Information", "Why we had it", "Affected"],
    title: "Personal data breach at",
    summary: "Unauthorised persons have had access to information about our customers. The intrusion has been stopped and we are investigating what happened.",
};

fn words(lang: &str) -> &'static Words {
    match lang {
        "sv" => &SV,
        "nb" => &NB,
        "nl" => &NL,
        _ => &EN,
    }
}

const SECTIONS: [&str; 7] = [
    "what-happened",
    "how-discovered",
    "consequences",
    "what-we-did",
    "prevention",
    "what-you-should-do",
    "more-information",
];

/// One sentence as indices into the word lists, which run parallel across languages: the
/// same indices make the same sentence in every language, as a translator would write it.
struct Sentence {
    subject: usize,
    verb: usize,
    object: usize,
    tail: usize,
}

/// One block of a part of the prose, in no language yet.
enum Piece {
    Paragraph(Vec<Sentence>),
    /// A paragraph whose last sentence points to a page of the organisation's site.
    Linked(Vec<Sentence>, usize),
    Heading(usize, usize),
    List(Vec<usize>),
    Table(Vec<(usize, usize)>),
}

const PAGES: [&str; 4] = ["status", "hjelp", "faq", "privacy"];

fn sentences(r: &mut Lcg, w: &Words) -> Vec<Sentence> {
    (0..r.range(3, 5))
        .map(|_| Sentence {
            subject: r.below(w.subjects.len()),
            verb: r.below(w.verbs.len()),
            object: r.below(w.objects.len()),
            tail: r.below(w.tails.len()),
        })
        .collect()
}

/// The pieces of one part, about `target` words long (counted in English).
/// Headings start at `top` (`##`, or `###` in an answer, where `##` starts a question).
fn plan_part(r: &mut Lcg, target: usize, top: usize) -> Vec<Piece> {
    let w = &EN;
    let mut pieces = vec![Piece::Paragraph(sentences(r, w))];
    let mut words = count_words(&render(&pieces, w, "x.example"));
    while words < target {
        let piece = match r.below(6) {
            0 | 1 => {
                let level = (2 + r.below(2)).max(top);
                pieces.push(Piece::Heading(level, r.below(w.headings.len())));
                Piece::Paragraph(sentences(r, w))
            }
            2 => {
                let k = r.range(2, 4) as usize;
                let idx: Vec<usize> = (0..w.bullets.len()).collect();
                Piece::List(r.some(&idx, k).into_iter().copied().collect())
            }
            3 if r.chance(30) => Piece::Table(
                (0..r.range(3, 5))
                    .map(|_| (r.below(w.objects.len()), r.below(w.tails.len())))
                    .collect(),
            ),
            4 if r.chance(30) => Piece::Linked(sentences(r, w), r.below(PAGES.len())),
            _ => Piece::Paragraph(sentences(r, w)),
        };
        pieces.push(piece);
        words = count_words(&render(&pieces, w, "x.example"));
    }
    pieces
}

/// What people should do, which they act on: advice as a short list, and one sentence.
fn advice_part(r: &mut Lcg) -> Vec<Piece> {
    let k = r.range(3, 5) as usize;
    let idx: Vec<usize> = (0..EN.bullets.len()).collect();
    let list = Piece::List(r.some(&idx, k).into_iter().copied().collect());
    let mut one = sentences(r, &EN);
    one.truncate(1);
    vec![list, Piece::Paragraph(one)]
}

fn sentence(w: &Words, s: &Sentence) -> String {
    format!(
        "{} {} {} {}",
        w.subjects[s.subject], w.verbs[s.verb], w.objects[s.object], w.tails[s.tail]
    )
}

/// The pieces in one language.
fn render(pieces: &[Piece], w: &Words, domain: &str) -> String {
    let mut out = String::new();
    let join = |ss: &[Sentence]| {
        ss.iter()
            .map(|s| sentence(w, s))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for p in pieces {
        match p {
            Piece::Paragraph(ss) => {
                let _ = writeln!(out, "{}\n", join(ss));
            }
            Piece::Linked(ss, page) => {
                let _ = writeln!(
                    out,
                    "{} {} [{domain}](https://{domain}/{}).\n",
                    join(ss),
                    w.more,
                    PAGES[*page]
                );
            }
            Piece::Heading(level, h) => {
                let _ = writeln!(out, "{} {}\n", "#".repeat(*level), w.headings[*h]);
            }
            Piece::List(items) => {
                for b in items {
                    let _ = writeln!(out, "- {}.", w.bullets[*b]);
                }
                out.push('\n');
            }
            Piece::Table(rows) => {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |\n|---|---|---|",
                    w.table[0], w.table[1], w.table[2]
                );
                for (k, (o, t)) in rows.iter().enumerate() {
                    let mark = if k % 2 == 0 { "✓" } else { "–" };
                    let tail = w.tails[*t].trim_end_matches('.');
                    let _ = writeln!(out, "| {} | {} | {mark} |", cap(w.objects[*o]), tail);
                }
                out.push('\n');
            }
        }
    }
    out
}

fn count_words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The prose of one notice: its parts planned once, then written in every language.
struct ProsePlan {
    sections: Vec<Vec<Piece>>,
    questions: Vec<(usize, Vec<Piece>)>,
}

fn plan_prose(r: &mut Lcg) -> ProsePlan {
    let sections = SECTIONS
        .iter()
        .map(|s| match *s {
            "what-you-should-do" => advice_part(r),
            _ => plan_part(r, 115, 2),
        })
        .collect();
    let k = r.range(2, 3) as usize;
    let idx: Vec<usize> = (0..EN.questions.len()).collect();
    let chosen: Vec<usize> = r.some(&idx, k).into_iter().copied().collect();
    let questions = chosen
        .into_iter()
        .map(|q| (q, plan_part(r, 70, 3)))
        .collect();
    let mut plan = ProsePlan {
        sections,
        questions,
    };
    // Top up to about 1,200 words so that every notice weighs about the same.
    let words = |p: &ProsePlan| {
        p.sections
            .iter()
            .chain(p.questions.iter().map(|(_, q)| q))
            .map(|pieces| count_words(&render(pieces, &EN, "x.example")))
            .sum::<usize>()
    };
    while words(&plan) < 1_150 {
        let last = plan.questions.last_mut().expect("two or three questions");
        last.1.push(Piece::Paragraph(sentences(r, &EN)));
    }
    plan
}

/// The prose file of `lang` (an index into [`LANGS`]).
fn prose_in(plan: &ProsePlan, inc: &Incident, lang: usize) -> String {
    let w = words(LANGS[lang]);
    let sector = [
        SECTORS[inc.sector].0,
        SECTORS[inc.sector].1,
        SECTORS[inc.sector].2,
        SECTORS[inc.sector].3,
    ][lang];
    let mut out = String::with_capacity(10_000);
    let _ = writeln!(
        out,
        "---\ntitle: {}\nsummary: {}\nrevision: {}\n---\n",
        yq(&format!("{} {} ({sector})", w.title, inc.org)),
        yq(w.summary),
        inc.updates
    );
    for (s, pieces) in SECTIONS.iter().zip(&plan.sections) {
        let _ = writeln!(out, "# {s}\n");
        out.push_str(&render(pieces, w, &inc.domain));
        if *s == "more-information" {
            let _ = writeln!(
                out,
                "{} [{}](https://{}/).\n",
                w.more, inc.domain, inc.domain
            );
        }
    }
    let _ = writeln!(out, "# questions\n");
    for (q, pieces) in &plan.questions {
        let _ = writeln!(out, "## {}\n", w.questions[*q]);
        out.push_str(&render(pieces, w, &inc.domain));
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 || args.len() > 3 {
        eprintln!("usage: synth N DIR [SEED]");
        std::process::exit(2);
    }
    let n: usize = args[0].parse().unwrap_or_else(|_| {
        eprintln!("N must be a number");
        std::process::exit(2)
    });
    let dir = Path::new(&args[1]);
    let seed: u64 = args
        .get(2)
        .map_or(Ok(1), |s| s.parse())
        .unwrap_or_else(|_| {
            eprintln!("SEED must be a number");
            std::process::exit(2)
        });
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        eprintln!("{} exists and is not empty", dir.display());
        std::process::exit(2);
    }
    if let Err(e) = write_site(n, dir, seed) {
        eprintln!("cannot write {}: {e}", dir.display());
        std::process::exit(2);
    }
    println!(
        "wrote {n} incidents × {} languages to {}",
        LANGS.len(),
        dir.display()
    );
}

fn write_site(n: usize, dir: &Path, seed: u64) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join("content"))?;
    std::fs::write(
        dir.join("varsel.toml"),
        r#"# Synthetic site written by examples/synth.rs: every name in it is fictional.
base_url = "https://notices.example.org"
default_language = "en"
theme = "default"
withdrawn = "archive"

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
locale = "en-GB"
title = "Security notices"
"#,
    )?;
    let mut r = Lcg(seed ^ 0x9E37_79B9_7F4A_7C15);
    for i in 0..n {
        let country = r.below(COUNTRIES.len());
        let name = format!("{}{}", cap(r.pick(&SYLLABLES)), r.pick(&SYLLABLES));
        let sector = r.below(SECTORS.len());
        let year = r.range(2018, 2024);
        let inc = Incident {
            slug: format!(
                "{}-{}-{year}-{i:05}",
                name.to_lowercase(),
                SECTORS[sector].3.to_lowercase()
            ),
            org: format!(
                "{name} {} {}",
                SECTORS[sector].country_word(country),
                COUNTRIES[country].suffix
            ),
            domain: format!("{}.{}", name.to_lowercase(), COUNTRIES[country].tld),
            country,
            sector,
            service: r.below(SERVICES.len()),
            year,
            month: r.range(1, 12),
            day: r.range(1, 28),
            people: r.range(12, 250_000) as u64,
            updates: r.range(2, 4) as usize,
        };
        let folder = dir.join("content").join(&inc.slug);
        std::fs::create_dir_all(&folder)?;
        std::fs::write(folder.join("incident.yaml"), facts(&mut r, &inc))?;
        let plan = plan_prose(&mut r);
        for (k, lang) in LANGS.iter().enumerate() {
            std::fs::write(folder.join(format!("{lang}.md")), prose_in(&plan, &inc, k))?;
        }
    }
    Ok(())
}

trait CountryWord {
    fn country_word(&self, country: usize) -> &'static str;
}

impl CountryWord for (&'static str, &'static str, &'static str, &'static str) {
    /// The sector in the organisation's own language, as part of its name.
    fn country_word(&self, country: usize) -> &'static str {
        [self.0, self.1, self.2, self.3][country]
    }
}
