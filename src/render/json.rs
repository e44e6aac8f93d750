//! JSON text as serde_json's pretty printer writes it (two-space indentation, keys in the
//! order they are serialized), from any `Serialize` value as it is serialized, with a string
//! escape that passes over sixteen bytes at a time: a notice's prose, with a newline every
//! line, is most of `incident.json`, and escaping it a byte at a time, or building a
//! `serde_json::Value` of the whole file first, cost more than the rest of the export.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// The `serialize_<integer>` methods of a serializer, each handing the number to `$how`.
macro_rules! integers {
    ($how:ident) => {
        integers!(@ $how; serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
            serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
            serialize_u32: u32, serialize_u64: u64, serialize_u128: u128);
    };
    (@ $how:ident; $($method:ident: $t:ty),*) => {
        $(fn $method(self, v: $t) -> Result<(), Error> {
            self.$how(v)
        })*
    };
}

/// serde's three kinds of sequence (a list, a tuple, a tuple struct) are all JSON arrays.
macro_rules! array {
    ($($kind:ident::$method:ident),*) => {$(
        impl ser::$kind for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close(']');
                Ok(())
            }
        }
    )*};
}

/// `value` as indented JSON text, byte for byte what `serde_json::to_string_pretty` gives,
/// written as it is serialized: no `serde_json::Value` is built on the way.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut w = Writer {
        out: String::with_capacity(4096),
        depth: 0,
    };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// What cannot be written as JSON: a map key that is not a string, a number, a boolean or a
/// character (serde_json refuses the same), or an error raised by a value's own `Serialize`.
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Writer {
    out: String,
    /// How many arrays and objects the next value is inside.
    depth: usize,
}

impl Writer {
    fn open(&mut self, bracket: char) -> Compound<'_> {
        self.out.push(bracket);
        self.depth += 1;
        Compound {
            w: self,
            empty: true,
        }
    }

    fn float(&mut self, v: f64) {
        // serde_json's own number printing (ryu); it writes what is not finite as `null`.
        match serde_json::Number::from_f64(v) {
            Some(n) => self.out.push_str(&n.to_string()),
            None => self.out.push_str("null"),
        }
    }

    fn integer(&mut self, v: impl fmt::Display) -> Result<(), Error> {
        use fmt::Write as _;
        let _ = write!(self.out, "{v}");
        Ok(())
    }
}

/// An array or object being written; `empty` until its first element.
struct Compound<'a> {
    w: &'a mut Writer,
    empty: bool,
}

impl<'a> Compound<'a> {
    /// Starts the next element (of an array) or key (of an object) on a line of its own.
    fn next_line(&mut self) {
        self.w.out.push_str(if self.empty { "\n" } else { ",\n" });
        self.empty = false;
        indent(&mut self.w.out, self.w.depth);
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.next_line();
        value.serialize(&mut *self.w)
    }

    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.next_line();
        write_str(&mut self.w.out, key);
        self.w.out.push_str(": ");
        value.serialize(&mut *self.w)
    }

    /// Ends the array or object; the writer is handed back for an enclosing variant.
    fn close(self, bracket: char) -> &'a mut Writer {
        let w = self.w;
        w.depth -= 1;
        if !self.empty {
            w.out.push('\n');
            indent(&mut w.out, w.depth);
        }
        w.out.push(bracket);
        w
    }
}

/// The array or object of an enum variant that carries data, written as serde_json does,
/// inside `{"variant": …}`, which is closed with it.
struct Variant<'a>(Compound<'a>);

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Variant<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Variant<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    integers!(integer);

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // As serde_json: the f32's own shortest digits, not those of its f64 widening.
        match v.is_finite() {
            true => self
                .out
                .push_str(&serde_json::to_string(&v).unwrap_or_default()),
            false => self.out.push_str("null"),
        }
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(&mut self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(&mut self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq as _;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.close_variant();
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('['))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'a>, Error> {
        self.variant(variant, '[')
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('{'))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('{'))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'a>, Error> {
        self.variant(variant, '{')
    }
}

impl Writer {
    /// Writes `{"variant": `: an enum variant with data is an object of one entry.
    fn open_variant(&mut self, variant: &str) {
        let mut object = self.open('{');
        object.next_line();
        write_str(&mut object.w.out, variant);
        object.w.out.push_str(": ");
    }

    /// Ends the object [`open_variant`](Self::open_variant) began, after its one entry.
    fn close_variant(&mut self) {
        Compound {
            w: self,
            empty: false,
        }
        .close('}');
    }

    /// Opens `{"variant": ` and the variant's own array or object.
    fn variant(&mut self, variant: &str, bracket: char) -> Result<Variant<'_>, Error> {
        self.open_variant(variant);
        Ok(Variant(self.open(bracket)))
    }
}

impl Variant<'_> {
    fn end(self, bracket: char) -> Result<(), Error> {
        self.0.close(bracket).close_variant();
        Ok(())
    }
}

array!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeTupleVariant for Variant<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.0.element(value)
    }
    fn end(self) -> Result<(), Error> {
        Variant::end(self, ']')
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.next_line();
        key.serialize(KeyWriter(&mut self.w.out))?;
        self.w.out.push_str(": ");
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close('}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.entry(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close('}');
        Ok(())
    }
}

impl ser::SerializeStructVariant for Variant<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.0.entry(key, value)
    }
    fn end(self) -> Result<(), Error> {
        Variant::end(self, '}')
    }
}

