//! Slices: Python's `start:stop:step`, with Python's clamping rules.
//!
//! `mv[1:5:2]` in Python builds a `slice(1, 5, 2)` object and asks it, given
//! the length of the dimension, for three numbers: the first index, the step
//! and how many items the slice selects (`PySlice_AdjustIndices`). Out-of-range
//! bounds are clamped, never an error; only a zero step is refused.
//!
//! In Rust a [`Slice`] comes from a range (`1..5`, `..`, `-2..`) or from a
//! `(range, step)` pair (`(.., -1)` is `[::-1]`).
//!
//! Slicing a layout moves its offset to the first item picked, multiplies
//! the stride by the step and sets the length: O(1), nothing copied
//! (`Layout::sliced`, CPython's `init_slice`). CPython slices only the
//! first dimension ([`ViewOf::slice`](crate::ViewOf::slice)); memview can
//! slice any ([`ViewOf::slice_dim`](crate::ViewOf::slice_dim)).

use super::layout::Layout;
use super::offset::moved;
use crate::error::{Error, Result};
use std::ops::{Range, RangeFrom, RangeFull, RangeTo};

/// Python's `slice(start, stop, step)`: each part may be absent (`None`).
///
/// ```
/// use memview::Slice;
///
/// assert_eq!(Slice::from(1..5), Slice::new(1, 5, None)); // [1:5]
/// assert_eq!(Slice::from((.., -1)), Slice::new(None, None, -1)); // [::-1]
/// assert_eq!(Slice::from((1.., 2)).indices(6)?, (1, 2, 3)); // [1::2] of 6 items
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Slice {
    /// The first index, counted from the end if negative; `None` is the start
    /// (or, stepping backwards, the end).
    pub start: Option<isize>,
    /// The index to stop before; `None` runs to the end (or the start).
    pub stop: Option<isize>,
    /// The step; `None` is 1. Zero is refused when the slice is used.
    pub step: Option<isize>,
}

impl Slice {
    /// The whole dimension, `[:]`.
    ///
    /// ```
    /// use memview::Slice;
    /// assert_eq!(Slice::FULL, Slice::from(..));
    /// assert_eq!(Slice::FULL.indices(4)?, (0, 1, 4));
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub const FULL: Slice = Slice {
        start: None,
        stop: None,
        step: None,
    };

    /// `slice(start, stop, step)`, each part a number or `None`, as in
    /// Python. Handy where a range would read badly: `1..-1` is `[1:-1]`,
    /// but Clippy rejects a range whose end is below its start, so write
    /// `Slice::new(1, -1, None)`.
    ///
    /// ```
    /// use memview::Slice;
    /// let every_other_backwards = Slice::new(None, None, -2); // [::-2]
    /// assert_eq!(every_other_backwards.indices(6)?, (5, -2, 3));
    /// assert_eq!(Slice::new(1, -1, None).indices(6)?, (1, 1, 4)); // [1:-1]
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn new(
        start: impl Into<Option<isize>>,
        stop: impl Into<Option<isize>>,
        step: impl Into<Option<isize>>,
    ) -> Slice {
        Slice {
            start: start.into(),
            stop: stop.into(),
            step: step.into(),
        }
    }

    /// For a dimension of `len` items: the first index, the step, and the
    /// number of items selected. CPython's `PySlice_Unpack` followed by
    /// `PySlice_AdjustIndices`.
    ///
    /// # Errors
    /// `ValueError: slice step cannot be zero`.
    ///
    /// ```
    /// use memview::Slice;
    /// assert_eq!(Slice::from(10..20).indices(6)?, (6, 1, 0)); // clamped, empty
    /// assert_eq!(Slice::from((.., -1)).indices(3)?, (2, -1, 3));
    /// let err = Slice::from((.., 0)).indices(3).unwrap_err();
    /// assert_eq!(err.to_string(), "slice step cannot be zero");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn indices(&self, len: usize) -> Result<(isize, isize, usize)> {
        // A dimension never holds more than isize::MAX items: a view's byte
        // count fits an isize, and every item takes at least one byte.
        let len = isize::try_from(len).unwrap_or(isize::MAX);
        // PySlice_Unpack: fill in the defaults; keep -step from overflowing.
        let step = match self.step.unwrap_or(1) {
            0 => return Err(Error::zero_step()),
            step => step.max(-isize::MAX),
        };
        let backwards = step < 0;
        let start = self.start.unwrap_or(if backwards { isize::MAX } else { 0 });
        let stop = self
            .stop
            .unwrap_or(if backwards { isize::MIN } else { isize::MAX });
        // PySlice_AdjustIndices: count negatives from the end, then clamp to
        // [0, len], or to [-1, len - 1] when stepping backwards.
        let (low, high) = if backwards { (-1, len - 1) } else { (0, len) };
        let clamp = |i: isize| {
            let i = if i < 0 { i.saturating_add(len) } else { i };
            i.clamp(low, high)
        };
        let (start, stop) = (clamp(start), clamp(stop));
        let count = if backwards && stop < start {
            (start - stop - 1) / -step + 1
        } else if !backwards && start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start, step, count as usize))
    }
}

