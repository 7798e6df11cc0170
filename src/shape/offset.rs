//! Offsets: where an item lies in the exporter's bytes.
//!
//! The one formula of the whole library is here:
//!
//! ```text
//! byte of [i0, i1, …] = offset + i0*strides[0] + i1*strides[1] + …
//! ```
//!
//! with each index counted from the end when negative and checked against
//! its dimension (CPython's `lookup_dimension` and `ptr_from_tuple`), the
//! bytes a layout can reach at all (so a view is refused if they leave the
//! buffer), and the rule that the items of a C-contiguous layout are the
//! `nbytes` bytes from `offset` on.

use super::dims::Dims;
use super::layout::Layout;
use super::walk::Order;
use crate::error::{Error, Result};
use std::ops::Range;

impl Layout {
    /// The byte offset of the item at a full index, one number per
    /// dimension, each counted from the end when negative: `mv[i, j]`.
    ///
    /// # Errors
    /// CPython's, in its order (`ptr_from_tuple`): `TypeError: invalid
    /// indexing of 0-dim memory` for a 0-d view given numbers;
    /// `NotImplementedError: sub-views are not implemented` for too few;
    /// `TypeError: cannot index 1-dimension view with 2-element tuple` for
    /// too many; `IndexError: index out of bounds on dimension 2`.
    ///
    /// ```
    /// use memview::Layout;
    /// let grid = Layout::new("i", &[2, 3])?; // strides (12, 4)
    /// assert_eq!(grid.offset_of(&[1, -1])?, 12 + 2 * 4);
    /// assert_eq!(grid.offset_of(&[2, 0]).unwrap_err().to_string(),
    ///            "index out of bounds on dimension 1");
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn offset_of(&self, index: &[isize]) -> Result<usize> {
        match self.find(index) {
            Some(at) => Ok(at),
            None => Err(self.index_error(index)),
        }
    }

    /// The byte offset of the item at a full index, or `None` if the index
    /// has the wrong length or leaves a dimension: the hot path of
    /// `mv[i, j]`, with no error to build ([`index_error`] says which).
    ///
    /// Every item of a view lies inside its exporter's bytes
    /// ([`Layout::check_fits`]), so for an index in bounds the sum does not
    /// overflow and is the same as [`moved`]'s. It wraps rather than
    /// overflows on the way: with a 0 in a later dimension (no items, any
    /// strides), the index is found out of bounds only after the sum began.
    ///
    /// [`index_error`]: Layout::index_error
    #[inline]
    pub(crate) fn find(&self, index: &[isize]) -> Option<usize> {
        if index.len() != self.ndim() {
            return None;
        }
        let mut at = self.offset as isize;
        for ((&i, &n), &stride) in index.iter().zip(self.shape.iter()).zip(self.strides.iter()) {
            at = at.wrapping_add((within(i, n)? as isize).wrapping_mul(stride));
        }
        Some(at as usize)
    }

    /// The byte offset of item `index` of a 1-D layout, counted from the end
    /// when negative: `mv[i]` (CPython's `ptr_from_index`). `None` if the
    /// layout is not 1-D or the index is out of bounds.
    #[inline(always)]
    pub(crate) fn find_1d(&self, index: isize) -> Option<usize> {
        let (n, stride) = Dims::only_pair(&self.shape, &self.strides)?;
        let i = within(index, n)?;
        Some((self.offset as isize).wrapping_add((i as isize).wrapping_mul(stride)) as usize)
    }

    /// Why [`find`](Layout::find) found nothing: CPython's error, in its
    /// order (`ptr_from_tuple`).
    #[cold]
    #[inline(never)]
    pub(crate) fn index_error(&self, index: &[isize]) -> Error {
        let ndim = self.ndim();
        if ndim == 0 && !index.is_empty() {
            return Error::zero_dim();
        }
        if index.len() < ndim {
            return Error::sub_views();
        }
        if index.len() > ndim {
            return Error::type_error(format!(
                "cannot index {ndim}-dimension view with {}-element tuple",
                index.len()
            ));
        }
        // `find` failed with the right length: some index is out of bounds.
        let dims = index.iter().zip(self.shape.iter());
        let outside = dims.map(|(&i, &n)| within(i, n)).position(|i| i.is_none());
        Error::out_of_bounds(outside.unwrap_or(0))
    }