/// Writes a map key: JSON keys are strings, so numbers, booleans and characters are quoted,
/// as serde_json does; anything else is refused.
struct KeyWriter<'a>(&'a mut String);

impl KeyWriter<'_> {
    fn quoted(self, v: impl fmt::Display) -> Result<(), Error> {
        write_str(self.0, &v.to_string());
        Ok(())
    }
}

fn key_must_be_a_string() -> Error {
    Error("key must be a string".into())
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.0, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(v)
    }
    integers!(quoted);

    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

const ONES: u64 = u64::from_ne_bytes([1; 8]);
const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

/// The high bit of every byte of `w` that needs escaping in a JSON string (a control
/// character, `"`, `\`), and perhaps of bytes above one; zero when none does, and the lowest
/// bit set is always a byte that does. A byte below `n` (n ≤ 0x80) sets its high bit in
/// `w - n…` where it is clear in `w`; the quote and the backslash are the zero bytes of `w`
/// xor their pattern.
fn special(w: u64) -> u64 {
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * n as u64) & !v;
    let quote = w ^ (ONES * b'"' as u64);
    let backslash = w ^ (ONES * b'\\' as u64);
    (below(w, 0x20) | below(quote, 1) | below(backslash, 1)) & HIGHS
}

/// `s` as a quoted JSON string, escaped as serde_json does.
fn write_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    // Bytes before `run` are written.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes[i..].first_chunk::<16>() {
            let (low, high) = chunk.split_at(8);
            let word = |half: &[u8]| u64::from_le_bytes(half.try_into().unwrap_or_default());
            let bits = special(word(low)) as u128 | (special(word(high)) as u128) << 64;
            if bits == 0 {
                i += 16;
                continue;
            }
            i += bits.trailing_zeros() as usize / 8;
        } else if !needs_escape(bytes[i]) {
            i += 1;
            continue;
        }
        // Only ASCII bytes need escaping, so `run..i` lies on character boundaries.
        out.push_str(&s[run..i]);
        push_escaped(out, bytes[i]);
        i += 1;
        run = i;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

fn push_escaped(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        _ => {
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;
    use std::collections::BTreeMap;

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u64>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
            ".*".prop_map(Value::String),
            "[a\"\\\\\n\t\u{1}\u{7f}é -]{0,40}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(".{0,6}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// Every kind of value serde's data model has, as derived types give them.
    #[derive(Debug, Clone, serde::Serialize)]
    enum Shape {
        Unit,
        Newtype(i32),
        Tuple(u8, String),
        Struct { a: Option<bool>, b: Vec<char> },
        Empty {},
    }

    #[derive(Debug, Clone, serde::Serialize)]
    struct Record {
        name: String,
        shapes: Vec<Shape>,
        by_number: BTreeMap<i16, f64>,
        by_flag: BTreeMap<bool, ()>,
        by_char: BTreeMap<char, Option<f32>>,
        pair: (u128, i8),
        #[serde(skip_serializing_if = "Option::is_none")]
        maybe: Option<u64>,
        bytes: Vec<u8>,
    }

    fn shape() -> impl Strategy<Value = Shape> {
        prop_oneof![
            Just(Shape::Unit),
            any::<i32>().prop_map(Shape::Newtype),
            (any::<u8>(), ".{0,8}").prop_map(|(n, s)| Shape::Tuple(n, s)),
            (
                any::<Option<bool>>(),
                prop::collection::vec(any::<char>(), 0..3)
            )
                .prop_map(|(a, b)| Shape::Struct { a, b }),
            Just(Shape::Empty {}),
        ]
    }

    fn record() -> impl Strategy<Value = Record> {
        (
            ".{0,12}",
            prop::collection::vec(shape(), 0..4),
            prop::collection::btree_map(any::<i16>(), any::<f64>(), 0..3),
            prop::collection::btree_map(any::<bool>(), Just(()), 0..2),
            prop::collection::btree_map(any::<char>(), any::<Option<f32>>(), 0..3),
            any::<(u128, i8)>(),
            any::<Option<u64>>(),
            prop::collection::vec(any::<u8>(), 0..3),
        )
            .prop_map(
                |(name, shapes, by_number, by_flag, by_char, pair, maybe, bytes)| Record {
                    name,
                    shapes,
                    by_number,
                    by_flag,
                    by_char,
                    pair,
                    maybe,
                    bytes,
                },
            )
    }

    proptest! {
        #[test]
        fn writes_typed_values_as_serde_json_does(r in record()) {
            prop_assert_eq!(to_string_pretty(&r).unwrap(), serde_json::to_string_pretty(&r).unwrap());
        }

        #[test]
        fn writes_what_serde_json_writes(v in value()) {
            prop_assert_eq!(to_string_pretty(&v).unwrap(), serde_json::to_string_pretty(&v).unwrap());
        }
    }

    #[test]
    fn every_control_character_and_the_quotes_are_escaped() {
        let all: String = (0u8..0x80).map(char::from).collect::<String>() + "ä\u{2028}";
        let v = Value::String(all.repeat(3));
        assert_eq!(
            to_string_pretty(&v).unwrap(),
            serde_json::to_string_pretty(&v).unwrap()
        );
        assert_eq!(
            to_string_pretty(&serde_json::json!({"a": [], "b": {}, "c": [1, {"d": null}]}))
                .unwrap(),
            "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": null\n    }\n  ]\n}"
        );
    }
}
