//! The incident as written: the facts of `incident.yaml` and the prose of each `<lang>.md`,
//! checked for shape by serde (unknown keys are errors) but not yet for meaning.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Range;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::vocab::{
    Advice, Audience, Body, Certainty, Country, DataCategory, EventKind, Group, Measure, PartyRole,
    Role, Status, Topic,
};
use super::when::{DayOrStamp, Stamp, When};

/// Free text: one string for every language (a proper name), or one per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub(crate) enum Text {
    Same(String),
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text for `lang`; `None` only when a per-language map lacks that language.
    pub(crate) fn get(&self, lang: &str) -> Option<&str> {
        match self {
            Text::Same(s) => Some(s),
            Text::PerLanguage(m) => m.get(lang).map(String::as_str),
        }
    }

    /// The languages a per-language map is missing among `langs`.
    pub(crate) fn missing<'a>(&self, langs: &'a [String]) -> Vec<&'a str> {
        match self {
            Text::Same(_) => Vec::new(),
            Text::PerLanguage(m) => langs
                .iter()
                .filter(|l| !m.contains_key(*l))
                .map(String::as_str)
                .collect(),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text, or a map from language code to text (sv: …, en: …)")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text::Same(s.to_owned()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Text, E> {
                Ok(Text::Same(n.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    if out.insert(k.clone(), v).is_some() {
                        return Err(de::Error::custom(format!("language `{k}` is given twice")));
                    }
                }
                Ok(Text::PerLanguage(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// A list entry that is a key from a vocabulary or free text: `- two_factor` or `- text: {…}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item<K> {
    Key(K),
    Text(Text),
}

impl<'de, K: Deserialize<'de>> Deserialize<'de> for Item<K> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<K>(PhantomData<K>);
        impl<'de, K: Deserialize<'de>> Visitor<'de> for V<K> {
            type Value = Item<K>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a standard key, or `text:` with your own wording")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Item<K>, E> {
                K::deserialize(de::value::StrDeserializer::<E>::new(s)).map(Item::Key)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Item<K>, A::Error> {
                let mut text = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key != "text" {
                        return Err(de::Error::unknown_field(&key, &["text"]));
                    }
                    text = Some(map.next_value::<Text>()?);
                }
                text.map(Item::Text)
                    .ok_or_else(|| de::Error::missing_field("text"))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Organization {
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) website: Option<String>,
    pub(crate) role: Role,
    /// The country whose law applies and whose police and authority `police` and
    /// `supervisory_authority` mean.
    #[serde(default)]
    pub(crate) country: Option<Country>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Update {
    pub(crate) at: Stamp,
    pub(crate) note: Text,
    /// Whether this update changed the prose (in the source language), so that every
    /// translation must be revised to it; see "Keeping translations current" in docs/format.md.
    #[serde(default)]
    pub(crate) text_changed: bool,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Event {
    pub(crate) event: EventKind,
    pub(crate) when: When,
    /// Wording for an `other` event, or to replace the standard wording.
    #[serde(default)]
    pub(crate) label: Option<Text>,
    /// Whether it is known to have happened; see [`Event::certainty`] for the default.
    #[serde(default)]
    pub(crate) certainty: Option<Certainty>,
}

impl Event {
    /// How sure the notice is that the event happened. Unless the author says otherwise, an
    /// event is confirmed, except data taken at a time no one knows: that it happened at all is
    /// then rarely established, and a notice must not state it as fact.
    pub(crate) fn certainty(&self) -> Certainty {
        match self.certainty {
            Some(c) => c,
            None if self.event == EventKind::Exfiltration && self.when == When::Unknown => {
                Certainty::Suspected
            }
            None => Certainty::Confirmed,
        }
    }
}

/// How many people: a number, a range or bound, a share of a group, or not yet known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    Known(u64),
    /// From the first to the second number, both included.
    Between(u64, u64),
    AtLeast(u64),
    AtMost(u64),
    /// Some, but not all, of a group.
    Some,
    Most,
    All,
    Unknown,
}

impl Count {
    /// Reads what an author writes: `1200`, `1 200`, `1200-1500`, `at least 300`,
    /// `at most 40`, `some`, `most`, `all` or `unknown`.
    pub(crate) fn parse(s: &str) -> Result<Count, String> {
        let number = |t: &str| {
            t.replace(['_', ' ', ',', '\u{a0}'], "")
                .parse::<u64>()
                .map_err(|_| format!("`{s}` is not a count: {COUNT_FORMS}"))
        };
        let t = s.trim();
        Ok(match t {
            "unknown" => Count::Unknown,
            "some" => Count::Some,
            "most" => Count::Most,
            "all" => Count::All,
            _ => {
                if let Some(n) = t.strip_prefix("at least ") {
                    Count::AtLeast(number(n)?)
                } else if let Some(n) = t.strip_prefix("at most ") {
                    Count::AtMost(number(n)?)
                } else if let Some((a, b)) = t.split_once(['-', '–']) {
                    let (a, b) = (number(a)?, number(b)?);
                    if a >= b {
                        return Err(format!(
                            "`{s}`: a range goes from the smaller number to the larger"
                        ));
                    }
                    Count::Between(a, b)
                } else {
                    Count::Known(number(t)?)
                }
            }
        })
    }
}

const COUNT_FORMS: &str = "write a number, a range (1200-1500), `at least 300`, `at most 40`, `some`, `most`, `all` or `unknown`";

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(COUNT_FORMS)
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Count, E> {
                Ok(Count::Known(n))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Count, E> {
                u64::try_from(n)
                    .map(Count::Known)
                    .map_err(|_| E::custom("a count cannot be negative"))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Count, E> {
                Count::parse(s).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// Whether a list is given, or not yet known as a whole (`groups: unknown`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Scope {
    #[default]
    Listed,
    NotYetKnown,
}

/// A list (or a set of lists) that may be `unknown` as a whole. It reads as its contents, which
/// are empty when unknown.
#[derive(Debug, Clone, Default)]
pub(crate) struct Listing<T> {
    pub(crate) scope: Scope,
    pub(crate) items: T,
}

impl<T> std::ops::Deref for Listing<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.items
    }
}

impl<'de, T: Deserialize<'de> + Default> Deserialize<'de> for Listing<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de> + Default> Visitor<'de> for V<T> {
            type Value = Listing<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list, or `unknown` while it is not known")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Listing<T>, E> {
                match s.trim() {
                    "unknown" => Ok(Listing {
                        scope: Scope::NotYetKnown,
                        items: T::default(),
                    }),
                    _ => Err(E::custom(format!(
                        "`{s}`: write the list, or `unknown` while it is not known"
                    ))),
                }
            }
            fn visit_unit<E: de::Error>(self) -> Result<Listing<T>, E> {
                Ok(Listing::default())
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Listing<T>, A::Error> {
                T::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Listing::listed)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Listing<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Listing::listed)
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

impl<T> Listing<T> {
    fn listed(items: T) -> Listing<T> {
        Listing {
            scope: Scope::Listed,
            items,
        }
    }

    pub(crate) fn is_unknown(&self) -> bool {
        self.scope == Scope::NotYetKnown
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AffectedGroup {
    pub(crate) group: Group,
    /// For users of a named service.
    #[serde(default)]
    pub(crate) service: Option<Text>,
    #[serde(default)]
    pub(crate) count: Option<Count>,
    #[serde(default)]
    pub(crate) approximate: bool,
    /// Wording for an `other` group.
    #[serde(default)]
    pub(crate) label: Option<Text>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Affected {
    #[serde(default)]
    pub(crate) people: Option<Count>,
    #[serde(default)]
    pub(crate) approximate: bool,
    #[serde(default)]
    pub(crate) groups: Listing<Vec<AffectedGroup>>,
    #[serde(default, deserialize_with = "services")]
    #[schemars(schema_with = "services_schema")]
    pub(crate) services: Vec<Text>,
    /// Services and systems known not to be affected, shaped like `services`.
    #[serde(default, deserialize_with = "services")]
    #[schemars(schema_with = "services_schema")]
    pub(crate) services_not_affected: Vec<Text>,
    /// The countries of the people affected, when not only the organisation's own: their
    /// words for a national identity number are used.
    #[serde(default)]
    pub(crate) countries: Vec<Country>,
}

/// `affected.services`: plain names (`- Norrsken Connect`) or `- label: {sv: …}`.
fn services_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let text = generator.subschema_for::<Text>();
    schemars::json_schema!({
        "description": "The services whose users are affected: a name, or `label:` with a name per language.",
        "type": "array",
        "items": {
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": { "label": text },
                    "required": ["label"],
                    "additionalProperties": false
                }
            ]
        }
    })
}

/// Services are plain names (`- Norrsken Connect`) or `- label: {sv: …}`.
fn services<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Text>, D::Error> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Labelled {
        label: Text,
    }
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Text;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a service name, or `label:` with a name per language")
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<Text, E> {
            Ok(Text::Same(s.to_owned()))
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
            Labelled::deserialize(de::value::MapAccessDeserializer::new(map)).map(|l| l.label)
        }
    }
    struct One(Text);
    impl<'de> Deserialize<'de> for One {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(V).map(One)
        }
    }
    Ok(Vec::<One>::deserialize(d)?
        .into_iter()
        .map(|o| o.0)
        .collect())
}

