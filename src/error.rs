//! Errors: every failure is a value that names the Python exception it stands for.
//!
//! CPython raises an exception; memview returns `Err(Error)`. The error's
//! `Display` is CPython's own message, so a program can print the same text
//! Python would. The alternate form `{:#}` prints the last line of Python's
//! traceback, exception name first.
//!
//! ```
//! use memview::{PyException, View};
//!
//! let data = b"abc";
//! let view = View::new(data)?;
//! let err = view.get(3).unwrap_err(); // memoryview(b'abc')[3]
//! assert_eq!(err.exception(), PyException::IndexError);
//! assert_eq!(err.to_string(), "index out of bounds on dimension 1");
//! assert_eq!(format!("{err:#}"), "IndexError: index out of bounds on dimension 1");
//! # Ok::<(), memview::Error>(())
//! ```
//!
//! The messages CPython gives in more than one place are named constructors
//! at the end of this file, so each is written once.

use std::borrow::Cow;
use std::fmt;

/// The Python exception class an [`Error`] stands for.
///
/// ```
/// use memview::PyException;
/// assert_eq!(PyException::BufferError.to_string(), "BufferError");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PyException {
    /// `TypeError`: an argument of the wrong kind (a read-only view, a bad key).
    TypeError,
    /// `ValueError`: the right kind of argument with a bad value (a zero step).
    ValueError,
    /// `IndexError`: an index outside the view.
    IndexError,
    /// `NotImplementedError`: something CPython's memoryview does not do.
    NotImplementedError,
    /// `BufferError`: the exporter refused what was asked of it.
    BufferError,
    /// `OverflowError`: a number too large for the machine.
    OverflowError,
    /// `UnicodeEncodeError`: text that is not ASCII where ASCII is needed.
    UnicodeEncodeError,
    /// `MemoryError`: a copy larger than the machine can hold.
    MemoryError,
}

impl PyException {
    /// The exception's name as Python spells it.
    ///
    /// ```
    /// assert_eq!(memview::PyException::IndexError.name(), "IndexError");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            PyException::TypeError => "TypeError",
            PyException::ValueError => "ValueError",
            PyException::IndexError => "IndexError",
            PyException::NotImplementedError => "NotImplementedError",
            PyException::BufferError => "BufferError",
            PyException::OverflowError => "OverflowError",
            PyException::UnicodeEncodeError => "UnicodeEncodeError",
            PyException::MemoryError => "MemoryError",
        }
    }
}

impl fmt::Display for PyException {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A failed memoryview operation: the Python exception it stands for and
/// CPython's message.
///
/// ```
/// use memview::{PyException, ViewMut};
///
/// let mut data = vec![1u8, 2, 3];
/// let mut view = ViewMut::new(&mut data)?;
/// let err = view.set(0, 256).unwrap_err(); // mv[0] = 256
/// assert_eq!(err.exception(), PyException::ValueError);
/// assert_eq!(err.message(), "memoryview: invalid value for format 'B'");
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    exception: PyException,
    message: Cow<'static, str>,
}

impl Error {
    /// An error standing for `exception` with the given message.
    ///
    /// ```
    /// use memview::{Error, PyException};
    /// let err = Error::new(PyException::ValueError, "slice step cannot be zero");
    /// assert_eq!(format!("{err:#}"), "ValueError: slice step cannot be zero");
    /// ```
    pub fn new(exception: PyException, message: impl Into<Cow<'static, str>>) -> Error {
        Error {
            exception,
            message: message.into(),
        }
    }

    /// The Python exception this error stands for.
    ///
    /// ```
    /// use memview::{Error, PyException};
    /// let err = Error::new(PyException::TypeError, "x");
    /// assert_eq!(err.exception(), PyException::TypeError);
    /// ```
    pub fn exception(&self) -> PyException {
        self.exception
    }

