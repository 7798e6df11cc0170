//! Rows and transposes: layouts made from a layout by dropping or reordering
//! dimensions, O(1), nothing copied.
//!
//! `x[i]` of an N-D view is its row `i`: one dimension fewer, starting at the
//! row's first item. A transpose reverses the dimensions: item `[i, j]` of
//! the result is item `[j, i]` of the original, so a C-contiguous grid
//! becomes a Fortran-contiguous one. CPython's memoryview does neither
//! (`x[i]` is `NotImplementedError: multi-dimensional sub-views are not
//! implemented`); NumPy does both, and memview follows NumPy here.

use super::dims::Dims;
use super::layout::Layout;
use super::offset::{bounded, moved};
use crate::error::{Error, Result};

impl Layout {
    /// The layout of row `index` of the first dimension, counted from the
    /// end when negative.
    ///
    /// # Errors
    /// `TypeError: invalid indexing of 0-dim memory` for a 0-d layout;
    /// `IndexError: index out of bounds on dimension 1`.
    pub(crate) fn row(&self, index: isize) -> Result<Layout> {
        if self.ndim() == 0 {
            return Err(Error::zero_dim());
        }
        let i = bounded(index, self.shape[0], 0)?;
        // A row with no items keeps the view's offset, as an empty slice does:
        // it never reads one, and its strides may point anywhere.
        let offset = match self.shape[1..].contains(&0) {
            true => self.offset,
            false => moved(self.offset, i as isize, self.strides[0]),
        };
        let shape = Dims::from_slice(&self.shape[1..]);
        Ok(self.with_dims(shape, Dims::from_slice(&self.strides[1..]), offset))
    }

    /// The layout with its dimensions in reverse order.
    pub(crate) fn transposed(&self) -> Layout {
        let mut out = self.clone();
        out.shape.reverse();
        out.strides.reverse();
        out.update_flags();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_drop_the_first_dimension_and_transposes_reverse_them() {
        let grid = Layout::new("h", &[2, 3]).unwrap();
        let last = grid.row(-1).unwrap();
        assert_eq!(
            (last.shape(), last.strides(), last.offset()),
            (&[3][..], &[2][..], 6)
        );
        assert_eq!(
            grid.row(2).unwrap_err().to_string(),
            "index out of bounds on dimension 1"
        );
        let t = grid.transposed();
        assert_eq!((t.shape(), t.strides()), (&[3, 2][..], &[2, 6][..]));
        assert!(t.f_contiguous() && !t.c_contiguous());
        let scalar = Layout::new("h", &[]).unwrap();
        assert_eq!(
            scalar.row(0).unwrap_err().to_string(),
            "invalid indexing of 0-dim memory"
        );
    }
}