    /// The byte offset of item `index` of a 1-D layout: [`find_1d`], or
    /// `IndexError: index out of bounds on dimension 1`. The caller has
    /// checked that there is exactly one dimension.
    ///
    /// [`find_1d`]: Layout::find_1d
    #[inline]
    pub(crate) fn offset_1d(&self, index: isize) -> Result<usize> {
        match self.find_1d(index) {
            Some(at) => Ok(at),
            None => Err(self.index_error(&[index])),
        }
    }

    /// The byte offset of the item at an index known to be in bounds.
    pub(crate) fn item_offset(&self, index: &[usize]) -> usize {
        index
            .iter()
            .zip(self.strides.iter())
            .fold(self.offset, |at, (&i, &stride)| {
                moved(at, i as isize, stride)
            })
    }

    /// The items' bytes, borrowed from the exporter's `bytes`, if they lie
    /// back to back in `order`: one run to read without walking.
    #[inline]
    pub(crate) fn run_bytes<'b>(&self, bytes: &'b [u8], order: Order) -> Option<&'b [u8]> {
        let run = self.run_in(order)?;
        Some(bytes_at(bytes, run.start, run.len()))
    }

    /// [`run_bytes`](Layout::run_bytes), to write.
    #[inline]
    pub(crate) fn run_bytes_mut<'b>(
        &self,
        bytes: &'b mut [u8],
        order: Order,
    ) -> Option<&'b mut [u8]> {
        let run = self.run_in(order)?;
        Some(bytes_at_mut(bytes, run.start, run.len()))
    }

    /// Where the items lie, if they lie back to back in `order` (`A`: in
    /// either): then they are the `nbytes` bytes from the first item on.
    #[inline]
    pub(crate) fn run_in(&self, order: Order) -> Option<Range<usize>> {
        let back_to_back = match order {
            Order::C => self.c_contiguous(),
            Order::F => self.f_contiguous(),
            Order::A => self.contiguous(),
        };
        back_to_back.then(|| self.offset..self.offset + self.nbytes())
    }

    /// Checks that the layout has one dimension, as indexing with one number
    /// and iterating need: a 0-d layout is CPython's `TypeError: invalid
    /// indexing of 0-dim memory`, one of more dimensions gets `many`, whose
    /// wording differs between operations.
    #[inline]
    pub(crate) fn require_1d(&self, many: fn() -> Error) -> Result<()> {
        match self.ndim() {
            1 => Ok(()),
            0 => Err(Error::zero_dim()),
            _ => Err(many()),
        }
    }

    /// How far below and above the first item the other items can start:
    /// the sums of the negative and of the positive `(n - 1) * stride`.
    pub(crate) fn extent(&self) -> (i128, i128) {
        reach(&self.shape, &self.strides)
    }

    /// Checks that every item lies inside a buffer of `len` bytes, so that
    /// no later read or write can fall outside it. Every view is checked
    /// once, when it is made; after that, deriving a view (a slice, a row,
    /// a cast) only ever moves inside the bytes already checked.
    pub(crate) fn check_fits(&self, len: usize) -> Result<()> {
        if self.shape.contains(&0) {
            // No item is ever read; only the offset must make sense.
            return match self.offset <= len {
                true => Ok(()),
                false => Err(outside(self.offset as i128, len)),
            };
        }
        let (lo, hi) = self.extent();
        let first = lo + self.offset as i128;
        let end = hi + self.offset as i128 + self.itemsize as i128;
        if first < 0 {
            Err(outside(first, len))
        } else if end > len as i128 {
            Err(outside(end - 1, len))
        } else {
            Ok(())
        }
    }
}

/// How far below and above the first item the items of `shape` and
/// `strides` start. An `i128` holds any sum of 64 products of `isize`s.
pub(crate) fn reach(shape: &[usize], strides: &[isize]) -> (i128, i128) {
    shape
        .iter()
        .zip(strides)
        .fold((0, 0), |(lo, hi), (&n, &s)| {
            let reach = (n as i128 - 1).max(0) * s as i128;
            (lo + reach.min(0), hi + reach.max(0))
        })
}

