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
//! exporters, as in Python: text is not bytes until it is encoded.

use crate::error::{Error, Result};
use crate::format::ItemFormat;
use crate::layout::Layout;
use crate::view::{View, ViewMut};

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
        Ok(Layout::bytes(self.bytes().len()))
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
}

mod sealed {
    pub trait Sealed {}
}

macro_rules! elements {
    ($($t:ty => $format:ident),* $(,)?) => {$(
        impl sealed::Sealed for $t {}
        impl Element for $t {
            const FORMAT: ItemFormat = ItemFormat::$format;
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

elements! {
    u8 => UnsignedChar, i8 => SignedChar,
    u16 => UnsignedShort, i16 => Short,
    u32 => UnsignedInt, i32 => Int,
    u64 => UnsignedLongLong, i64 => LongLong,
    usize => Size, isize => SSize,
    f32 => Float, f64 => Double,
}

impl sealed::Sealed for bool {}

/// `bool` exports format `?` for reading only: a writer could store a byte
/// other than 0 or 1, which is not a valid Rust `bool`.
impl Element for bool {
    const FORMAT: ItemFormat = ItemFormat::Bool;
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
        Ok(Layout::contiguous_unchecked(
            T::FORMAT.as_str(),
            T::FORMAT.size(),
            &[self.len()],
        ))
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
        }
    )*};
}

forward_to_slice! {
    [T: Element, const N: usize] [T; N];
    [T: Element] Vec<T>;
    [T: Element] Box<[T]>;
}

/// A view is an exporter too: it lends the same bytes through its own
/// layout, as `memoryview(mv)` makes a new view of what `mv` shows. This is
/// how a view is the source of a slice assignment (`mv[0:2] = other[::2]`)
/// or is compared with [`eq_exporter`](crate::ViewOf::eq_exporter).
///
/// ```
/// use memview::{View, ViewMut};
/// let data = b"abcdef";
/// let evens = View::new(data)?.slice((.., 2))?;  // other = memoryview(b'abcdef')[::2]
/// let again = View::new(&evens)?;                  // memoryview(other)
/// assert_eq!((again.strides(), again.to_bytes()?), (&[2][..], b"ace".to_vec().into()));
/// let mut target = vec![0u8; 3];
/// ViewMut::new(&mut target)?.set_slice(.., &evens)?; // mv[:] = other
/// assert_eq!(target, b"ace");
/// # Ok::<(), memview::Error>(())
/// ```
impl Exporter for View<'_> {
    fn layout(&self) -> Result<Layout> {
        Ok(self.layout.clone())
    }

    fn bytes(&self) -> &[u8] {
        self.bytes
    }

    /// A read-only view refuses to lend its bytes for writing, with the
    /// message CPython's memoryview gives.
    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        Err(Error::buffer_error(
            "memoryview: underlying buffer is not writable",
        ))
    }
}

/// A writable view lends its bytes for writing as well: `ViewMut::new(&mut
/// view)` is a writable `memoryview(mv)`.
impl Exporter for ViewMut<'_> {
    fn layout(&self) -> Result<Layout> {
        Ok(self.layout.clone())
    }

    fn bytes(&self) -> &[u8] {
        self.bytes
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        Ok(self.bytes)
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
