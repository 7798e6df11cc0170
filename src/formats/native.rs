//! The native format characters: one table holds every fact about them.
//!
//! memoryview reads and writes items only for *native single-character*
//! formats, optionally prefixed with `@`: `c b B ? h H i I l L q Q n N e f d P`.
//! Their sizes and alignments are this machine's C ones (`l` is a C `long`:
//! 8 bytes on 64-bit Linux, 4 on Windows). Adding a format is adding a row
//! to the table below; everything else in memview is derived from it.

use crate::error::{Error, Result};
use std::ffi::{c_int, c_long, c_longlong, c_short, c_uint, c_ulong, c_ulonglong, c_ushort};
use std::mem::{align_of, size_of};

/// What kind of value an item holds, which decides how it is packed and
/// unpacked: integers by their size and sign, floats by their size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `c`: a `bytes` object of length 1.
    Char,
    /// `?`: a `bool`; any byte but 0 reads as `True`.
    Bool,
    /// A signed integer (`b h i l q n`).
    Signed,
    /// An unsigned integer (`B H I L Q N`).
    Unsigned,
    /// `P`: an address, unsigned, but a negative number may be written to it
    /// (CPython's `PyLong_AsVoidPtr` takes `-1` as all ones).
    Pointer,
    /// An IEEE 754 float of 2, 4 or 8 bytes (`e f d`).
    Float,
}

macro_rules! native_formats {
    ($(
        $variant:ident $code:literal $c_type:literal,
        size $size:expr, align $align:expr, $kind:ident, standard $standard:expr;
    )*) => {
        /// One of the native single-character formats memoryview can read
        /// and write.
        ///
        /// ```
        /// use memview::ItemFormat;
        ///
        /// let f = ItemFormat::parse("@i").unwrap(); // struct.calcsize('@i')
        /// assert_eq!(f, ItemFormat::Int);
        /// assert_eq!((f.code(), f.size(), f.c_type()), ('i', 4, "int"));
        /// assert_eq!(ItemFormat::parse("<i"), None); // a byte-order prefix is not native
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ItemFormat {
            $(
                #[doc = concat!("`", $code, "`: C `", $c_type, "`.")]
                $variant,
            )*
        }

        impl ItemFormat {
            /// Every native format, in the order of the `struct` module's
            /// table: `c b B ? h H i I l L q Q n N e f d P`.
            ///
            /// ```
            /// use memview::ItemFormat;
            /// let codes: String = ItemFormat::ALL.iter().map(|f| f.code()).collect();
            /// assert_eq!(codes, "cbB?hHiIlLqQnNefdP");
            /// ```
            pub const ALL: [ItemFormat; [$($code),*].len()] = [$(ItemFormat::$variant),*];

            /// The format for a struct code character, if it is a native one.
            ///
            /// ```
            /// use memview::ItemFormat;
            /// assert_eq!(ItemFormat::from_code('d'), Some(ItemFormat::Double));
            /// assert_eq!(ItemFormat::from_code('x'), None);
            /// ```
            pub fn from_code(code: char) -> Option<ItemFormat> {
                match code {
                    $($code => Some(ItemFormat::$variant),)*
                    _ => None,
                }
            }

            /// The struct code character.
            ///
            /// ```
            /// assert_eq!(memview::ItemFormat::Pointer.code(), 'P');
            /// ```
            pub fn code(self) -> char {
                match self {
                    $(ItemFormat::$variant => $code,)*
                }
            }

            /// The C type an item of this format is, as the `struct`
            /// module's documentation names it.
            ///
            /// ```
            /// use memview::ItemFormat;
            /// assert_eq!(ItemFormat::UnsignedShort.c_type(), "unsigned short");
            /// assert_eq!(ItemFormat::Half.c_type(), "(half float)");
            /// ```
            pub fn c_type(self) -> &'static str {
                match self {
                    $(ItemFormat::$variant => $c_type,)*
                }
            }

            /// The size of one item in bytes: this machine's C `sizeof`,
            /// what `struct.calcsize('@' + code)` gives.
            ///
            /// ```
            /// use memview::ItemFormat;
            /// assert_eq!(ItemFormat::Short.size(), 2);
            /// assert_eq!(ItemFormat::Long.size(), std::mem::size_of::<std::ffi::c_long>());
            /// ```
            #[inline]
            pub fn size(self) -> usize {
                match self {
                    $(ItemFormat::$variant => $size,)*
                }
            }

            /// The alignment C gives an item (`_Alignof`), which `struct`
            /// pads to between the fields of a native format (`'@bi'`).
            pub(crate) fn align(self) -> usize {
                match self {
                    $(ItemFormat::$variant => $align,)*
                }
            }

            /// How its bytes are read and written.
            #[inline]
            pub(crate) fn kind(self) -> Kind {
                match self {
                    $(ItemFormat::$variant => Kind::$kind,)*
                }
            }

            /// Its size under a byte-order prefix (`<`, `>`, `!`, `=`), or
            /// `None` for the codes `struct` knows only natively.
            pub(crate) fn standard_size(self) -> Option<usize> {
                match self {
                    $(ItemFormat::$variant => $standard,)*
                }
            }

            /// The format string of one item of this format.
            ///
            /// ```
            /// assert_eq!(memview::ItemFormat::Double.as_str(), "d");
            /// ```
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ItemFormat::$variant => concat!($code),)*
                }
            }

            /// The `@`-prefixed spelling, which `cast("@i")` keeps.
            pub(crate) fn as_at_str(self) -> &'static str {
                match self {
                    $(ItemFormat::$variant => concat!('@', $code),)*
                }
            }
        }
    };
}

