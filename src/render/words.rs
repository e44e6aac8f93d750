//! Facts put into one language's words: counts that may be partial, events as certain as they
//! are known, bodies by their official names in the notice's country, national identity numbers
//! in the term of the country whose people are affected, measures as done or still to do.
//! Every sentence here is a Fluent message; this module only picks the message and its values.

use fluent_bundle::FluentArgs;

use crate::incident::model::{AffectedGroup, Count, Event, Facts, Item, Notified, Party, Text};
use crate::incident::vocab::{Certainty, Country, DataCategory, Group, Measure};
use crate::incident::when::When;
use crate::locale::{Locale, Voice};

/// What a count counts, for the messages that word it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counted {
    /// Everyone affected, as the key fact "People affected".
    People,
    /// One group, in brackets after its name.
    Group,
}

impl Counted {
    fn prefix(self) -> &'static str {
        match self {
            Counted::People => "people",
            Counted::Group => "group",
        }
    }
}

/// A count in words: "about 12,000" (the label says whom), "1,200–1,500 people" in a group's
/// brackets, "some, not all". An unknown count is worded as the notice's `voice` stands: a
/// settled notice may say a number is not known, never that it is still being looked into.
pub(crate) fn count(
    locale: &Locale,
    what: Counted,
    c: Count,
    approximate: bool,
    voice: &Voice,
) -> String {
    let p = what.prefix();
    match c {
        Count::Known(n) if approximate => locale.count(&format!("{p}-count-approx"), n),
        Count::Known(n) => locale.count(&format!("{p}-count"), n),
        Count::AtLeast(n) => locale.count(&format!("{p}-count-at-least"), n),
        Count::AtMost(n) => locale.count(&format!("{p}-count-at-most"), n),
        Count::Between(a, b) => {
            let mut args = FluentArgs::new();
            args.set("count", b as f64);
            args.set("from", locale.formats.number(a));
            args.set("to", locale.formats.number(b));
            locale.msg_args(&format!("{p}-count-range"), Some(&args))
        }
        Count::Some => locale.msg(&format!("{p}-some")),
        Count::Most => locale.msg(&format!("{p}-most")),
        Count::All => locale.msg(&format!("{p}-all")),
        Count::Unknown => match what {
            Counted::People => locale.msg_in("people-unknown", voice),
            Counted::Group => locale.msg_in("group-count-unknown", voice),
        },
    }
}

/// An affected group, with its service and its count: "Kunder hos Bokhylla (18 650 personer)",
/// "Users of Ljusnet Växel (about 39,800 people)". Which preposition joins a group to its
/// service is the group's own, so each standard group has its own message.
pub(crate) fn group(locale: &Locale, g: &AffectedGroup, voice: &Voice) -> String {
    let lang = locale.code.as_str();
    let label = g.label.as_ref().map(|l| text_in(l, lang));
    let mut args = FluentArgs::new();
    let name = match (&g.service, label, g.group) {
        (Some(service), None, k) if k != Group::Other => {
            args.set("service", text_in(service, lang));
            locale.msg_args(&k.of_service_message_id(), Some(&args))
        }
        (Some(service), label, k) => {
            args.set(
                "group",
                label.unwrap_or_else(|| locale.msg(&k.message_id())),
            );
            args.set("service", text_in(service, lang));
            locale.msg_args("group-of-service", Some(&args))
        }
        (None, Some(label), _) => label,
        (None, None, Group::Other) => String::new(),
        (None, None, k) => locale.msg(&k.message_id()),
    };
    let name = match g.count {
        Some(c) => format!(
            "{name} ({})",
            count(locale, Counted::Group, c, g.approximate, voice)
        ),
        None => name,
    };
    capitalised(lang, &name)
}

/// `s` as a list item starts: with a capital letter, whatever fact or author's words it
/// begins with. A first word written as a name or a code ("iPhone", "bokhylla.example",
/// "e5-servern") is kept as written. Dutch writes the digraph ij as one letter: "IJsselmeer".
pub(crate) fn capitalised(lang: &str, s: &str) -> String {
    let first_word = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '(' | ')'))
        .next()
        .unwrap_or_default()
        .trim_end_matches(['.', '!', '?']);
    // Up to a hyphen: "mid-November" starts with a plain word, "iPhone-appen" with a name.
    let plain = first_word
        .split('-')
        .next()
        .unwrap_or_default()
        .chars()
        .all(|c| c.is_lowercase() || matches!(c, '\'' | '’'));
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() && plain => {
            if let Some(rest) = s.strip_prefix("ij").filter(|_| lang == "nl") {
                return format!("IJ{rest}");
            }
            c.to_uppercase().chain(chars).collect()
        }
        _ => s.to_owned(),
    }
}

