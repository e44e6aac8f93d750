//! Reading a value straight from the events [`spans::vet`](super::spans::vet) has already
//! parsed, so a document that reads without a problem is parsed once, not twice.
//!
//! This is only the quick path. It reads scalars as `yaml_serde` does (the YAML 1.2 core
//! schema: `null`, `true`, `12`, `0x1f`, `1.5`, everything else a string) and gives up, with
//! [`GaveUp`], on whatever it does not handle (tags, aliases, block scalars, more than one
//! document) and on every error a value raises; `vet` does not hand on the events of a
//! document whose syntax the two parsers judge differently (a tab, a `...` marker, a key
//! written over several lines). The caller then reads the document with `yaml_serde`, whose
//! messages the diagnostics are built from: a document that does not fit is reported exactly as
//! before, and one that does is read to the same value (tested against `yaml_serde`).

use std::borrow::Cow;
use std::fmt;

use saphyr_parser::{Event, ScalarStyle};
use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

/// The quick path did not read the document; read it with `yaml_serde` instead.
#[derive(Debug)]
pub(crate) struct GaveUp;

impl fmt::Display for GaveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not read on the quick path")
    }
}

impl std::error::Error for GaveUp {}

impl de::Error for GaveUp {
    fn custom<T: fmt::Display>(_: T) -> Self {
        GaveUp
    }
}

type Result<T> = std::result::Result<T, GaveUp>;

/// Reads `T` from a whole stream's events, as the parser gave them.
pub(crate) fn read<'a, T: de::Deserialize<'a>>(events: &[Event<'a>]) -> Result<T> {
    let body = match events {
        [
            Event::StreamStart,
            Event::DocumentStart(_),
            body @ ..,
            Event::DocumentEnd,
            Event::StreamEnd,
        ] => body,
        _ => return Err(GaveUp),
    };
    let mut reader = Reader {
        events: body,
        pos: 0,
    };
    let value = T::deserialize(&mut reader)?;
    // A second document shows up here as events left over.
    if reader.pos == body.len() {
        Ok(value)
    } else {
        Err(GaveUp)
    }
}

struct Reader<'e, 'a> {
    events: &'e [Event<'a>],
    pos: usize,
}

/// A scalar without a tag: its text and whether it was written plain (unquoted).
struct Scalar<'e, 'a> {
    text: &'e Cow<'a, str>,
    plain: bool,
}

impl<'a> Scalar<'_, 'a> {
    /// Plain and empty, or one of YAML's spellings of null.
    fn is_null(&self) -> bool {
        self.plain && matches!(self.text.as_ref(), "" | "~" | "null" | "Null" | "NULL")
    }

    fn visit_str<V: Visitor<'a>>(&self, visitor: V) -> Result<V::Value> {
        match self.text {
            Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
            Cow::Owned(s) => visitor.visit_str(s),
        }
    }

    /// What a plain scalar is under the core schema, as `yaml_serde` resolves it.
    fn visit_resolved<V: Visitor<'a>>(&self, visitor: V) -> Result<V::Value> {
        let s = self.text.as_ref();
        if !self.plain {
            return self.visit_str(visitor);
        }
        if self.is_null() {
            return visitor.visit_unit();
        }
        if let Some(b) = parse_bool(s) {
            return visitor.visit_bool(b);
        }
        if let Some(n) = parse_unsigned(s) {
            return visitor.visit_u64(n);
        }
        if let Some(n) = parse_negative(s) {
            return visitor.visit_i64(n);
        }
        if wider_than_64_bits(s) {
            return Err(GaveUp);
        }
        if !digits_but_not_number(s)
            && let Some(f) = parse_f64(s)
        {
            return visitor.visit_f64(f);
        }
        self.visit_str(visitor)
    }
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// `0x`, `0o` and `0b` prefixes and a leading `+` as YAML allows; `007` is a string.
fn parse_unsigned(s: &str) -> Option<u64> {
    let digits = s.strip_prefix('+').unwrap_or(s);
    if let Some(n) = radix_prefixed(digits, u64::from_str_radix) {
        return Some(n);
    }
    if digits.starts_with(['+', '-']) || digits_but_not_number(s) {
        return None;
    }
    digits.parse().ok()
}

