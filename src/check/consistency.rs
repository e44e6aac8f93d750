//! Whether a notice contradicts itself: a timeline event that tells a body no `notified:` entry
//! names, a resolved or archived notice still saying "not known yet", a planned measure already
//! done (or a taken one still to come), a data category both affected and not, and prose that
//! names data the facts do not list. A page that says two things cannot both be true.

use jiff::Timestamp;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::incident::model::{DataStatus, Item};
use crate::incident::vocab::{Body, Country, DataCategory, EventKind, Measure, Status};
use crate::incident::{Incident, Prose, SectionKey};
use crate::locale::Locale;
use crate::site::Site;

/// The consistency checks of one notice's facts, judged at `now`: they can find errors.
pub(crate) fn incident(incident: &Incident, now: Timestamp) -> Diagnostics {
    let mut diags = Diagnostics::default();
    timeline_bodies(incident, &mut diags);
    settled_but_unknown(incident, now, &mut diags);
    measure_tense(incident, now, &mut diags);
    data_both_ways(incident, &mut diags);
    diags
}

/// Whether each language's prose agrees with the data the facts list. Warnings only: the
/// words are a guess at what the prose means, and seeking every category's words in every
/// section costs a build more than all the checks on the facts together.
pub(crate) fn prose(site: &Site, incident: &Incident) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for (code, locale) in &site.locales.by_code {
        if incident.prose.contains_key(code) {
            summary_denies_data(incident, locale, &mut diags);
            prose_names_unlisted_data(incident, locale, &mut diags);
        }
    }
    diags
}

/// `authority_notified` needs a supervisory authority under `notified:`, `police_report` a
/// police (or a body of the author's own naming): otherwise the page says both "we informed
/// the authority" and "no authority has been informed yet".
fn timeline_bodies(incident: &Incident, diags: &mut Diagnostics) {
    let f = &incident.facts;
    let country = f.organization.country;
    let told = |is: fn(Body) -> bool| {
        f.notified
            .iter()
            .any(|n| n.body == Body::Other || is(n.body_in(country)))
    };
    for (i, e) in f.timeline.iter().enumerate() {
        let (needs, example) = match e.event {
            EventKind::AuthorityNotified if !told(Body::is_supervisory_authority) => {
                ("supervisory authority", "`- body: supervisory_authority`")
            }
            EventKind::PoliceReport if !told(Body::is_police) => ("police", "`- body: police`"),
            _ => continue,
        };
        diags.push(incident.at_fact(
            &format!("timeline[{i}].event"),
            Diagnostic::error(
                "timeline-body-not-notified",
                format!("the timeline says `{}`, but `notified:` names no {needs}", e.event),
            )
            .with_help(format!(
                "add the body under `notified:` ({example}, with `when:`), or the page says no one was told"
            )),
        ));
    }
}