/// Whether a data category is involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum DataStatus {
    Affected,
    PossiblyAffected,
    NotAffected,
    Unknown,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct OtherData {
    pub(crate) status: DataStatus,
    pub(crate) label: Text,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Data {
    #[serde(default)]
    pub(crate) affected: Vec<DataCategory>,
    /// Categories that may have been affected: neither confirmed nor ruled out.
    #[serde(default)]
    pub(crate) possibly_affected: Vec<DataCategory>,
    #[serde(default)]
    pub(crate) not_affected: Vec<DataCategory>,
    #[serde(default)]
    pub(crate) unknown: Vec<DataCategory>,
    #[serde(default)]
    pub(crate) other: Vec<OtherData>,
}

impl Data {
    pub(crate) fn is_empty(&self) -> bool {
        self.affected.is_empty()
            && self.possibly_affected.is_empty()
            && self.not_affected.is_empty()
            && self.unknown.is_empty()
            && self.other.is_empty()
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Notified {
    pub(crate) body: Body,
    /// The name of an `other` body, in every language.
    #[serde(default)]
    pub(crate) label: Option<Text>,
    /// The body's country, when not the organisation's (for `police` and
    /// `supervisory_authority`, and to name the country of an `other` body).
    #[serde(default)]
    pub(crate) country: Option<Country>,
    /// `unknown` when the notice does not state the date.
    pub(crate) when: When,
    #[serde(default)]
    pub(crate) reference: Option<String>,
    /// Who made the report, when not the organisation itself.
    #[serde(default)]
    pub(crate) by: Option<Reporter>,
}

impl Notified {
    /// The body this entry names, `police` and `supervisory_authority` made the one of their
    /// country (the entry's, else the organisation's).
    pub(crate) fn body_in(&self, organization: Option<Country>) -> Body {
        self.body.in_country(self.country.or(organization))
    }
}

/// Who reported to a body on the organisation's behalf.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Reporter {
    pub(crate) label: Text,
}

/// Another organisation involved: a supplier, processor, IT provider or forensic firm.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Party {
    pub(crate) role: PartyRole,
    /// Its name; left out when the notice does not name it.
    #[serde(default)]
    pub(crate) name: Option<Text>,
    /// What it is, for `role: other`.
    #[serde(default)]
    pub(crate) label: Option<Text>,
    /// What it found or said, in every language.
    #[serde(default)]
    pub(crate) statement: Option<Text>,
}

/// One person to contact under a topic.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Person {
    pub(crate) name: Text,
    #[serde(default)]
    pub(crate) role: Option<Text>,
    #[serde(default)]
    pub(crate) email: Option<String>,
    #[serde(default)]
    pub(crate) phone: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Contact {
    pub(crate) topic: Topic,
    /// The topic in the author's words, in place of the standard heading.
    #[serde(default)]
    pub(crate) label: Option<Text>,
    #[serde(default)]
    pub(crate) name: Option<Text>,
    #[serde(default)]
    pub(crate) email: Option<String>,
    #[serde(default)]
    pub(crate) phone: Option<String>,
    #[serde(default)]
    pub(crate) web: Option<String>,
    #[serde(default)]
    pub(crate) hours: Option<Text>,
    /// People to contact about this topic, each with their own address and number.
    #[serde(default)]
    pub(crate) people: Vec<Person>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Measures {
    #[serde(default)]
    pub(crate) taken: Vec<Item<Measure>>,
    #[serde(default)]
    pub(crate) planned: Vec<Item<Measure>>,
}

/// `incident.yaml`: everything about an incident that does not depend on the language.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub(crate) organization: Organization,
    pub(crate) time_zone: String,
    pub(crate) published: Stamp,
    pub(crate) status: Status,
    /// Who the notice addresses; by default the organization's role decides.
    #[serde(default)]
    pub(crate) audience: Option<Audience>,
    #[serde(default)]
    pub(crate) source_language: Option<String>,
    #[serde(default)]
    pub(crate) draft: bool,
    #[serde(default)]
    pub(crate) publish_at: Option<Stamp>,
    #[serde(default)]
    pub(crate) published_until: Option<DayOrStamp>,
    #[serde(default)]
    pub(crate) updates: Vec<Update>,
    #[serde(default)]
    pub(crate) timeline: Vec<Event>,
    #[serde(default)]
    pub(crate) affected: Affected,
    #[serde(default)]
    pub(crate) data: Listing<Data>,
    #[serde(default)]
    pub(crate) notified: Vec<Notified>,
    /// Other organisations involved, shown under what happened.
    #[serde(default)]
    pub(crate) parties: Vec<Party>,
    #[serde(default)]
    pub(crate) authority_delay_reason: Option<Text>,
    #[serde(default)]
    pub(crate) contacts: Vec<Contact>,
    #[serde(default)]
    pub(crate) measures: Measures,
    #[serde(default)]
    pub(crate) advice: Vec<Item<Advice>>,
}

/// The front matter of a `<lang>.md` file.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub(crate) title: String,
    pub(crate) summary: String,
    /// The number of revision-log entries this translation is current with (0: as first published).
    #[serde(default)]
    pub(crate) revision: Option<usize>,
    /// The subject of the message to the people affected (`varsel mail`), in place of the
    /// locale's.
    #[serde(default)]
    pub(crate) subject: Option<String>,
}

