//! Machine-readable forms of a notice: `incident.json` (the facts as written, with keys rather
//! than words, and every language's prose) and the schema.org JSON-LD block of each page.

use std::collections::BTreeMap;

use jiff::tz::TimeZone;
use serde::Serialize;
use serde_json::{Value, json};

use crate::config::{Config, JsonConfig};
use crate::incident::Incident;
use crate::incident::model::{
    Count, Data, DataStatus, Event, Item, Listing, Notified, Party, Text,
};
use crate::incident::vocab::{
    Advice, Body, Certainty, Country, DataCategory, EventKind, Group, Measure, PartyRole, Role,
    Status, Topic,
};
use crate::incident::when::When;
use crate::render::time::rfc3339;
use crate::render::view::IncidentView;

/// The folder of the output that holds every notice's `incident.json`.
pub(crate) const JSON_FOLDER: &str = "incidents";

/// Where a notice's `incident.json` is written in the output: `incidents/<slug>.json`, a file
/// beside the others rather than in a folder of its own (a folder and a file per notice cost
/// a file system twice the work of a file).
pub(crate) fn json_path(slug: &str) -> String {
    format!("{JSON_FOLDER}/{slug}.json")
}

/// The version of the `incident.json` layout; raised when a field changes meaning.
/// 3: each language's `sections` and `questions` are there only with `[json] prose = true`.
pub(crate) const FORMAT_VERSION: u32 = 3;

/// A number of people; `"unknown"`, `"some"`, `"most"` or `"all"`; `{"from": …, "to": …}`,
/// `{"at_least": …}` or `{"at_most": …}`; or `null`.
#[derive(Serialize)]
#[serde(untagged)]
enum CountJson {
    Known(u64),
    Word(&'static str),
    Between { from: u64, to: u64 },
    AtLeast { at_least: u64 },
    AtMost { at_most: u64 },
}

fn count(c: Option<Count>) -> Option<CountJson> {
    c.map(|c| match c {
        Count::Known(n) => CountJson::Known(n),
        Count::Between(from, to) => CountJson::Between { from, to },
        Count::AtLeast(at_least) => CountJson::AtLeast { at_least },
        Count::AtMost(at_most) => CountJson::AtMost { at_most },
        Count::Some => CountJson::Word("some"),
        Count::Most => CountJson::Word("most"),
        Count::All => CountJson::Word("all"),
        Count::Unknown => CountJson::Word("unknown"),
    })
}

/// A list, or `"unknown"` when it is not yet known as a whole.
#[derive(Serialize)]
#[serde(untagged)]
enum ListingJson<T> {
    Listed(T),
    Unknown(&'static str),
}

fn listing<'a, T, J>(l: &'a Listing<T>, f: impl FnOnce(&'a T) -> J) -> ListingJson<J> {
    if l.is_unknown() {
        ListingJson::Unknown("unknown")
    } else {
        ListingJson::Listed(f(&l.items))
    }
}

/// A vocabulary key (`{"key": …}`) or the author's own words (`{"text": …}`).
#[derive(Serialize)]
#[serde(rename_all = "lowercase")]
enum ItemJson<'a, K> {
    Key(&'a K),
    Text(&'a Text),
}

fn item<K>(i: &Item<K>) -> ItemJson<'_, K> {
    match i {
        Item::Key(k) => ItemJson::Key(k),
        Item::Text(t) => ItemJson::Text(t),
    }
}

fn items<K>(list: &[Item<K>]) -> Vec<ItemJson<'_, K>> {
    list.iter().map(item).collect()
}

// The parts of `incident.json`. Their fields are in alphabetical order, which is the order
// of the file's keys (a test reads the file back and checks it).

/// `incident.json` as a whole.
#[derive(Serialize)]
struct IncidentJson<'a> {
    advice: Vec<ItemJson<'a, Advice>>,
    affected: AffectedJson<'a>,
    authority_delay_reason: Option<&'a Text>,
    contacts: Vec<ContactJson<'a>>,
    data: ListingJson<DataJson<'a>>,
    format_version: u32,
    languages: BTreeMap<String, LanguageJson<'a>>,
    last_updated: String,
    measures: MeasuresJson<'a>,
    notified: Vec<NotifiedJson<'a>>,
    organization: OrganizationJson<'a>,
    parties: Vec<PartyJson<'a>>,
    published: String,
    published_until: Option<String>,
    slug: &'a str,
    source_language: &'a Option<String>,
    status: Status,
    time_zone: &'a str,
    timeline: Vec<EventJson<'a>>,
    updates: Vec<UpdateJson<'a>>,
}