native_formats! {
    Char             'c' "char",               size 1, align 1, Char, standard Some(1);
    SignedChar       'b' "signed char",        size 1, align 1, Signed, standard Some(1);
    UnsignedChar     'B' "unsigned char",      size 1, align 1, Unsigned, standard Some(1);
    Bool             '?' "_Bool",              size 1, align 1, Bool, standard Some(1);
    Short            'h' "short",              size size_of::<c_short>(), align align_of::<c_short>(), Signed, standard Some(2);
    UnsignedShort    'H' "unsigned short",     size size_of::<c_ushort>(), align align_of::<c_ushort>(), Unsigned, standard Some(2);
    Int              'i' "int",                size size_of::<c_int>(), align align_of::<c_int>(), Signed, standard Some(4);
    UnsignedInt      'I' "unsigned int",       size size_of::<c_uint>(), align align_of::<c_uint>(), Unsigned, standard Some(4);
    Long             'l' "long",               size size_of::<c_long>(), align align_of::<c_long>(), Signed, standard Some(4);
    UnsignedLong     'L' "unsigned long",      size size_of::<c_ulong>(), align align_of::<c_ulong>(), Unsigned, standard Some(4);
    LongLong         'q' "long long",          size size_of::<c_longlong>(), align align_of::<c_longlong>(), Signed, standard Some(8);
    UnsignedLongLong 'Q' "unsigned long long", size size_of::<c_ulonglong>(), align align_of::<c_ulonglong>(), Unsigned, standard Some(8);
    SSize            'n' "ssize_t",            size size_of::<isize>(), align align_of::<isize>(), Signed, standard None;
    Size             'N' "size_t",             size size_of::<usize>(), align align_of::<usize>(), Unsigned, standard None;
    // CPython aligns a native half float as a C short.
    Half             'e' "(half float)",       size 2, align align_of::<c_short>(), Float, standard Some(2);
    Float            'f' "float",              size size_of::<f32>(), align align_of::<f32>(), Float, standard Some(4);
    Double           'd' "double",             size size_of::<f64>(), align align_of::<f64>(), Float, standard Some(8);
    Pointer          'P' "void *",             size size_of::<usize>(), align align_of::<usize>(), Pointer, standard None;
}

impl ItemFormat {
    /// Parses a native single-character format with an optional `@`, the
    /// only formats memoryview reads and writes.
    ///
    /// ```
    /// use memview::ItemFormat;
    /// assert_eq!(ItemFormat::parse("B"), Some(ItemFormat::UnsignedChar));
    /// assert_eq!(ItemFormat::parse("@B"), Some(ItemFormat::UnsignedChar));
    /// assert_eq!(ItemFormat::parse("BB"), None);
    /// ```
    pub fn parse(format: &str) -> Option<ItemFormat> {
        item_char(format).ok().and_then(ItemFormat::from_code)
    }