fn parse_negative(s: &str) -> Option<i64> {
    let rest = s.strip_prefix('-')?;
    if let Some(n) = radix_prefixed(rest, u64::from_str_radix) {
        return 0i64.checked_sub_unsigned(n);
    }
    if digits_but_not_number(s) {
        return None;
    }
    s.parse().ok()
}

fn radix_prefixed<T>(
    s: &str,
    parse: fn(&str, u32) -> std::result::Result<T, std::num::ParseIntError>,
) -> Option<T> {
    [("0x", 16), ("0o", 8), ("0b", 2)]
        .into_iter()
        .find_map(|(prefix, radix)| {
            let rest = s.strip_prefix(prefix)?;
            if rest.starts_with(['+', '-']) {
                return None;
            }
            parse(rest, radix).ok()
        })
}

/// An integer that `yaml_serde` would read as 128 bits: left to it.
fn wider_than_64_bits(s: &str) -> bool {
    let rest = s.strip_prefix(['+', '-']).unwrap_or(s);
    let decimal = !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
    decimal && !digits_but_not_number(s) || radix_prefixed(rest, u128::from_str_radix).is_some()
}

/// Leading zeros followed by digits make a string in YAML 1.2.
fn digits_but_not_number(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    s.len() > 1 && s.starts_with('0') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

fn parse_f64(s: &str) -> Option<f64> {
    let unsigned = match s.strip_prefix('+') {
        Some(rest) if rest.starts_with(['+', '-']) => return None,
        Some(rest) => rest,
        None => s,
    };
    match (unsigned, s) {
        (".inf" | ".Inf" | ".INF", _) => Some(f64::INFINITY),
        (_, "-.inf" | "-.Inf" | "-.INF") => Some(f64::NEG_INFINITY),
        (_, ".nan" | ".NaN" | ".NAN") => Some(f64::NAN),
        _ => unsigned.parse::<f64>().ok().filter(|f| f.is_finite()),
    }
}

/// `event` as an untagged scalar; `None` for the start of an untagged collection. Block
/// scalars (`|`, `>`) are left to yaml_serde: the two parsers differ on some of their trailing
/// blank lines, and no varsel field is usually written that way.
fn scalar<'e, 'a>(event: &'e Event<'a>) -> Result<Option<Scalar<'e, 'a>>> {
    match event {
        Event::Scalar(_, ScalarStyle::Literal | ScalarStyle::Folded, _, _) => Err(GaveUp),
        // A plain scalar cannot start with an indicator; saphyr lets some through in flow
        // collections, where yaml_serde's parser reports the syntax error.
        Event::Scalar(text, ScalarStyle::Plain, _, _)
            if text.starts_with([
                '|', '>', '@', '`', '%', '!', '&', '*', '#', '\'', '"', '[', ']', '{', '}', ',',
            ]) =>
        {
            Err(GaveUp)
        }
        Event::Scalar(text, style, _, None) => Ok(Some(Scalar {
            text,
            plain: *style == ScalarStyle::Plain,
        })),
        Event::SequenceStart(_, None) | Event::MappingStart(_, None) => Ok(None),
        _ => Err(GaveUp),
    }
}

fn is_empty_plain(event: &Event<'_>) -> bool {
    matches!(event, Event::Scalar(text, ScalarStyle::Plain, _, None) if text.is_empty())
}

impl<'e, 'a> Reader<'e, 'a> {
    fn peek(&self) -> Result<&'e Event<'a>> {
        self.events.get(self.pos).ok_or(GaveUp)
    }

    fn next(&mut self) -> Result<&'e Event<'a>> {
        let event = self.peek()?;
        self.pos += 1;
        Ok(event)
    }

    /// Steps over one whole node.
    fn skip(&mut self) -> Result<()> {
        let mut depth = 0usize;
        loop {
            match self.next()? {
                Event::SequenceStart(..) | Event::MappingStart(..) => depth += 1,
                Event::SequenceEnd | Event::MappingEnd => {
                    depth = depth.checked_sub(1).ok_or(GaveUp)?
                }
                Event::Scalar(..) => {}
                _ => return Err(GaveUp),
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }

    fn seq<V: Visitor<'a>>(&mut self, visitor: V) -> Result<V::Value> {
        let value = visitor.visit_seq(Items { reader: self })?;
        match self.next()? {
            Event::SequenceEnd => Ok(value),
            _ => Err(GaveUp),
        }
    }

    fn map<V: Visitor<'a>>(&mut self, visitor: V) -> Result<V::Value> {
        let value = visitor.visit_map(Entries { reader: self })?;
        match self.next()? {
            Event::MappingEnd => Ok(value),
            _ => Err(GaveUp),
        }
    }

    /// A sequence, or an empty plain scalar (`groups:`) read as an empty one, as yaml_serde
    /// reads it.
    fn seq_or_empty<V: Visitor<'a>>(&mut self, visitor: V) -> Result<V::Value> {
        match self.next()? {
            Event::SequenceStart(_, None) => self.seq(visitor),
            event if is_empty_plain(event) => {
                visitor.visit_seq(de::value::SeqDeserializer::<_, GaveUp>::new(
                    std::iter::empty::<()>(),
                ))
            }
            _ => Err(GaveUp),
        }
    }

    /// A mapping, or an empty plain scalar read as an empty one, as yaml_serde reads it.
    fn map_or_empty<V: Visitor<'a>>(&mut self, visitor: V) -> Result<V::Value> {
        match self.next()? {
            Event::MappingStart(_, None) => self.map(visitor),
            event if is_empty_plain(event) => {
                visitor.visit_map(de::value::MapDeserializer::<_, GaveUp>::new(
                    std::iter::empty::<((), ())>(),
                ))
            }
            _ => Err(GaveUp),
        }
    }

    /// A plain scalar read by `parse` for a number or boolean field.
    fn typed<T>(&mut self, parse: impl Fn(&str) -> Option<T>) -> Result<T> {
        match scalar(self.next()?)? {
            Some(s) if s.plain => parse(s.text).ok_or(GaveUp),
            _ => Err(GaveUp),
        }
    }
}