/// The `len` bytes of `bytes` from byte `at` on.
///
/// Every offset memview computes for a view lies inside the bytes its layout
/// was checked against ([`Layout::check_fits`], when the view was made), so
/// this slice is always whole. Were that ever broken, it would give fewer
/// bytes (or none) rather than panic: this is the one place that says so.
#[inline]
pub(crate) fn bytes_at(bytes: &[u8], at: usize, len: usize) -> &[u8] {
    // Two checks, no addition: the item reads stay a few instructions.
    let rest = bytes.get(at..).unwrap_or_default();
    rest.get(..len).unwrap_or_default()
}

/// The bytes of `bytes` from byte `at` on: an item's bytes and whatever
/// follows, for a reader that takes only the item's size from the front
/// (one check fewer than [`bytes_at`] on the hottest path).
#[inline(always)]
pub(crate) fn bytes_from(bytes: &[u8], at: usize) -> &[u8] {
    bytes.get(at..).unwrap_or_default()
}

/// [`bytes_at`], for writing.
#[inline]
pub(crate) fn bytes_at_mut(bytes: &mut [u8], at: usize, len: usize) -> &mut [u8] {
    bytes
        .get_mut(at..at.saturating_add(len))
        .unwrap_or_default()
}

/// `offset + steps * stride`: where a view's first item moves to when it
/// steps along one dimension. For a view with items this always lands in
/// the exporter's bytes ([`Layout::check_fits`] made sure of it). A view
/// with a 0 in its shape has no items and may have any strides; its offset
/// is never read from, so it saturates instead of overflowing.
#[inline]
pub(crate) fn moved(offset: usize, steps: isize, stride: isize) -> usize {
    let at = offset as i128 + steps as i128 * stride as i128;
    at.clamp(0, usize::MAX as i128) as usize
}

/// `index` made non-negative and checked against a dimension of `len` items
/// (CPython's `lookup_dimension`; dimensions are counted from 1 in the
/// message).
#[inline]
pub(crate) fn bounded(index: isize, len: usize, dim: usize) -> Result<usize> {
    within(index, len).ok_or_else(|| Error::out_of_bounds(dim))
}

/// `index` made non-negative, if it then names one of `len` items.
#[inline(always)]
fn within(index: isize, len: usize) -> Option<usize> {
    // Every dimension of a layout fits an `isize` (`nbytes_of` checks it),
    // so the sum cannot overflow, and a negative result, read as a `usize`,
    // is far above `len`: one comparison checks both ends.
    let i = if index < 0 {
        index.wrapping_add(len as isize)
    } else {
        index
    };
    ((i as usize) < len).then_some(i as usize)
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
        let empty = Layout::strided("B", 1, &[0, 5], &[isize::MAX, 1], 3).unwrap();
        assert!(empty.check_fits(3).is_ok());
        assert!(empty.check_fits(2).is_err());
    }

    #[test]
    fn indices_count_from_the_end_and_are_checked() {
        let l = Layout::strided("h", 2, &[2, 3], &[-6, 2], 6).unwrap();
        assert_eq!(l.offset_of(&[0, 0]).unwrap(), 6);
        assert_eq!(l.offset_of(&[1, 2]).unwrap(), 4);
        assert_eq!(l.offset_of(&[-1, -3]).unwrap(), 0);
        assert_eq!(l.item_offset(&[1, 2]), 4);
        let message = |index: &[isize]| l.offset_of(index).unwrap_err().to_string();
        assert_eq!(message(&[0, 3]), "index out of bounds on dimension 2");
        assert_eq!(message(&[-3, 0]), "index out of bounds on dimension 1");
        assert_eq!(message(&[0]), "sub-views are not implemented");
        assert_eq!(
            message(&[0, 0, 0]),
            "cannot index 2-dimension view with 3-element tuple"
        );
        assert_eq!(
            bounded(isize::MIN, 3, 0).unwrap_err().to_string(),
            "index out of bounds on dimension 1"
        );
    }
}
