//! Rust's own containers as exporters: `[T]`, `[T; N]`, `Vec<T>` and
//! `Box<[T]>` of the native number types lend their items with the format
//! of `T`, as `array.array` lends its own.

use super::Exporter;
use crate::error::{Error, Result};
use crate::formats::ItemFormat;
use crate::shape::Layout;

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
