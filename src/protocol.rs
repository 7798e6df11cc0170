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

use crate::error::{Error, PyException, Result};
use crate::formats::ItemFormat;
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

/// The native number types whose slices, arrays and vectors are exporters,
/// each with its struct format. Sealed: implement [`Exporter`] for your own
/// types instead.
///
/// ```
/// use memview::Element;
/// assert_eq!(<i32 as Element>::FORMAT.as_str(), "i");
/// assert_eq!(<f64 as Element>::FORMAT.as_str(), "d");
/// ```
pub trait Element: bytemuck::NoUninit + sealed::Sealed {
    /// The struct format an item of this type has.
    const FORMAT: ItemFormat;

    /// The items' bytes for writing, or a refusal if some byte patterns
    /// are not valid items (only `bool`).
    #[doc(hidden)]
    fn bytes_of_mut(items: &mut [Self]) -> Result<&mut [u8]>;

    /// The item whose bytes (in the machine's order) are `bytes`; zero if
    /// `bytes` is not exactly one item long.
    #[doc(hidden)]
    fn read(bytes: &[u8]) -> Self;

    /// The Python type of a container of these items, for messages.
    #[doc(hidden)]
    const CONTAINER: &'static str;
}

mod sealed {
    pub trait Sealed {}
}

macro_rules! elements {
    ($($t:ty => $format:ident in $container:literal),* $(,)?) => {$(
        impl sealed::Sealed for $t {}
        impl Element for $t {
            const FORMAT: ItemFormat = ItemFormat::$format;
            const CONTAINER: &'static str = $container;
            fn bytes_of_mut(items: &mut [Self]) -> Result<&mut [u8]> {
                Ok(bytemuck::cast_slice_mut(items))
            }
            #[inline]
            fn read(bytes: &[u8]) -> Self {
                bytemuck::try_pod_read_unaligned(bytes).unwrap_or_default()
            }
        }
    )*};
}

// Which format each Rust number type exports, and what Python calls a
// writable container of them.
elements! {
    u8 => UnsignedChar in "bytearray", i8 => SignedChar in "array.array",
    u16 => UnsignedShort in "array.array", i16 => Short in "array.array",
    u32 => UnsignedInt in "array.array", i32 => Int in "array.array",
    u64 => UnsignedLongLong in "array.array", i64 => LongLong in "array.array",
    usize => Size in "array.array", isize => SSize in "array.array",
    f32 => Float in "array.array", f64 => Double in "array.array",
}

impl sealed::Sealed for bool {}

/// `bool` exports format `?` for reading only: a writer could store a byte
/// other than 0 or 1, which is not a valid Rust `bool`.
impl Element for bool {
    const FORMAT: ItemFormat = ItemFormat::Bool;
    const CONTAINER: &'static str = "array.array";
    fn bytes_of_mut(_: &mut [Self]) -> Result<&mut [u8]> {
        Err(Error::not_writable())
    }
    /// Any byte but 0 reads as true, as C's `_Bool` and CPython read it.
    fn read(bytes: &[u8]) -> Self {
        bytes.first().is_some_and(|&b| b != 0)
    }
}

impl<T: Element> Exporter for [T] {
    fn layout(&self) -> Result<Layout> {
        Ok(Layout::c_order(
            T::FORMAT.as_str(),
            T::FORMAT.size(),
            &[self.len()],
        ))
    }

    fn type_name(&self) -> &'static str {
        T::CONTAINER
    }

    fn bytes(&self) -> &[u8] {
        bytemuck::cast_slice(self)
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        T::bytes_of_mut(self)
    }
}

macro_rules! forward_to_slice {
    ($($(#[$doc:meta])* [$($generics:tt)*] $t:ty;)*) => {$(
        $(#[$doc])*
        impl<$($generics)*> Exporter for $t {
            fn layout(&self) -> Result<Layout> {
                self[..].layout()
            }
            fn bytes(&self) -> &[u8] {
                self[..].bytes()
            }
            fn bytes_mut(&mut self) -> Result<&mut [u8]> {
                self[..].bytes_mut()
            }
            fn type_name(&self) -> &'static str {
                T::CONTAINER
            }
        }
    )*};
}

forward_to_slice! {
    [T: Element, const N: usize] [T; N];
    [T: Element] Vec<T>;
    [T: Element] Box<[T]>;
}

/// A shared reference lends for reading only: `View::new` of `&exporter`
/// sees its bytes, `ViewMut::new` of it is refused, as a `bytes` object
/// refuses (`BufferError: Object is not writable.`).
///
/// ```
/// use memview::{Lent, Layout, View, ViewMut};
/// let data = vec![1u8, 2, 3, 4];
/// let mut pairs = Lent::new(&data, Layout::new("H", &[2])?);
/// assert_eq!(View::new(&pairs)?.len(), 2);
/// assert!(ViewMut::new(&mut pairs).is_err());
/// # Ok::<(), memview::Error>(())
/// ```
impl<E: Exporter + ?Sized> Exporter for &E {
    fn layout(&self) -> Result<Layout> {
        (**self).layout()
    }

    fn bytes(&self) -> &[u8] {
        (**self).bytes()
    }

    fn type_name(&self) -> &'static str {
        (**self).type_name()
    }

    fn unhashable(&self, lent_for_writing: bool) -> Option<Unhashable> {
        (**self).unhashable(lent_for_writing)
    }
}