struct Items<'r, 'e, 'a> {
    reader: &'r mut Reader<'e, 'a>,
}

impl<'a> de::SeqAccess<'a> for Items<'_, '_, 'a> {
    type Error = GaveUp;

    fn next_element_seed<T: DeserializeSeed<'a>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if matches!(self.reader.peek()?, Event::SequenceEnd) {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

struct Entries<'r, 'e, 'a> {
    reader: &'r mut Reader<'e, 'a>,
}

impl<'a> de::MapAccess<'a> for Entries<'_, '_, 'a> {
    type Error = GaveUp;

    fn next_key_seed<K: DeserializeSeed<'a>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        match self.reader.peek()? {
            Event::MappingEnd => return Ok(None),
            // An empty key, which yaml_serde's parser refuses and saphyr's accepts.
            Event::Scalar(key, ..) if key.is_empty() => return Err(GaveUp),
            _ => {}
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.reader)
    }
}

/// An enum written as its variant's name: `status: contained`.
struct UnitVariant<'r, 'e, 'a> {
    reader: &'r mut Reader<'e, 'a>,
}

impl<'a> de::EnumAccess<'a> for UnitVariant<'_, '_, 'a> {
    type Error = GaveUp;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'a>>(self, seed: V) -> Result<(V::Value, Self)> {
        let variant = seed.deserialize(&mut *self.reader)?;
        Ok((variant, self))
    }
}

impl<'a> de::VariantAccess<'a> for UnitVariant<'_, '_, 'a> {
    type Error = GaveUp;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'a>>(self, _: T) -> Result<T::Value> {
        Err(GaveUp)
    }

    fn tuple_variant<V: Visitor<'a>>(self, _: usize, _: V) -> Result<V::Value> {
        Err(GaveUp)
    }

    fn struct_variant<V: Visitor<'a>>(self, _: &'static [&'static str], _: V) -> Result<V::Value> {
        Err(GaveUp)
    }
}