#[derive(Serialize)]
struct AffectedJson<'a> {
    approximate: bool,
    countries: &'a [Country],
    groups: ListingJson<Vec<GroupJson<'a>>>,
    people: Option<CountJson>,
    services: &'a [Text],
    services_not_affected: &'a [Text],
}

#[derive(Serialize)]
struct GroupJson<'a> {
    approximate: bool,
    count: Option<CountJson>,
    group: Group,
    label: Option<&'a Text>,
    service: Option<&'a Text>,
}

#[derive(Serialize)]
struct ContactJson<'a> {
    email: &'a Option<String>,
    hours: Option<&'a Text>,
    label: Option<&'a Text>,
    name: Option<&'a Text>,
    people: Vec<PersonJson<'a>>,
    phone: &'a Option<String>,
    topic: Topic,
    web: &'a Option<String>,
}

#[derive(Serialize)]
struct PersonJson<'a> {
    email: &'a Option<String>,
    name: &'a Text,
    phone: &'a Option<String>,
    role: Option<&'a Text>,
}

#[derive(Serialize)]
struct PartyJson<'a> {
    label: Option<&'a Text>,
    name: Option<&'a Text>,
    role: PartyRole,
    statement: Option<&'a Text>,
}

#[derive(Serialize)]
struct DataJson<'a> {
    affected: &'a [DataCategory],
    not_affected: &'a [DataCategory],
    other: Vec<OtherJson<'a>>,
    possibly_affected: &'a [DataCategory],
    unknown: &'a [DataCategory],
}

#[derive(Serialize)]
struct OtherJson<'a> {
    label: &'a Text,
    status: DataStatus,
}

#[derive(Serialize)]
struct MeasuresJson<'a> {
    planned: Vec<ItemJson<'a, Measure>>,
    taken: Vec<ItemJson<'a, Measure>>,
}

#[derive(Serialize)]
struct NotifiedJson<'a> {
    body: Body,
    by: Option<&'a Text>,
    country: Option<Country>,
    label: Option<&'a Text>,
    reference: &'a Option<String>,
    website: Option<&'static str>,
    when: WhenJson,
}

#[derive(Serialize)]
struct OrganizationJson<'a> {
    country: Option<Country>,
    name: &'a str,
    role: Role,
    website: &'a Option<String>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    certainty: Certainty,
    event: EventKind,
    label: Option<&'a Text>,
    when: WhenJson,
}

#[derive(Serialize)]
struct UpdateJson<'a> {
    at: String,
    note: &'a Text,
}

/// A time as written (with its offset, if it has one), and the first and last moment it can
/// mean as civil times in the incident's zone.
#[derive(Serialize)]
struct WhenJson {
    end: Option<String>,
    start: Option<String>,
    value: String,
}

impl WhenJson {
    fn of(w: &When, tz: &TimeZone) -> WhenJson {
        WhenJson {
            end: w.end_in(tz).map(|z| z.datetime().to_string()),
            start: w.start_in(tz).map(|z| z.datetime().to_string()),
            value: w.to_string(),
        }
    }
}

