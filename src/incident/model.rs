//! The incident as written: the facts of `incident.yaml` and the prose of each `<lang>.md`,
//! checked for shape by serde (unknown keys are errors) but not yet for meaning.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Range;
use std::sync::Arc;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::vocab::{Advice, Body, DataCategory, EventKind, Group, Measure, Role, Status, Topic};
use super::when::{DayOrStamp, Stamp, When};

/// Free text: one string for every language (a proper name), or one per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Text {
    Same(String),
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text for `lang`; `None` only when a per-language map lacks that language.
    pub fn get(&self, lang: &str) -> Option<&str> {
        match self {
            Text::Same(s) => Some(s),
            Text::PerLanguage(m) => m.get(lang).map(String::as_str),
        }
    }

    /// The languages a per-language map is missing among `langs`.
    pub fn missing<'a>(&self, langs: &'a [String]) -> Vec<&'a str> {
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
pub enum Item<K> {
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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub name: String,
    #[serde(default)]
    pub website: Option<String>,
    pub role: Role,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Update {
    pub at: Stamp,
    pub note: Text,
    /// Whether this update changed the prose (in the source language), so that every
    /// translation must be revised to it; see "Keeping translations current" in docs/format.md.
    #[serde(default)]
    pub text_changed: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub event: EventKind,
    pub when: When,
    /// Wording for an `other` event, or to replace the standard wording.
    #[serde(default)]
    pub label: Option<Text>,
}

/// A count that may not be known yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Known(u64),
    Unknown,
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number of people, or `unknown`")
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
                match s.trim() {
                    "unknown" => Ok(Count::Unknown),
                    other => other
                        .replace(['_', ' ', ','], "")
                        .parse()
                        .map(Count::Known)
                        .map_err(|_| E::custom(format!("`{s}` is not a number or `unknown`"))),
                }
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AffectedGroup {
    pub group: Group,
    /// For users of a named service.
    #[serde(default)]
    pub service: Option<Text>,
    #[serde(default)]
    pub count: Option<Count>,
    #[serde(default)]
    pub approximate: bool,
    /// Wording for an `other` group.
    #[serde(default)]
    pub label: Option<Text>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Affected {
    #[serde(default)]
    pub people: Option<Count>,
    #[serde(default)]
    pub approximate: bool,
    #[serde(default)]
    pub groups: Vec<AffectedGroup>,
    #[serde(default, deserialize_with = "services")]
    pub services: Vec<Text>,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DataStatus {
    Affected,
    NotAffected,
    Unknown,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherData {
    pub status: DataStatus,
    pub label: Text,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Data {
    #[serde(default)]
    pub affected: Vec<DataCategory>,
    #[serde(default)]
    pub not_affected: Vec<DataCategory>,
    #[serde(default)]
    pub unknown: Vec<DataCategory>,
    #[serde(default)]
    pub other: Vec<OtherData>,
}

impl Data {
    pub fn is_empty(&self) -> bool {
        self.affected.is_empty()
            && self.not_affected.is_empty()
            && self.unknown.is_empty()
            && self.other.is_empty()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notified {
    pub body: Body,
    pub when: When,
    #[serde(default)]
    pub reference: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub topic: Topic,
    #[serde(default)]
    pub name: Option<Text>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    #[serde(default)]
    pub hours: Option<Text>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measures {
    #[serde(default)]
    pub taken: Vec<Item<Measure>>,
    #[serde(default)]
    pub planned: Vec<Item<Measure>>,
}

/// `incident.yaml`: everything about an incident that does not depend on the language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub organization: Organization,
    pub time_zone: String,
    pub published: Stamp,
    pub status: Status,
    #[serde(default)]
    pub source_language: Option<String>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub publish_at: Option<Stamp>,
    #[serde(default)]
    pub published_until: Option<DayOrStamp>,
    #[serde(default)]
    pub updates: Vec<Update>,
    #[serde(default)]
    pub timeline: Vec<Event>,
    #[serde(default)]
    pub affected: Affected,
    #[serde(default)]
    pub data: Data,
    #[serde(default)]
    pub notified: Vec<Notified>,
    #[serde(default)]
    pub authority_delay_reason: Option<Text>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub measures: Measures,
    #[serde(default)]
    pub advice: Vec<Item<Advice>>,
}

/// The front matter of a `<lang>.md` file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    /// The number of revision-log entries this translation is current with (0: as first published).
    #[serde(default)]
    pub revision: Option<usize>,
}

/// A standard question every notice answers, in the order pages show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKey {
    WhatHappened,
    HowDiscovered,
    Consequences,
    WhatWeDid,
    Prevention,
    WhatYouShouldDo,
    MoreInformation,
}

impl SectionKey {
    pub const ALL: [SectionKey; 7] = [
        SectionKey::WhatHappened,
        SectionKey::HowDiscovered,
        SectionKey::Consequences,
        SectionKey::WhatWeDid,
        SectionKey::Prevention,
        SectionKey::WhatYouShouldDo,
        SectionKey::MoreInformation,
    ];

    /// The key as written after `#` in prose files, and the section's anchor on the page.
    pub fn key(self) -> &'static str {
        match self {
            SectionKey::WhatHappened => "what-happened",
            SectionKey::HowDiscovered => "how-discovered",
            SectionKey::Consequences => "consequences",
            SectionKey::WhatWeDid => "what-we-did",
            SectionKey::Prevention => "prevention",
            SectionKey::WhatYouShouldDo => "what-you-should-do",
            SectionKey::MoreInformation => "more-information",
        }
    }

    pub fn from_key(s: &str) -> Option<SectionKey> {
        SectionKey::ALL.into_iter().find(|k| k.key() == s)
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
    pub fn new(source: Arc<str>, range: Range<usize>) -> SourceText {
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
pub struct Question {
    pub question: String,
    pub answer_markdown: SourceText,
    pub line: usize,
}

/// A `<lang>.md` file, split into its parts.
#[derive(Debug, Clone)]
pub struct Prose {
    pub front: FrontMatter,
    /// Where each front matter key is written in the file.
    pub front_spans: super::spans::Spans,
    /// Markdown of each standard section, in standard order; all seven are present.
    pub sections: Vec<(SectionKey, SourceText)>,
    pub questions: Vec<Question>,
    /// Line on which each section's heading stands, for later diagnostics.
    pub section_lines: BTreeMap<SectionKey, usize>,
}
