//! Conversions that copy: `tobytes()`, `tolist()` and `hex()`.
//!
//! A view avoids copies until you ask for one. These methods are where you
//! ask: each walks the items in logical order and builds something new.

use crate::bytes::Bytes;
use crate::error::{Error, PyException, Result};
use crate::format::{for_reading, ItemFormat};
use crate::item::unpack;
use crate::layout::{moved, Layout};
use crate::value::Value;
use crate::view::{Storage, ViewOf};
// `assign` copies a source view through the same gather.
pub(crate) use crate::gather::gather;
use crate::walk::Order;

impl<B: Storage> ViewOf<B> {
    /// `mv.tobytes()`: a copy of the items' bytes in C order. Works for any
    /// format, even those memoryview cannot index.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abcdef")?;
    /// assert_eq!(view.slice((.., -2))?.to_bytes().to_string(), "b'fdb'"); // mv[::-2].tobytes()
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_bytes(&self) -> Bytes {
        self.to_bytes_in(Order::C)
    }

    /// `mv.tobytes(order)`: a copy of the items' bytes in C order, Fortran
    /// order, or (`A`) memory order if the view is contiguous.
    ///
    /// ```
    /// use memview::{Order, View};
    /// let grid = View::new(b"abcdef")?.cast_shape("B", &[2, 3])?;
    /// assert_eq!(grid.to_bytes_in(Order::F), b"adbecf");
    /// assert_eq!(grid.slice((.., -1))?.to_bytes_in(Order::A), b"defabc"); // not contiguous: C order
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_bytes_in(&self, order: Order) -> Bytes {
        Bytes::from(gather(self.bytes.as_ref(), &self.layout, order))
    }

    /// `mv.tolist()`: the items as Python values; nested lists for an N-D
    /// view, a single value for a 0-dimensional one.
    ///
    /// # Errors
    /// `NotImplementedError: memoryview: unsupported format <i` (or `format
    /// w not supported`) for formats memoryview cannot read.
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
        Ok(list_of(
            self.bytes.as_ref(),
            &self.layout,
            format,
            0,
            self.layout.offset(),
        ))
    }

    /// `mv.hex()`: the C-order bytes as lowercase hexadecimal.
    ///
    /// ```
    /// use memview::View;
    /// assert_eq!(View::new(b"\xb9\x01\xef")?.hex(), "b901ef");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn hex(&self) -> String {
        hex_grouped(&self.to_bytes(), None, 1)
    }

    /// `mv.hex(sep, bytes_per_sep)`: hexadecimal with `sep` between groups
    /// of `bytes_per_sep` bytes, counted from the right if positive and from
    /// the left if negative.
    ///
    /// # Errors
    /// `ValueError: sep must be length 1.`; `ValueError: sep must be ASCII.`;
    /// `OverflowError: Python int too large to convert to C int` if
    /// `bytes_per_sep` does not fit a C `int`, as CPython takes it.
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
        Ok(hex_grouped(&self.to_bytes(), Some(sep), bytes_per_sep))
    }
}

/// The value at dimension `dim` and below, starting at byte `at`.
fn list_of(bytes: &[u8], layout: &Layout, format: ItemFormat, dim: usize, at: usize) -> Value {
    if dim == layout.ndim() {
        return unpack(
            format,
            bytes.get(at..at + format.size()).unwrap_or_default(),
        );
    }
    let stride = layout.strides()[dim];
    let items = (0..layout.shape()[dim])
        .map(|i| {
            let here = moved(at, i as isize, stride);
            list_of(bytes, layout, format, dim + 1, here)
        })
        .collect();
    Value::List(items)
}

/// Hex digits of `bytes`, with `sep` every `per` bytes: from the right when
/// `per > 0`, from the left when `per < 0` (CPython's `_Py_strhex_impl`).
fn hex_grouped(bytes: &[u8], sep: Option<char>, per: isize) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs();
    let mut out = String::with_capacity(bytes.len() * 3);
    for (i, &b) in bytes.iter().enumerate() {
        if let Some(sep) = sep {
            // Count the bytes before `i` from the side the groups start at.
            let boundary = if per > 0 { bytes.len() - i } else { i };
            if i > 0 && group > 0 && boundary % group == 0 {
                out.push(sep);
            }
        }
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups_like_cpython() {
        let b = [1u8, 2, 3, 4, 5];
        assert_eq!(hex_grouped(&b, Some(' '), 2), "01 0203 0405");
        assert_eq!(hex_grouped(&b, Some(' '), -2), "0102 0304 05");
        assert_eq!(hex_grouped(&b, Some(' '), 0), "0102030405");
        assert_eq!(hex_grouped(&b, Some(' '), 5), "0102030405");
        assert_eq!(hex_grouped(&b, Some(' '), 9), "0102030405");
        assert_eq!(hex_grouped(&b, Some('-'), 1), "01-02-03-04-05");
        assert_eq!(hex_grouped(&[], Some('-'), 1), "");
    }
}