impl From<RangeFull> for Slice {
    fn from(_: RangeFull) -> Slice {
        Slice::FULL
    }
}

impl From<Range<isize>> for Slice {
    fn from(r: Range<isize>) -> Slice {
        Slice::new(Some(r.start), Some(r.end), None)
    }
}

impl From<RangeFrom<isize>> for Slice {
    fn from(r: RangeFrom<isize>) -> Slice {
        Slice::new(Some(r.start), None, None)
    }
}

impl From<RangeTo<isize>> for Slice {
    fn from(r: RangeTo<isize>) -> Slice {
        Slice::new(None, Some(r.end), None)
    }
}

/// `(range, step)`: `(1..5, 2)` is `[1:5:2]`, `(.., -1)` is `[::-1]`.
impl<R: Into<Slice>> From<(R, isize)> for Slice {
    fn from((range, step): (R, isize)) -> Slice {
        Slice {
            step: Some(step),
            ..range.into()
        }
    }
}

impl Layout {
    /// This layout with dimension `dim` cut down to `slice`: CPython's
    /// `init_slice`. O(1); nothing is copied. The caller has checked that
    /// `dim` is a dimension of the layout.
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

    /// `mv[slice]`: CPython slices only dimension 0, and a 0-d view not at all.
    pub(crate) fn sliced_first(&self, slice: &Slice) -> Result<Layout> {
        if self.ndim() == 0 {
            return Err(Error::zero_dim());
        }
        self.sliced(0, slice)
    }

    /// Any one dimension sliced, memview's extension.
    pub(crate) fn sliced_along(&self, dim: usize, slice: &Slice) -> Result<Layout> {
        if dim >= self.ndim() {
            return Err(Error::new(
                crate::PyException::IndexError,
                format!(
                    "memview: dimension {dim} is out of range for a {}-dimension view",
                    self.ndim()
                ),
            ));
        }
        self.sliced(dim, slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Python's own answer, computed by brute force: which indices a slice
    /// picks from `range(len)`.
    fn picked(s: Slice, len: usize) -> Vec<isize> {
        let (start, step, count) = s.indices(len).unwrap();
        (0..count as isize).map(|k| start + k * step).collect()
    }

    #[test]
    fn slices_clamp_like_python() {
        let r = |start: Option<isize>, stop: Option<isize>, step: Option<isize>| {
            Slice::new(start, stop, step)
        };
        assert_eq!(picked(r(None, None, Some(-1)), 4), [3, 2, 1, 0]);
        assert_eq!(picked(r(Some(-2), None, None), 4), [2, 3]);
        assert_eq!(picked(r(Some(-10), Some(2), None), 4), [0, 1]);
        assert_eq!(picked(r(Some(2), Some(-10), Some(-1)), 4), [2, 1, 0]);
        assert_eq!(picked(r(Some(10), None, Some(-3)), 7), [6, 3, 0]);
        assert_eq!(picked(r(Some(4), Some(2), Some(2)), 6), [] as [isize; 0]);
        assert_eq!(picked(r(None, None, Some(isize::MIN)), 3), [2]);
        assert_eq!(
            picked(r(Some(isize::MIN), Some(isize::MAX), None), 2),
            [0, 1]
        );
        assert_eq!(picked(r(None, None, None), 0), [] as [isize; 0]);
    }
}
