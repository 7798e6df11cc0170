//! Rust memory lent to CPython: the two buffer slots of `RustBuffer`.
//!
//! One of the two modules of this crate allowed `unsafe` (the other is
//! `borrow.rs`). CPython asks for a buffer with `PyObject_GetBuffer(obj,
//! view, flags)`; PyO3 calls [`RustBuffer::__getbuffer__`] with the
//! `Py_buffer` to fill in, and [`RustBuffer::__releasebuffer__`] when the
//! consumer is done. What goes into the `Py_buffer` is decided by safe code
//! ([`answer`]); the `unsafe` blocks only write it down and take it back.
//!
//! The invariants the compiler cannot check (the book's chapter "Meeting
//! real Python" states them too):
//! 1. `buf` points into `RustBuffer::data`, which neither moves nor shrinks
//!    while `exports > 0` (`append`, the only method that reallocates,
//!    refuses then) and is not freed while `view.obj` holds a reference to
//!    the `RustBuffer`.
//! 2. The layout fits the bytes: [`answer`] makes a memview `View` of them,
//!    which checks every item the layout reaches lies inside `data`.
//! 3. Python writes through `buf` only while Python code runs; no Rust
//!    method of `RustBuffer` calls into Python while it holds `&self.data`
//!    or `&mut self.data`.

#![allow(unsafe_code)]

use std::ffi::{CString, c_int, c_void};
use std::ptr;

use memview::{Layout, View};
use pyo3::exceptions::PyBufferError;
use pyo3::ffi;
use pyo3::prelude::*;

use crate::convert::OrRaise;
use crate::rust_buffer::RustBuffer;

/// What CPython is given, decided by safe code before any pointer is written.
#[derive(Debug, PartialEq)]
struct Answer {
    /// Byte offset of item `[0, ..., 0]` in `data`.
    offset: usize,
    /// `len`: the bytes the items take, `product(shape) * itemsize`.
    len: usize,
    itemsize: usize,
    readonly: bool,
    /// `Some` if the consumer asked for the format (`PyBUF_FORMAT`).
    format: Option<CString>,
    /// `ndim`: 1 when the consumer asked for no shape.
    ndim: usize,
    /// `Some` if the consumer asked for the shape (`PyBUF_ND`).
    shape: Option<Vec<isize>>,
    /// `Some` if the consumer asked for strides (`PyBUF_STRIDES`).
    strides: Option<Vec<isize>>,
}

/// The answer to a request with `flags` for bytes laid out by `layout`,
/// following the rules of PEP 3118 (and CPython's own exporters): a
/// consumer that asks for no strides, or for contiguous memory, gets it or a
/// `BufferError`; a writable request to a read-only exporter is refused.
fn answer(flags: c_int, layout: &Layout, readonly: bool) -> Result<Answer, PyErr> {
    let asks = |flag: c_int| flags & flag == flag;
    if asks(ffi::PyBUF_WRITABLE) && readonly {
        return Err(memview::Error::not_writable()).or_raise();
    }
    let contiguity = [
        (
            ffi::PyBUF_C_CONTIGUOUS,
            layout.c_contiguous(),
            "C-contiguous",
        ),
        (
            ffi::PyBUF_F_CONTIGUOUS,
            layout.f_contiguous(),
            "Fortran contiguous",
        ),
        (ffi::PyBUF_ANY_CONTIGUOUS, layout.contiguous(), "contiguous"),
        // No strides: the consumer will walk the bytes in C order.
        (
            ffi::PyBUF_SIMPLE,
            asks(ffi::PyBUF_STRIDES) || layout.c_contiguous(),
            "C-contiguous",
        ),
    ];
    for (flag, has, what) in contiguity {
        if asks(flag) && !has {
            return Err(PyBufferError::new_err(format!("RustBuffer is not {what}")));
        }
    }
    let format =
        match asks(ffi::PyBUF_FORMAT) {
            true => Some(CString::new(layout.format()).map_err(|_| {
                PyBufferError::new_err("RustBuffer: the format holds a NUL character")
            })?),
            false => None,
        };
    let dims = |values: &[isize]| Some(values.to_vec());
    let shape: Vec<isize> = layout.shape().iter().map(|&n| n as isize).collect();
    Ok(Answer {
        offset: layout.offset(),
        len: layout.nbytes(),
        itemsize: layout.itemsize(),
        readonly,
        format,
        ndim: if asks(ffi::PyBUF_ND) {
            layout.ndim()
        } else {
            1
        },
        shape: if asks(ffi::PyBUF_ND) {
            dims(&shape)
        } else {
            None
        },
        strides: if asks(ffi::PyBUF_STRIDES) {
            dims(layout.strides())
        } else {
            None
        },
    })
}

