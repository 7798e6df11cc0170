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
//! the pointer: `offset` plays the part of `buf`.

use crate::dims::Dims;
use crate::error::{Error, Result};
use crate::slice::Slice;
use crate::struct_format;

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
    pub(crate) offset: usize,
    pub(crate) format: &'static str,
    pub(crate) itemsize: usize,
    pub(crate) shape: Dims<usize>,
    pub(crate) strides: Dims<isize>,
    pub(crate) c_contiguous: bool,
    pub(crate) f_contiguous: bool,
}

impl Layout {
    /// Plain bytes: format `B`, one dimension of `len` items. What `bytes`
    /// and `bytearray` export.
    ///
    /// ```
    /// let layout = memview::Layout::bytes(3);
    /// assert_eq!((layout.format(), layout.shape(), layout.strides()), ("B", &[3][..], &[1][..]));
    /// ```
    pub fn bytes(len: usize) -> Layout {
        Layout::contiguous_unchecked("B", 1, &[len])
    }

    /// Items of `format`, C-contiguous (row after row), starting at byte 0.
    /// The item size is what Python's `struct.calcsize(format)` gives.
    ///
    /// # Errors
    /// `BufferError` if the format is not one `struct` understands, if the
    /// shape has more than 64 dimensions, or if its size overflows `isize`.
    ///
    /// ```
    /// use memview::Layout;
    /// let image = Layout::new("B", &[480, 640, 3])?; // rows, columns, RGB
    /// assert_eq!(image.strides(), &[1920, 3, 1]);
    /// assert_eq!(Layout::new("<i", &[2])?.itemsize(), 4);
    /// assert!(Layout::new("what", &[2]).is_err());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn new(format: &'static str, shape: &[usize]) -> Result<Layout> {
        let itemsize = struct_format::calcsize(format).ok_or_else(|| {
            Error::buffer_error(format!(
                "memview: cannot tell the item size of format '{format}'; use Layout::strided"
            ))
        })?;
        let layout = Layout::contiguous_unchecked(format, itemsize, shape);
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
        format: &'static str,
        itemsize: usize,
        shape: &[usize],
        strides: &[isize],
        offset: usize,
    ) -> Result<Layout> {
        let layout = Layout::from_parts(
            format,
            itemsize,
            Dims::from_slice(shape),
            Dims::from_slice(strides),
            offset,
        );
        if shape.len() != strides.len() {
            return Err(Error::buffer_error(format!(
                "memview: shape has {} dimensions but strides has {}",
                shape.len(),
                strides.len()
            )));
        }
        layout.check_stated()?;
        Ok(layout)
    }

    /// The checks [`Layout::strided`] makes of any layout an exporter
    /// states, apart from whether it fits the exporter's bytes.
    fn check_stated(&self) -> Result<()> {
        check_ndim(self.ndim()).map_err(|e| Error::buffer_error(e.message().to_owned()))?;
        if self.itemsize == 0 {
            return Err(Error::buffer_error("memview: itemsize must be at least 1"));
        }
        // Items of a format `struct` understands are exactly its size; other
        // formats (ctypes' `T{...}`) may be any size.
        match struct_format::calcsize(self.format) {
            Some(size) if size != self.itemsize => {
                return Err(Error::buffer_error(format!(
                    "memview: format '{}' has itemsize {size}, not {}",
                    self.format, self.itemsize
                )));
            }
            _ => {}
        }
        nbytes_of(self.itemsize, &self.shape)?;
        Ok(())
    }

    /// A C-contiguous layout whose size is known to fit.
    pub(crate) fn contiguous_unchecked(
        format: &'static str,
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

    pub(crate) fn from_parts(
        format: &'static str,
        itemsize: usize,
        shape: Dims<usize>,
        strides: Dims<isize>,
        offset: usize,
    ) -> Layout {
        let mut layout = Layout {
            offset,
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

    /// Recomputes the cached contiguity flags, as CPython's `init_flags`.
    pub(crate) fn update_flags(&mut self) {
        let (c, f) = match (self.shape.len(), self.shape.first(), self.strides.first()) {
            (0, _, _) => (true, true),
            (1, Some(&n), Some(&s)) => {
                let both = n == 1 || s == self.itemsize as isize;
                (both, both)
            }
            _ => {
                let empty = self.shape.contains(&0);
                let dims = || self.shape.iter().zip(self.strides.iter());
                (
                    empty || walks_contiguously(self.itemsize, dims().rev()),
                    empty || walks_contiguously(self.itemsize, dims()),
                )
            }
        };
        self.c_contiguous = c;
        self.f_contiguous = f;
    }

    /// The byte offset of item `[0, …, 0]` in the exporter's bytes.
    ///
    /// ```
    /// use memview::View;
    /// let data = b"abcdef";
    /// let view = View::new(data)?;
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
    /// assert_eq!(memview::Layout::bytes(1).format(), "B");
    /// ```
    #[inline]
    pub fn format(&self) -> &'static str {
        self.format
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

    /// Whether the items lie back to back in C order (last index fastest).
    ///
    /// ```
    /// assert!(memview::Layout::bytes(3).c_contiguous());
    /// ```
    #[inline]
    pub fn c_contiguous(&self) -> bool {
        self.c_contiguous
    }

    /// Whether the items lie back to back in Fortran order (first index
    /// fastest).
    ///
    /// ```
    /// assert!(memview::Layout::bytes(3).f_contiguous()); // 1-D: both orders agree
    /// ```
    #[inline]
    pub fn f_contiguous(&self) -> bool {
        self.f_contiguous
    }

    /// Whether the items lie back to back in either order.
    ///
    /// ```
    /// assert!(memview::Layout::bytes(3).contiguous());
    /// ```
    pub fn contiguous(&self) -> bool {
        self.c_contiguous || self.f_contiguous
    }

    /// Checks that every item lies inside a buffer of `len` bytes, so that
    /// no later read or write can fall outside it.
    pub(crate) fn check_fits(&self, len: usize) -> Result<()> {
        if self.shape.contains(&0) {
            return if self.offset <= len {
                Ok(())
            } else {
                Err(outside(self.offset as i128, len))
            };
        }
        let (mut lo, mut hi) = (self.offset as i128, self.offset as i128);
        for (&n, &s) in self.shape.iter().zip(self.strides.iter()) {
            let reach = (n as i128 - 1) * s as i128;
            lo = lo
                .checked_add(reach.min(0))
                .ok_or_else(|| outside(i128::MIN, len))?;
            hi = hi
                .checked_add(reach.max(0))
                .ok_or_else(|| outside(i128::MAX, len))?;
        }
        let end = hi + self.itemsize as i128;
        if lo < 0 {
            Err(outside(lo, len))
        } else if end > len as i128 {
            Err(outside(end - 1, len))
        } else {
            Ok(())
        }
    }

    /// The byte offset of the item at `index` (one non-negative index per
    /// dimension, each in bounds).
    pub(crate) fn item_offset(&self, index: &[usize]) -> usize {
        let mut at = self.offset as isize;
        for (&i, &s) in index.iter().zip(self.strides.iter()) {
            at += i as isize * s;
        }
        at as usize
    }

    /// This layout with dimension `dim` cut down to `slice`: CPython's
    /// `init_slice`. O(1); nothing is copied.
    pub(crate) fn sliced(&self, dim: usize, slice: &Slice) -> Result<Layout> {
        let mut out = self.clone();
        let (start, step, count) = slice.indices(out.shape[dim])?;
        if count > 0 {
            // An empty slice keeps its offset: its start may be -1 or len.
            out.offset = moved(out.offset, start, out.strides[dim]);
        }
        out.shape[dim] = count;
        // C's arithmetic, as CPython's: a product that overflows wraps. It
        // can only overflow when at most one item is left, whose stride
        // is never used to reach a second item.
        out.strides[dim] = out.strides[dim].wrapping_mul(step);
        out.update_flags();
        Ok(out)
    }
}

/// Whether walking `(shape, stride)` pairs in the given order finds each
/// stride equal to the bytes covered so far (sizes 1 are free to differ):
/// CPython's `_IsCContiguous` / `_IsFortranContiguous`.
fn walks_contiguously<'a>(
    itemsize: usize,
    dims: impl Iterator<Item = (&'a usize, &'a isize)>,
) -> bool {
    let mut expected = itemsize as isize;
    for (&n, &s) in dims {
        if n > 1 && s != expected {
            return false;
        }
        expected = expected.saturating_mul(n as isize);
    }
    true
}

/// `product(shape) * itemsize`, refused if it does not fit an `isize`
/// (CPython's sizes are `Py_ssize_t`).
pub(crate) fn nbytes_of(itemsize: usize, shape: &[usize]) -> Result<usize> {
    shape
        .iter()
        // Each dimension is a `Py_ssize_t` too, even when another is 0.
        .try_fold(itemsize, |acc, &n| {
            acc.checked_mul(n).filter(|_| n <= isize::MAX as usize)
        })
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| Error::buffer_error("memview: the view's size in bytes overflows isize"))
}

