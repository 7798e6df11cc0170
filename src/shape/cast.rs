//! `cast`: reading the same bytes as different items, or in a different shape.
//!
//! `mv.cast('i')` reads a byte buffer as C ints; `mv.cast('B', [2, 3])` reads
//! six bytes as a 2×3 grid. Nothing is copied: only the layout changes. So
//! CPython allows a cast only when the new layout is certain to cover the very
//! same bytes, and checks, in this order:
//!
//! 1. the view is C-contiguous;
//! 2. no dimension is 0 (unless a 1-D view is cast without a shape);
//! 3. a shape has at most 64 dimensions, and the cast is 1-D → N-D or N-D → 1-D;
//! 4. the new format is a native single character, with an optional `@`
//!    (read as a C string: it ends at the first NUL, so `'B\x00'` is `'B'`);
//! 5. one side is a byte format (`B`, `b` or `c`);
//! 6. the byte length is a multiple of the new item size;
//! 7. the new shape covers exactly the same number of bytes.

use super::layout::{Layout, MAX_NDIM};
use crate::error::{Error, PyException, Result};
use crate::formats::native::{ItemFormat, is_byte_format};

impl Layout {
    /// The layout of `mv.cast(format)` (`shape` is `None`) or
    /// `mv.cast(format, shape)`: CPython's `memoryview_cast_impl`,
    /// `cast_to_1D` and `cast_to_ND`, with their checks in their order.
    pub(crate) fn cast_to(&self, format: &str, shape: Option<&[usize]>) -> Result<Layout> {
        if !self.c_contiguous() {
            return Err(Error::type_error(
                "memoryview: casts are restricted to C-contiguous views",
            ));
        }
        if (shape.is_some() || self.ndim() != 1) && self.shape().contains(&0) {
            return Err(Error::type_error(
                "memoryview: cannot cast view with zeros in shape or strides",
            ));
        }
        if let Some(shape) = shape {
            if shape.len() > MAX_NDIM {
                return Err(Error::too_many_dims());
            }
            if self.ndim() != 1 && shape.len() != 1 {
                return Err(Error::type_error(
                    "memoryview: cast must be 1D -> ND or ND -> 1D",
                ));
            }
        }
        let (item, format) = destination_format(format)?;
        if !is_byte_format(self.format()) && !item.is_byte() {
            return Err(Error::type_error(
                "memoryview: cannot cast between two non-byte formats",
            ));
        }
        let itemsize = item.size();
        let nbytes = self.nbytes();
        if !nbytes.is_multiple_of(itemsize) {
            return Err(Error::type_error(
                "memoryview: length is not a multiple of itemsize",
            ));
        }
        let mut layout = match shape {
            None => Layout::c_order(format, itemsize, &[nbytes / itemsize]),
            Some(shape) => {
                if shape_size(itemsize, shape)? != nbytes {
                    return Err(Error::type_error(
                        "memoryview: product(shape) * itemsize != buffer size",
                    ));
                }
                Layout::c_order(format, itemsize, shape)
            }
        };
        layout.offset = self.offset();
        Ok(layout)
    }
}

/// The destination format and its spelling (`@` kept, as CPython keeps it
/// in `.format`). CPython encodes the format as ASCII, then reads it as a C
/// string, so anything after a NUL is ignored.
fn destination_format(format: &str) -> Result<(ItemFormat, &'static str)> {
    if let Some((position, c)) = format.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
        return Err(Error::new(
            PyException::UnicodeEncodeError,
            format!(
                "'ascii' codec can't encode character {} in position {position}: ordinal not in range(128)",
                python_char_repr(c)
            ),
        ));
    }
    let c_string = format.split('\0').next().unwrap_or_default();
    match ItemFormat::parse(c_string) {
        Some(item) if c_string.starts_with('@') => Ok((item, item.as_at_str())),
        Some(item) => Ok((item, item.as_str())),
        None => Err(Error::value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        )),
    }
}

/// `itemsize * product(shape)`, checked as CPython's `copy_shape` checks it.
fn shape_size(itemsize: usize, shape: &[usize]) -> Result<usize> {
    let mut size = itemsize;
    for &n in shape {
        if n > isize::MAX as usize {
            return Err(Error::overflow(
                "Python int too large to convert to C ssize_t",
            ));
        }
        if n == 0 {
            return Err(Error::value_error(
                "memoryview.cast(): elements of shape must be integers > 0",
            ));
        }
        size = size
            .checked_mul(n)
            .filter(|&s| s <= isize::MAX as usize)
            .ok_or_else(|| Error::value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))?;
    }
    Ok(size)
}

/// How Python's `repr` writes a non-ASCII character in an encoding error:
/// `'\xe9'`, `'\u20ac'`, `'\U0001f600'`.
fn python_char_repr(c: char) -> String {
    match u32::from(c) {
        n if n < 0x100 => format!("'\\x{n:02x}'"),
        n if n < 0x10000 => format!("'\\u{n:04x}'"),
        n => format!("'\\U{n:08x}'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_ends_at_its_first_nul_as_a_c_string_does() {
        let bytes = Layout::for_bytes(2);
        assert_eq!(bytes.cast_to("B\0", None).unwrap().format(), "B");
        assert_eq!(bytes.cast_to("@h\0xyz", None).unwrap().format(), "@h");
        let refused = |format: &str| bytes.cast_to(format, None).unwrap_err().exception();
        assert_eq!(refused("\0B"), PyException::ValueError);
        assert_eq!(refused("B\0\u{e9}"), PyException::UnicodeEncodeError);
    }
}