/// A timeline event's words, as sure as the notice is that it happened.
pub(crate) fn event(locale: &Locale, e: &Event) -> String {
    let lang = locale.code.as_str();
    let certainty = e.certainty();
    match (&e.label, certainty) {
        (Some(l), Certainty::Confirmed) => text_in(l, lang),
        // The author's own words cannot be turned into a possibility; say how sure it is.
        (Some(l), c) => {
            let mut args = FluentArgs::new();
            args.set("event", text_in(l, lang));
            args.set("certainty", c.key());
            locale.msg_args("event-with-certainty", Some(&args))
        }
        (None, Certainty::Confirmed) => locale.msg(&e.event.message_id()),
        (None, c) => locale.msg(&format!("event-{}-{}", c.key(), e.event.key())),
    }
}

/// A body's name: the official name first, in the page's language (an `other` body by its
/// label, with its country when given).
pub(crate) fn body(locale: &Locale, n: &Notified, country: Option<Country>) -> String {
    match (n.body_in(country), &n.label) {
        (_, Some(label)) => {
            let name = text_in(label, &locale.code);
            match n.country {
                Some(c) => {
                    let mut args = FluentArgs::new();
                    args.set("name", name);
                    args.set("country", locale.msg(&c.message_id()));
                    locale.msg_args("body-other-in-country", Some(&args))
                }
                None => name,
            }
        }
        (b, None) => locale.msg(&b.message_id()),
    }
}

/// The date a body was told, or that the notice does not state it (which is not the same as
/// not knowing whether it was told).
pub(crate) fn notified_when(locale: &Locale, w: &When) -> String {
    match w {
        When::Unknown => locale.msg("notified-when-unknown"),
        w => locale.when(w),
    }
}

/// The countries whose terms a national identity number takes: the people's, else the
/// organisation's; none when neither is given.
pub(crate) fn people_countries(f: &Facts) -> Vec<Option<Country>> {
    if f.affected.countries.is_empty() {
        vec![f.organization.country]
    } else {
        f.affected.countries.iter().copied().map(Some).collect()
    }
}

/// A data category's words: `national_id` as each country's own term, one per country.
pub(crate) fn data(locale: &Locale, c: DataCategory, countries: &[Option<Country>]) -> Vec<String> {
    if c != DataCategory::NationalId {
        return vec![locale.msg(&c.message_id())];
    }
    countries
        .iter()
        .map(|country| {
            let mut args = FluentArgs::new();
            args.set("country", country.map_or("none", Country::key));
            locale.msg_args(&c.message_id(), Some(&args))
        })
        .collect()
}

/// Whether a measure is done or still to come: the two are worded in different tenses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Taken,
    Planned,
}

/// A measure in the tense its list needs.
pub(crate) fn measure(locale: &Locale, m: &Item<Measure>, tense: Tense) -> String {
    match (m, tense) {
        (Item::Key(k), Tense::Taken) => locale.msg(&k.message_id()),
        (Item::Key(k), Tense::Planned) => locale.msg(&k.planned_message_id()),
        (Item::Text(t), _) => text_in(t, &locale.code),
    }
}

/// Another organisation involved: "Our IT provider, Driftpartner AB", "Supplier (not named)".
pub(crate) fn party(locale: &Locale, p: &Party) -> String {
    let lang = locale.code.as_str();
    let role = match &p.label {
        Some(l) => text_in(l, lang),
        None => locale.msg(&p.role.message_id()),
    };
    let mut args = FluentArgs::new();
    args.set("role", role);
    match &p.name {
        Some(name) => {
            args.set("name", text_in(name, lang));
            capitalised(lang, &locale.msg_args("party-named", Some(&args)))
        }
        None => capitalised(lang, &locale.msg_args("party-unnamed", Some(&args))),
    }
}