/// What a filled `Py_buffer` owns until it is released: the format string
/// and the shape and strides arrays its pointers point into (`None` for
/// those the consumer did not ask for: their pointers are NULL). It travels
/// in `Py_buffer.internal`.
struct Owned {
    format: Option<CString>,
    shape: Option<Vec<ffi::Py_ssize_t>>,
    strides: Option<Vec<ffi::Py_ssize_t>>,
}

#[pymethods]
impl RustBuffer {
    /// CPython's `getbufferproc`: fills `view` so that it describes `data`
    /// through `layout`, or raises `BufferError` and sets `view.obj` to NULL.
    ///
    /// ```python
    /// >>> memoryview(memview.RustBuffer('i', [1, 2])).strides   # PyObject_GetBuffer
    /// (4,)
    /// ```
    ///
    /// # Safety
    /// `view` points to a `Py_buffer` CPython gives us to fill (PyO3's slot
    /// contract; CPython never passes NULL to this slot).
    unsafe fn __getbuffer__(
        slf: Bound<'_, Self>,
        view: *mut ffi::Py_buffer,
        flags: c_int,
    ) -> PyResult<()> {
        let decided = {
            let mut this = slf.borrow_mut();
            // The memview view checks that every item lies inside `data`
            // (invariant 2) before any pointer leaves Rust.
            View::new(&*this)
                .or_raise()
                .and_then(|_| answer(flags, &this.layout, this.readonly))
                .map(|answer| {
                    this.exports += 1;
                    // Pointer arithmetic only, no access: `offset <= len`.
                    let buf = this.data.as_mut_ptr().wrapping_add(answer.offset);
                    (answer, buf)
                })
        };
        let (answer, buf) = match decided {
            Ok(decided) => decided,
            Err(err) => {
                // SAFETY: `view` is the valid, writable `Py_buffer` CPython
                // handed us (this function's contract); on failure the
                // protocol wants its `obj` NULL.
                unsafe { (*view).obj = ptr::null_mut() };
                return Err(err);
            }
        };
        let mut owned = Box::new(Owned {
            format: answer.format,
            shape: answer.shape,
            strides: answer.strides,
        });
        let shape = owned
            .shape
            .as_mut()
            .map_or(ptr::null_mut(), |v| v.as_mut_ptr());
        let strides = owned
            .strides
            .as_mut()
            .map_or(ptr::null_mut(), |v| v.as_mut_ptr());
        let format = owned
            .format
            .as_ref()
            .map_or(ptr::null_mut(), |f| f.as_ptr().cast_mut());
        // ANCHOR: getbuffer
        // SAFETY: `view` is the valid, writable `Py_buffer` CPython handed us.
        // `buf` stays valid while `obj` (a new reference to this RustBuffer)
        // lives and `exports > 0` (invariants 1 and 2). `format`, `shape` and
        // `strides` are NULL or point into the heap arrays of `owned`, which
        // moves into `internal` without moving them and is freed only by
        // `__releasebuffer__`.
        unsafe {
            let v = &mut *view;
            v.obj = slf.into_any().into_ptr();
            v.buf = buf.cast::<c_void>();
            v.len = answer.len as ffi::Py_ssize_t;
            v.itemsize = answer.itemsize as ffi::Py_ssize_t;
            v.readonly = c_int::from(answer.readonly);
            v.ndim = answer.ndim as c_int;
            v.format = format;
            v.shape = shape;
            v.strides = strides;
            v.suboffsets = ptr::null_mut();
            v.internal = Box::into_raw(owned).cast::<c_void>();
        }
        // ANCHOR_END: getbuffer
        Ok(())
    }