/// A mutable reference lends whatever the exporter lends, writing included.
///
/// ```
/// use memview::{Lent, Layout, ViewMut};
/// let mut data = vec![0u8; 4];
/// let mut pairs = Lent::new(&mut data, Layout::new("H", &[2])?);
/// ViewMut::new(&mut pairs)?.set(1, 0xffff)?;
/// assert_eq!(data, [0, 0, 255, 255]);
/// # Ok::<(), memview::Error>(())
/// ```
impl<E: Exporter + ?Sized> Exporter for &mut E {
    fn layout(&self) -> Result<Layout> {
        (**self).layout()
    }

    fn bytes(&self) -> &[u8] {
        (**self).bytes()
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        (**self).bytes_mut()
    }

    fn type_name(&self) -> &'static str {
        (**self).type_name()
    }

    fn unhashable(&self, lent_for_writing: bool) -> Option<Unhashable> {
        (**self).unhashable(lent_for_writing)
    }
}

/// An exporter's bytes, lent through a layout of your choosing: a
/// `Py_buffer` filled in by hand. Whether the layout fits the bytes is
/// checked when a view is made, as for every exporter.
///
/// The exporter may be owned (`Vec<u8>`) or borrowed (`&data` lends for
/// reading, `&mut data` for writing too).
///
/// ```
/// use memview::{Lent, Layout, View};
/// // ndarray's `a.T` of a 2×3 grid: the same six bytes, read column by column.
/// let grid = Lent::new(b"abcdef".to_vec(), Layout::strided("B", 1, &[3, 2], &[1, 3], 0)?);
/// assert_eq!(View::new(&grid)?.to_list()?.to_string(), "[[97, 100], [98, 101], [99, 102]]");
/// let outside = Lent::new(vec![0u8; 4], Layout::new("i", &[2])?);
/// assert!(View::new(&outside).is_err()); // 8 bytes of items in 4 bytes
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Lent<E> {
    exporter: E,
    layout: Layout,
}

impl<E: Exporter> Lent<E> {
    /// Lends the bytes of `exporter` through `layout`.
    ///
    /// ```
    /// use memview::{Lent, Layout, View};
    /// let lent = Lent::new(vec![7u8; 6], Layout::new("B", &[2, 3])?);
    /// assert_eq!(View::new(&lent)?.shape(), &[2, 3]);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn new(exporter: E, layout: Layout) -> Lent<E> {
        Lent { exporter, layout }
    }

    /// Gives the exporter back.
    ///
    /// ```
    /// use memview::{Lent, Layout};
    /// let lent = Lent::new(vec![1u8, 2], Layout::for_bytes(2));
    /// assert_eq!(lent.into_inner(), [1, 2]);
    /// ```
    pub fn into_inner(self) -> E {
        self.exporter
    }
}

impl<E: Exporter> Exporter for Lent<E> {
    fn layout(&self) -> Result<Layout> {
        Ok(self.layout.clone())
    }

    fn bytes(&self) -> &[u8] {
        self.exporter.bytes()
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        self.exporter.bytes_mut()
    }

    fn type_name(&self) -> &'static str {
        self.exporter.type_name()
    }

    fn unhashable(&self, lent_for_writing: bool) -> Option<Unhashable> {
        self.exporter.unhashable(lent_for_writing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containers_export_their_native_format() {
        assert_eq!(vec![1i32, 2].layout().unwrap().format(), "i");
        assert_eq!([1u16; 3].layout().unwrap().shape(), &[3]);
        let boxed: Box<[f32]> = vec![1.0].into_boxed_slice();
        assert_eq!(boxed.layout().unwrap().strides(), &[4]);
        assert_eq!(boxed.bytes(), 1.0f32.to_ne_bytes());
        assert_eq!(vec![true].layout().unwrap().format(), "?");
        assert!(vec![true].bytes_mut().is_err());
        assert_eq!(vec![7i8].bytes_mut().unwrap(), &mut [7]);
    }
}
