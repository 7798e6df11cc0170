//! The exporter protocol: how a type lends its memory (the buffer protocol).
//!
//! In CPython a type supports the buffer protocol by filling in a
//! `Py_buffer`: a pointer to its bytes plus a layout (format, itemsize, shape,
//! strides). A consumer asks for it with `PyObject_GetBuffer(obj, flags)`, and
//! may ask for a *writable* buffer, which a read-only exporter such as `bytes`
//! refuses with `BufferError: Object is not writable.`
//!
//! In Rust, [`Exporter`] is that protocol:
//!
//! | CPython                       | memview                                 |
//! |-------------------------------|-----------------------------------------|
//! | `buf`, `len`                  | [`Exporter::bytes`]                     |
//! | format, itemsize, shape, strides | [`Exporter::layout`]                 |
//! | `PyBUF_WRITABLE` request      | [`Exporter::bytes_mut`]                 |
//! | `releasebuffer`, export count | the borrow ends (the borrow checker counts) |
//!
//! Byte containers (`[u8]`, `[u8; N]`, `Vec<u8>`, `Box<[u8]>`) export format
//! `B`, like `bytes` and `bytearray`. Slices, arrays, vectors and boxes of the
//! other native number types export their own format (`Vec<i32>` is `i`,
//! `Vec<f64>` is `d`), like `array.array`. `str` and `String` are not
//! exporters, as in Python: text is not bytes until it is encoded. A shared
//! reference to an exporter lends its bytes for reading only, a mutable one
//! for writing too; [`Lent`] lends any exporter's bytes through a layout of
//! your choosing.

pub mod elements;
pub mod lent;

pub use elements::Element;
pub use lent::Lent;

use crate::error::{Error, PyException, Result};
use crate::shape::Layout;

/// A type that lends its bytes and says how to read them.
///
/// Implement [`bytes`](Exporter::bytes) and, when the bytes are not plain 1-D
/// `B` items, [`layout`](Exporter::layout). Implement
/// [`bytes_mut`](Exporter::bytes_mut) only if writers are welcome: by default
/// a writable view is refused at run time, as `bytes` refuses it.
///
/// ```
/// use memview::{Exporter, Layout, Result, View, ViewMut};
///
/// /// A tiny 2×2 RGB image: rows, columns, channels.
/// struct Image { pixels: [u8; 12] }
///
/// impl Exporter for Image {
///     fn layout(&self) -> Result<Layout> { Layout::new("B", &[2, 2, 3]) }
///     fn bytes(&self) -> &[u8] { &self.pixels }
///     fn bytes_mut(&mut self) -> Result<&mut [u8]> { Ok(&mut self.pixels) }
/// }
///
/// let mut img = Image { pixels: [0; 12] };
/// let mut view = ViewMut::new(&mut img)?;
/// view.set_at(&[1, 0, 2], 255)?; // blue channel of the pixel at row 1, column 0
/// assert_eq!(view.shape(), &[2, 2, 3]);
/// assert_eq!(img.pixels[8], 255);
/// # Ok::<(), memview::Error>(())
/// ```
pub trait Exporter {
    /// How the bytes are read: format, item size, shape, strides, offset.
    /// The default is plain bytes: format `B`, one dimension.
    ///
    /// ```
    /// use memview::Exporter;
    /// let layout = vec![1.5f64, 2.5].layout()?;
    /// assert_eq!((layout.format(), layout.shape()), ("d", &[2][..]));
    /// # Ok::<(), memview::Error>(())
    /// ```
    fn layout(&self) -> Result<Layout> {
        Ok(Layout::for_bytes(self.bytes().len()))
    }

    /// The bytes, lent for reading.
    ///
    /// ```
    /// use memview::Exporter;
    /// assert_eq!(vec![1u16, 2].bytes(), &1u16.to_ne_bytes().into_iter().chain(2u16.to_ne_bytes()).collect::<Vec<_>>()[..]);
    /// ```
    fn bytes(&self) -> &[u8];

