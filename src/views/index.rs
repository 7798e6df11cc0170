//! Indexing: reading and writing one item, `mv[i]` and `mv[i, j, k]`.
//!
//! An index counts from the end when negative (`mv[-1]` is the last item),
//! and is checked against its dimension: out of range is an `IndexError`
//! naming the dimension, counted from 1 (the arithmetic is
//! [`Layout::offset_of`]). CPython reads single items only with a full index
//! (one number per dimension); [`ViewOf::sub_view`] is memview's extension
//! for taking one row of an N-D view. The checks come in CPython's order,
//! which differs between reading and writing.

use super::{Storage, ViewMut, ViewOf};
use crate::error::{Error, Result};
use crate::formats::native::Kind;
use crate::formats::native::item_char;
use crate::formats::pack::{pack, unpack_sized};
use crate::formats::{ItemFormat, Value};
use crate::shape::Layout;
use crate::shape::offset::{bytes_at_mut, bytes_from};

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
    // Always inlined: the loop that calls it keeps the item in registers
    // instead of passing a 48-byte `Result` through memory.
    #[inline(always)]
    pub fn get(&self, index: isize) -> Result<Value> {
        // A readable format, one dimension, the index in bounds: nothing to
        // check again. Anything else finds its error on the slow path.
        if let (Some(kind), Some(at)) = (self.layout.item_kind, self.layout.find_1d(index)) {
            return Ok(self.read_item(kind, at));
        }
        let (format, at) = locate_one(&self.layout, index)?;
        Ok(self.read_item(format.kind(), at))
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
    /// let x = View::new(&data)?.cast_with("B", &[2, 3, 4])?;
    /// assert_eq!(x.get_at(&[1, 2, 3])?.to_string(), "23");    // x[1, 2, 3]
    /// assert_eq!(x.get_at(&[-1, -1, -1])?.to_string(), "23"); // x[-1, -1, -1]
    /// assert_eq!(x.get_at(&[1, 2, 4]).unwrap_err().to_string(),
    ///            "index out of bounds on dimension 3");
    /// # Ok::<(), memview::Error>(())
    /// ```
    #[inline(always)]
    pub fn get_at(&self, index: &[isize]) -> Result<Value> {
        if let (Some(kind), Some(at)) = (self.layout.item_kind, self.layout.find(index)) {
            return Ok(self.read_item(kind, at));
        }
        let (format, at) = locate_many(&self.layout, index, Access::Read)?;
        Ok(self.read_item(format.kind(), at))
    }

    /// The item of `kind` at byte `at` (its size is the view's itemsize).
    #[inline(always)]
    fn read_item(&self, kind: Kind, at: usize) -> Value {
        // `unpack_sized` reads the item's size from the front.
        unpack_sized(
            kind,
            self.layout.itemsize(),
            bytes_from(self.bytes.as_ref(), at),
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
    /// let mut grid = ViewMut::new(&mut data)?.into_cast_with("B", &[2, 3])?;
    /// grid.set_at(&[1, -1], 9)?; // grid[1, -1] = 9
    /// assert_eq!(data, [0, 0, 0, 0, 0, 9]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn set_at(&mut self, index: &[isize], value: impl Into<Value>) -> Result<()> {
        let (format, at) = locate_many(&self.layout, index, Access::Write)?;
        self.write_item(format, at, &value.into())
    }

    fn write_item(&mut self, format: ItemFormat, at: usize, value: &Value) -> Result<()> {
        pack(format, value, bytes_at_mut(self.bytes, at, format.size()))
    }
}

/// Where `mv[index]` is, checked in CPython's order (`memory_item`).
#[cold]
#[inline(never)]
fn locate_one(layout: &Layout, index: isize) -> Result<(ItemFormat, usize)> {
    if layout.ndim() == 0 {
        return Err(Error::zero_dim());
    }
    let code = item_char(layout.format())?;
    layout.require_1d(Error::multi_dim_sub_views)?;
    let at = layout.offset_1d(index)?;
    Ok((ItemFormat::for_char(code)?, at))
}

/// Where `mv[index] = v` writes: as [`locate_one`], but CPython's assignment
/// checks the format first and words the N-D refusal differently
/// (`memory_ass_sub`).
fn locate_one_for_write(layout: &Layout, index: isize) -> Result<(ItemFormat, usize)> {
    let code = item_char(layout.format())?;
    layout.require_1d(Error::sub_views)?;
    let at = layout.offset_1d(index)?;
    Ok((ItemFormat::for_char(code)?, at))
}

/// Reading and writing check a 0-d view's index and its format in
/// opposite orders in CPython (`memory_subscript`, `memory_ass_sub`).
#[derive(PartialEq)]
enum Access {
    Read,
    Write,
}

/// Where `mv[i, j, ...]` is (`memory_item_multi` and `ptr_from_tuple`).
fn locate_many(layout: &Layout, index: &[isize], access: Access) -> Result<(ItemFormat, usize)> {
    if layout.ndim() == 0 && !index.is_empty() && access == Access::Read {
        return Err(Error::zero_dim());
    }
    let code = item_char(layout.format())?;
    let at = layout.offset_of(index)?;
    Ok((ItemFormat::for_char(code)?, at))
}
