//! Layout: how a flat run of bytes is read as an N-dimensional array of items.
//!
//! A buffer is just bytes. Its layout says how to find item `[i, j, k]` in
//! them: start at `offset` (the byte where item `[0, 0, 0]` begins) and move
//! `strides[d]` bytes for each step along dimension `d`:
//!
//! ```text
//! address of [i, j, k] = offset + i*strides[0] + j*strides[1] + k*strides[2]
//! ```
//!
//! Strides are signed: a negative stride walks backwards, which is how
//! `mv[::-1]` reverses without copying. This is PEP 3118's `Py_buffer`, minus
//! the pointer: `offset` plays the part of `buf`. This file is the one place
//! that does this arithmetic for an index ([`Layout::offset_of`]); walking
//! every item is [`walk`](super::walk)'s job.

use super::dims::Dims;
use crate::error::{Error, Result};
use crate::formats::structs::calcsize;
use crate::formats::{ItemFormat, native::Kind};
use std::borrow::Cow;
use std::sync::Arc;

/// CPython's `PyBUF_MAX_NDIM`: the most dimensions a view may have.
///
/// ```
/// use memview::{Layout, MAX_NDIM};
/// assert!(Layout::new("B", &[1; MAX_NDIM]).is_ok());
/// assert!(Layout::new("B", &[1; MAX_NDIM + 1]).is_err());
/// ```
pub const MAX_NDIM: usize = 64;

/// The shape of the data an exporter lends: item format and size, shape,
/// strides in bytes, and the offset of the first item.
///
/// ```
/// use memview::Layout;
///
/// // A 2×3 array of C ints, row after row (C order).
/// let layout = Layout::new("i", &[2, 3])?;
/// assert_eq!(layout.itemsize(), 4);
/// assert_eq!(layout.strides(), &[12, 4]);
/// assert_eq!(layout.nbytes(), 24);
/// assert!(layout.c_contiguous() && !layout.f_contiguous());
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub(super) offset: usize,
    format: Format,
    pub(super) itemsize: usize,
    pub(super) shape: Dims<usize>,
    pub(super) strides: Dims<isize>,
    /// How the items read (their size is `itemsize`), if the format is one
    /// memoryview reads and writes (`B`, `@d`): parsed once, not per item.
    pub(crate) item_kind: Option<Kind>,
    // Cached, as CPython caches them; only `update_flags` sets them.
    pub(super) c_contiguous: bool,
    pub(super) f_contiguous: bool,
}

/// A format string, borrowed for ever or shared: cloning a layout (every
/// slice does) never copies it.
#[derive(Clone)]
enum Format {
    Static(&'static str),
    Shared(Arc<str>),
}

impl Format {
    fn as_str(&self) -> &str {
        match self {
            Format::Static(s) => s,
            Format::Shared(s) => s,
        }
    }
}

impl From<Cow<'static, str>> for Format {
    fn from(format: Cow<'static, str>) -> Format {
        match format {
            Cow::Borrowed(s) => Format::Static(s),
            Cow::Owned(s) => Format::Shared(s.into()),
        }
    }
}

impl PartialEq for Format {
    fn eq(&self, other: &Format) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Format {}

impl std::fmt::Debug for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl Layout {
    /// Plain bytes: format `B`, one dimension of `len` items. What `bytes`
    /// and `bytearray` export.
    ///
    /// ```
    /// let layout = memview::Layout::for_bytes(3);
    /// assert_eq!((layout.format(), layout.shape(), layout.strides()), ("B", &[3][..], &[1][..]));
    /// ```
    pub fn for_bytes(len: usize) -> Layout {
        Layout::c_order("B", 1, &[len])
    }