/// One language's part of `incident.json`.
#[derive(Serialize)]
struct LanguageJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    questions: Option<Vec<QuestionJson<'a>>>,
    revision: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sections: Option<BTreeMap<&'static str, &'a str>>,
    summary: &'a str,
    title: &'a str,
    url: String,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    answer: &'a str,
    question: &'a str,
}

impl<'a> LanguageJson<'a> {
    /// `lang`'s part, when the notice is written in it; with its prose when `prose`.
    fn of(incident: &'a Incident, config: &Config, prose: bool, lang: &str) -> Option<Self> {
        let p = incident.prose.get(lang)?;
        Some(LanguageJson {
            questions: prose.then(|| {
                (p.questions.iter())
                    .map(|q| QuestionJson {
                        answer: q.answer_markdown.trim(),
                        question: &q.question,
                    })
                    .collect()
            }),
            revision: p.front.revision,
            sections: prose.then(|| {
                (p.sections.iter())
                    .map(|(k, md)| (k.key(), md.trim()))
                    .collect()
            }),
            summary: &p.front.summary,
            title: &p.front.title,
            url: format!("{}/{lang}/{}/", config.base(), incident.slug),
        })
    }
}

impl<'a> DataJson<'a> {
    fn of(d: &'a Data) -> Self {
        DataJson {
            affected: &d.affected,
            not_affected: &d.not_affected,
            other: (d.other.iter())
                .map(|o| OtherJson {
                    label: &o.label,
                    status: o.status,
                })
                .collect(),
            possibly_affected: &d.possibly_affected,
            unknown: &d.unknown,
        }
    }
}

impl<'a> NotifiedJson<'a> {
    /// `n`, notified by an organisation in `home` (which names the body's website).
    fn of(n: &'a Notified, home: Option<Country>, tz: &TimeZone) -> Self {
        NotifiedJson {
            body: n.body,
            by: n.by.as_ref().map(|b| &b.label),
            country: n.country,
            label: n.label.as_ref(),
            reference: &n.reference,
            website: n.body_in(home).website(),
            when: WhenJson::of(&n.when, tz),
        }
    }
}

impl<'a> PartyJson<'a> {
    fn of(p: &'a Party) -> Self {
        PartyJson {
            label: p.label.as_ref(),
            name: p.name.as_ref(),
            role: p.role,
            statement: p.statement.as_ref(),
        }
    }
}

impl<'a> EventJson<'a> {
    fn of(e: &'a Event, tz: &TimeZone) -> Self {
        EventJson {
            certainty: e.certainty(),
            event: e.event,
            label: e.label.as_ref(),
            when: WhenJson::of(&e.when, tz),
        }
    }
}

/// `incident.json`: the facts once, with vocabulary keys, canonical times and each
/// language's title, summary, page address and Markdown prose, written as the site's `[json]`
/// table, `json`, asks.
pub(crate) fn incident_json(incident: &Incident, config: &Config, json: &JsonConfig) -> Vec<u8> {
    let f = &incident.facts;
    let languages = config
        .language_codes()
        .into_iter()
        .filter_map(|lang| {
            let part = LanguageJson::of(incident, config, json.prose, &lang)?;
            Some((lang.clone(), part))
        })
        .collect();
    let export = IncidentJson {
        advice: items(&f.advice),
        affected: affected_json(f),
        authority_delay_reason: f.authority_delay_reason.as_ref(),
        contacts: f.contacts.iter().map(contact_json).collect(),
        data: listing(&f.data, DataJson::of),
        format_version: FORMAT_VERSION,
        languages,
        last_updated: rfc3339(&incident.last_updated),
        measures: MeasuresJson {
            planned: items(&f.measures.planned),
            taken: items(&f.measures.taken),
        },
        notified: (f.notified.iter())
            .map(|n| NotifiedJson::of(n, f.organization.country, &incident.tz))
            .collect(),
        organization: OrganizationJson {
            country: f.organization.country,
            name: &f.organization.name,
            role: f.organization.role,
            website: &f.organization.website,
        },
        parties: f.parties.iter().map(PartyJson::of).collect(),
        published: rfc3339(&incident.published),
        published_until: incident.published_until.as_ref().map(rfc3339),
        slug: &incident.slug,
        source_language: &f.source_language,
        status: f.status,
        time_zone: &f.time_zone,
        timeline: (f.timeline.iter())
            .map(|e| EventJson::of(e, &incident.tz))
            .collect(),
        updates: f
            .updates
            .iter()
            .zip(&incident.update_times)
            .map(|(u, t)| UpdateJson {
                at: rfc3339(t),
                note: &u.note,
            })
            .collect(),
    };
    to_bytes(&export, incident, json.pretty)
}