/// A resolved or archived notice is read as the last word: it must not say "not known yet".
fn settled_but_unknown(incident: &Incident, now: Timestamp, diags: &mut Diagnostics) {
    let f = &incident.facts;
    // An archived notice was left as it stood; its words are flagged, not refused.
    let (state, make): (&str, fn(&'static str, String) -> Diagnostic) =
        if f.status == Status::Resolved {
            ("resolved", Diagnostic::error)
        } else if incident.is_withdrawn_at(&now) {
            ("archived", Diagnostic::warning)
        } else {
            return;
        };
    // Counts that are not known read "not known" on a settled page; these read "not yet".
    let mut unknown: Vec<(String, &str)> = Vec::new();
    if f.affected.groups.is_unknown() {
        unknown.push(("affected.groups".into(), "which groups are affected"));
    }
    let data_unknown = f.data.is_unknown()
        || !f.data.unknown.is_empty()
        || f.data.other.iter().any(|o| o.status == DataStatus::Unknown);
    if data_unknown {
        unknown.push(("data".into(), "which data is involved"));
    }
    for (i, e) in f.timeline.iter().enumerate() {
        if e.when == crate::incident::when::When::Unknown {
            unknown.push((format!("timeline[{i}].when"), "when an event happened"));
        }
    }
    for (path, what) in unknown {
        diags.push(incident.at_fact(
            &path,
            make(
                "settled-but-unknown",
                format!("the notice is {state}, but {what} is still given as not known"),
            )
            .with_help("a settled notice must not say \"not known yet\" or \"under investigation\": state what was found, or change `status:`"),
        ));
    }
}

/// The timeline events that record a measure having been carried out.
fn events_of(m: Measure) -> &'static [EventKind] {
    match m {
        Measure::PoliceReport => &[EventKind::PoliceReport],
        Measure::AffectedNotified => &[EventKind::PeopleNotified, EventKind::CustomersNotified],
        Measure::SystemsRestored => &[EventKind::SystemsRestored],
        Measure::AccessBlocked => &[EventKind::Contained],
        _ => &[],
    }
}

/// A planned measure the timeline shows done, or a taken one it shows still to come.
fn measure_tense(incident: &Incident, now: Timestamp, diags: &mut Diagnostics) {
    let f = &incident.facts;
    let lists = [
        ("taken", &f.measures.taken),
        ("planned", &f.measures.planned),
    ];
    for (list, items) in lists {
        for (i, m) in items.iter().enumerate() {
            let Item::Key(m) = m else { continue };
            for e in f
                .timeline
                .iter()
                .filter(|e| events_of(*m).contains(&e.event))
            {
                let (Some(start), Some(end)) =
                    (e.when.start_in(&incident.tz), e.when.end_in(&incident.tz))
                else {
                    continue;
                };
                let wrong = match list {
                    "planned" => end.timestamp() <= now,
                    _ => start.timestamp() > now,
                };
                if !wrong {
                    continue;
                }
                let (is, should) = match list {
                    "planned" => ("already happened", "taken"),
                    _ => ("is still to come", "planned"),
                };
                diags.push(incident.at_fact(
                    &format!("measures.{list}[{i}]"),
                    Diagnostic::error(
                        "measure-tense",
                        format!(
                            "`{m}` is listed as {list}, but the timeline's `{}` ({}) {is}",
                            e.event, e.when
                        ),
                    )
                    .with_help(format!("move it to `measures: {should}:` so the page words it in the right tense")),
                ));
            }
        }
    }
}

/// A category cannot be both affected (or possibly, or under investigation) and not affected.
fn data_both_ways(incident: &Incident, diags: &mut Diagnostics) {
    let d = &incident.facts.data;
    for (i, c) in d.not_affected.iter().enumerate() {
        let other = [
            ("affected", &d.affected),
            ("possibly_affected", &d.possibly_affected),
            ("unknown", &d.unknown),
        ]
        .into_iter()
        .find(|(_, list)| list.contains(c));
        if let Some((list, _)) = other {
            diags.push(
                incident.at_fact(
                    &format!("data.not_affected[{i}]"),
                    Diagnostic::error(
                        "data-contradiction",
                        format!("`{c}` is listed both as `not_affected` and as `{list}`"),
                    )
                    .with_help("keep it in one list: what is known about it"),
                ),
            );
        }
    }
}

/// A data category's words in `locale`, lower case and without the bracketed remarks, as they
/// would stand in a sentence; national identity numbers in the people's countries' terms.
fn category_words(incident: &Incident, locale: &Locale, c: DataCategory) -> Vec<String> {
    let f = &incident.facts;
    let countries: Vec<Option<Country>> = if f.affected.countries.is_empty() {
        vec![f.organization.country]
    } else {
        f.affected.countries.iter().copied().map(Some).collect()
    };
    let texts: Vec<String> = if c == DataCategory::NationalId {
        countries
            .iter()
            .map(|country| {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("country", country.map_or("none", Country::key));
                locale.msg_args(&c.message_id(), Some(&args))
            })
            .collect()
    } else {
        vec![locale.msg(&c.message_id())]
    };
    texts
        .into_iter()
        .map(|t| {
            let t = t.split(" (").next().unwrap_or(&t);
            t.trim().to_lowercase()
        })
        .collect()
}

/// Whether `word` stands in `text` (both lower case) as whole words, or as the start of one
/// (`card number` in `card numbers`).
fn mentions(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word)
        .find(|(at, _)| starts_word(text, *at))
        .map(|(at, _)| at)
}