    /// Items of `format`, C-contiguous (row after row), starting at byte 0.
    /// The item size is what Python's `struct.calcsize(format)` gives. The
    /// format may be a literal or a `String` made at run time.
    ///
    /// # Errors
    /// `BufferError` if the format is not one `struct` understands, if the
    /// shape has more than 64 dimensions, or if its size overflows `isize`.
    ///
    /// ```
    /// use memview::Layout;
    /// let image = Layout::new("B", &[480, 640, 3])?; // rows, columns, RGB
    /// assert_eq!(image.strides(), &[1920, 3, 1]);
    /// assert_eq!(Layout::new(format!("<{}", 'i'), &[2])?.itemsize(), 4);
    /// assert!(Layout::new("what", &[2]).is_err());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn new(format: impl Into<Cow<'static, str>>, shape: &[usize]) -> Result<Layout> {
        let format = format.into();
        let itemsize = calcsize(&format).ok_or_else(|| {
            Error::buffer_error(format!(
                "memview: cannot tell the item size of format '{format}'; use Layout::strided"
            ))
        })?;
        let layout = Layout::c_order(format, itemsize, shape);
        layout.check_stated()?;
        Ok(layout)
    }

    /// Any layout, stated in full, as a `Py_buffer` states it: format, item
    /// size, shape, strides in bytes (signed) and the byte offset of item
    /// `[0, …, 0]`. Whether it fits the exporter's bytes is checked when a
    /// view is made.
    ///
    /// # Errors
    /// `BufferError` if `shape` and `strides` differ in length, there are more
    /// than 64 dimensions, the item size is 0, the format is one `struct`
    /// understands and `itemsize` is not its `struct.calcsize`, or the total
    /// size overflows `isize`.
    ///
    /// ```
    /// use memview::Layout;
    /// // A 2×3 byte array stored column after column (Fortran order).
    /// let f = Layout::strided("B", 1, &[2, 3], &[1, 2], 0)?;
    /// assert!(f.f_contiguous() && !f.c_contiguous());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn strided(
        format: impl Into<Cow<'static, str>>,
        itemsize: usize,
        shape: &[usize],
        strides: &[isize],
        offset: usize,
    ) -> Result<Layout> {
        if shape.len() != strides.len() {
            return Err(Error::buffer_error(format!(
                "memview: shape has {} dimensions but strides has {}",
                shape.len(),
                strides.len()
            )));
        }
        let layout = Layout::from_parts(
            format,
            itemsize,
            Dims::from_slice(shape),
            Dims::from_slice(strides),
            offset,
        );
        layout.check_stated()?;
        Ok(layout)
    }

    /// The checks [`Layout::strided`] makes of any layout an exporter
    /// states, apart from whether it fits the exporter's bytes.
    fn check_stated(&self) -> Result<()> {
        if self.ndim() > MAX_NDIM {
            return Err(Error::buffer_error(
                Error::too_many_dims().message().to_owned(),
            ));
        }
        if self.itemsize == 0 {
            return Err(Error::buffer_error("memview: itemsize must be at least 1"));
        }
        // Items of a format `struct` understands are exactly its size; other
        // formats (ctypes' `T{...}`) may be any size.
        match calcsize(self.format()) {
            Some(size) if size != self.itemsize => Err(Error::buffer_error(format!(
                "memview: format '{}' has itemsize {size}, not {}",
                self.format(),
                self.itemsize
            ))),
            _ => nbytes_of(self.itemsize, &self.shape).map(drop),
        }
    }

    /// A C-contiguous layout from byte 0, whose size is known to fit.
    pub(crate) fn c_order(
        format: impl Into<Cow<'static, str>>,
        itemsize: usize,
        shape: &[usize],
    ) -> Layout {
        let mut strides = Dims::zeros(shape.len());
        let mut step = itemsize as isize;
        for (stride, &n) in strides.iter_mut().zip(shape).rev() {
            *stride = step;
            step = step.saturating_mul(n as isize);
        }
        Layout::from_parts(format, itemsize, Dims::from_slice(shape), strides, 0)
    }

    pub(super) fn from_parts(
        format: impl Into<Cow<'static, str>>,
        itemsize: usize,
        shape: Dims<usize>,
        strides: Dims<isize>,
        offset: usize,
    ) -> Layout {
        let format = Format::from(format.into());
        Layout::with_flags(format, itemsize, shape, strides, offset)
    }

    /// This layout's format and item size over other dimensions.
    pub(super) fn with_dims(
        &self,
        shape: Dims<usize>,
        strides: Dims<isize>,
        offset: usize,
    ) -> Layout {
        Layout::with_flags(self.format.clone(), self.itemsize, shape, strides, offset)
    }

    /// The layout of these parts, its contiguity flags worked out.
    fn with_flags(
        format: Format,
        itemsize: usize,
        shape: Dims<usize>,
        strides: Dims<isize>,
        offset: usize,
    ) -> Layout {
        let mut layout = Layout {
            offset,
            item_kind: ItemFormat::parse(format.as_str()).map(ItemFormat::kind),
            format,
            itemsize,
            shape,
            strides,
            c_contiguous: false,
            f_contiguous: false,
        };
        layout.update_flags();
        layout
    }

    /// The byte offset of item `[0, …, 0]` in the exporter's bytes.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abcdef")?;
    /// assert_eq!(view.slice((.., -1))?.layout().offset(), 5); // starts at 'f'
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The struct format string of one item (`"B"`, `"i"`, `"<d"`).
    ///
    /// ```
    /// assert_eq!(memview::Layout::for_bytes(1).format(), "B");
    /// ```
    #[inline]
    pub fn format(&self) -> &str {
        self.format.as_str()
    }

    /// The size of one item in bytes.
    ///
    /// ```
    /// assert_eq!(memview::Layout::new("d", &[4])?.itemsize(), 8);
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn itemsize(&self) -> usize {
        self.itemsize
    }

    /// The number of items along each dimension.
    ///
    /// ```
    /// assert_eq!(memview::Layout::new("B", &[2, 3])?.shape(), &[2, 3]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// Bytes to move for one step along each dimension; negative steps
    /// walk backwards.
    ///
    /// ```
    /// assert_eq!(memview::Layout::new("h", &[2, 3])?.strides(), &[6, 2]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn strides(&self) -> &[isize] {
        &self.strides
    }

    /// The number of dimensions.
    ///
    /// ```
    /// assert_eq!(memview::Layout::new("B", &[])?.ndim(), 0); // a single item
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// The number of items: the product of the shape.
    ///
    /// ```
    /// assert_eq!(memview::Layout::new("i", &[2, 3])?.item_count(), 6);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn item_count(&self) -> usize {
        self.shape.iter().product()
    }

    /// The logical size in bytes, `product(shape) * itemsize`: what a copy
    /// would take, not how far apart the first and last byte are.
    ///
    /// ```
    /// assert_eq!(memview::Layout::new("i", &[2, 3])?.nbytes(), 24);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn nbytes(&self) -> usize {
        self.item_count() * self.itemsize
    }

    /// CPython's `equiv_shape`, which `==` and slice assignment both ask:
    /// the same number of dimensions, and equal sizes up to and including
    /// the first 0 ("in NumPy arrays the shapes [1, 0, 5] and [1, 0, 7] are
    /// equivalent": neither has an item).
    pub(crate) fn same_shape_as(&self, other: &Layout) -> bool {
        self.ndim() == other.ndim()
            && self
                .shape
                .iter()
                .zip(other.shape())
                .find(|&(x, y)| x != y || *x == 0)
                .is_none_or(|(x, y)| x == y)
    }
}

