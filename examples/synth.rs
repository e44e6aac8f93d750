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
fn when(r: &mut Lcg, inc: &Incident, offset: i64) -> String {
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
        4 if offset < 0 => "unknown".into(),
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
    let _ = writeln!(y, "status: {}", r.pick(&STATUSES));
    let _ = writeln!(y, "source_language: {}", r.pick(&LANGS));
    if r.chance(10) {
        let _ = writeln!(y, "published_until: {}", ymd(py + 2, pm, pd));
    }
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
    let n_events = r.range(4, 8) as usize;
    for (k, e) in r.some(&EVENTS, n_events).into_iter().enumerate() {
        let offset = k as i64 * 2 - 6;
        let w = when(r, inc, offset);
        let _ = writeln!(y, "  - event: {e}\n    when: {w}");
    }
    let _ = writeln!(
        y,
        "  - event: other\n    when: {}\n    label: {}",
        when(r, inc, 10),
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
    let (n, u) = rest.split_at(rest.len() * 2 / 3);
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
    let bodies = std::iter::once(&BODIES[r.below(5)]).chain(r.some(&BODIES[5..], others));
    for (k, b) in bodies.enumerate() {
        let _ = writeln!(y, "  - body: {b}\n    when: {}", when(r, inc, k as i64 + 1));
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
    for m in {
        let k = r.range(2, 6) as usize;
        r.some(&MEASURES, k)
    } {
        let _ = writeln!(y, "    - {m}");
    }
    let _ = writeln!(y, "    - text: {free}");
    let _ = writeln!(y, "  planned:");
    for m in {
        let k = r.range(1, 3) as usize;
        r.some(&MEASURES, k)
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

const SV: Words = Words {
    subjects: &[
        "Vi",
        "Vår säkerhetsavdelning",
        "Den externa utredaren",
        "Vår leverantör",
        "Ledningen",
        "Kundservice",
    ],
    verbs: &[
        "har undersökt",
        "har stängt av",
        "har gått igenom",
        "följer noga",
        "har dokumenterat",
        "har rapporterat",
    ],
    objects: &[
        "loggarna från de berörda servrarna",
        "alla konton med administratörsbehörighet",
        "hur uppgifterna har hanterats",
        "de system som lagrar personuppgifter",
        "kopplingen mellan tjänsterna",
        "säkerhetskopiorna från den senaste månaden",
    ],
    tails: &[
        "för att förstå vad som har hänt.",
        "och vi återkommer när vi vet mer.",
        "innan tjänsten öppnas igen.",
        "tillsammans med externa experter.",
        "så att det inte ska hända igen.",
        "och resultatet publiceras på den här sidan.",
    ],
    headings: &[
        "Det här vet vi",
        "Det här vet vi inte ännu",
        "Tidslinje i korthet",
        "Vad betyder det för dig",
        "Nästa steg",
    ],
    bullets: &[
        "Byt lösenord om du har använt samma lösenord på andra ställen",
        "Var uppmärksam på mejl och sms som ber dig logga in",
        "Kontrollera dina kontoutdrag de närmaste månaderna",
        "Lämna aldrig ut koder som du får via sms",
        "Kontakta oss om något verkar konstigt",
    ],
    questions: &[
        "Är mitt lösenord säkert?",
        "Måste jag göra något?",
        "Hur vet jag om mina uppgifter berörs?",
        "Varför fick jag inte veta tidigare?",
    ],
    more: "Läs mer hos",
    table: ["Uppgift", "Varför vi hade den", "Berörd"],
    title: "Personuppgiftsincident i",
    summary: "Obehöriga har haft åtkomst till uppgifter om våra kunder. Intrånget är stoppat och vi utreder vad som har hänt.",
};

const NB: Words = Words {
    subjects: &[
        "Vi",
        "Sikkerhetsavdelingen vår",
        "Den eksterne granskeren",
        "Leverandøren vår",
        "Ledelsen",
        "Kundeservice",
    ],
    verbs: &[
        "har undersøkt",
        "har stengt",
        "har gått gjennom",
        "følger nøye med på",
        "har dokumentert",
        "har meldt fra om",
    ],
    objects: &[
        "loggene fra de berørte serverne",
        "alle kontoer med administratortilgang",
        "hvordan opplysningene er behandlet",
        "systemene som lagrer personopplysninger",
        "koblingen mellom tjenestene",
        "sikkerhetskopiene fra den siste måneden",
    ],
    tails: &[
        "for å forstå hva som har skjedd.",
        "og vi kommer tilbake når vi vet mer.",
        "før tjenesten åpnes igjen.",
        "sammen med eksterne eksperter.",
        "slik at det ikke skal skje igjen.",
        "og resultatet publiseres på denne siden.",
    ],
    headings: &[
        "Dette vet vi",
        "Dette vet vi ikke ennå",
        "Tidslinje i korte trekk",
        "Hva betyr det for deg",
        "Neste steg",
    ],
    bullets: &[
        "Bytt passord hvis du har brukt samme passord andre steder",
        "Vær oppmerksom på e-post og SMS som ber deg logge inn",
        "Sjekk kontoutskriftene dine de neste månedene",
        "Gi aldri fra deg koder du får på SMS",
        "Ta kontakt med oss hvis noe virker rart",
    ],
    questions: &[
        "Er passordet mitt trygt?",
        "Må jeg gjøre noe?",
        "Hvordan vet jeg om mine opplysninger er berørt?",
        "Hvorfor fikk jeg ikke vite det tidligere?",
    ],
    more: "Les mer hos",
    table: ["Opplysning", "Hvorfor vi hadde den", "Berørt"],
    title: "Personvernbrudd i",
    summary: "Uvedkommende har hatt tilgang til opplysninger om kundene våre. Innbruddet er stoppet, og vi undersøker hva som har skjedd.",
};

const NL: Words = Words {
    subjects: &[
        "Het team",
        "Onze beveiligingsafdeling",
        "De externe onderzoeker",
        "Onze leverancier",
        "De directie",
        "De klantenservice",
    ],
    verbs: &[
        "heeft onderzocht",
        "heeft afgesloten",
        "heeft doorgelicht",
        "houdt nauwlettend in de gaten",
        "heeft vastgelegd",
        "heeft gemeld",
    ],
    objects: &[
        "de logbestanden van de getroffen servers",
        "alle accounts met beheerdersrechten",
        "hoe de gegevens zijn verwerkt",
        "de systemen waarin persoonsgegevens staan",
        "de koppeling tussen de diensten",
        "de back-ups van de afgelopen maand",
    ],
    tails: &[
        "om te begrijpen wat er is gebeurd.",
        "en we laten meer weten zodra we dat kunnen.",
        "voordat de dienst weer opengaat.",
        "samen met externe deskundigen.",
        "zodat dit niet opnieuw gebeurt.",
        "en de uitkomst publiceren we op deze pagina.",
    ],
    headings: &[
        "Wat we weten",
        "Wat we nog niet weten",
        "Tijdlijn in het kort",
        "Wat betekent dit voor u",
        "Volgende stappen",
    ],
    bullets: &[
        "Wijzig uw wachtwoord als u hetzelfde wachtwoord elders gebruikt",
        "Let op e-mails en sms'jes die vragen om in te loggen",
        "Controleer de komende maanden uw bankafschriften",
        "Geef nooit codes door die u per sms ontvangt",
        "Neem contact met ons op als iets vreemd lijkt",
    ],
    questions: &[
        "Is mijn wachtwoord veilig?",
        "Moet ik iets doen?",
        "Hoe weet ik of mijn gegevens betrokken zijn?",
        "Waarom hoorde ik dit niet eerder?",
    ],
    more: "Lees meer bij",
    table: ["Gegeven", "Waarom we het hadden", "Getroffen"],
    title: "Datalek bij",
    summary: "Onbevoegden hebben toegang gehad tot gegevens van onze klanten. De inbraak is gestopt en we onderzoeken wat er is gebeurd.",
};

const EN: Words = Words {
    subjects: &[
        "We",
        "Our security team",
        "The outside investigator",
        "Our supplier",
        "The management",
        "Customer service",
    ],
    verbs: &[
        "have examined",
        "have shut down",
        "have reviewed",
        "are closely monitoring",
        "have documented",
        "have reported",
    ],
    objects: &[
        "the logs of the affected servers",
        "every account with administrator rights",
        "how the information was handled",
        "the systems that store personal data",
        "the connection between the services",
        "the backups from the past month",
    ],
    tails: &[
        "to understand what has happened.",
        "and we will come back when we know more.",
        "before the service opens again.",
        "together with outside experts.",
        "so that it does not happen again.",
        "and the outcome will be published on this page.",
    ],
    headings: &[
        "What we know",
        "What we do not know yet",
        "Timeline in brief",
        "What it means for you",
        "Next steps",
    ],
    bullets: &[
        "Change your password if you have used the same password elsewhere",
        "Be wary of emails and text messages that ask you to log in",
        "Check your bank statements over the coming months",
        "Never give out codes that you receive by text message",
        "Contact us if anything seems odd",
    ],
    questions: &[
        "Is my password safe?",
        "Do I need to do anything?",
        "How do I know whether my information is affected?",
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

fn paragraph(r: &mut Lcg, w: &Words, inc: &Incident, lang: usize, out: &mut String) {
    let n = r.range(3, 5);
    for k in 0..n {
        let subject = r.pick(w.subjects);
        let _ = write!(
            out,
            "{} {} {} {}",
            subject,
            r.pick(w.verbs),
            r.pick(w.objects),
            r.pick(w.tails)
        );
        if k == 1 && r.chance(30) {
            let _ = write!(
                out,
                " {} ([{}](https://{}/{})).",
                SERVICES[inc.service][lang],
                inc.domain,
                inc.domain,
                ["status", "hjelp", "faq", "privacy"][r.below(4)]
            );
        }
        out.push(' ');
    }
    out.pop();
    out.push_str("\n\n");
}

fn block(r: &mut Lcg, w: &Words, inc: &Incident, lang: usize, out: &mut String, target: usize) {
    let start = count_words(out);
    paragraph(r, w, inc, lang, out);
    while count_words(out) - start < target {
        match r.below(6) {
            0 => {
                let _ = writeln!(out, "## {}\n", r.pick(w.headings));
                paragraph(r, w, inc, lang, out);
            }
            1 => {
                let _ = writeln!(out, "### {}\n", r.pick(w.headings));
                paragraph(r, w, inc, lang, out);
            }
            2 => {
                for b in {
                    let k = r.range(2, 4) as usize;
                    r.some(w.bullets, k)
                } {
                    let _ = writeln!(out, "- {b}.");
                }
                out.push('\n');
            }
            3 if r.chance(30) => {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |\n|---|---|---|",
                    w.table[0], w.table[1], w.table[2]
                );
                for row in 0..r.range(3, 5) {
                    let _ = writeln!(
                        out,
                        "| {} | {} | {} |",
                        cap(r.pick(w.objects)),
                        r.pick(w.tails).trim_end_matches('.'),
                        if row % 2 == 0 { "✓" } else { "–" }
                    );
                }
                out.push('\n');
            }
            _ => paragraph(r, w, inc, lang, out),
        }
    }
}

fn count_words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn prose(r: &mut Lcg, inc: &Incident, lang: usize) -> String {
    let code = LANGS[lang];
    let w = words(code);
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
    for s in SECTIONS {
        let _ = writeln!(out, "# {s}\n");
        block(r, w, inc, lang, &mut out, 115);
        if s == "more-information" {
            let _ = writeln!(
                out,
                "{} [{}](https://{}/).\n",
                w.more, inc.domain, inc.domain
            );
        }
    }
    let _ = writeln!(out, "# questions\n");
    for q in {
        let k = r.range(2, 3) as usize;
        r.some(w.questions, k)
    } {
        let _ = writeln!(out, "## {q}\n");
        block(r, w, inc, lang, &mut out, 70);
    }
    // Top up to about 1,200 words so that every language weighs the same.
    while count_words(&out) < 1_200 {
        paragraph(r, w, inc, lang, &mut out);
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
        for (k, lang) in LANGS.iter().enumerate() {
            std::fs::write(folder.join(format!("{lang}.md")), prose(&mut r, &inc, k))?;
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
