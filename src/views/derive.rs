//! Views made from a view: slices, rows, casts and transposes, each O(1).
//!
//! Each operation computes a new [`Layout`](crate::Layout) over the same
//! bytes (the arithmetic is in [`shape`](crate::shape)) and comes in three
//! faces that differ only in how the new view holds the bytes, as ndarray's
//! `slice`, `slice_mut` and `slice_move` do:
//!
//! | face | on | gives | use it to |
//! |---|---|---|---|
//! | `op(&self)` | any view | a read-only view borrowing this one | look |
//! | `op_mut(&mut self)` | [`ViewMut`] | a writable view borrowing this one | write, then keep using this one |
//! | `into_op(self)` | any view | a view of the same kind, consuming this one | return it from a function |
//!
//! The operations: [`slice`](ViewOf::slice) (`mv[a:b:c]`),
//! [`slice_dim`](ViewOf::slice_dim) (any dimension, an extension),
//! [`sub_view`](ViewOf::sub_view) (`x[i]` of an N-D view, an extension),
//! [`cast`](ViewOf::cast) (`mv.cast(f)`), [`cast_with`](ViewOf::cast_with)
//! (`mv.cast(f, shape)`) and [`transpose`](ViewOf::transpose) (NumPy's `.T`,
//! an extension); and the identity, [`to_readonly`](ViewOf::to_readonly)
//! (`mv.toreadonly()`), [`reborrow`](ViewMut::reborrow) and
//! [`into_readonly`](ViewMut::into_readonly).