    /// The message, exactly as CPython words it where CPython has one.
    ///
    /// ```
    /// use memview::{Error, PyException};
    /// let err = Error::new(PyException::TypeError, "cannot modify read-only memory");
    /// assert_eq!(err.message(), "cannot modify read-only memory");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// `BufferError: Object is not writable.`: what a read-only exporter
    /// answers to a request for a writable view (CPython's `PyBuffer_FillInfo`).
    ///
    /// ```
    /// let err = memview::Error::not_writable();
    /// assert_eq!(format!("{err:#}"), "BufferError: Object is not writable.");
    /// ```
    pub fn not_writable() -> Error {
        Error::buffer_error("Object is not writable.")
    }

    pub(crate) fn type_error(message: impl Into<Cow<'static, str>>) -> Error {
        Error::new(PyException::TypeError, message)
    }

    pub(crate) fn value_error(message: impl Into<Cow<'static, str>>) -> Error {
        Error::new(PyException::ValueError, message)
    }

    pub(crate) fn not_implemented(message: impl Into<Cow<'static, str>>) -> Error {
        Error::new(PyException::NotImplementedError, message)
    }

    pub(crate) fn buffer_error(message: impl Into<Cow<'static, str>>) -> Error {
        Error::new(PyException::BufferError, message)
    }

    pub(crate) fn overflow(message: &'static str) -> Error {
        Error::new(PyException::OverflowError, message)
    }
}

/// CPython's messages that more than one operation gives.
impl Error {
    /// Any index, slice or iteration of a 0-dimensional view.
    pub(crate) fn zero_dim() -> Error {
        Error::type_error("invalid indexing of 0-dim memory")
    }

    /// Reading `mv[i]` or iterating an N-D view (`memory_item`, `memory_iter`).
    pub(crate) fn multi_dim_sub_views() -> Error {
        Error::not_implemented("multi-dimensional sub-views are not implemented")
    }

    /// An index tuple shorter than the view's dimensions, or `mv[i] = v`
    /// on an N-D view.
    pub(crate) fn sub_views() -> Error {
        Error::not_implemented("sub-views are not implemented")
    }

    /// `index out of bounds on dimension 2`, counting dimensions from 1.
    pub(crate) fn out_of_bounds(dim: usize) -> Error {
        Error::new(
            PyException::IndexError,
            format!("index out of bounds on dimension {}", dim + 1),
        )
    }

    /// A slice with step 0 (`PySlice_Unpack`).
    pub(crate) fn zero_step() -> Error {
        Error::value_error("slice step cannot be zero")
    }

    /// A format memoryview cannot index: not one character after an
    /// optional `@` (`adjust_fmt`).
    pub(crate) fn unsupported_format(format: &str) -> Error {
        Error::not_implemented(format!("memoryview: unsupported format {format}"))
    }

    /// One character memoryview does not know (`unpack_single`).
    pub(crate) fn format_not_supported(code: char) -> Error {
        Error::not_implemented(format!("memoryview: format {code} not supported"))
    }

    /// Asking for the bytes of a view that are not back to back in C order.
    pub(crate) fn not_c_contiguous() -> Error {
        Error::buffer_error("memoryview: underlying buffer is not C-contiguous")
    }

    /// Too many dimensions (`PyBUF_MAX_NDIM`).
    pub(crate) fn too_many_dims() -> Error {
        Error::value_error("memoryview: number of dimensions must not exceed 64")
    }

    /// A copy the machine cannot hold.
    pub(crate) fn out_of_memory(bytes: usize) -> Error {
        Error::new(
            PyException::MemoryError,
            format!("memview: cannot allocate {bytes} bytes"),
        )
    }
}

/// `{}` prints CPython's message; `{:#}` prints `Exception: message`, the last
/// line of a Python traceback.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            f.pad(&format!("{}: {}", self.exception, self.message))
        } else {
            f.pad(&self.message)
        }
    }
}

impl std::error::Error for Error {}

/// The result of a memoryview operation.
///
/// ```
/// fn first(data: &[u8]) -> memview::Result<memview::Value> {
///     memview::View::new(data)?.get(0) // memoryview(data)[0]
/// }
/// assert!(first(b"").is_err());
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;
