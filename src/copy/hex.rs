//! Hexadecimal: `bytes.hex()` and `mv.hex(sep, bytes_per_sep)`, with
//! CPython's grouping (`_Py_strhex_impl`): groups of `bytes_per_sep` bytes
//! counted from the right when it is positive, from the left when negative.

use super::rows::room;
use crate::error::Result;

/// The two hex digits of every byte value.
const HEX_PAIRS: [[u8; 2]; 256] = {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut pairs = [[0; 2]; 256];
    let mut b = 0;
    while b < 256 {
        pairs[b] = [DIGITS[b >> 4], DIGITS[b & 0xf]];
        b += 1;
    }
    pairs
};

/// Hex digits of `bytes`, with `sep` every `per` bytes: from the right when
/// `per > 0`, from the left when `per < 0` (CPython's `_Py_strhex_impl`).
pub(crate) fn hex_grouped(bytes: &[u8], sep: Option<u8>, per: i32) -> Result<String> {
    let group = per.unsigned_abs() as usize;
    let out = match sep {
        Some(sep) if group > 0 && group < bytes.len() => {
            // Counted from the right, the short group (if any) comes first.
            let first = match bytes.len() % group {
                r if per > 0 && r > 0 => r,
                _ => group,
            };
            let (head, tail) = bytes.split_at(first);
            let len = 2 * bytes.len() + tail.len().div_ceil(group);
            let mut out = room(len)?;
            out.resize(len, sep);
            let (out_head, out_tail) = out.split_at_mut(2 * first);
            write_hex(head, out_head);
            // Each later group is the separator, then its digits; counted
            // from the left, the last group may be short.
            let mut runs = tail.chunks_exact(group);
            let mut dsts = out_tail.chunks_exact_mut(2 * group + 1);
            for (run, dst) in runs.by_ref().zip(dsts.by_ref()) {
                write_hex(run, &mut dst[1..]);
            }
            let last = dsts.into_remainder();
            write_hex(runs.remainder(), last.get_mut(1..).unwrap_or_default());
            out
        }
        _ => {
            let mut out = room(2 * bytes.len())?;
            out.resize(2 * bytes.len(), 0);
            write_hex(bytes, &mut out);
            out
        }
    };
    // Hex digits and an ASCII separator are always UTF-8.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// Writes the two hex digits of each of `bytes` into `out`.
fn write_hex(bytes: &[u8], out: &mut [u8]) {
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        pair.copy_from_slice(&HEX_PAIRS[usize::from(b)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups_like_cpython() {
        let b = [1u8, 2, 3, 4, 5];
        assert_eq!(hex_grouped(&b, Some(b' '), 2).unwrap(), "01 0203 0405");
        assert_eq!(hex_grouped(&b, Some(b' '), -2).unwrap(), "0102 0304 05");
        assert_eq!(hex_grouped(&b, Some(b' '), 0).unwrap(), "0102030405");
        assert_eq!(hex_grouped(&b, Some(b' '), 5).unwrap(), "0102030405");
        assert_eq!(hex_grouped(&b, Some(b' '), 9).unwrap(), "0102030405");
        assert_eq!(hex_grouped(&b, Some(b'-'), 1).unwrap(), "01-02-03-04-05");
        assert_eq!(hex_grouped(&[], Some(b'-'), 1).unwrap(), "");
    }
}
