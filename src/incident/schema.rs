//! JSON Schema for the incident types whose YAML form serde cannot describe by itself: the
//! ones with hand-written deserializers (free text, a key or free text, counts, times). Each
//! schema accepts what the deserializer beside the type accepts, so that an editor flags what
//! `varsel check` would refuse and completes what it would take. The derived types are in
//! `model.rs`; the top-level `schema` module puts them together.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::model::{Count, Item, Listing, Text};
use super::when::{DayOrStamp, Stamp, When};

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text for every language (a proper name), or one text per language code: `{sv: …, en: …}`.",
            "anyOf": [
                { "type": ["string", "integer"] },
                {
                    "type": "object",
                    "propertyNames": { "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)*$" },
                    "additionalProperties": { "type": "string" }
                }
            ]
        })
    }
}

impl<K: JsonSchema> JsonSchema for Item<K> {
    fn schema_name() -> Cow<'static, str> {
        format!("ItemOf{}", K::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let key = generator.subschema_for::<K>();
        let text = generator.subschema_for::<Text>();
        json_schema!({
            "description": "A standard key, or `text:` with your own wording.",
            "anyOf": [
                key,
                {
                    "type": "object",
                    "properties": { "text": text },
                    "required": ["text"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl JsonSchema for Count {
    fn schema_name() -> Cow<'static, str> {
        "Count".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let number = r"\s*[0-9][0-9 _,\u00a0]*";
        json_schema!({
            "description": "How many people: a number (`1200`, `1 200`), a range (`1200-1500`), `at least 300`, `at most 40`, `some`, `most`, `all` or `unknown`.",
            "anyOf": [
                { "type": "integer", "minimum": 0 },
                { "enum": ["unknown", "some", "most", "all"] },
                {
                    "type": "string",
                    "pattern": format!(r"^\s*((at least |at most )?{number}|{number}[-–]{number})\s*$")
                }
            ]
        })
    }
}

impl<T: JsonSchema> JsonSchema for Listing<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("ListingOf{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let listed = generator.subschema_for::<T>();
        json_schema!({
            "description": "The list, or `unknown` while it is not known.",
            "anyOf": [listed, { "const": "unknown" }, { "type": "null" }]
        })
    }
}

/// An offset from UTC after a time of day.
const OFFSET: &str = r"(Z|z|[+-]\d{2}(:?\d{2})?)";
/// A date and time of day, with an optional offset (`Z`, `+01:00`).
const STAMP: &str =
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|z|[+-]\d{2}(:?\d{2})?)?";

impl JsonSchema for Stamp {
    fn schema_name() -> Cow<'static, str> {
        "Stamp".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date and time, in the incident's time zone unless an offset is given: 2024-12-04T13:39.",
            "type": "string",
            "pattern": format!(r"^\s*{STAMP}\s*$")
        })
    }
}

impl JsonSchema for DayOrStamp {
    fn schema_name() -> Cow<'static, str> {
        "DayOrStamp".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A day (2025-06-30: to its end) or a date and time (2025-06-30T18:00).",
            "type": "string",
            "pattern": format!(r"^\s*(\d{{4}}-\d{{2}}-\d{{2}}|{STAMP})\s*$")
        })
    }
}

impl JsonSchema for When {
    fn schema_name() -> Cow<'static, str> {
        "When".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // One point as precisely as it is known; a period is two of them around a `/`.
        let time = format!(r"T\d{{2}}(:\d{{2}}(:\d{{2}}(\.\d+)?)?)?{OFFSET}?");
        let coarse = r"\d{4}(-[Ww]\d{1,2}|-\d{2}|-(spring|summer|autumn|fall|winter))?";
        let point = format!(
            r"\d{{4}}-\d{{2}}-\d{{2}}({time}| (night|morning|afternoon|evening))?|((early|mid|late) )?{coarse}"
        );
        json_schema!({
            "description": "When it happened, as precisely as is known: 2024-12-02T16:10, 2024-12-02, 2024-12-02 evening, 2024-12, late 2024-W49, 2024-spring, 2024, a period such as 2024-03/2024-05, or `unknown`.",
            "anyOf": [
                { "type": "integer", "minimum": 1000, "maximum": 9999 },
                {
                    "type": "string",
                    "pattern": format!(r"^\s*(({point})(\s*/\s*({point}))?|[Uu]nknown|UNKNOWN)\s*$")
                }
            ]
        })
    }
}