    // ANCHOR: releasebuffer
    /// CPython's `releasebufferproc`: the consumer is done with `view`.
    ///
    /// ```python
    /// >>> rb = memview.RustBuffer('B', b'ab')
    /// >>> memoryview(rb).release()                  # PyBuffer_Release
    /// >>> rb.exports
    /// 0
    /// ```
    ///
    /// # Safety
    /// `view` is a `Py_buffer` that `__getbuffer__` filled, released once
    /// (PyO3's slot contract: CPython calls this once per successful
    /// `__getbuffer__`, and only then).
    unsafe fn __releasebuffer__(&mut self, view: *mut ffi::Py_buffer) {
        self.exports -= 1;
        // SAFETY: `internal` holds the `Box<Owned>` that `__getbuffer__` put
        // there with `Box::into_raw`, and this runs once per such buffer, so
        // the box is taken back exactly once.
        drop(unsafe { Box::from_raw((*view).internal.cast::<Owned>()) });
    }
    // ANCHOR_END: releasebuffer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(shape: &[usize], strides: &[isize]) -> Layout {
        Layout::strided("i", 4, shape, strides, 0).unwrap()
    }

    #[test]
    fn full_request_gets_everything() {
        let a = answer(ffi::PyBUF_FULL_RO, &layout(&[2, 3], &[12, 4]), false).unwrap();
        assert_eq!(a.format.as_deref(), Some(c"i"));
        assert_eq!((a.ndim, a.len, a.itemsize), (2, 24, 4));
        assert_eq!((a.shape, a.strides), (Some(vec![2, 3]), Some(vec![12, 4])));
    }

    #[test]
    fn simple_request_gets_plain_bytes_or_an_error() {
        let c = answer(ffi::PyBUF_SIMPLE, &layout(&[2, 3], &[12, 4]), false).unwrap();
        assert_eq!(
            (c.ndim, c.format, c.shape, c.strides),
            (1, None, None, None)
        );
        let fortran = layout(&[2, 3], &[4, 8]);
        let err = answer(ffi::PyBUF_SIMPLE, &fortran, false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "BufferError: RustBuffer is not C-contiguous"
        );
        assert!(answer(ffi::PyBUF_F_CONTIGUOUS, &fortran, false).is_ok());
        assert!(answer(ffi::PyBUF_C_CONTIGUOUS, &fortran, false).is_err());
        assert!(answer(ffi::PyBUF_ANY_CONTIGUOUS, &fortran, false).is_ok());
        let gappy = layout(&[2], &[8]);
        let err = answer(ffi::PyBUF_ANY_CONTIGUOUS, &gappy, false).unwrap_err();
        assert_eq!(err.to_string(), "BufferError: RustBuffer is not contiguous");
        assert!(answer(ffi::PyBUF_STRIDES, &gappy, false).is_ok());
    }

    #[test]
    fn read_only_refuses_writers_with_cpythons_message() {
        let err = answer(ffi::PyBUF_WRITABLE, &layout(&[1], &[4]), true).unwrap_err();
        assert_eq!(err.to_string(), "BufferError: Object is not writable.");
        assert!(
            answer(ffi::PyBUF_FULL_RO, &layout(&[1], &[4]), true)
                .unwrap()
                .readonly
        );
    }
}
