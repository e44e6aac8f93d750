//! Facts put into one language's words: counts that may be partial, events as certain as they
//! are known, bodies by their official names in the notice's country, national identity numbers
//! in the term of the country whose people are affected, measures as done or still to do.
//! Every sentence here is a Fluent message; this module only picks the message and its values.

use fluent_bundle::FluentArgs;

use crate::incident::model::{Count, Event, Facts, Item, Notified, Party, Text};
use crate::incident::vocab::{Certainty, Country, DataCategory, Measure};
use crate::incident::when::When;
use crate::locale::Locale;

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

/// Whether the notice is still open, or settled (resolved or archived): a settled notice
/// may say a number is not known, never that it is still being looked into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    Open,
    Settled,
}

/// A count in words: "about 12,000 people", "1,200–1,500 people", "some, not all".
pub(crate) fn count(
    locale: &Locale,
    what: Counted,
    c: Count,
    approximate: bool,
    stage: Stage,
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
        Count::Unknown => {
            let settled = if stage == Stage::Settled {
                "-settled"
            } else {
                ""
            };
            locale.msg(&format!(
                "{p}-{}unknown{settled}",
                if what == Counted::Group { "count-" } else { "" }
            ))
        }
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

/// Another organisation involved: "IT provider: Driftpartner AB", "Supplier (not named)".
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
            locale.msg_args("party-named", Some(&args))
        }
        None => locale.msg_args("party-unnamed", Some(&args)),
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
    use crate::locale::Locales;
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
        table(&group, |l, c| {
            count(l, Counted::Group, *c, false, Stage::Open)
        });
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
            (
                Count::AtLeast(1),
                [
                    "minst 1 person",
                    "minst 1 person",
                    "ten minste 1 persoon",
                    "at least 1 person",
                ],
            ),
            (
                Count::AtMost(2000),
                [
                    "högst 2 000 personer",
                    "høyst 2 000 personer",
                    "hoogstens 2.000 personen",
                    "at most 2,000 people",
                ],
            ),
        ];
        table(&people, |l, c| {
            count(l, Counted::People, *c, false, Stage::Open)
        });
        // A settled notice does not say it is still looking into what it will never know.
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
        table(&settled, |l, w| {
            count(l, *w, Count::Unknown, false, Stage::Settled)
        });
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
                    "Kronofogden, Sverige",
                    "Kronofogden, Sverige",
                    "Kronofogden, Zweden",
                    "Kronofogden, Sweden",
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
                    "Vår it-leverantör: Driftpartner AB",
                    "IT-leverandøren vår: Driftpartner AB",
                    "Onze IT-leverancier: Driftpartner AB",
                    "Our IT provider: Driftpartner AB",
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