    /// The bytes, lent for writing. The default refuses, with CPython's
    /// `BufferError: Object is not writable.`
    ///
    /// ```
    /// use memview::Exporter;
    /// let mut flags = [true, false];
    /// let err = flags.bytes_mut().unwrap_err(); // any byte but 0 or 1 would break a bool
    /// assert_eq!(format!("{err:#}"), "BufferError: Object is not writable.");
    /// ```
    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        Err(Error::not_writable())
    }

    /// The name of the exporter's type as Python's messages name it:
    /// `bytearray` for byte containers, `array.array` for containers of
    /// other numbers, and the Rust type's name by default.
    ///
    /// ```
    /// use memview::Exporter;
    /// assert_eq!(vec![1u8].type_name(), "bytearray");
    /// assert_eq!(vec![1.5f64].type_name(), "array.array");
    /// struct Pixels;
    /// impl Exporter for Pixels {
    ///     fn bytes(&self) -> &[u8] { &[] }
    /// }
    /// assert!(Pixels.type_name().ends_with("Pixels"));
    /// ```
    fn type_name(&self) -> &'static str {
        std::any::type_name::<Self>()
    }

    /// How Python's `hash(obj)` refuses the exporter, given whether it lent
    /// its bytes for writing; `None` if it hashes. CPython hashes a
    /// read-only view's exporter before the view, so `hash(mv.toreadonly())`
    /// of a `bytearray` is `TypeError: unhashable type: 'bytearray'`. By
    /// default an exporter that lent its bytes for writing is refused as
    /// Python refuses a mutable type, naming
    /// [`type_name`](Exporter::type_name); one lent only for reading cannot
    /// change while it is viewed (it is borrowed), so it hashes.
    ///
    /// ```
    /// use memview::{Exporter, PyException, Unhashable};
    /// assert_eq!(vec![1u8].unhashable(true), Some(Unhashable::Type("bytearray")));
    /// assert_eq!(vec![1u8].unhashable(false), None);
    /// struct Frame(Vec<u8>);
    /// impl Exporter for Frame {
    ///     fn bytes(&self) -> &[u8] { &self.0 }
    ///     fn unhashable(&self, _lent_for_writing: bool) -> Option<Unhashable> {
    ///         Some(Unhashable::Says(PyException::ValueError, "cannot hash a frame"))
    ///     }
    /// }
    /// assert!(Frame(vec![]).unhashable(false).is_some());
    /// ```
    fn unhashable(&self, lent_for_writing: bool) -> Option<Unhashable> {
        lent_for_writing.then(|| Unhashable::Type(self.type_name()))
    }
}

/// Why Python's `hash(obj)` refuses an exporter: see
/// [`Exporter::unhashable`].
///
/// ```
/// use memview::{PyException, Unhashable};
/// let err = Unhashable::Type("bytearray").to_error();
/// assert_eq!(format!("{err:#}"), "TypeError: unhashable type: 'bytearray'");
/// let err = Unhashable::Says(PyException::TypeError, "unhashable type").to_error();
/// assert_eq!(format!("{err:#}"), "TypeError: unhashable type"); // what ctypes says
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unhashable {
    /// `TypeError: unhashable type: 'NAME'`, Python's words for a mutable
    /// type (`bytearray`, `array.array`).
    Type(&'static str),
    /// Another refusal, in the type's own words
    /// (`ValueError: cannot hash writable ndarray object`).
    Says(PyException, &'static str),
}

impl Unhashable {
    /// The error `hash(obj)` raises.
    ///
    /// ```
    /// use memview::{PyException, Unhashable};
    /// assert_eq!(Unhashable::Type("x").to_error().exception(), PyException::TypeError);
    /// ```
    pub fn to_error(self) -> Error {
        match self {
            Unhashable::Type(name) => Error::type_error(format!("unhashable type: '{name}'")),
            Unhashable::Says(exception, message) => Error::new(exception, message),
        }
    }
}
