//! Indexing: reading and writing one item, `mv[i]` and `mv[i, j, k]`.
//!
//! An index counts from the end when negative (`mv[-1]` is the last item),
//! and is checked against its dimension: out of range is an `IndexError`
//! naming the dimension, counted from 1. CPython reads single items only with
//! a full index (one number per dimension); [`ViewOf::sub_view`] is memview's
//! extension for taking one row of an N-D view.

use crate::error::{Error, Result};
use crate::format::{item_char, ItemFormat};
use crate::item::{pack, unpack};
use crate::layout::{moved, Layout};
use crate::value::Value;
use crate::view::{Storage, ViewMut, ViewOf};

impl<B: Storage> ViewOf<B> {
    /// `mv[index]` on a 1-D view: the item, as a Python value.
    ///
    /// # Errors
    /// `IndexError: index out of bounds on dimension 1`;
    /// `NotImplementedError` for a format memoryview cannot read (`<i`) or a
    /// view of more than one dimension; `TypeError: invalid indexing of 0-dim
    /// memory` on a 0-dimensional view.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abc")?;
    /// assert_eq!(view.get(0)?.to_string(), "97");  // mv[0]
    /// assert_eq!(view.get(-1)?.to_string(), "99"); // mv[-1]
    /// assert_eq!(format!("{:#}", view.get(3).unwrap_err()),
    ///            "IndexError: index out of bounds on dimension 1");
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline]
    pub fn get(&self, index: isize) -> Result<Value> {
        let (format, at) = locate_one(&self.layout, index)?;
        Ok(self.read_item(format, at))
    }

    /// `mv[i, j, ...]`: the item at a full index, one number per dimension.
    /// `get_at(&[])` reads a 0-dimensional view (`mv[()]`).
    ///
    /// # Errors
    /// `IndexError: index out of bounds on dimension N`;
    /// `NotImplementedError: sub-views are not implemented` for too few
    /// numbers; `TypeError: cannot index 1-dimension view with 2-element
    /// tuple` for too many; `NotImplementedError` for formats memoryview
    /// cannot read.
    ///
    /// ```
    /// use memview::View;
    /// let data: Vec<u8> = (0..24).collect();
    /// let x = View::new(&data)?.cast_shape("B", &[2, 3, 4])?;
    /// assert_eq!(x.get_at(&[1, 2, 3])?.to_string(), "23");    // x[1, 2, 3]
    /// assert_eq!(x.get_at(&[-1, -1, -1])?.to_string(), "23"); // x[-1, -1, -1]
    /// assert_eq!(x.get_at(&[1, 2, 4]).unwrap_err().to_string(),
    ///            "index out of bounds on dimension 3");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn get_at(&self, index: &[isize]) -> Result<Value> {
        let (format, at) = locate_many(&self.layout, index, Access::Read)?;
        Ok(self.read_item(format, at))
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
    /// let grid = View::new(b"abcdef")?.cast_shape("B", &[2, 3])?;
    /// let row = grid.sub_view(-1)?;
    /// assert_eq!((row.shape(), row.to_bytes()?.to_string()), (&[3][..], "b'def'".to_string()));
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn sub_view(&self, index: isize) -> Result<ViewOf<B::Shared<'_>>> {
        Ok(ViewOf {
            bytes: self.bytes.share(),
            layout: row_layout(&self.layout, index)?,
        })
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
    /// let mut last_row = ViewMut::new(&mut data)?.into_cast_shape("B", &[2, 3])?.into_sub_view(-1)?;
    /// last_row.set(0, 4)?;
    /// assert_eq!(data, [0, 0, 0, 4, 0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn into_sub_view(self, index: isize) -> Result<ViewOf<B>> {
        let layout = row_layout(&self.layout, index)?;
        Ok(ViewOf {
            bytes: self.bytes,
            layout,
        })
    }

    #[inline]
    fn read_item(&self, format: ItemFormat, at: usize) -> Value {
        let bytes = self.bytes.as_ref();
        unpack(
            format,
            bytes.get(at..at + format.size()).unwrap_or_default(),
        )
    }
}