/// Whether a word of `text` starts at byte `at`.
fn starts_word(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// The words that deny, per language, for "card numbers were not affected".
fn negations(lang: &str) -> &'static [&'static str] {
    match lang {
        "sv" => &["inte", "ej", "aldrig", "inga", "inget"],
        "nb" | "da" => &["ikke", "aldri", "ingen", "intet"],
        "nl" => &["niet", "geen", "nooit"],
        _ => &["not", "never", "no"],
    }
}

/// The summary says in one sentence that a category listed as affected was not.
fn summary_denies_data(incident: &Incident, locale: &Locale, diags: &mut Diagnostics) {
    let lang = locale.code.as_str();
    let summary = incident.prose[lang].front.summary.to_lowercase();
    let denies = |sentence: &str| {
        sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| negations(lang).contains(&w))
    };
    let d = &incident.facts.data;
    for c in d.affected.iter().chain(&d.possibly_affected) {
        for word in category_words(incident, locale, *c) {
            let said = summary
                .split(['.', '!', '?', ';'])
                .any(|s| mentions(s, &word).is_some() && denies(s));
            if said {
                let (line, col) = front_matter_place(incident, lang, "summary");
                diags.push(crate::check::at_prose(
                    incident,
                    lang,
                    line,
                    col,
                    Diagnostic::warning(
                        "summary-contradicts-data",
                        format!("the summary seems to say `{word}` was not affected, but the facts list `{c}` as affected"),
                    )
                    .with_help("make the summary and `data:` say the same thing"),
                ));
            }
        }
    }
}

/// Where `key:` stands in the front matter of the prose in `lang`.
fn front_matter_place(incident: &Incident, lang: &str, key: &str) -> (usize, usize) {
    let source = incident.prose_sources.get(lang).map(|s| &**s).unwrap_or("");
    source
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with(&format!("{key}:")))
        .map_or((1, 1), |(i, _)| (i + 1, 1))
}

/// Categories whose everyday words are too common to tell that the prose means the data
/// ("in our name", "a contract with us").
const TOO_COMMON: [DataCategory; 6] = [
    DataCategory::Name,
    DataCategory::Location,
    DataCategory::Photo,
    DataCategory::Contracts,
    DataCategory::Communications,
    DataCategory::PaymentMethod,
];

/// A category the prose names that the facts do not list at all: the lists may be incomplete.
/// The sections that say what happened to the data; elsewhere "password" is advice.
const DATA_SECTIONS: [SectionKey; 4] = [
    SectionKey::WhatHappened,
    SectionKey::WhoAffected,
    SectionKey::Data,
    SectionKey::Consequences,
];

fn prose_names_unlisted_data(incident: &Incident, locale: &Locale, diags: &mut Diagnostics) {
    let lang = locale.code.as_str();
    let d = &incident.facts.data;
    let listed = |c: DataCategory| {
        let all = [
            &d.affected,
            &d.possibly_affected,
            &d.not_affected,
            &d.unknown,
        ];
        all.iter().any(|l| l.contains(&c))
            // A hashed password is still a password to a reader.
            || (c == DataCategory::Password && all.iter().any(|l| l.contains(&DataCategory::HashedPassword)))
    };
    if d.is_unknown() {
        return;
    }
    let prose = &incident.prose[lang];
    let sought: Vec<(DataCategory, String)> = DataCategory::ALL
        .iter()
        .filter(|c| !listed(**c) && !TOO_COMMON.contains(c))
        .flat_map(|c| {
            category_words(incident, locale, *c)
                .into_iter()
                .map(|w| (*c, w))
        })
        .collect();
    let found = first_mentions(prose, &sought);
    let mut reported = Vec::new();
    for ((c, word), at) in sought.iter().zip(found) {
        let Some((key, lines_before)) = at else {
            continue;
        };
        if reported.contains(c) {
            continue;
        }
        reported.push(*c);
        let start = prose.section_lines.get(&key).copied().unwrap_or(1);
        let line = start + lines_before + 1;
        diags.push(crate::check::at_prose(
            incident,
            lang,
            line,
            1,
            Diagnostic::warning(
                "data-only-in-prose",
                format!("the prose names `{word}`, but `data:` does not list `{c}`"),
            )
            .with_help(format!(
                "add `{c}` to the list under `data:` that says what is known about it"
            )),
        ));
    }
}