/// `json` as the bytes of `incident.json`, pretty-printed or not.
fn to_bytes(json: &IncidentJson, incident: &Incident, pretty: bool) -> Vec<u8> {
    // A notice's prose is most of the file: start with room for it.
    let size = incident
        .prose_sources
        .values()
        .map(|s| s.len())
        .sum::<usize>()
        + 8 * 1024;
    let mut out = Vec::with_capacity(size);
    // Every part is a string, number, list or string-keyed map, which JSON can hold, and a
    // `Vec` cannot fail to be written to: neither call returns an error.
    let written = if pretty {
        serde_json::to_writer_pretty(&mut out, json)
    } else {
        serde_json::to_writer(&mut out, json)
    };
    debug_assert!(written.is_ok(), "{written:?}");
    out.push(b'\n');
    out
}

fn affected_json(f: &crate::incident::Facts) -> AffectedJson<'_> {
    let a = &f.affected;
    AffectedJson {
        approximate: a.approximate,
        countries: &a.countries,
        groups: listing(&a.groups, |groups| {
            groups
                .iter()
                .map(|g| GroupJson {
                    approximate: g.approximate,
                    count: count(g.count),
                    group: g.group,
                    label: g.label.as_ref(),
                    service: g.service.as_ref(),
                })
                .collect()
        }),
        people: count(a.people),
        services: &a.services,
        services_not_affected: &a.services_not_affected,
    }
}

fn contact_json(c: &crate::incident::model::Contact) -> ContactJson<'_> {
    ContactJson {
        email: &c.email,
        hours: c.hours.as_ref(),
        label: c.label.as_ref(),
        name: c.name.as_ref(),
        people: c
            .people
            .iter()
            .map(|p| PersonJson {
                email: &p.email,
                name: &p.name,
                phone: &p.phone,
                role: p.role.as_ref(),
            })
            .collect(),
        phone: &c.phone,
        topic: c.topic,
        web: &c.web,
    }
}

/// The schema.org description of a notice page, ready to stand inside
/// `<script type="application/ld+json">`: `<` is escaped so no text can close the element.
/// It holds what the rest of the `<head>` does not say: the page's own address is its
/// canonical link and its summary the `description` meta, so neither is repeated here, and
/// the organisation is named once, as author.
pub(crate) fn json_ld(page: &IncidentView, incident: &Incident, lang: &str) -> String {
    let f = &incident.facts;
    let mut author = json!({ "@type": "Organization", "name": f.organization.name });
    if let Some(w) = &f.organization.website {
        author["url"] = json!(w);
    }
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title,
        "inLanguage": lang,
        "datePublished": page.published.iso,
        "dateModified": page.updated.iso,
        "author": author,
    });
    if let Some(until) = &incident.published_until {
        value["expires"] = json!(rfc3339(until));
    }
    script_safe(&value)
}

/// JSON that cannot end a `<script>` element or open a comment inside it.
pub(crate) fn script_safe(value: &Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_end_tags_cannot_escape() {
        let s = script_safe(&json!({ "headline": "</script><script>alert(1)</script> & <!--" }));
        assert!(!s.contains('<') && !s.contains('>'));
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(
            back["headline"],
            "</script><script>alert(1)</script> & <!--"
        );
    }
}