use super::{Storage, View, ViewMut, ViewOf};
use crate::error::Result;
use crate::shape::Slice;

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
        Ok(self.shared(self.layout.sliced_first(&slice.into())?))
    }

    /// [`slice`](ViewOf::slice), consuming the view and keeping its kind and
    /// lifetime: a [`ViewMut`] stays writable for all of `'a`.
    ///
    /// # Errors
    /// As [`slice`](ViewOf::slice).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = b"abc".to_vec();
    /// let mut tail = ViewMut::new(&mut data)?.into_slice(1..)?; // tail = memoryview(ba)[1:]
    /// tail.set(0, b'B')?;
    /// assert_eq!(data, b"aBc");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_slice(self, slice: impl Into<Slice>) -> Result<ViewOf<B>> {
        let layout = self.layout.sliced_first(&slice.into())?;
        Ok(self.moved(layout))
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
    /// let grid = View::new(b"abcdef")?.cast_with("B", &[2, 3])?;
    /// let last_column = grid.slice_dim(1, 2..)?;             // x[:, 2:] in NumPy
    /// assert_eq!(last_column.to_bytes()?, b"cf");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn slice_dim(&self, dim: usize, slice: impl Into<Slice>) -> Result<ViewOf<B::Shared<'_>>> {
        Ok(self.shared(self.layout.sliced_along(dim, &slice.into())?))
    }

    /// [`slice_dim`](ViewOf::slice_dim), consuming the view and keeping its
    /// kind and lifetime: a function can return a writable column of a view
    /// it made.
    ///
    /// # Errors
    /// As [`slice_dim`](ViewOf::slice_dim).
    ///
    /// ```
    /// use memview::{Result, ViewMut};
    /// fn second_column(data: &mut [u8]) -> Result<ViewMut<'_>> {
    ///     ViewMut::new(data)?.into_cast_with("B", &[2, 3])?.into_slice_dim(1, 1..2) // x[:, 1:2]
    /// }
    /// let mut data = vec![0u8; 6];
    /// second_column(&mut data)?.set_at(&[1, 0], 9)?;
    /// assert_eq!(data, [0, 0, 0, 0, 9, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_slice_dim(self, dim: usize, slice: impl Into<Slice>) -> Result<ViewOf<B>> {
        let layout = self.layout.sliced_along(dim, &slice.into())?;
        Ok(self.moved(layout))
    }

    /// `x[i]` on an N-D view: the (N-1)-dimensional view of row `i`. An
    /// extension: CPython raises `NotImplementedError: multi-dimensional
    /// sub-views are not implemented`. On a 1-D view it gives a
    /// 0-dimensional view of one item.
    ///
    /// # Errors
    /// `IndexError: index out of bounds on dimension 1`; `TypeError: invalid
    /// indexing of 0-dim memory` on a 0-dimensional view.
    ///
    /// ```
    /// use memview::View;
    /// let grid = View::new(b"abcdef")?.cast_with("B", &[2, 3])?;
    /// let row = grid.sub_view(-1)?;                            // x[-1] in NumPy
    /// assert_eq!((row.shape(), row.to_bytes()?.to_string()), (&[3][..], "b'def'".to_string()));
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn sub_view(&self, index: isize) -> Result<ViewOf<B::Shared<'_>>> {
        Ok(self.shared(self.layout.row(index)?))
    }

    /// [`sub_view`](ViewOf::sub_view), consuming the view and keeping its
    /// kind and lifetime: a [`ViewMut`] gives a writable row.
    ///
    /// # Errors
    /// As [`sub_view`](ViewOf::sub_view).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let grid = ViewMut::new(&mut data)?.into_cast_with("B", &[2, 3])?;
    /// grid.into_sub_view(-1)?.set(0, 4)?;                      // x[-1][0] = 4
    /// assert_eq!(data, [0, 0, 0, 4, 0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_sub_view(self, index: isize) -> Result<ViewOf<B>> {
        let layout = self.layout.row(index)?;
        Ok(self.moved(layout))
    }

    /// `mv.cast(format)`: the same bytes read as 1-D items of `format`.
    ///
    /// # Errors
    /// CPython's, for each rule of [`shape::cast`](crate::shape::cast), e.g.
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
        Ok(self.shared(self.layout.cast_to(format, None)?))
    }

    /// [`cast`](ViewOf::cast), consuming the view and keeping its kind: a
    /// [`ViewMut`] stays writable.
    ///
    /// # Errors
    /// As [`cast`](ViewOf::cast).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 8];
    /// let mut ints = ViewMut::new(&mut data)?.into_cast("i")?; // memoryview(ba).cast('i')
    /// ints.set(1, -1)?;
    /// assert_eq!(data, [0, 0, 0, 0, 255, 255, 255, 255]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_cast(self, format: &str) -> Result<ViewOf<B>> {
        let layout = self.layout.cast_to(format, None)?;
        Ok(self.moved(layout))
    }

    /// `mv.cast(format, shape)`: the same bytes read as items of `format` in
    /// the given shape (C order). `&[]` makes a 0-dimensional view.
    ///
    /// # Errors
    /// CPython's, for each rule of [`shape::cast`](crate::shape::cast), e.g.
    /// `TypeError: memoryview: product(shape) * itemsize != buffer size`.
    ///
    /// ```
    /// use memview::View;
    /// let data: Vec<u8> = (0..12).collect();
    /// let grid = View::new(&data)?.cast_with("B", &[3, 4])?; // c.cast('B', [3, 4])
    /// assert_eq!(grid.to_list()?.to_string(),
    ///            "[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]");
    /// assert_eq!(grid.strides(), &[4, 1]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn cast_with(&self, format: &str, shape: &[usize]) -> Result<ViewOf<B::Shared<'_>>> {
        Ok(self.shared(self.layout.cast_to(format, Some(shape))?))
    }

    /// [`cast_with`](ViewOf::cast_with), consuming the view and keeping its
    /// kind.
    ///
    /// # Errors
    /// As [`cast_with`](ViewOf::cast_with).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let mut grid = ViewMut::new(&mut data)?.into_cast_with("B", &[2, 3])?;
    /// grid.set_at(&[1, 0], 1)?;                         // grid[1, 0] = 1
    /// assert_eq!(data, [0, 0, 0, 1, 0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_cast_with(self, format: &str, shape: &[usize]) -> Result<ViewOf<B>> {
        let layout = self.layout.cast_to(format, Some(shape))?;
        Ok(self.moved(layout))
    }

    /// Reverses the order of the dimensions: item `[i, j]` of the result is
    /// item `[j, i]` of this view. Only the shape and strides are reversed;
    /// nothing is copied, so a C-contiguous view becomes a Fortran-contiguous
    /// one. An extension: memoryview has no transpose (NumPy's `x.T` is this).
    ///
    /// ```
    /// use memview::View;
    /// let grid = View::new(b"abcdef")?.cast_with("B", &[2, 3])?;
    /// let t = grid.transpose();                            // x.T in NumPy
    /// assert_eq!((t.shape(), t.strides()), (&[3, 2][..], &[1, 3][..]));
    /// assert_eq!(t.to_bytes()?, b"adbecf");
    /// assert!(t.f_contiguous() && !t.c_contiguous());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn transpose(&self) -> ViewOf<B::Shared<'_>> {
        self.shared(self.layout.transposed())
    }

    /// [`transpose`](ViewOf::transpose), consuming the view and keeping its
    /// kind: a [`ViewMut`] stays writable.
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let grid = ViewMut::new(&mut data)?.into_cast_with("B", &[2, 3])?;
    /// let mut t = grid.into_transpose();
    /// t.set_at(&[2, 0], 7)?; // row 0, column 2 of the grid: x.T[2, 0] = 7
    /// assert_eq!(data, [0, 0, 7, 0, 0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_transpose(self) -> ViewOf<B> {
        let layout = self.layout.transposed();
        self.moved(layout)
    }

    /// `mv.toreadonly()`: a read-only view of the same items.
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![1u8, 2];
    /// let view = ViewMut::new(&mut data)?;
    /// let ro = view.to_readonly();                         // mv.toreadonly()
    /// assert!(ro.readonly() && !view.readonly());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_readonly(&self) -> ViewOf<B::Shared<'_>> {
        self.shared(self.layout.clone())
    }
}

impl<'a> ViewMut<'a> {
    /// [`to_readonly`](ViewOf::to_readonly), consuming the view: a read-only
    /// view for all of `'a`.
    ///
    /// ```
    /// use memview::{View, ViewMut};
    /// fn frozen(data: &mut [u8]) -> memview::Result<View<'_>> {
    ///     Ok(ViewMut::new(data)?.into_readonly()) // memoryview(ba).toreadonly()
    /// }
    /// let mut data = vec![1u8, 2];
    /// assert!(frozen(&mut data)?.readonly());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_readonly(self) -> View<'a> {
        ViewOf {
            bytes: self.bytes,
            layout: self.layout,
            unhashable: self.unhashable,
        }
    }

    /// A writable view of the same items that borrows this one for a while,
    /// leaving this one usable afterwards.
    ///
    /// ```
    /// use memview::ViewMut;
    /// fn zero_first(mut v: ViewMut<'_>) -> memview::Result<()> { v.set(0, 0) }
    /// let mut data = vec![9u8, 9];
    /// let mut view = ViewMut::new(&mut data)?;
    /// zero_first(view.reborrow())?;                       // f(mv): the same view
    /// view.set(1, 0)?;
    /// assert_eq!(view.to_bytes()?, [0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn reborrow(&mut self) -> ViewMut<'_> {
        let layout = self.layout.clone();
        self.reborrowed(layout)
    }
}
