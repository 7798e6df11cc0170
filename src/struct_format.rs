//! Python's `struct` format strings, as far as memoryview needs them.
//!
//! memoryview reads and writes items only for the native single characters
//! of [`format`](crate::format), but it lends, copies and *compares* views of
//! any format the `struct` module understands. Comparing unpacks each item
//! with `struct.unpack_from(format, item)`, so `'<i'` and `'>i'` views holding
//! the same numbers are equal although their bytes differ. This module is that
//! part of `struct`:
//!
//! - An optional first character chooses byte order, sizes and alignment:
//!   `@` (the default) is native order, native sizes and native alignment;
//!   `=` is native order with standard sizes; `<` is little-endian, `>` and
//!   `!` big-endian, with standard sizes. Only `@` aligns, and only `@` knows
//!   `n`, `N` and `P`.
//! - Then codes, each with an optional count: `ii` and `2i` are two ints,
//!   `3s` is one 3-byte string, `x` a pad byte, `?` a bool, `e f d` floats.
//!   Whitespace between codes is ignored.
//!
//! ```text
//! struct.calcsize('@bi') == 8    # b, then 3 pad bytes so that i is aligned
//! struct.calcsize('=bi') == 5    # standard sizes never pad
//! struct.unpack_from('<h', b'\x01\x02') == (513,)
//! struct.unpack_from('>h', b'\x01\x02') == (258,)
//! ```

use crate::format::ItemFormat;
use crate::item::unpack;
use crate::value::Value;
use std::ffi::{c_int, c_long, c_longlong, c_short};
use std::fmt;
use std::mem::align_of;

/// `struct.calcsize(format)`: the size in bytes of one item, padding
/// included; `None` where `struct` raises `struct.error`.
pub(crate) fn calcsize(format: &str) -> Option<usize> {
    // The common case, answered without parsing (and without allocating, so
    // that making a view stays allocation-free).
    if let Some(native) = ItemFormat::parse(format) {
        return Some(native.size());
    }
    fields(&parse(format)?).map(|(_, size)| size)
}

/// `struct.unpack_from(format, item)`, with a single value unwrapped from its
/// tuple as memoryview unwraps it; `None` where `struct` raises (an unknown
/// format, or `item` shorter than the format's size).
pub(crate) fn unpack_item(format: &str, item: &[u8]) -> Option<Unpacked> {
    let parsed = parse(format)?;
    let (fields, size) = fields(&parsed)?;
    let item = item.get(..size)?;
    let mut values = Vec::new();
    for field in fields {
        let bytes = &item[field.offset..];
        match field.code {
            'x' => {}
            's' => values.push(Value::Bytes(bytes[..field.count].to_vec())),
            // A Pascal string: a length byte, then up to count - 1 bytes.
            // CPython fails on '0p' (a SystemError), so memview refuses it.
            'p' => {
                let room = field.count.checked_sub(1)?;
                let len = usize::from(bytes[0]).min(room);
                values.push(Value::Bytes(bytes[1..1 + len].to_vec()));
            }
            code => {
                for chunk in bytes.chunks_exact(field.size).take(field.count) {
                    values.push(read(parsed.mode, code, chunk)?);
                }
            }
        }
    }
    Some(match <[Value; 1]>::try_from(values) {
        Ok([one]) => Unpacked::One(one),
        Err(values) => Unpacked::Tuple(values),
    })
}

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

/// Byte order, sizes and alignment, as a format's first character chose them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `@` or no prefix: native byte order, sizes and alignment.
    Native,
    /// `=`, `<`, `>` or `!`: standard sizes, no alignment, this byte order.
    Standard { big_endian: bool },
}

/// A format string split into its mode and its codes: `'<2hx'` is
/// little-endian, two `h` and one `x`.
#[derive(Debug)]
struct Parsed {
    mode: Mode,
    /// Each code character with its count (1 when none is written).
    codes: Vec<(usize, char)>,
}

/// One code placed in an item: where it starts and how big each value is.
#[derive(Debug)]
struct Field {
    offset: usize,
    count: usize,
    code: char,
    size: usize,
}

/// Splits `format` as `struct` does (CPython's `prepare_s`), or `None` if
/// `struct` would refuse it.
fn parse(format: &str) -> Option<Parsed> {
    let native_big = cfg!(target_endian = "big");
    let mut chars = format.chars().peekable();
    let mode = match chars.peek() {
        Some('<') => Mode::Standard { big_endian: false },
        Some('>' | '!') => Mode::Standard { big_endian: true },
        Some('=') => Mode::Standard {
            big_endian: native_big,
        },
        _ => Mode::Native,
    };
    if matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!')) {
        chars.next();
    }
    let mut codes = Vec::new();
    while let Some(c) = chars.next() {
        if is_space(c) {
            continue;
        }
        let mut count = 1;
        let mut code = c;
        if let Some(digit) = c.to_digit(10) {
            // A count: digits, then the code they repeat, with nothing between.
            count = digit as usize;
            loop {
                code = chars.next()?;
                match code.to_digit(10) {
                    Some(digit) => {
                        count = count
                            .checked_mul(10)?
                            .checked_add(digit as usize)
                            .filter(|&n| n <= isize::MAX as usize)?;
                    }
                    None => break,
                }
            }
        }
        size_and_align(mode, code)?;
        codes.push((count, code));
    }
    Some(Parsed { mode, codes })
}