/// `product(shape) * itemsize`, refused if it does not fit an `isize`
/// (CPython's sizes are `Py_ssize_t`).
fn nbytes_of(itemsize: usize, shape: &[usize]) -> Result<usize> {
    shape
        .iter()
        // Each dimension is a `Py_ssize_t` too, even when another is 0.
        .try_fold(itemsize, |acc, &n| {
            acc.checked_mul(n).filter(|_| n <= isize::MAX as usize)
        })
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| Error::buffer_error("memview: the view's size in bytes overflows isize"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_layouts_are_checked() {
        assert!(Layout::strided("B", 1, &[usize::MAX, 2], &[0, 0], 0).is_err());
        assert!(Layout::strided("i", 2, &[1], &[2], 0).is_err());
        assert!(Layout::strided("B", 1, &[1; 65], &[1; 65], 0).is_err());
        assert!(Layout::strided("B", 1, &[1], &[1, 1], 0).is_err());
        assert!(Layout::strided("T{i:a:}", 0, &[1], &[1], 0).is_err());
        assert!(Layout::strided("T{i:a:}", 4, &[1], &[1], 0).is_ok());
        let owned = Layout::new(String::from("<h"), &[3]).unwrap();
        assert_eq!((owned.format(), owned.itemsize()), ("<h", 2));
        assert_eq!(owned.clone(), owned);
    }
}