/// For each sought word, the first data section that [`mentions`] it and the lines before
/// it there. The sections are lowered once for all the words, and a word is only sought in a
/// section where a word starts with the same three bytes: seeking every word in every
/// section, and lowering them word by word, was a fifth of a build's time.
fn first_mentions(
    prose: &Prose,
    sought: &[(DataCategory, String)],
) -> Vec<Option<(SectionKey, usize)>> {
    let lowered: Vec<(SectionKey, String)> = (prose.sections.iter())
        .filter(|(k, _)| DATA_SECTIONS.contains(k))
        .map(|(key, md)| (*key, md.to_lowercase()))
        .collect();
    let sections: Vec<(SectionKey, &str, WordStarts)> = (lowered.iter())
        .map(|(key, lower)| (*key, lower.as_str(), WordStarts::of(lower)))
        .collect();
    sought
        .iter()
        .map(|(_, word)| {
            sections.iter().find_map(|(key, lower, starts)| {
                if !starts.may_start(word) {
                    return None;
                }
                let at = mentions(lower, word)?;
                Some((*key, lower[..at].matches('\n').count()))
            })
        })
        .collect()
}

/// The first three bytes of every place in a text where [`mentions`] may find a word, hashed
/// into 4,096 bits: a word whose first three bytes are not among them is not in the text.
/// Any byte that is not an ASCII letter, digit or hyphen counts as a word's end, so a place
/// after a letter such as `ö` is counted too: more places than there are, never fewer.
struct WordStarts([u64; 64]);

impl WordStarts {
    fn of(text: &str) -> WordStarts {
        let mut bits = [0u64; 64];
        let bytes = text.as_bytes();
        let mut after_word = false;
        for (i, b) in bytes.iter().enumerate() {
            if !after_word && let Some(h) = Self::hash(&bytes[i..]) {
                bits[h / 64] |= 1 << (h % 64);
            }
            after_word = b.is_ascii_alphanumeric() || *b == b'-';
        }
        WordStarts(bits)
    }

    fn hash(start: &[u8]) -> Option<usize> {
        let [a, b, c, ..] = *start else {
            return None;
        };
        let h = (u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c)).wrapping_mul(0x9E37_79B1);
        Some((h >> 20) as usize)
    }

    /// Whether a word of the text may start as `word` does.
    fn may_start(&self, word: &str) -> bool {
        Self::hash(word.as_bytes()).is_none_or(|h| self.0[h / 64] & (1 << (h % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_sought_only_where_a_word_starts_like_it() {
        let text = "our card numbers and e-post-adresses were read (partly). lösenord, «ålder»";
        let starts = WordStarts::of(text);
        for (phrase, may) in [
            ("card number", true),
            ("card", true),
            ("numbers", true),
            ("e-post", true),
            ("partly", true),
            ("lösenord", true),
            ("ålder", true),
            ("ard", false),
            ("passport", false),
            ("adresses", false),
        ] {
            assert_eq!(starts.may_start(phrase), may, "{phrase}");
            assert_eq!(mentions(text, phrase).is_some(), may, "{phrase}");
        }
    }

    proptest::proptest! {
        /// Wherever a word stands, the quick look lets it be sought.
        #[test]
        fn the_quick_look_hides_no_word(
            text in "[a-cö «-]{0,30}",
            word in "[a-cö-]{1,4}",
        ) {
            if mentions(&text, &word).is_some() {
                proptest::prop_assert!(WordStarts::of(&text).may_start(&word));
            }
        }
    }
}
