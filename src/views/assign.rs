//! Slice assignment: `mv[a:b] = other`, copying many items at once.
//!
//! CPython copies into a slice of a 1-D view from any exporter whose items
//! have the same structure: the same format (a leading `@` aside), the same
//! item size and the same shape. Anything else is
//! `ValueError: memoryview assignment: lvalue and rvalue have different structures`.
//!
//! In Python the source may overlap the destination (`mv[:] = mv[::-1]`). In
//! Rust a `&mut` view cannot also be read through another reference, so the
//! overlapping case has its own method, [`ViewMut::copy_within`], named after
//! `slice::copy_within`.

use super::{View, ViewMut};
use crate::copy::gather::{c_order_bytes, gather};
use crate::copy::scatter::scatter;
use crate::error::{Error, Result};
use crate::formats::native::{item_char, strip_at};
use crate::protocol::Exporter;
use crate::shape::{Layout, Order, Slice};

impl ViewMut<'_> {
    /// `mv[slice] = src`: copies the items of `src`, any exporter, into part
    /// of this 1-D view.
    ///
    /// # Errors
    /// `ValueError: memoryview assignment: lvalue and rvalue have different
    /// structures`; `NotImplementedError: memoryview slice assignments are
    /// currently restricted to ndim = 1`; `ValueError: slice step cannot be
    /// zero`; `NotImplementedError` for formats memoryview cannot write.
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = b"ABC".to_vec();
    /// let mut mv = ViewMut::new(&mut data)?;
    /// mv.set_slice(0..2, b"xy")?;                  // mv[0:2] = b'xy'
    /// let err = mv.set_slice(0..2, b"xyz").unwrap_err();
    /// assert_eq!(err.to_string(), "memoryview assignment: lvalue and rvalue have different structures");
    /// mv.set_slice((.., -1), b"123")?;            // mv[::-1] = b'123'
    /// assert_eq!(mv.to_bytes()?.to_string(), "b'321'");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn set_slice<E: Exporter + ?Sized>(
        &mut self,
        slice: impl Into<Slice>,
        src: &E,
    ) -> Result<()> {
        check_slice_target(&self.layout)?;
        let src = View::new(src)?;
        let dest = self.layout.sliced(0, &slice.into())?;
        check_same_structure(&dest, &src.layout)?;
        // `src` cannot share bytes with `self` (Rust forbids a `&` and a
        // `&mut` to the same bytes), so a contiguous source is read where
        // it lies: no temporary copy.
        let items = c_order_bytes(src.bytes, &src.layout)?;
        scatter(self.bytes, &dest, &items);
        Ok(())
    }

    /// `mv[dst] = mv[src]`: copies items from one part of this view to
    /// another, correctly even when the parts overlap.
    ///
    /// # Errors
    /// As Python's, in Python's order: first those of the right-hand side,
    /// `mv[src]` ([`slice`](crate::ViewOf::slice)), then those of
    /// [`set_slice`](ViewMut::set_slice).
    ///
    /// ```
    /// use memview::ViewMut;
    /// let mut data = b"123".to_vec();
    /// let mut mv = ViewMut::new(&mut data)?;
    /// mv.copy_within((.., -1), ..)?;   // mv[:] = mv[::-1]
    /// assert_eq!(data, b"321");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn copy_within(&mut self, src: impl Into<Slice>, dst: impl Into<Slice>) -> Result<()> {
        // Python evaluates the right-hand side, `mv[src]`, first.
        let src = self.layout.sliced_first(&src.into())?;
        check_slice_target(&self.layout)?;
        let dest = self.layout.sliced(0, &dst.into())?;
        check_same_structure(&dest, &src)?;
        // Copy out first: the two parts may share bytes.
        let items = gather(self.bytes, &src, Order::C)?;
        scatter(self.bytes, &dest, &items);
        Ok(())
    }
}

/// CPython's checks on the left-hand side of `mv[key] = v` for a slice key.
fn check_slice_target(layout: &Layout) -> Result<()> {
    // Only the format string is checked: the copy never reads an item.
    item_char(layout.format())?;
    layout.require_1d(|| {
        Error::not_implemented("memoryview slice assignments are currently restricted to ndim = 1")
    })
}

/// CPython's `equiv_structure`: formats equal after one leading `@`, equal
/// item sizes, and equivalent shapes.
fn check_same_structure(dest: &Layout, src: &Layout) -> Result<()> {
    let same_format =
        strip_at(dest.format()) == strip_at(src.format()) && dest.itemsize() == src.itemsize();
    if same_format && dest.same_shape_as(src) {
        Ok(())
    } else {
        Err(Error::value_error(
            "memoryview assignment: lvalue and rvalue have different structures",
        ))
    }
}
