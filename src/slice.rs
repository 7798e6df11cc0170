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
//! Slicing a view moves its offset to the first item picked, multiplies the
//! stride by the step and sets the length: O(1), nothing copied. CPython
//! slices only the first dimension ([`ViewOf::slice`]); memview can slice
//! any ([`ViewOf::slice_dim`]).

use crate::error::{Error, Result};
use crate::layout::Layout;
use crate::view::{Storage, ViewMut, ViewOf};
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
            0 => return Err(Error::value_error("slice step cannot be zero")),
            step => step.max(-isize::MAX),
        };
        let backwards = step < 0;
        let start = self.start.unwrap_or(if backwards { isize::MAX } else { 0 });
        let stop = self
            .stop
            .unwrap_or(if backwards { isize::MIN } else { isize::MAX });
        // PySlice_AdjustIndices: count negatives from the end, then clamp.
        let clamp = |i: isize| {
            if i < 0 {
                let i = i + len;
                if i < 0 {
                    if backwards {
                        -1
                    } else {
                        0
                    }
                } else {
                    i
                }
            } else if i >= len {
                if backwards {
                    len - 1
                } else {
                    len
                }
            } else {
                i
            }
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

impl<B: Storage> ViewOf<B> {
    /// `mv[start:stop:step]`: a view of part of the first dimension, sharing
    /// the same bytes. O(1): only the offset, shape and stride change.
    ///
    /// # Errors
    /// `ValueError: slice step cannot be zero`; `TypeError: invalid indexing
    /// of 0-dim memory` on a 0-dimensional view.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abcdef")?;
    /// assert_eq!(view.slice(1..4)?.to_bytes()?, b"bcd");       // mv[1:4]
    /// assert_eq!(view.slice((.., -1))?.to_bytes()?, b"fedcba"); // mv[::-1]
    /// assert_eq!(view.slice(10..20)?.shape(), &[0]);          // clamped, not an error
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn slice(&self, slice: impl Into<Slice>) -> Result<ViewOf<B::Shared<'_>>> {
        Ok(ViewOf {
            bytes: self.bytes.share(),
            layout: sliced_first_dim(&self.layout, &slice.into())?,
        })
    }

    /// Slices any one dimension: `x[:, 1:3]` in NumPy terms. An extension:
    /// CPython's memoryview slices only the first dimension and raises
    /// `NotImplementedError: multi-dimensional slicing is not implemented`.
    ///
    /// # Errors
    /// `ValueError: slice step cannot be zero`; `IndexError` if `dim` is not
    /// a dimension of the view.
    ///
    /// ```
    /// use memview::View;
    /// let grid = View::new(b"abcdef")?.cast_shape("B", &[2, 3])?;
    /// let last_column = grid.slice_dim(1, 2..)?;
    /// assert_eq!(last_column.to_bytes()?, b"cf");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn slice_dim(&self, dim: usize, slice: impl Into<Slice>) -> Result<ViewOf<B::Shared<'_>>> {
        Ok(ViewOf {
            bytes: self.bytes.share(),
            layout: sliced_dim(&self.layout, dim, &slice.into())?,
        })
    }

    /// Consumes the view and slices its first dimension, keeping its kind
    /// and lifetime: a [`ViewMut`] stays writable for all of `'a`.
    ///
    /// # Errors
    /// As [`slice`](ViewOf::slice).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = b"abc".to_vec();
    /// let mut tail = ViewMut::new(&mut data)?.into_slice(1..)?;
    /// tail.set(0, b'B')?;
    /// assert_eq!(data, b"aBc");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_slice(self, slice: impl Into<Slice>) -> Result<ViewOf<B>> {
        let layout = sliced_first_dim(&self.layout, &slice.into())?;
        Ok(ViewOf {
            bytes: self.bytes,
            layout,
        })
    }

    /// [`slice_dim`](ViewOf::slice_dim), consuming the view and keeping its
    /// kind and lifetime: a function can return a writable column of a view
    /// it made.
    ///
    /// # Errors
    /// As [`slice_dim`](ViewOf::slice_dim).
    ///
    /// ```
    /// use memview::{ViewMut, Result};
    /// fn second_column(data: &mut [u8]) -> Result<ViewMut<'_>> {
    ///     ViewMut::new(data)?.into_cast_shape("B", &[2, 3])?.into_slice_dim(1, 1..2)
    /// }
    /// let mut data = vec![0u8; 6];
    /// second_column(&mut data)?.set_at(&[1, 0], 9)?;
    /// assert_eq!(data, [0, 0, 0, 0, 9, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_slice_dim(self, dim: usize, slice: impl Into<Slice>) -> Result<ViewOf<B>> {
        let layout = sliced_dim(&self.layout, dim, &slice.into())?;
        Ok(ViewOf {
            bytes: self.bytes,
            layout,
        })
    }
}

impl ViewMut<'_> {
    /// A writable view of part of this one: `mv[start:stop:step]`, still
    /// writable. Slices the first dimension; see [`ViewOf::slice`].
    ///
    /// # Errors
    /// As [`ViewOf::slice`].
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = b"abcdef".to_vec();
    /// let mut view = ViewMut::new(&mut data)?;
    /// view.slice_mut((.., 2))?.set(1, b'X')?; // mv[::2][1] = ord('X')
    /// assert_eq!(view.to_bytes()?.to_string(), "b'abXdef'");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn slice_mut(&mut self, slice: impl Into<Slice>) -> Result<ViewMut<'_>> {
        let layout = sliced_first_dim(&self.layout, &slice.into())?;
        Ok(ViewOf {
            bytes: &mut *self.bytes,
            layout,
        })
    }

    /// Like [`slice_mut`](ViewMut::slice_mut), for any one dimension: an
    /// extension, since CPython slices only the first.
    ///
    /// # Errors
    /// As [`ViewOf::slice_dim`].
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let mut grid = ViewMut::new(&mut data)?.into_cast_shape("B", &[2, 3])?;
    /// let mut column = grid.slice_dim_mut(1, 1..2)?; // grid[:, 1:2], not in CPython
    /// column.set_at(&[1, 0], 7)?;
    /// assert_eq!(grid.to_list()?.to_string(), "[[0, 0, 0], [0, 7, 0]]");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn slice_dim_mut(&mut self, dim: usize, slice: impl Into<Slice>) -> Result<ViewMut<'_>> {
        let layout = sliced_dim(&self.layout, dim, &slice.into())?;
        Ok(ViewOf {
            bytes: &mut *self.bytes,
            layout,
        })
    }
}

/// CPython slices only dimension 0, and a 0-d view not at all.
fn sliced_first_dim(layout: &Layout, slice: &Slice) -> Result<Layout> {
    if layout.ndim() == 0 {
        return Err(Error::type_error("invalid indexing of 0-dim memory"));
    }
    layout.sliced(0, slice)
}

fn sliced_dim(layout: &Layout, dim: usize, slice: &Slice) -> Result<Layout> {
    if dim >= layout.ndim() {
        return Err(Error::index_error(format!(
            "memview: dimension {dim} is out of range for a {}-dimension view",
            layout.ndim()
        )));
    }
    layout.sliced(dim, slice)
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
