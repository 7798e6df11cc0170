//! CPython's memory viewed by memview: a held `Py_buffer` as an [`Exporter`].
//!
//! One of the two modules of this crate allowed `unsafe` (the other is
//! `lend.rs`). [`Borrowed::get`] asks any object for its buffer
//! (`PyObject_GetBuffer(obj, PyBUF_FULL_RO)`, through PyO3's
//! `PyUntypedBuffer`) and works out which bytes its shape and strides reach;
//! [`Exporter::bytes`] and [`Exporter::bytes_mut`] lend exactly those bytes
//! as a slice. memview then reads and writes them as it reads a `Vec<u8>`.
//!
//! The invariants the compiler cannot check (the book's chapter "Meeting
//! real Python" states them too):
//! 1. The memory stays where it is while the buffer is held: the exporter
//!    promises it until `PyBuffer_Release`, which runs only when the
//!    `PyUntypedBuffer` is dropped, and a slice borrows the `Borrowed` that
//!    owns it. (A `bytearray` refuses to resize meanwhile.)
//! 2. The slice covers exactly the bytes the exporter's shape and strides
//!    reach ([`span`]), which the exporter promises are its own.
//! 3. Nobody else writes those bytes while a slice of them is alive: the
//!    GIL is held and never released meanwhile, and no Python code runs:
//!    **never call into Python while a slice made here is alive** (build
//!    Python objects only after the memview view is dropped). A `&mut`
//!    slice is made only of a writable buffer, one at a time.

#![allow(unsafe_code)]

use memview::{Exporter, Layout};
use pyo3::buffer::PyUntypedBuffer;
use pyo3::exceptions::PyBufferError;
use pyo3::prelude::*;

use crate::convert::OrRaise;

/// A buffer CPython lent us, with the memview layout of what it holds.
#[derive(Debug)]
pub(crate) struct Borrowed {
    /// Held until dropped: `PyBuffer_Release` runs then.
    buffer: PyUntypedBuffer,
    /// The exporter's format, itemsize, shape and strides; its offset is
    /// where item `[0, ..., 0]` lies in the span.
    layout: Layout,
    /// The bytes the items reach: from `buf - before` for `len` bytes.
    before: usize,
    len: usize,
}

impl Borrowed {
    /// `PyObject_GetBuffer(obj, PyBUF_FULL_RO)`, described for memview.
    ///
    /// # Errors
    /// The exporter's own error (`TypeError: a bytes-like object is
    /// required, not 'str'`), `BufferError` for a layout memview cannot
    /// describe (suboffsets, a format that is not text, a span too large).
    // ANCHOR: get
    pub(crate) fn get(obj: &Bound<'_, PyAny>) -> PyResult<Borrowed> {
        let buffer = PyUntypedBuffer::get(obj)?;
        if buffer.suboffsets().is_some() {
            return Err(PyBufferError::new_err(
                "memview: buffers with suboffsets are not supported",
            ));
        }
        let format = buffer
            .format()
            .to_str()
            .map_err(|_| PyBufferError::new_err("memview: the format is not UTF-8"))?;
        let (before, len) = span(buffer.item_size(), buffer.shape(), buffer.strides())
            .ok_or_else(|| PyBufferError::new_err("memview: the buffer's span overflows"))?;
        let layout = Layout::strided(
            format.to_owned(),
            buffer.item_size(),
            buffer.shape(),
            buffer.strides(),
            before,
        )
        .or_raise()?;
        // ANCHOR_END: get
        Ok(Borrowed {
            buffer,
            layout,
            before,
            len,
        })
    }

    /// The exporter's format, itemsize, shape and strides, read without
    /// touching the bytes (no slice is made).
    pub(crate) fn layout_ref(&self) -> &Layout {
        &self.layout
    }

    /// Whether the exporter lent its memory for reading only.
    pub(crate) fn readonly(&self) -> bool {
        self.buffer.readonly()
    }

    /// The Python object that lent the buffer (`memoryview.obj`).
    pub(crate) fn obj<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyAny>> {
        self.buffer.obj(py).cloned()
    }
}

/// The bytes that items of `itemsize` at `shape` and `strides` reach, as
/// (bytes before item `[0, ..., 0]`, length): negative strides reach below
/// it. `(0, 0)` when there are no items; `None` on overflow.
fn span(itemsize: usize, shape: &[usize], strides: &[isize]) -> Option<(usize, usize)> {
    if shape.contains(&0) {
        return Some((0, 0));
    }
    let (mut low, mut high) = (0isize, 0isize);
    for (&n, &stride) in shape.iter().zip(strides) {
        let reach = stride.checked_mul(isize::try_from(n - 1).ok()?)?;
        if reach < 0 {
            low = low.checked_add(reach)?;
        } else {
            high = high.checked_add(reach)?;
        }
    }
    let len = high
        .checked_sub(low)?
        .checked_add(isize::try_from(itemsize).ok()?)?;
    Some((low.unsigned_abs(), usize::try_from(len).ok()?))
}

// ANCHOR: slices
impl Exporter for Borrowed {
    fn layout(&self) -> memview::Result<Layout> {
        Ok(self.layout.clone())
    }

    fn bytes(&self) -> &[u8] {
        if self.len == 0 {
            return &[];
        }
        let start = self.buffer.buf_ptr().cast::<u8>().wrapping_sub(self.before);
        // SAFETY: the exporter lent `[buf - before, buf - before + len)`: the
        // bytes its own shape and strides reach (invariant 2), valid until
        // the buffer is released, which cannot happen while `&self` is
        // borrowed (invariant 1); `len > 0`, so the pointer is not dangling.
        // Nothing writes them while the slice lives (invariant 3).
        unsafe { std::slice::from_raw_parts(start, self.len) }
    }

    fn bytes_mut(&mut self) -> memview::Result<&mut [u8]> {
        if self.buffer.readonly() {
            return Err(memview::Error::not_writable());
        }
        if self.len == 0 {
            return Ok(&mut []);
        }
        let start = self.buffer.buf_ptr().cast::<u8>().wrapping_sub(self.before);
        // SAFETY: as in `bytes`; and the exporter said the memory is
        // writable (`readonly == 0`). `&mut self` makes this the only slice
        // of this buffer, and invariant 3 says no other code touches the
        // bytes while it lives.
        Ok(unsafe { std::slice::from_raw_parts_mut(start, self.len) })
    }
}
// ANCHOR_END: slices

#[cfg(test)]
mod tests {
    use super::span;

    #[test]
    fn span_reaches_below_for_negative_strides() {
        assert_eq!(span(4, &[3, 4], &[16, 4]), Some((0, 48)));
        // a[::2, ::-1] of a 3x4 int32 array: rows 0 and 2, columns reversed.
        assert_eq!(span(4, &[2, 4], &[32, -4]), Some((12, 48)));
        assert_eq!(span(1, &[0, 3], &[3, 1]), Some((0, 0)));
        assert_eq!(span(8, &[], &[]), Some((0, 8)));
        assert_eq!(span(1, &[usize::MAX], &[2]), None);
    }
}