impl<'a> Deserializer<'a> for &mut Reader<'_, 'a> {
    type Error = GaveUp;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        let event = self.next()?;
        match (event, scalar(event)?) {
            (_, Some(s)) => s.visit_resolved(visitor),
            (Event::SequenceStart(..), None) => self.seq(visitor),
            _ => self.map(visitor),
        }
    }

    fn deserialize_str<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        match scalar(self.next()?)? {
            Some(s) => s.visit_str(visitor),
            None => Err(GaveUp),
        }
    }

    fn deserialize_string<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_char<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        match scalar(self.peek()?)? {
            Some(s) if s.is_null() => {
                self.pos += 1;
                visitor.visit_none()
            }
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        match scalar(self.next()?)? {
            Some(s) if s.is_null() => visitor.visit_unit(),
            _ => Err(GaveUp),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.seq_or_empty(visitor)
    }

    fn deserialize_tuple<V: Visitor<'a>>(self, _: usize, visitor: V) -> Result<V::Value> {
        self.seq_or_empty(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.seq_or_empty(visitor)
    }

    fn deserialize_map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.map_or_empty(visitor)
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.map_or_empty(visitor)
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        match scalar(self.peek()?)? {
            Some(s) if !s.text.is_empty() => visitor.visit_enum(UnitVariant { reader: self }),
            _ => Err(GaveUp),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.skip()?;
        visitor.visit_unit()
    }

    fn deserialize_bool<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_bool(self.typed(parse_bool)?)
    }

    fn deserialize_u64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u64(self.typed(parse_unsigned)?)
    }

    fn deserialize_i64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        let signed = |s: &str| match parse_unsigned(s) {
            Some(n) => i64::try_from(n).ok(),
            None => parse_negative(s),
        };
        visitor.visit_i64(self.typed(signed)?)
    }

    fn deserialize_f64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f64(self.typed(parse_f64)?)
    }

    fn deserialize_u8<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_i8<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_f32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_bytes<V: Visitor<'a>>(self, _: V) -> Result<V::Value> {
        Err(GaveUp)
    }

    fn deserialize_byte_buf<V: Visitor<'a>>(self, _: V) -> Result<V::Value> {
        Err(GaveUp)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::incident::model::{Facts, FrontMatter};
    use crate::incident::spans;

    fn quick<T: de::DeserializeOwned>(yaml: &str) -> Result<T> {
        read(&spans::vet(yaml, 0).map_err(|_| GaveUp)?.ok_or(GaveUp)?)
    }

    fn slow<T: de::DeserializeOwned>(yaml: &str) -> Option<T> {
        serde_yaml::from_str(yaml).ok()
    }

    /// The quick path reads `yaml` to what yaml_serde reads, or leaves it to yaml_serde.
    fn agrees(yaml: &str) -> std::result::Result<bool, String> {
        match quick::<serde_json::Value>(yaml) {
            Ok(v) if Some(&v) == slow::<serde_json::Value>(yaml).as_ref() => Ok(true),
            Ok(v) => Err(format!(
                "{yaml:?}: quick {v:?}, yaml_serde {:?}",
                slow::<serde_json::Value>(yaml)
            )),
            Err(GaveUp) => Ok(false),
        }
    }

    #[test]
    fn scalars_resolve_as_yaml_serde_resolves_them() {
        let plain = [
            "",
            "~",
            "null",
            "Null",
            "NULL",
            "true",
            "False",
            "TRUE",
            "yes",
            "no",
            "on",
            "0",
            "7",
            "007",
            "-0",
            "-12",
            "+12",
            "+-1",
            "-+1",
            "0x1f",
            "-0x1f",
            "0o17",
            "0b101",
            "0x",
            "0x-1",
            "1.5",
            "-1.5e3",
            "+.5",
            ".inf",
            "-.Inf",
            ".nan",
            "nan",
            "inf",
            "1_000",
            "18446744073709551615",
            "-9223372036854775808",
            "2024-03-01",
            "2024-W10",
            "2024-03-01T10:00:00+01:00",
            "10:30",
            "1e5",
            "1.",
            "Cirka 200",
            "a: b",
        ];
        let mut read_quickly = 0;
        for text in plain {
            for yaml in [
                format!("k: {text}\n"),
                format!("k: '{text}'\n"),
                format!("k: \"{text}\"\n"),
                format!("- {text}\n"),
            ] {
                read_quickly += usize::from(agrees(&yaml).unwrap());
            }
        }
        // Only 128-bit integers and a key inside a plain scalar are left to yaml_serde.
        assert!(read_quickly >= 4 * plain.len() - 4, "{read_quickly}");
    }

    #[test]
    fn what_the_quick_path_does_not_handle_is_left_to_yaml_serde() {
        for yaml in [
            "a: &x 1\nb: *x\n",
            "a: !!str 12\n",
            "a: 1\n---\nb: 2\n",
            "# only a comment\n",
            "a: 340282366920938463463374607431768211455\n",
            "a: |\n  block\n",
            "\tx\n",
            "...\nx\n",
            "{x\n  y: 1}\n",
            "{|x}\n",
        ] {
            assert!(
                matches!(quick::<serde_json::Value>(yaml), Err(GaveUp)),
                "{yaml:?}"
            );
        }
        // Anchors that are never used are no obstacle.
        assert_eq!(agrees("a: &x 1\nb: [2]\n"), Ok(true));
    }

    #[test]
    fn a_value_that_does_not_fit_is_left_to_yaml_serde_for_its_message() {
        for yaml in [
            "status: maybe\n",
            "affected: [1]\n",
            "title: [x]\n",
            "slug: x\n",
        ] {
            assert!(quick::<Facts>(yaml).is_err(), "{yaml:?}");
        }
    }

    /// Every incident and front matter in the repository is read quickly, to what yaml_serde
    /// reads.
    #[test]
    fn every_incident_in_the_repository_reads_the_same_both_ways() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut facts = 0;
        let mut fronts = 0;
        for dir in ["content", "tests/fixtures", "examples"] {
            for entry in walkdir(&root.join(dir)) {
                let text = std::fs::read_to_string(&entry).unwrap();
                let name = entry.file_name().unwrap().to_string_lossy().into_owned();
                if name == "incident.yaml" {
                    let Some(slow) = slow::<Facts>(&text) else {
                        continue;
                    };
                    let quick = quick::<Facts>(&text).unwrap_or_else(|_| panic!("{entry:?}"));
                    assert_eq!(format!("{quick:?}"), format!("{slow:?}"), "{entry:?}");
                    facts += 1;
                } else if name.ends_with(".md")
                    && let Some(front) = text
                        .strip_prefix("---\n")
                        .and_then(|t| t.split_once("\n---\n"))
                {
                    let yaml = format!("{}\n", front.0);
                    let Some(slow) = slow::<FrontMatter>(&yaml) else {
                        continue;
                    };
                    let quick = quick::<FrontMatter>(&yaml).unwrap_or_else(|_| panic!("{entry:?}"));
                    assert_eq!(format!("{quick:?}"), format!("{slow:?}"), "{entry:?}");
                    fronts += 1;
                }
            }
        }
        assert!(
            facts >= 10 && fronts >= 30,
            "{facts} incidents, {fronts} front matters"
        );
    }

    fn walkdir(dir: &Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return out;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walkdir(&path));
            } else {
                out.push(path);
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20000))]
        #[test]
        fn generated_documents_read_the_same_both_ways(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a: ", "b: ", "- ", "\n", "\n  ", "\n    ", "[", "]", "{", "}", ", ", "x", "1",
                "-2", "0x10", "1.5", "~", "true", "'q ''x'''", "\"d\\tq\\u00e9\"", "|\n  l1\n  l2\n",
                ">-\n  f1\n  f2\n\n  f3\n", "p1\n  p2", "2024-03-01T10:00+01:00", "# c\n", "é ø",
                ": ", "? ", "''", "\"\"", "007", "null", "  ", "\t", "a:b", "'m\n  l'", "\"m\n  l\"",
                "&n ", "*n", "-", "--- ", "\n...\n", "k:\n- ", "x #y", "é: ", "1e3", ".5",
            ]), 0..30)
        ) {
            let yaml = parts.concat();
            proptest::prop_assert!(agrees(&yaml).is_ok(), "{}", agrees(&yaml).unwrap_err());
        }
    }
}