impl ViewMut<'_> {
    /// `mv[index] = value` on a 1-D view.
    ///
    /// # Errors
    /// The errors of [`get`](ViewOf::get), plus `ValueError: memoryview:
    /// invalid value for format 'B'` for a value out of range and `TypeError:
    /// memoryview: invalid type for format 'B'` for one of the wrong type.
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = b"ABC".to_vec();
    /// let mut mv = ViewMut::new(&mut data)?;
    /// mv.set(1, 90)?;                                  // mv[1] = 90
    /// assert_eq!(mv.set(0, 256).unwrap_err().to_string(),
    ///            "memoryview: invalid value for format 'B'");
    /// assert_eq!(mv.set(0, 1.5).unwrap_err().to_string(),
    ///            "memoryview: invalid type for format 'B'");
    /// drop(mv);
    /// assert_eq!(memview::bytearray_repr(&data), "bytearray(b'AZC')");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn set(&mut self, index: isize, value: impl Into<Value>) -> Result<()> {
        let (format, at) = locate_one_for_write(&self.layout, index)?;
        self.write_item(format, at, &value.into())
    }

    /// `mv[i, j, ...] = value`: writes the item at a full index.
    ///
    /// # Errors
    /// The errors of [`get_at`](ViewOf::get_at) and [`set`](ViewMut::set).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let mut grid = ViewMut::new(&mut data)?.into_cast_shape("B", &[2, 3])?;
    /// grid.set_at(&[1, -1], 9)?; // grid[1, -1] = 9
    /// assert_eq!(data, [0, 0, 0, 0, 0, 9]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn set_at(&mut self, index: &[isize], value: impl Into<Value>) -> Result<()> {
        let (format, at) = locate_many(&self.layout, index, Access::Write)?;
        self.write_item(format, at, &value.into())
    }

    /// `x[i]` as a writable view: the writable twin of
    /// [`sub_view`](ViewOf::sub_view), an extension to CPython.
    ///
    /// # Errors
    /// As [`sub_view`](ViewOf::sub_view).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = vec![0u8; 6];
    /// let mut grid = ViewMut::new(&mut data)?.into_cast_shape("B", &[2, 3])?;
    /// grid.sub_view_mut(1)?.set(0, 5)?;
    /// assert_eq!(data, [0, 0, 0, 5, 0, 0]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn sub_view_mut(&mut self, index: isize) -> Result<ViewMut<'_>> {
        let layout = row_layout(&self.layout, index)?;
        Ok(ViewOf {
            bytes: &mut *self.bytes,
            layout,
        })
    }

    fn write_item(&mut self, format: ItemFormat, at: usize, value: &Value) -> Result<()> {
        let out = self
            .bytes
            .get_mut(at..at + format.size())
            .unwrap_or_default();
        pack(format, value, out)
    }
}

/// Where `mv[index]` is, checked in CPython's order (`memory_item`).
#[inline]
fn locate_one(layout: &Layout, index: isize) -> Result<(ItemFormat, usize)> {
    if layout.ndim() == 0 {
        return Err(Error::type_error("invalid indexing of 0-dim memory"));
    }
    let code = item_char(layout.format())?;
    if layout.ndim() > 1 {
        return Err(Error::not_implemented(
            "multi-dimensional sub-views are not implemented",
        ));
    }
    let at = offset_1d(layout, index)?;
    Ok((ItemFormat::for_char(code)?, at))
}

/// The byte offset of item `index` of a 1-D layout, counted from the end
/// when negative and checked against the dimension.
#[inline]
pub(crate) fn offset_1d(layout: &Layout, index: isize) -> Result<usize> {
    let i = bounded(index, layout.shape()[0], 0)?;
    Ok((layout.offset() as isize + i as isize * layout.strides()[0]) as usize)
}