/// Where each code lies in an item, and the item's size: `@` pads before a
/// code to its alignment (so `'@bi'` is 8 bytes), other modes never pad.
/// `None` if the size overflows `isize`, as `struct` refuses it.
fn fields(parsed: &Parsed) -> Option<(Vec<Field>, usize)> {
    let mut offset = 0usize;
    let mut fields = Vec::with_capacity(parsed.codes.len());
    for &(count, code) in &parsed.codes {
        let (size, align) = size_and_align(parsed.mode, code)?;
        offset = offset.checked_next_multiple_of(align)?;
        fields.push(Field {
            offset,
            count,
            code,
            size,
        });
        offset = count
            .checked_mul(size)?
            .checked_add(offset)
            .filter(|&n| n <= isize::MAX as usize)?;
    }
    Some((fields, offset))
}

/// The size and alignment of one value of `code`, or `None` if `struct`
/// does not know the code in this mode.
fn size_and_align(mode: Mode, code: char) -> Option<(usize, usize)> {
    if matches!(code, 'x' | 's' | 'p') {
        return Some((1, 1));
    }
    match mode {
        Mode::Native => {
            let format = ItemFormat::from_code(code)?;
            Some((format.size(), native_align(format)))
        }
        Mode::Standard { .. } => {
            let size = match code {
                'c' | 'b' | 'B' | '?' => 1,
                'h' | 'H' | 'e' => 2,
                'i' | 'I' | 'l' | 'L' | 'f' => 4,
                'q' | 'Q' | 'd' => 8,
                _ => return None,
            };
            Some((size, 1))
        }
    }
}

/// The alignment C gives a native item: `_Alignof` of its C type.
fn native_align(format: ItemFormat) -> usize {
    use ItemFormat as F;
    match format {
        F::Char | F::SignedChar | F::UnsignedChar | F::Bool => 1,
        F::Short | F::UnsignedShort | F::Half => align_of::<c_short>(),
        F::Int | F::UnsignedInt => align_of::<c_int>(),
        F::Long | F::UnsignedLong => align_of::<c_long>(),
        F::LongLong | F::UnsignedLongLong => align_of::<c_longlong>(),
        F::SSize | F::Size | F::Pointer => align_of::<usize>(),
        F::Float => align_of::<f32>(),
        F::Double => align_of::<f64>(),
    }
}

/// One value of `code` from its bytes. A standard-size value is put in
/// native byte order and read as the native item of the same size (standard
/// `l` is 4 bytes: a native `i`).
fn read(mode: Mode, code: char, bytes: &[u8]) -> Option<Value> {
    let Mode::Standard { big_endian } = mode else {
        return Some(unpack(ItemFormat::from_code(code)?, bytes));
    };
    let same_size = match code {
        'l' => 'i',
        'L' => 'I',
        other => other,
    };
    let native = ItemFormat::from_code(same_size).filter(|f| f.size() == bytes.len())?;
    let mut buffer = [0u8; 8];
    let item = buffer.get_mut(..bytes.len())?;
    item.copy_from_slice(bytes);
    if big_endian != cfg!(target_endian = "big") {
        item.reverse();
    }
    Some(unpack(native, item))
}

/// Python's `Py_ISSPACE`: the whitespace `struct` skips between codes.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `struct.calcsize` and `struct.unpack_from`, run by CPython on this
    /// machine's sizes: see `tools/golden/generate.py`.
    const GOLDEN: &str = include_str!("../tests/golden/struct.json");

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
            let got = calcsize(format).map(|n| n.to_string());
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
    fn sizes_follow_native_alignment_and_standard_packing() {
        assert_eq!(calcsize("@bi"), Some(8));
        assert_eq!(calcsize("=bi"), Some(5));
        assert_eq!(calcsize("@b0i"), Some(4)); // a zero count still aligns
        assert_eq!(calcsize("ib"), Some(5)); // no padding at the end
        assert_eq!(calcsize(""), Some(0));
        assert_eq!(calcsize("<n"), None); // n, N and P are native only
        assert_eq!(calcsize("2"), None); // a count needs a code
        assert_eq!(calcsize("T{i:a:}"), None);
        assert_eq!(calcsize("9223372036854775807x"), Some(isize::MAX as usize));
        assert_eq!(calcsize("9223372036854775808x"), None);
        assert_eq!(calcsize("4611686018427387904i"), None);
    }

    #[test]
    fn items_unpack_to_a_value_or_a_tuple() {
        let one = |f: &str, b: &[u8]| unpack_item(f, b).map(|u| u.to_string());
        assert_eq!(one("<h", &[1, 2]).as_deref(), Some("513"));
        assert_eq!(one(">h", &[1, 2]).as_deref(), Some("258"));
        assert_eq!(one("<hh", &[1, 0, 2, 0]).as_deref(), Some("(1, 2)"));
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