    /// The format of a view whose items are to be read or written, or
    /// CPython's `NotImplementedError` for any other format.
    ///
    /// ```
    /// use memview::ItemFormat;
    /// let err = ItemFormat::for_item_access("<i").unwrap_err();
    /// assert_eq!(err.to_string(), "memoryview: unsupported format <i");
    /// let err = ItemFormat::for_item_access("w").unwrap_err();
    /// assert_eq!(err.to_string(), "memoryview: format w not supported");
    /// ```
    pub fn for_item_access(format: &str) -> Result<ItemFormat> {
        item_char(format).and_then(ItemFormat::for_char)
    }

    /// The native format of a character [`item_char`] accepted, or CPython's
    /// `NotImplementedError: memoryview: format w not supported`. CPython
    /// refuses an unknown character only when it reads or writes an item, so
    /// index checks come first and an empty view of it lists as `[]`.
    #[inline]
    pub(crate) fn for_char(code: char) -> Result<ItemFormat> {
        ItemFormat::from_code(code).ok_or_else(|| Error::format_not_supported(code))
    }

    /// Whether this is one of the byte formats `B`, `b` and `c`, the formats
    /// `cast` and hashing treat specially.
    ///
    /// ```
    /// use memview::ItemFormat;
    /// assert!(ItemFormat::Char.is_byte());
    /// assert!(!ItemFormat::Bool.is_byte());
    /// ```
    pub fn is_byte(self) -> bool {
        matches!(
            self,
            ItemFormat::Char | ItemFormat::SignedChar | ItemFormat::UnsignedChar
        )
    }
}

/// A format without its one optional leading `@` (CPython's "explicit form
/// of native format"): `"@i"` and `"i"` are the same format.
pub(crate) fn strip_at(format: &str) -> &str {
    format.strip_prefix('@').unwrap_or(format)
}

/// CPython's `adjust_fmt`, the first check of every item access: the format
/// must be a single character after an optional `@`, or it is
/// `NotImplementedError: memoryview: unsupported format <i`.
#[inline]
pub(crate) fn item_char(format: &str) -> Result<char> {
    let mut chars = strip_at(format).chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Error::unsupported_format(format)),
    }
}

/// The format to read the `count` items of a view with (`tolist`, `iter`):
/// [`item_char`] first, then [`ItemFormat::for_char`], except that a view
/// with no items never reads one, so CPython lists an empty view of an
/// unknown character (`array('u')` exports `w`) as `[]`.
pub(crate) fn for_reading(format: &str, count: usize) -> Result<ItemFormat> {
    let code = item_char(format)?;
    match ItemFormat::for_char(code) {
        // Any format will do: there is nothing to read with it.
        Err(_) if count == 0 => Ok(ItemFormat::UnsignedChar),
        found => found,
    }
}

/// Whether a format string names a byte format (`B`, `b` or `c`, with an
/// optional `@`). `cast` needs one on at least one side; hashing needs one.
pub(crate) fn is_byte_format(format: &str) -> bool {
    ItemFormat::parse(format).is_some_and(ItemFormat::is_byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_round_trips_through_its_code_and_strings() {
        for f in ItemFormat::ALL {
            assert_eq!(ItemFormat::from_code(f.code()), Some(f));
            assert_eq!(f.as_str(), f.code().to_string());
            assert_eq!(f.as_at_str(), format!("@{}", f.code()));
            assert_eq!(ItemFormat::parse(f.as_at_str()), Some(f));
            assert!(f.size().is_multiple_of(f.align()), "{f:?}");
            if let Some(standard) = f.standard_size() {
                assert!(standard <= f.size(), "{f:?}");
            }
        }
    }

    #[test]
    fn non_native_formats_are_refused_with_cpythons_messages() {
        for bad in ["<i", ">i", "=i", "!i", "ii", "2s", "", "@"] {
            assert_eq!(ItemFormat::parse(bad), None, "{bad}");
            let err = ItemFormat::for_item_access(bad).unwrap_err();
            assert_eq!(
                err.message(),
                format!("memoryview: unsupported format {bad}")
            );
        }
        let err = ItemFormat::for_item_access("@x").unwrap_err();
        assert_eq!(err.message(), "memoryview: format x not supported");
    }
}
