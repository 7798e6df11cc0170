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
//! 4. the new format is a native single character, with an optional `@`;
//! 5. one side is a byte format (`B`, `b` or `c`);
//! 6. the byte length is a multiple of the new item size;
//! 7. the new shape covers exactly the same number of bytes.

use crate::error::{Error, PyException, Result};
use crate::format::{is_byte_format, ItemFormat};
use crate::layout::{check_ndim, Layout};
use crate::view::{Storage, ViewOf};

impl<B: Storage> ViewOf<B> {
    /// `mv.cast(format)`: the same bytes read as 1-D items of `format`.
    ///
    /// # Errors
    /// CPython's, for each rule in the [module docs](crate::cast), e.g.
    /// `TypeError: memoryview: length is not a multiple of itemsize`.
    ///
    /// ```
    /// use memview::View;
    /// let data: Vec<u8> = (0..12).collect();
    /// let ints = View::new(&data)?.cast("i")?; // c.cast('i')
    /// assert_eq!(ints.to_list()?.to_string(), "[50462976, 117835012, 185207048]");
    /// let err = View::new(&data)?.cast("q").unwrap_err();
    /// assert_eq!(format!("{err:#}"), "TypeError: memoryview: length is not a multiple of itemsize");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn cast(&self, format: &str) -> Result<ViewOf<B::Shared<'_>>> {
        Ok(ViewOf {
            bytes: self.bytes.share(),
            layout: cast_layout(&self.layout, format, None)?,
        })
    }

    /// `mv.cast(format, shape)`: the same bytes read as items of `format`
    /// in the given shape (C order). `&[]` makes a 0-dimensional view.
    ///
    /// # Errors
    /// CPython's, for each rule in the [module docs](crate::cast), e.g.
    /// `TypeError: memoryview: product(shape) * itemsize != buffer size`.
    ///
    /// ```
    /// use memview::View;
    /// let data: Vec<u8> = (0..12).collect();
    /// let grid = View::new(&data)?.cast_shape("B", &[3, 4])?; // c.cast('B', [3, 4])
    /// assert_eq!(grid.to_list()?.to_string(),
    ///            "[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]");
    /// assert_eq!(grid.strides(), &[4, 1]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn cast_shape(&self, format: &str, shape: &[usize]) -> Result<ViewOf<B::Shared<'_>>> {
        Ok(ViewOf {
            bytes: self.bytes.share(),
            layout: cast_layout(&self.layout, format, Some(shape))?,
        })
    }

    /// [`cast`](ViewOf::cast), consuming the view and keeping its kind: a
    /// [`ViewMut`](crate::ViewMut) stays writable.
    ///
    /// # Errors
    /// As [`cast`](ViewOf::cast).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 8];
    /// let mut ints = ViewMut::new(&mut data)?.into_cast("i")?;
    /// ints.set(1, -1)?;
    /// assert_eq!(data, [0, 0, 0, 0, 255, 255, 255, 255]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_cast(self, format: &str) -> Result<ViewOf<B>> {
        let layout = cast_layout(&self.layout, format, None)?;
        Ok(ViewOf {
            bytes: self.bytes,
            layout,
        })
    }

    /// [`cast_shape`](ViewOf::cast_shape), consuming the view and keeping
    /// its kind.
    ///
    /// # Errors
    /// As [`cast_shape`](ViewOf::cast_shape).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let mut grid = ViewMut::new(&mut data)?.into_cast_shape("B", &[2, 3])?;
    /// grid.set_at(&[1, 0], 1)?;
    /// assert_eq!(data, [0, 0, 0, 1, 0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_cast_shape(self, format: &str, shape: &[usize]) -> Result<ViewOf<B>> {
        let layout = cast_layout(&self.layout, format, Some(shape))?;
        Ok(ViewOf {
            bytes: self.bytes,
            layout,
        })
    }
}

/// CPython's `memoryview_cast_impl`, `cast_to_1D` and `cast_to_ND`, in order.
fn cast_layout(src: &Layout, format: &str, shape: Option<&[usize]>) -> Result<Layout> {
    if !src.c_contiguous() {
        return Err(Error::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if (shape.is_some() || src.ndim() != 1) && src.shape().contains(&0) {
        return Err(Error::type_error(
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    if let Some(shape) = shape {
        check_ndim(shape.len())?;
        if src.ndim() != 1 && shape.len() != 1 {
            return Err(Error::type_error(
                "memoryview: cast must be 1D -> ND or ND -> 1D",
            ));
        }
    }
    let (item, format) = destination_format(format)?;
    if !is_byte_format(src.format()) && !item.is_byte() {
        return Err(Error::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let itemsize = item.size();
    let nbytes = src.nbytes();
    if !nbytes.is_multiple_of(itemsize) {
        return Err(Error::type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let mut layout = match shape {
        None => Layout::contiguous_unchecked(format, itemsize, &[nbytes / itemsize]),
        Some(shape) => {
            let size = shape_size(itemsize, shape)?;
            if size != nbytes {
                return Err(Error::type_error(
                    "memoryview: product(shape) * itemsize != buffer size",
                ));
            }
            Layout::contiguous_unchecked(format, itemsize, shape)
        }
    };
    layout.offset = src.offset();
    Ok(layout)
}

/// The destination format and its static spelling (`@` kept, as CPython
/// keeps it in `.format`).
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
    match ItemFormat::parse(format) {
        Some(item) if format.starts_with('@') => Ok((item, item.as_at_str())),
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
            return Err(Error::new(
                PyException::OverflowError,
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
