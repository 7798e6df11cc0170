//! Python's `struct` format strings: their grammar and sizes.
//!
//! memoryview reads and writes items only for the native single characters
//! of the [format table](super::native), but it lends, copies and *compares*
//! views of any format the `struct` module understands. This module is the
//! part of `struct` that says what a format string means:
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
//! ```

use super::native::ItemFormat;

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

/// Byte order, sizes and alignment, as a format's first character chose them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// `@` or no prefix: native byte order, sizes and alignment.
    Native,
    /// `=`, `<`, `>` or `!`: standard sizes, no alignment, this byte order.
    Standard { big_endian: bool },
}

/// A format string split into its mode and its codes: `'<2hx'` is
/// little-endian, two `h` and one `x`.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub(crate) mode: Mode,
    /// Each code character with its count (1 when none is written).
    codes: Vec<(usize, char)>,
}

/// One code placed in an item: where it starts, how many values, and how
/// big each value is.
#[derive(Debug)]
pub(crate) struct Field {
    pub(crate) offset: usize,
    pub(crate) count: usize,
    pub(crate) code: char,
    pub(crate) size: usize,
}

/// Splits `format` as `struct` does (CPython's `prepare_s`), or `None` if
/// `struct` would refuse it.
pub(crate) fn parse(format: &str) -> Option<Parsed> {
    let mode = match format.chars().next() {
        Some('<') => Mode::Standard { big_endian: false },
        Some('>' | '!') => Mode::Standard { big_endian: true },
        Some('=') => Mode::Standard {
            big_endian: cfg!(target_endian = "big"),
        },
        _ => Mode::Native,
    };
    let body = format
        .strip_prefix(['@', '=', '<', '>', '!'])
        .unwrap_or(format);
    let mut chars = body.chars().peekable();
    let mut codes = Vec::new();
    while let Some(first) = chars.next() {
        if is_space(first) {
            continue;
        }
        // A count is digits, then (with nothing between) the code they repeat.
        let (count, code) = match first.to_digit(10) {
            None => (1, first),
            Some(digit) => {
                let mut count = digit as usize;
                while let Some(digit) = chars.peek().and_then(|c| c.to_digit(10)) {
                    chars.next();
                    count = count
                        .checked_mul(10)?
                        .checked_add(digit as usize)
                        .filter(|&n| n <= isize::MAX as usize)?;
                }
                (count, chars.next()?)
            }
        };
        size_and_align(mode, code)?;
        codes.push((count, code));
    }
    Some(Parsed { mode, codes })
}

/// Where each code lies in an item, and the item's size: `@` pads before a
/// code to its alignment (so `'@bi'` is 8 bytes), other modes never pad.
/// `None` if the size overflows `isize`, as `struct` refuses it.
pub(crate) fn fields(parsed: &Parsed) -> Option<(Vec<Field>, usize)> {
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
    // Pad bytes and strings are counted in bytes.
    if matches!(code, 'x' | 's' | 'p') {
        return Some((1, 1));
    }
    let format = ItemFormat::from_code(code)?;
    match mode {
        Mode::Native => Some((format.size(), format.align())),
        Mode::Standard { .. } => Some((format.standard_size()?, 1)),
    }
}

/// Python's `Py_ISSPACE`: the whitespace `struct` skips between codes.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_follow_native_alignment_and_standard_packing() {
        assert_eq!(calcsize("@bi"), Some(8));
        assert_eq!(calcsize("=bi"), Some(5));
        assert_eq!(calcsize("@b0i"), Some(4)); // a zero count still aligns
        assert_eq!(calcsize("ib"), Some(5)); // no padding at the end
        assert_eq!(calcsize(""), Some(0));
        assert_eq!(calcsize("<n"), None); // n, N and P are native only
        assert_eq!(calcsize("2"), None); // a count needs a code
        assert_eq!(calcsize(" 2i i "), Some(12)); // spaces between codes
        assert_eq!(calcsize("2 i"), None); // but not inside a count
        assert_eq!(calcsize("T{i:a:}"), None);
        assert_eq!(calcsize("9223372036854775807x"), Some(isize::MAX as usize));
        assert_eq!(calcsize("9223372036854775808x"), None);
        assert_eq!(calcsize("4611686018427387904i"), None);
    }
}