/// A section of a prose file, in the order pages show them: the seven standard questions
/// every notice answers, and the optional prose beside the facts of three more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKey {
    WhatHappened,
    HowDiscovered,
    WhoAffected,
    Data,
    Consequences,
    WhatWeDid,
    Authorities,
    Prevention,
    WhatYouShouldDo,
    MoreInformation,
}

impl SectionKey {
    /// The sections every prose file must have.
    pub(crate) const ALL: [SectionKey; 7] = [
        SectionKey::WhatHappened,
        SectionKey::HowDiscovered,
        SectionKey::Consequences,
        SectionKey::WhatWeDid,
        SectionKey::Prevention,
        SectionKey::WhatYouShouldDo,
        SectionKey::MoreInformation,
    ];

    /// Sections a prose file may add: a paragraph beside the lists the facts give.
    pub(crate) const OPTIONAL: [SectionKey; 3] = [
        SectionKey::WhoAffected,
        SectionKey::Data,
        SectionKey::Authorities,
    ];

    /// The key as written after `#` in prose files, and the section's anchor on the page.
    pub(crate) fn key(self) -> &'static str {
        match self {
            SectionKey::WhatHappened => "what-happened",
            SectionKey::HowDiscovered => "how-discovered",
            SectionKey::WhoAffected => "who-affected",
            SectionKey::Data => "data",
            SectionKey::Consequences => "consequences",
            SectionKey::WhatWeDid => "what-we-did",
            SectionKey::Authorities => "authorities",
            SectionKey::Prevention => "prevention",
            SectionKey::WhatYouShouldDo => "what-you-should-do",
            SectionKey::MoreInformation => "more-information",
        }
    }

    pub(crate) fn from_key(s: &str) -> Option<SectionKey> {
        SectionKey::ALL
            .into_iter()
            .chain(SectionKey::OPTIONAL)
            .find(|k| k.key() == s)
    }
}