pub(crate) fn text_in(t: &Text, lang: &str) -> String {
    t.get(lang).unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    //! Wording as wording: for each fact, the exact sentence in every built-in language.

    use super::*;
    use crate::config::Config;
    use crate::incident::model::Reporter;
    use crate::incident::vocab::Body;
    use crate::locale::{Locales, State};
    use std::path::Path;

    const LANGS: [&str; 4] = ["sv", "nb", "nl", "en"];

    fn locales() -> Locales {
        let toml = "base_url = \"https://example.org\"\ndefault_language = \"en\"\n\
            [[languages]]\ncode = \"sv\"\nlocale = \"sv-SE\"\n\
            [[languages]]\ncode = \"nb\"\nlocale = \"nb-NO\"\n\
            [[languages]]\ncode = \"nl\"\nlocale = \"nl-NL\"\n\
            [[languages]]\ncode = \"en\"\nlocale = \"en-GB\"\n";
        let config = Config::parse(Path::new("varsel.toml"), toml).unwrap();
        // No folder of the site's own: only the built-in locales.
        Locales::load(Path::new("/nonexistent-varsel-site"), &config).unwrap()
    }

    /// Spaces that keep words together are spaces to a reader.
    fn plain(s: String) -> String {
        s.replace(['\u{a0}', '\u{202f}'], " ")
    }

    /// Checks `say` against one expected sentence per language (sv, nb, nl, en).
    fn table<T: std::fmt::Debug>(cases: &[(T, [&str; 4])], say: impl Fn(&Locale, &T) -> String) {
        let locales = locales();
        for (fact, want) in cases {
            for (lang, want) in LANGS.iter().zip(want) {
                let got = plain(say(locales.get(lang), fact));
                assert_eq!(got, *want, "{fact:?} in {lang}");
            }
        }
    }

    fn voice(state: State) -> Voice {
        Voice {
            state,
            ..Voice::default()
        }
    }

    fn open() -> Voice {
        voice(State::Investigating)
    }

    fn event(kind: &str, when: &str, certainty: Option<Certainty>) -> Event {
        Event {
            event: kind.parse().unwrap(),
            when: When::parse(when).unwrap(),
            label: None,
            certainty,
        }
    }

    #[test]
    fn counts_partial_and_bounded() {
        let group = [
            (
                Count::Some,
                [
                    "några, inte alla",
                    "noen, ikke alle",
                    "een deel, niet allemaal",
                    "some, not all",
                ],
            ),
            (
                Count::Most,
                ["de flesta", "de fleste", "de meesten", "most"],
            ),
            (Count::All, ["alla", "alle", "allemaal", "all"]),
            (
                Count::Between(1200, 1500),
                [
                    "1 200–1 500 personer",
                    "1 200–1 500 personer",
                    "1.200–1.500 personen",
                    "1,200–1,500 people",
                ],
            ),
            (
                Count::AtMost(500),
                ["högst 500", "høyst 500", "hoogstens 500", "at most 500"],
            ),
            (
                Count::AtLeast(40),
                ["minst 40", "minst 40", "ten minste 40", "at least 40"],
            ),
        ];
        table(&group, |l, c| count(l, Counted::Group, *c, false, &open()));
        let people = [
            (
                Count::Some,
                [
                    "Några, men inte alla",
                    "Noen, men ikke alle",
                    "Een deel, niet iedereen",
                    "Some, but not all",
                ],
            ),
            // The label "People affected" names the people: the value does not again.
            (
                Count::AtLeast(1),
                ["minst 1", "minst 1", "ten minste 1", "at least 1"],
            ),
            (
                Count::AtMost(2000),
                [
                    "högst 2 000",
                    "høyst 2 000",
                    "hoogstens 2.000",
                    "at most 2,000",
                ],
            ),
            (
                Count::Between(1200, 1500),
                ["1 200–1 500", "1 200–1 500", "1.200–1.500", "1,200–1,500"],
            ),
            (
                Count::Known(18650),
                ["18 650", "18 650", "18.650", "18,650"],
            ),
        ];
        table(&people, |l, c| {
            count(l, Counted::People, *c, false, &open())
        });
        let about = [(
            Count::Known(41200),
            [
                "cirka 41 200",
                "omtrent 41 200",
                "ongeveer 41.200",
                "about 41,200",
            ],
        )];
        table(&about, |l, c| count(l, Counted::People, *c, true, &open()));
        // A group's count stands in brackets after its name, so it says whom it counts.
        let one = [(
            Count::Known(1),
            ["1 person", "1 person", "1 persoon", "1 person"],
        )];
        table(&one, |l, c| count(l, Counted::Group, *c, false, &open()));
        // A settled notice does not say it is still looking into what it will never know; an
        // open one, contained or not, does.
        let open_unknown = [
            (
                Counted::People,
                [
                    "Ännu inte känt. Vi utreder det.",
                    "Ikke kjent ennå. Dette undersøkes.",
                    "Nog niet bekend. Dit wordt onderzocht.",
                    "Not known yet; this is being investigated.",
                ],
            ),
            (
                Counted::Group,
                [
                    "antalet är ännu inte känt",
                    "antallet er ikke kjent ennå",
                    "aantal nog niet bekend",
                    "number not yet known",
                ],
            ),
        ];
        for state in [State::Investigating, State::Contained] {
            table(&open_unknown, |l, w| {
                count(l, *w, Count::Unknown, false, &voice(state))
            });
        }
        let settled = [
            (
                Counted::People,
                ["Inte känt", "Ikke kjent", "Niet bekend", "Not known"],
            ),
            (
                Counted::Group,
                [
                    "antalet är inte känt",
                    "antallet er ikke kjent",
                    "aantal niet bekend",
                    "number not known",
                ],
            ),
        ];
        for state in [State::Resolved, State::Archived] {
            table(&settled, |l, w| {
                count(l, *w, Count::Unknown, false, &voice(state))
            });
        }
    }

    fn affected(group: Group, service: Option<&str>, count: Option<Count>) -> AffectedGroup {
        AffectedGroup {
            group,
            service: service.map(|s| Text::Same(s.to_owned())),
            count,
            approximate: false,
            label: None,
        }
    }

    #[test]
    fn groups_take_their_own_preposition() {
        let labelled = |label: &str, service: Option<&str>| AffectedGroup {
            label: Some(Text::Same(label.to_owned())),
            ..affected(Group::Other, service, Some(Count::Known(1)))
        };
        let cases = [
            (
                affected(
                    Group::Customers,
                    Some("Bokhylla"),
                    Some(Count::Known(18650)),
                ),
                [
                    "Kunder hos Bokhylla (18 650 personer)",
                    "Kunder hos Bokhylla (18 650 personer)",
                    "Klanten van Bokhylla (18.650 personen)",
                    "Customers of Bokhylla (18,650 people)",
                ],
            ),
            (
                AffectedGroup {
                    approximate: true,
                    ..affected(
                        Group::Users,
                        Some("Ljusnet Växel"),
                        Some(Count::Known(39800)),
                    )
                },
                [
                    "Användare av Ljusnet Växel (cirka 39 800 personer)",
                    "Brukere av Ljusnet Växel (omtrent 39 800 personer)",
                    "Gebruikers van Ljusnet Växel (ongeveer 39.800 personen)",
                    "Users of Ljusnet Växel (about 39,800 people)",
                ],
            ),
            (
                affected(Group::Members, Some("Bokklubben"), None),
                [
                    "Medlemmar i Bokklubben",
                    "Medlemmer i Bokklubben",
                    "Leden van Bokklubben",
                    "Members of Bokklubben",
                ],
            ),
            (
                affected(Group::Students, Some("Norrvik"), None),
                [
                    "Studenter vid Norrvik",
                    "Studenter ved Norrvik",
                    "Studenten van Norrvik",
                    "Students at Norrvik",
                ],
            ),
            (
                affected(Group::Employees, Some("Driftpartner"), Some(Count::Unknown)),
                [
                    "Anställda hos Driftpartner (antalet är ännu inte känt)",
                    "Ansatte i Driftpartner (antallet er ikke kjent ennå)",
                    "Medewerkers van Driftpartner (aantal nog niet bekend)",
                    "Employees of Driftpartner (number not yet known)",
                ],
            ),
            // The author's own name for a group starts the item with a capital, and one
            // person is one.
            (
                labelled("varav kunder som betalade mot faktura", None),
                [
                    "Varav kunder som betalade mot faktura (1 person)",
                    "Varav kunder som betalade mot faktura (1 person)",
                    "Varav kunder som betalade mot faktura (1 persoon)",
                    "Varav kunder som betalade mot faktura (1 person)",
                ],
            ),
            (
                labelled("ouders", Some("Norrvik")),
                [
                    "Ouders, Norrvik (1 person)",
                    "Ouders, Norrvik (1 person)",
                    "Ouders, Norrvik (1 persoon)",
                    "Ouders, Norrvik (1 person)",
                ],
            ),
        ];
        table(&cases, |l, g| group(l, g, &open()));
        // Every standard group has its own wording with a service, naming the service.
        let locales = locales();
        for lang in LANGS {
            for g in Group::ALL.iter().filter(|g| **g != Group::Other) {
                let said = group(
                    locales.get(lang),
                    &affected(*g, Some("Växel"), None),
                    &open(),
                );
                assert!(said.contains("Växel"), "{lang} {g}: {said}");
                assert_ne!(said, "Växel", "{lang} {g}");
            }
        }
    }

    #[test]
    fn list_items_start_with_a_capital_unless_a_name_or_code() {
        let cases = [
            (
                "e-post till kunder",
                [
                    "E-post till kunder",
                    "E-post till kunder",
                    "E-post till kunder",
                    "E-post till kunder",
                ],
            ),
            ("ärenden", ["Ärenden", "Ärenden", "Ärenden", "Ärenden"]),
            (
                "mid-November 2024",
                [
                    "Mid-November 2024",
                    "Mid-November 2024",
                    "Mid-November 2024",
                    "Mid-November 2024",
                ],
            ),
            // Dutch writes ij as one letter.
            (
                "ijsselmeer",
                ["Ijsselmeer", "Ijsselmeer", "IJsselmeer", "Ijsselmeer"],
            ),
            // Names and codes keep their own spelling.
            (
                "iPhone-appen",
                [
                    "iPhone-appen",
                    "iPhone-appen",
                    "iPhone-appen",
                    "iPhone-appen",
                ],
            ),
            (
                "bokhylla.example",
                [
                    "bokhylla.example",
                    "bokhylla.example",
                    "bokhylla.example",
                    "bokhylla.example",
                ],
            ),
            (
                "e5-servern",
                ["e5-servern", "e5-servern", "e5-servern", "e5-servern"],
            ),
            (
                "'s-Hertogenbosch",
                [
                    "'s-Hertogenbosch",
                    "'s-Hertogenbosch",
                    "'s-Hertogenbosch",
                    "'s-Hertogenbosch",
                ],
            ),
        ];
        table(&cases, |l, s| capitalised(&l.code, s));
    }

    #[test]
    fn suspected_events_read_as_possibilities() {
        let cases = [
            (
                event("exfiltration", "2024-10-06", Some(Certainty::Suspected)),
                [
                    "Uppgifter kan ha kopierats",
                    "Opplysninger kan være kopiert",
                    "Er zijn mogelijk gegevens gekopieerd",
                    "Data may have been copied",
                ],
            ),
            // Data taken at a time no one knows is never stated as fact unless the author says so.
            (
                event("exfiltration", "unknown", None),
                [
                    "Uppgifter kan ha kopierats",
                    "Opplysninger kan være kopiert",
                    "Er zijn mogelijk gegevens gekopieerd",
                    "Data may have been copied",
                ],
            ),
            (
                event("exfiltration", "unknown", Some(Certainty::RuledOut)),
                [
                    "Vi har inte hittat några tecken på att uppgifter kopierats",
                    "Vi har ikke funnet tegn på at opplysninger er kopiert",
                    "We hebben geen aanwijzingen gevonden dat er gegevens zijn gekopieerd",
                    "We have found no sign that data was copied",
                ],
            ),
            (
                event("intrusion", "2024-10", Some(Certainty::Suspected)),
                [
                    "Någon kan ha fått åtkomst till våra system",
                    "Noen kan ha fått tilgang til systemene våre",
                    "Mogelijk heeft iemand toegang gekregen tot onze systemen",
                    "Someone may have gained access to our systems",
                ],
            ),
        ];
        table(&cases, super::event);
        assert_eq!(
            event("exfiltration", "unknown", None).certainty(),
            Certainty::Suspected
        );
        assert_eq!(
            event("exfiltration", "2024-10", None).certainty(),
            Certainty::Confirmed
        );
    }

    #[test]
    fn measures_have_a_taken_and_a_planned_tense() {
        let key = Item::Key(Measure::PasswordsReset);
        let cases = [
            (
                Tense::Taken,
                [
                    "Vi har återställt lösenorden för de berörda kontona.",
                    "Vi har tilbakestilt passordene til de berørte kontoene.",
                    "We hebben de wachtwoorden van de betrokken accounts opnieuw ingesteld.",
                    "We reset the passwords of the accounts affected.",
                ],
            ),
            (
                Tense::Planned,
                [
                    "Vi kommer att återställa lösenorden för de berörda kontona.",
                    "Vi skal tilbakestille passordene til de berørte kontoene.",
                    "We gaan de wachtwoorden van de betrokken accounts opnieuw instellen.",
                    "We will reset the passwords of the accounts affected.",
                ],
            ),
        ];
        table(&cases, |l, t| measure(l, &key, *t));
    }

    #[test]
    fn no_planned_measure_is_worded_as_done() {
        let locales = locales();
        let done = ["Vi har ", "Vi har ", "We hebben ", "We have "];
        for (lang, done) in LANGS.iter().zip(done) {
            for m in Measure::ALL {
                let planned = measure(locales.get(lang), &Item::Key(*m), Tense::Planned);
                assert!(!planned.starts_with(done), "{lang} {m}: {planned}");
                let taken = measure(locales.get(lang), &Item::Key(*m), Tense::Taken);
                assert_ne!(planned, taken, "{lang} {m}");
            }
        }
    }

    #[test]
    fn national_ids_follow_the_country_of_the_people() {
        let cases = [
            (
                Some(Country::Se),
                [
                    "Personnummer",
                    "Svensk personnummer",
                    "Zweeds persoonsnummer",
                    "Swedish personal identity number (personnummer)",
                ],
            ),
            (
                Some(Country::No),
                [
                    "Norskt fødselsnummer",
                    "Fødselsnummer",
                    "Noors fødselsnummer",
                    "Norwegian national identity number (fødselsnummer)",
                ],
            ),
            (
                Some(Country::Nl),
                [
                    "Nederländskt medborgarservicenummer (BSN)",
                    "Nederlandsk borgerservicenummer (BSN)",
                    "Burgerservicenummer (BSN)",
                    "Dutch citizen service number (BSN)",
                ],
            ),
            (
                Some(Country::Gb),
                [
                    "Brittiskt National Insurance-nummer",
                    "Britisk National Insurance-nummer",
                    "Brits National Insurance-nummer",
                    "National Insurance number",
                ],
            ),
            (
                Some(Country::Dk),
                [
                    "Danskt CPR-nummer",
                    "Dansk CPR-nummer",
                    "Deens CPR-nummer",
                    "Danish personal identification number (CPR number)",
                ],
            ),
            (
                None,
                [
                    "Personnummer eller motsvarande identitetsnummer",
                    "Fødselsnummer eller tilsvarende identitetsnummer",
                    "Nationaal identificatienummer",
                    "National identity number",
                ],
            ),
        ];
        table(&cases, |l, c| {
            data(l, DataCategory::NationalId, &[*c]).join("; ")
        });
        let both = data(
            &locales().by_code["nl"],
            DataCategory::NationalId,
            &[Some(Country::Se), Some(Country::No)],
        );
        assert_eq!(both, ["Zweeds persoonsnummer", "Noors fødselsnummer"]);
    }

    fn notified(body: Body, country: Option<Country>, label: Option<Text>) -> Notified {
        Notified {
            body,
            label,
            country,
            when: When::Unknown,
            reference: None,
            by: Some(Reporter {
                label: Text::Same("Driftpartner AB".into()),
            }),
        }
    }

    #[test]
    fn bodies_by_official_name_in_the_notice_country() {
        let cases = [
            (
                notified(Body::Police, None, None),
                [
                    "Politiet (norska polisen)",
                    "Politiet",
                    "Politiet (de Noorse politie)",
                    "Politiet (the Norwegian police)",
                ],
            ),
            (
                notified(Body::SupervisoryAuthority, Some(Country::Se), None),
                [
                    "Integritetsskyddsmyndigheten (IMY)",
                    "Integritetsskyddsmyndigheten (IMY, det svenske datatilsynet)",
                    "Integritetsskyddsmyndigheten (IMY, de Zweedse privacytoezichthouder)",
                    "Integritetsskyddsmyndigheten (IMY, the Swedish data protection authority)",
                ],
            ),
            (
                notified(
                    Body::Other,
                    Some(Country::Se),
                    Some(Text::Same("Kronofogden".into())),
                ),
                [
                    "Kronofogden i Sverige",
                    "Kronofogden i Sverige",
                    "Kronofogden in Zweden",
                    "Kronofogden in Sweden",
                ],
            ),
            // Unnamed bodies in the author's words, and where they are.
            (
                notified(
                    Body::Other,
                    Some(Country::Nl),
                    Some(Text::PerLanguage(
                        [
                            ("sv", "Berörda myndigheter"),
                            ("nb", "Berørte myndigheter"),
                            ("nl", "De betrokken instanties"),
                            ("en", "The relevant authorities"),
                        ]
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v.to_owned()))
                        .collect(),
                    )),
                ),
                [
                    "Berörda myndigheter i Nederländerna",
                    "Berørte myndigheter i Nederland",
                    "De betrokken instanties in Nederland",
                    "The relevant authorities in the Netherlands",
                ],
            ),
        ];
        table(&cases, |l, n| body(l, n, Some(Country::No)));
        let unstated = [(
            When::Unknown,
            [
                "datum anges inte",
                "dato er ikke oppgitt",
                "datum niet vermeld",
                "date not stated",
            ],
        )];
        table(&unstated, notified_when);
    }

    #[test]
    fn parts_of_days_and_periods() {
        let cases = [
            (
                "2024-10-06 night",
                [
                    "natten mellan den 6 och 7 oktober 2024",
                    "natten mellom 6. og 7. oktober 2024",
                    "de nacht van 6 op 7 oktober 2024",
                    "the night of 6 to 7 October 2024",
                ],
            ),
            (
                "2024-10-31 night",
                [
                    "natten mellan den 31 oktober och 1 november 2024",
                    "natten mellom 31. oktober og 1. november 2024",
                    "de nacht van 31 oktober op 1 november 2024",
                    "the night of 31 October to 1 November 2024",
                ],
            ),
            (
                "2024-10-06 morning",
                [
                    "morgonen den 6 oktober 2024",
                    "morgenen 6. oktober 2024",
                    "de ochtend van 6 oktober 2024",
                    "the morning of 6 October 2024",
                ],
            ),
            (
                "2024-10-06 evening",
                [
                    "kvällen den 6 oktober 2024",
                    "kvelden 6. oktober 2024",
                    "de avond van 6 oktober 2024",
                    "the evening of 6 October 2024",
                ],
            ),
            (
                "early 2024-10",
                [
                    "början av oktober 2024",
                    "begynnelsen av oktober 2024",
                    "begin oktober 2024",
                    "early October 2024",
                ],
            ),
            (
                "mid 2024-10",
                [
                    "mitten av oktober 2024",
                    "midten av oktober 2024",
                    "half oktober 2024",
                    "mid-October 2024",
                ],
            ),
            (
                "late 2024-10",
                [
                    "slutet av oktober 2024",
                    "slutten av oktober 2024",
                    "eind oktober 2024",
                    "late October 2024",
                ],
            ),
        ];
        table(&cases, |l, w| l.when(&When::parse(w).unwrap()));
    }

    #[test]
    fn parties_named_and_unnamed() {
        use crate::incident::vocab::PartyRole;
        let named = Party {
            role: PartyRole::ItProvider,
            name: Some(Text::Same("Driftpartner AB".into())),
            label: None,
            statement: None,
        };
        let unnamed = Party {
            name: None,
            role: PartyRole::Supplier,
            ..named.clone()
        };
        let cases = [
            (
                named,
                [
                    "Vår it-leverantör, Driftpartner AB",
                    "IT-leverandøren vår, Driftpartner AB",
                    "Onze IT-leverancier, Driftpartner AB",
                    "Our IT provider, Driftpartner AB",
                ],
            ),
            (
                unnamed,
                [
                    "Vår leverantör (namnges inte)",
                    "Leverandøren vår (ikke navngitt)",
                    "Onze leverancier (naam niet vermeld)",
                    "Our supplier (not named)",
                ],
            ),
        ];
        table(&cases, party);
    }
}