/// Where `mv[index] = v` writes: as [`locate_one`], but CPython's assignment
/// words the N-D refusal differently.
fn locate_one_for_write(layout: &Layout, index: isize) -> Result<(ItemFormat, usize)> {
    let code = item_char(layout.format())?;
    match layout.ndim() {
        0 => Err(Error::type_error("invalid indexing of 0-dim memory")),
        1 => {
            let at = offset_1d(layout, index)?;
            Ok((ItemFormat::for_char(code)?, at))
        }
        _ => Err(Error::not_implemented("sub-views are not implemented")),
    }
}

/// Reading and writing check a 0-d view's index and its format in
/// opposite orders in CPython (`memory_subscript`, `memory_ass_sub`).
#[derive(PartialEq)]
pub(crate) enum Access {
    Read,
    Write,
}

/// Where `mv[i, j, ...]` is (`memory_item_multi` and `ptr_from_tuple`).
pub(crate) fn locate_many(
    layout: &Layout,
    index: &[isize],
    access: Access,
) -> Result<(ItemFormat, usize)> {
    let ndim = layout.ndim();
    let bad_0d_index = ndim == 0 && !index.is_empty();
    if bad_0d_index && access == Access::Read {
        return Err(Error::type_error("invalid indexing of 0-dim memory"));
    }
    let code = item_char(layout.format())?;
    let at = offset_at(layout, index)?;
    Ok((ItemFormat::for_char(code)?, at))
}

/// The byte offset of the item at a full index, with CPython's errors for an
/// index of the wrong length or out of bounds (`ptr_from_tuple`).
pub(crate) fn offset_at(layout: &Layout, index: &[isize]) -> Result<usize> {
    let ndim = layout.ndim();
    if ndim == 0 && !index.is_empty() {
        return Err(Error::type_error("invalid indexing of 0-dim memory"));
    }
    if index.len() < ndim {
        return Err(Error::not_implemented("sub-views are not implemented"));
    }
    if index.len() > ndim {
        return Err(Error::type_error(format!(
            "cannot index {ndim}-dimension view with {}-element tuple",
            index.len()
        )));
    }
    let mut at = layout.offset();
    for (dim, (&i, (&n, &stride))) in index
        .iter()
        .zip(layout.shape().iter().zip(layout.strides()))
        .enumerate()
    {
        at = moved(at, bounded(i, n, dim)? as isize, stride);
    }
    Ok(at)
}

/// The layout of row `index` of the first dimension.
fn row_layout(layout: &Layout, index: isize) -> Result<Layout> {
    if layout.ndim() == 0 {
        return Err(Error::type_error("invalid indexing of 0-dim memory"));
    }
    let i = bounded(index, layout.shape()[0], 0)?;
    // A row with no items keeps the view's offset, as an empty slice does:
    // it never reads one, and its strides may point anywhere.
    let offset = match layout.shape()[1..].contains(&0) {
        true => layout.offset(),
        false => moved(layout.offset(), i as isize, layout.strides()[0]),
    };
    Ok(Layout::from_parts(
        layout.format(),
        layout.itemsize(),
        crate::dims::Dims::from_slice(&layout.shape()[1..]),
        crate::dims::Dims::from_slice(&layout.strides()[1..]),
        offset,
    ))
}

/// `index` made non-negative and checked against a dimension of `len` items
/// (CPython's `lookup_dimension`).
#[inline]
fn bounded(index: isize, len: usize, dim: usize) -> Result<usize> {
    let len_signed = isize::try_from(len).unwrap_or(isize::MAX);
    let i = if index < 0 { index + len_signed } else { index };
    if i < 0 || i >= len_signed {
        Err(Error::index_error(format!(
            "index out of bounds on dimension {}",
            dim + 1
        )))
    } else {
        Ok(i as usize)
    }
}