/// Text that is a part of a prose file the incident keeps anyway: a section's Markdown shares
/// the file's text instead of copying it, which halves what a large site holds in memory.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SourceText {
    source: Arc<str>,
    range: Range<usize>,
}

impl SourceText {
    /// `source[range]`; `range` must lie on character boundaries of `source`.
    pub(crate) fn new(source: Arc<str>, range: Range<usize>) -> SourceText {
        assert!(
            source.get(range.clone()).is_some(),
            "range outside the text"
        );
        SourceText { source, range }
    }
}

impl From<&str> for SourceText {
    fn from(s: &str) -> SourceText {
        SourceText {
            range: 0..s.len(),
            source: Arc::from(s),
        }
    }
}

impl std::ops::Deref for SourceText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.source[self.range.clone()]
    }
}

impl fmt::Debug for SourceText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl Serialize for SourceText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

/// One `##` question under `# questions`.
#[derive(Debug, Clone)]
pub(crate) struct Question {
    pub(crate) question: String,
    pub(crate) answer_markdown: SourceText,
    pub(crate) line: usize,
}

/// Measures written as Markdown list items under `# measures` (`## taken`, `## planned`):
/// one item per measure, the cheap way to write measures in the author's own words.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProseMeasures {
    pub(crate) taken: Vec<ProseItem>,
    pub(crate) planned: Vec<ProseItem>,
}

