//! The writable faces of the operations of [`derive`](super::derive): a
//! writable view borrowing a [`ViewMut`] for a while, leaving it usable
//! afterwards. Each is its read-only face with `_mut`.

use super::ViewMut;
use crate::error::Result;
use crate::shape::Slice;

impl ViewMut<'_> {
    /// [`slice`](crate::ViewOf::slice), writable: `mv[start:stop:step]` of a
    /// writable view.
    ///
    /// # Errors
    /// As [`slice`](crate::ViewOf::slice).
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
        let layout = self.layout.sliced_first(&slice.into())?;
        Ok(self.reborrowed(layout))
    }

    /// [`slice_dim`](crate::ViewOf::slice_dim), writable: any one dimension
    /// sliced, an extension.
    ///
    /// # Errors
    /// As [`slice_dim`](crate::ViewOf::slice_dim).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let mut grid = ViewMut::new(&mut data)?.into_cast_with("B", &[2, 3])?;
    /// let mut column = grid.slice_dim_mut(1, 1..2)?; // x[:, 1:2] in NumPy
    /// column.set_at(&[1, 0], 7)?;
    /// assert_eq!(grid.to_list()?.to_string(), "[[0, 0, 0], [0, 7, 0]]");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn slice_dim_mut(&mut self, dim: usize, slice: impl Into<Slice>) -> Result<ViewMut<'_>> {
        let layout = self.layout.sliced_along(dim, &slice.into())?;
        Ok(self.reborrowed(layout))
    }

    /// [`sub_view`](crate::ViewOf::sub_view), writable: row `i` of an N-D
    /// view, an extension.
    ///
    /// # Errors
    /// As [`sub_view`](crate::ViewOf::sub_view).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let mut grid = ViewMut::new(&mut data)?.into_cast_with("B", &[2, 3])?;
    /// grid.sub_view_mut(1)?.set(0, 5)?; // x[1][0] = 5 in NumPy
    /// assert_eq!(data, [0, 0, 0, 5, 0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn sub_view_mut(&mut self, index: isize) -> Result<ViewMut<'_>> {
        let layout = self.layout.row(index)?;
        Ok(self.reborrowed(layout))
    }

    /// [`cast`](crate::ViewOf::cast), writable: `mv.cast(format)` of a
    /// writable view.
    ///
    /// # Errors
    /// As [`cast`](crate::ViewOf::cast).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 4];
    /// let mut view = ViewMut::new(&mut data)?;
    /// view.cast_mut("H")?.set(1, 0x0101)?; // mv.cast('H')[1] = 0x0101
    /// assert_eq!(view.to_bytes()?, [0, 0, 1, 1]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn cast_mut(&mut self, format: &str) -> Result<ViewMut<'_>> {
        let layout = self.layout.cast_to(format, None)?;
        Ok(self.reborrowed(layout))
    }

    /// [`cast_with`](crate::ViewOf::cast_with), writable:
    /// `mv.cast(format, shape)` of a writable view.
    ///
    /// # Errors
    /// As [`cast_with`](crate::ViewOf::cast_with).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let mut view = ViewMut::new(&mut data)?;
    /// view.cast_with_mut("B", &[2, 3])?.set_at(&[1, 2], 9)?; // mv.cast('B', [2, 3])[1, 2] = 9
    /// assert_eq!(view.to_bytes()?, [0, 0, 0, 0, 0, 9]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn cast_with_mut(&mut self, format: &str, shape: &[usize]) -> Result<ViewMut<'_>> {
        let layout = self.layout.cast_to(format, Some(shape))?;
        Ok(self.reborrowed(layout))
    }

    /// [`transpose`](crate::ViewOf::transpose), writable: the dimensions in
    /// reverse order, an extension (NumPy's `x.T`).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let mut grid = ViewMut::new(&mut data)?.into_cast_with("B", &[2, 3])?;
    /// grid.transpose_mut().set_at(&[2, 1], 8)?; // x.T[2, 1] = 8 is x[1, 2]
    /// assert_eq!(grid.get_at(&[1, 2])?.to_string(), "8");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn transpose_mut(&mut self) -> ViewMut<'_> {
        let layout = self.layout.transposed();
        self.reborrowed(layout)
    }
}
