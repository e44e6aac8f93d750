//! JSON text as serde_json's pretty printer writes it (two-space indentation, keys in order),
//! with a string escape that passes over sixteen bytes at a time: a notice's prose, with a
//! newline every line, is most of `incident.json`, and escaping it a byte at a time cost more
//! than building the rest of the file.

use serde_json::Value;

/// `value` as indented JSON text, byte for byte what `serde_json::to_string_pretty` gives.
pub fn to_string_pretty(value: &Value) -> String {
    let mut out = String::with_capacity(4096);
    write_value(&mut out, value, 0);
    out
}

fn write_value(out: &mut String, value: &Value, depth: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                write_value(out, item, depth + 1);
            }
            if !items.is_empty() {
                out.push('\n');
                indent(out, depth);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                write_str(out, key);
                out.push_str(": ");
                write_value(out, item, depth + 1);
            }
            if !map.is_empty() {
                out.push('\n');
                indent(out, depth);
            }
            out.push('}');
        }
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

    proptest! {
        #[test]
        fn writes_what_serde_json_writes(v in value()) {
            prop_assert_eq!(to_string_pretty(&v), serde_json::to_string_pretty(&v).unwrap());
        }
    }

    #[test]
    fn every_control_character_and_the_quotes_are_escaped() {
        let all: String = (0u8..0x80).map(char::from).collect::<String>() + "ä\u{2028}";
        let v = Value::String(all.repeat(3));
        assert_eq!(
            to_string_pretty(&v),
            serde_json::to_string_pretty(&v).unwrap()
        );
        assert_eq!(
            to_string_pretty(&serde_json::json!({"a": [], "b": {}, "c": [1, {"d": null}]})),
            "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": null\n    }\n  ]\n}"
        );
    }
}