/// One list item of a prose file: its Markdown and the line it starts on.
#[derive(Debug, Clone)]
pub(crate) struct ProseItem {
    pub(crate) markdown: SourceText,
    /// Read by the parser's tests only so far; the place a diagnostic about one item names.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) line: usize,
}

/// A `<lang>.md` file, split into its parts.
#[derive(Debug, Clone)]
pub struct Prose {
    pub(crate) front: FrontMatter,
    /// The front matter's YAML, and where each of its keys is written in the file (worked
    /// out when a diagnostic asks).
    pub(crate) front_yaml: SourceText,
    pub(crate) front_places: super::spans::LazySpans,
    /// Markdown of each section, in page order; the seven standard ones are always present,
    /// the optional ones when written.
    pub sections: Vec<(SectionKey, SourceText)>,
    pub(crate) measures: ProseMeasures,
    pub(crate) questions: Vec<Question>,
    /// Line on which each section's heading stands, for later diagnostics.
    pub(crate) section_lines: BTreeMap<SectionKey, usize>,
}

impl Prose {
    /// Where each front matter key is written in the file.
    pub(crate) fn front_spans(&self) -> &super::spans::Spans {
        self.front_places.of(&self.front_yaml)
    }
}

impl Facts {
    /// Who the notice addresses: as written, else the people affected for a controller and
    /// its customers, organisations, for a processor.
    pub(crate) fn audience(&self) -> Audience {
        self.audience.unwrap_or(match self.organization.role {
            Role::Controller => Audience::People,
            Role::Processor => Audience::Organisations,
        })
    }
}
