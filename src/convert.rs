//! Conversions that copy: `tobytes()`, `tolist()` and `hex()`.
//!
//! A view avoids copies until you ask for one. These methods are where you
//! ask: each walks the items in logical order and builds something new.

use crate::bytes::Bytes;
use crate::error::{Error, PyException, Result};
use crate::format::{for_reading, ItemFormat};
use crate::gather::{c_order_bytes, gather, room};
use crate::item::unpack;
use crate::layout::{moved, Layout};
use crate::value::Value;
use crate::view::{Storage, ViewOf};
use crate::walk::Order;

impl<B: Storage> ViewOf<B> {
    /// `mv.tobytes()`: a copy of the items' bytes in C order. Works for any
    /// format, even those memoryview cannot index.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abcdef")?;
    /// assert_eq!(view.slice((.., -2))?.to_bytes()?.to_string(), "b'fdb'"); // mv[::-2].tobytes()
    /// # Ok::<(), memview::Error>(())
    /// ```
    ///
    /// # Errors
    /// `MemoryError` if the copy does not fit in memory (a view with a
    /// stride of 0 can repeat one byte any number of times).
    pub fn to_bytes(&self) -> Result<Bytes> {
        self.to_bytes_in(Order::C)
    }

    /// `mv.tobytes(order)`: a copy of the items' bytes in C order, Fortran
    /// order, or (`A`) memory order if the view is contiguous.
    ///
    /// ```
    /// use memview::{Order, View};
    /// let grid = View::new(b"abcdef")?.cast_shape("B", &[2, 3])?;
    /// assert_eq!(grid.to_bytes_in(Order::F)?, b"adbecf");
    /// assert_eq!(grid.slice((.., -1))?.to_bytes_in(Order::A)?, b"defabc"); // not contiguous: C order
    /// # Ok::<(), memview::Error>(())
    /// ```
    ///
    /// # Errors
    /// `MemoryError` if the copy does not fit in memory.
    pub fn to_bytes_in(&self, order: Order) -> Result<Bytes> {
        gather(self.bytes.as_ref(), &self.layout, order).map(Bytes::from)
    }

    /// `mv.tolist()`: the items as Python values; nested lists for an N-D
    /// view, a single value for a 0-dimensional one.
    ///
    /// # Errors
    /// `NotImplementedError: memoryview: unsupported format <i` (or `format
    /// w not supported`) for formats memoryview cannot read; `MemoryError`
    /// if the list does not fit in memory.
    ///
    /// ```
    /// use memview::View;
    /// let data: Vec<u8> = (1..=4).collect();
    /// let grid = View::new(&data)?.cast_shape("B", &[2, 2])?;
    /// assert_eq!(grid.to_list()?.to_string(), "[[1, 2], [3, 4]]");
    /// assert_eq!(View::new(&[1.5, f64::NAN, f64::INFINITY])?.to_list()?.to_string(),
    ///            "[1.5, nan, inf]");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_list(&self) -> Result<Value> {
        let format = for_reading(self.format(), self.layout.item_count())?;
        list_of(
            self.bytes.as_ref(),
            &self.layout,
            format,
            0,
            self.layout.offset(),
        )
    }

    /// `mv.hex()`: the C-order bytes as lowercase hexadecimal.
    ///
    /// ```
    /// use memview::View;
    /// assert_eq!(View::new(b"\xb9\x01\xef")?.hex()?, "b901ef");
    /// # Ok::<(), memview::Error>(())
    /// ```
    ///
    /// # Errors
    /// `MemoryError` if the text does not fit in memory.
    pub fn hex(&self) -> Result<String> {
        hex_grouped(&c_order_bytes(self.bytes.as_ref(), &self.layout)?, None, 1)
    }

    /// `mv.hex(sep, bytes_per_sep)`: hexadecimal with `sep` between groups
    /// of `bytes_per_sep` bytes, counted from the right if positive and from
    /// the left if negative.
    ///
    /// # Errors
    /// `ValueError: sep must be length 1.`; `ValueError: sep must be ASCII.`;
    /// `OverflowError: Python int too large to convert to C int` if
    /// `bytes_per_sep` does not fit a C `int`, as CPython takes it;
    /// `MemoryError` if the text does not fit in memory.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"\xb9\x01\xef")?;
    /// assert_eq!(view.hex_with(":", 1)?, "b9:01:ef");
    /// assert_eq!(view.hex_with(":", 2)?, "b9:01ef");
    /// assert_eq!(view.hex_with(":", -2)?, "b901:ef");
    /// assert_eq!(view.hex_with("::", 1).unwrap_err().to_string(), "sep must be length 1.");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn hex_with(&self, sep: &str, bytes_per_sep: isize) -> Result<String> {
        // CPython takes `bytes_per_sep` as a C int, before it looks at `sep`.
        if i32::try_from(bytes_per_sep).is_err() {
            return Err(Error::new(
                PyException::OverflowError,
                "Python int too large to convert to C int",
            ));
        }
        let mut chars = sep.chars();
        let sep = match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii() => c,
            (Some(_), None) => return Err(Error::value_error("sep must be ASCII.")),
            _ => return Err(Error::value_error("sep must be length 1.")),
        };
        let bytes = c_order_bytes(self.bytes.as_ref(), &self.layout)?;
        hex_grouped(&bytes, Some(sep), bytes_per_sep)
    }
}

/// The value at dimension `dim` and below, starting at byte `at`.
fn list_of(
    bytes: &[u8],
    layout: &Layout,
    format: ItemFormat,
    dim: usize,
    at: usize,
) -> Result<Value> {
    let size = format.size();
    let item = |at: usize| unpack(format, bytes.get(at..at + size).unwrap_or_default());
    if dim == layout.ndim() {
        return Ok(item(at));
    }
    let stride = layout.strides()[dim];
    let places = (0..layout.shape()[dim]).map(|i| moved(at, i as isize, stride));
    let mut items = room(layout.shape()[dim])?;
    if dim + 1 == layout.ndim() {
        // The innermost dimension: one tight loop over its items.
        items.extend(places.map(item));
    } else {
        for here in places {
            items.push(list_of(bytes, layout, format, dim + 1, here)?);
        }
    }
    Ok(Value::List(items))
}

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
fn hex_grouped(bytes: &[u8], sep: Option<char>, per: isize) -> Result<String> {
    let group = per.unsigned_abs();
    let sep = sep.and_then(|c| u8::try_from(c).ok());
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
        assert_eq!(hex_grouped(&b, Some(' '), 2).unwrap(), "01 0203 0405");
        assert_eq!(hex_grouped(&b, Some(' '), -2).unwrap(), "0102 0304 05");
        assert_eq!(hex_grouped(&b, Some(' '), 0).unwrap(), "0102030405");
        assert_eq!(hex_grouped(&b, Some(' '), 5).unwrap(), "0102030405");
        assert_eq!(hex_grouped(&b, Some(' '), 9).unwrap(), "0102030405");
        assert_eq!(hex_grouped(&b, Some('-'), 1).unwrap(), "01-02-03-04-05");
        assert_eq!(hex_grouped(&[], Some('-'), 1).unwrap(), "");
    }
}
