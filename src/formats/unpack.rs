//! Items of any `struct` format, unpacked as `struct.unpack_from` unpacks
//! them: what `==` needs to compare views memoryview cannot index (`'<i'`,
//! `'2h'`), item by item as Python values.

use super::native::{ItemFormat, Kind};
use super::pack::unpack_sized;
use super::structs::{Field, Mode, fields, parse};
use super::value::Value;
use std::fmt;

/// What `struct.unpack_from` gives for one item, as memoryview sees it: a
/// lone value is unwrapped from its tuple; any other number of values
/// (`'ii'`, or none at all for `'x'`) stays a tuple.
///
/// `==` is Python's: `(1, 2) == (1.0, 2.0)`, `1 != (1,)`, `nan != nan`.
/// `Display` is Python's `repr`: `7`, `(1, 2)`, `(1,)`, `()`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Unpacked {
    /// A format with exactly one value, such as `'<i'` or `'3s'`.
    One(Value),
    /// A format with any other number of values, such as `'ii'` or `'x'`.
    Tuple(Vec<Value>),
}

/// `struct.unpack_from(format, item)`, with a single value unwrapped from its
/// tuple as memoryview unwraps it; `None` where `struct` raises (an unknown
/// format, or `item` shorter than the format's size).
#[cfg(test)]
pub(crate) fn unpack_item(format: &str, item: &[u8]) -> Option<Unpacked> {
    Unpacker::new(format)?.unpack(item)
}

/// A `struct` format parsed once, to unpack many items: `struct.Struct(format)`.
#[derive(Debug)]
pub(crate) struct Unpacker {
    mode: Mode,
    fields: Vec<Field>,
    size: usize,
    /// How many values an item holds (`'2hx'`: 2).
    values: usize,
}

impl Unpacker {
    /// The unpacker of `format`, or `None` where `struct` raises.
    pub(crate) fn new(format: &str) -> Option<Unpacker> {
        let parsed = parse(format)?;
        let (fields, size) = fields(&parsed)?;
        let values = fields
            .iter()
            .map(|f| match f.code {
                'x' => 0,
                's' | 'p' => 1,
                _ => f.count,
            })
            .sum();
        Some(Unpacker {
            mode: parsed.mode,
            fields,
            size,
            values,
        })
    }

    /// One item's values; `None` if `item` is too short or holds a Pascal
    /// string of count 0 (CPython fails on it with a `SystemError`).
    pub(crate) fn unpack(&self, item: &[u8]) -> Option<Unpacked> {
        let item = item.get(..self.size)?;
        let mut values = Vec::with_capacity(if self.values == 1 { 0 } else { self.values });
        let mut one = None;
        for field in &self.fields {
            let bytes = &item[field.offset..];
            let mut push = |value: Value| match self.values {
                1 => one = Some(value),
                _ => values.push(value),
            };
            match field.code {
                'x' => {}
                's' => push(Value::Bytes(bytes[..field.count].to_vec())),
                // A Pascal string: a length byte, then up to count - 1 bytes.
                'p' => {
                    let room = field.count.checked_sub(1)?;
                    let len = usize::from(bytes[0]).min(room);
                    push(Value::Bytes(bytes[1..1 + len].to_vec()));
                }
                code => {
                    let kind = ItemFormat::from_code(code)?.kind();
                    for chunk in bytes.chunks_exact(field.size).take(field.count) {
                        push(unpack_in(self.mode, kind, chunk));
                    }
                }
            }
        }
        Some(match one {
            Some(value) => Unpacked::One(value),
            None => Unpacked::Tuple(values),
        })
    }
}

/// One value of `kind` from its bytes, in the byte order of `mode`.
fn unpack_in(mode: Mode, kind: Kind, bytes: &[u8]) -> Value {
    let mut native = [0u8; 8];
    let value = &mut native[..bytes.len()];
    value.copy_from_slice(bytes);
    if matches!(mode, Mode::Standard { big_endian } if big_endian != cfg!(target_endian = "big")) {
        value.reverse();
    }
    unpack_sized(kind, bytes.len(), value)
}

impl fmt::Display for Unpacked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unpacked::One(value) => write!(f, "{value}"),
            Unpacked::Tuple(values) => {
                f.write_str("(")?;
                for (i, value) in values.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{value}")?;
                }
                // A tuple of one is `(1,)`, so that it is not read as `(1)`.
                f.write_str(if values.len() == 1 { ",)" } else { ")" })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `struct.calcsize` and `struct.unpack_from`, run by CPython on this
    /// machine's sizes: see `tools/golden/generate.py`.
    const GOLDEN: &str = include_str!("../../tests/golden/struct.json");

    #[test]
    fn calcsize_and_unpack_agree_with_cpython() {
        let doc: serde_json::Value = serde_json::from_str(GOLDEN).expect("valid JSON");
        for (code, size) in doc["machine"]["sizes"].as_object().expect("sizes") {
            let native = ItemFormat::parse(code).expect("a native code");
            assert_eq!(
                Some(native.size() as u64),
                size.as_u64(),
                "regenerate for '{code}'"
            );
        }
        let (mut expected, mut actual) = (Vec::new(), Vec::new());
        let mut compare = |what: String, want: Option<String>, got: Option<String>| {
            if want != got {
                expected.push(format!("{what}: {want:?}"));
                actual.push(format!("{what}: {got:?}"));
            }
        };
        let rows = |key: &str| doc[key].as_array().expect("rows").clone();
        for row in rows("calcsize") {
            let format = row[0].as_str().expect("a format");
            let want = row[1].as_u64().map(|n| n.to_string());
            let got = crate::formats::structs::calcsize(format).map(|n| n.to_string());
            compare(format!("calcsize({format:?})"), want, got);
        }
        let unpacks = rows("unpack");
        for row in &unpacks {
            let format = row[0].as_str().expect("a format");
            let hex = row[1].as_str().expect("hex");
            let bytes: Vec<u8> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
                .collect();
            let want = row[2].as_str().map(str::to_owned);
            let got = unpack_item(format, &bytes).map(|u| u.to_string());
            compare(format!("unpack_from({format:?}, {hex})"), want, got);
        }
        assert!(unpacks.len() > 1000, "too few vectors");
        pretty_assertions::assert_eq!(expected, actual);
    }

    #[test]
    fn items_unpack_to_a_value_or_a_tuple() {
        let one = |f: &str, b: &[u8]| unpack_item(f, b).map(|u| u.to_string());
        assert_eq!(one("<h", &[1, 2]).as_deref(), Some("513"));
        assert_eq!(one(">h", &[1, 2]).as_deref(), Some("258"));
        assert_eq!(one("<hh", &[1, 0, 2, 0]).as_deref(), Some("(1, 2)"));
        assert_eq!(one(">e", &[0x3c, 0]).as_deref(), Some("1.0"));
        assert_eq!(one("x", &[0]).as_deref(), Some("()"));
        assert_eq!(one("3p", b"\x05ab").as_deref(), Some("b'ab'"));
        assert_eq!(one("0p", b"").as_deref(), None);
        assert_eq!(one("<i", &[1, 2]), None); // too short
        let tuple = Unpacked::Tuple(vec![Value::Int(1)]);
        assert_eq!(tuple.to_string(), "(1,)");
        assert_ne!(tuple, Unpacked::One(Value::Int(1)));
        assert_eq!(
            Unpacked::Tuple(vec![Value::Int(1), Value::Int(2)]),
            Unpacked::Tuple(vec![Value::Float(1.0), Value::Float(2.0)])
        );
    }
}