/// `offset + steps * stride`: where a view's first item moves to when it
/// steps along one dimension. For a view with items this always lands in
/// the exporter's bytes ([`Layout::check_fits`] made sure of it). A view
/// with a 0 in its shape has no items and may have any strides; its offset
/// is never read from, so it saturates instead of overflowing.
pub(crate) fn moved(offset: usize, steps: isize, stride: isize) -> usize {
    let at = offset as i128 + steps as i128 * stride as i128;
    at.clamp(0, usize::MAX as i128) as usize
}

/// CPython refuses views of more than 64 dimensions.
pub(crate) fn check_ndim(ndim: usize) -> Result<()> {
    if ndim > MAX_NDIM {
        Err(Error::value_error(
            "memoryview: number of dimensions must not exceed 64",
        ))
    } else {
        Ok(())
    }
}

fn outside(byte: i128, len: usize) -> Error {
    Error::buffer_error(format!(
        "memview: the layout reaches byte {byte}, outside the exporter's {len} bytes"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contiguity_follows_cpython_init_flags() {
        let l = |shape: &[usize], strides: &[isize]| {
            let l = Layout::strided("B", 1, shape, strides, 0).unwrap();
            (l.c_contiguous(), l.f_contiguous())
        };
        assert_eq!(l(&[], &[]), (true, true));
        assert_eq!(l(&[0], &[2]), (false, false)); // memoryview(b'abcdef')[4:2:2]
        assert_eq!(l(&[1], &[7]), (true, true));
        assert_eq!(l(&[2, 3], &[3, 1]), (true, false));
        assert_eq!(l(&[2, 3], &[1, 2]), (false, true));
        assert_eq!(l(&[1, 6], &[6, 1]), (true, true));
        assert_eq!(l(&[6, 1], &[1, 1]), (true, true));
        assert_eq!(l(&[0, 3], &[3, 1]), (true, true));
        assert_eq!(l(&[2, 3], &[-3, 1]), (false, false));
    }

    #[test]
    fn layouts_that_leave_the_buffer_are_refused() {
        let l = Layout::strided("B", 1, &[3], &[-1], 2).unwrap();
        assert!(l.check_fits(3).is_ok());
        assert!(l.check_fits(2).is_err());
        let l = Layout::strided("B", 1, &[3], &[-1], 1).unwrap();
        assert!(l.check_fits(100).is_err());
        let l = Layout::strided("i", 4, &[2, 2], &[8, 4], 0).unwrap();
        assert!(l.check_fits(16).is_ok());
        assert!(l.check_fits(15).is_err());
        let huge = Layout::strided("B", 1, &[2, 2], &[isize::MAX, isize::MAX], 0).unwrap();
        assert!(huge.check_fits(isize::MAX as usize).is_err());
        assert!(Layout::strided("B", 1, &[usize::MAX, 2], &[0, 0], 0).is_err());
        assert!(Layout::strided("i", 2, &[1], &[2], 0).is_err());
        assert!(Layout::strided("B", 1, &[1; 65], &[1; 65], 0).is_err());
    }
}
