//! Format characters: what one item of a view is.
//!
//! A buffer's `format` is a string in the syntax of Python's `struct` module.
//! memoryview reads and writes items only for *native single-character*
//! formats, optionally prefixed with `@`: `c b B ? h H i I l L q Q n N e f d P`.
//! Their sizes are this machine's C sizes (`l` is a C `long`: 8 bytes on 64-bit
//! Linux, 4 on Windows). Any other format (`<i`, `ii`, `2s`) can still be lent,
//! sliced, copied out and compared, but not indexed.

use crate::error::{Error, Result};
use std::ffi::{c_long, c_ulong};
use std::mem::size_of;

/// One of the native single-character formats memoryview can read and write.
///
/// ```
/// use memview::ItemFormat;
///
/// let f = ItemFormat::parse("@i").unwrap(); // struct.calcsize('@i')
/// assert_eq!(f, ItemFormat::Int);
/// assert_eq!(f.size(), 4);
/// assert_eq!(f.code(), 'i');
/// assert_eq!(ItemFormat::parse("<i"), None); // a byte-order prefix is not native
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemFormat {
    /// `c`: a `bytes` object of length 1.
    Char,
    /// `b`: C `signed char`.
    SignedChar,
    /// `B`: C `unsigned char`; the format of `bytes` and `bytearray`.
    UnsignedChar,
    /// `?`: C `_Bool`.
    Bool,
    /// `h`: C `short`.
    Short,
    /// `H`: C `unsigned short`.
    UnsignedShort,
    /// `i`: C `int`.
    Int,
    /// `I`: C `unsigned int`.
    UnsignedInt,
    /// `l`: C `long`.
    Long,
    /// `L`: C `unsigned long`.
    UnsignedLong,
    /// `q`: C `long long`.
    LongLong,
    /// `Q`: C `unsigned long long`.
    UnsignedLongLong,
    /// `n`: C `ssize_t`.
    SSize,
    /// `N`: C `size_t`.
    Size,
    /// `e`: IEEE 754 half precision (CPython 3.12 and later).
    Half,
    /// `f`: C `float`.
    Float,
    /// `d`: C `double`.
    Double,
    /// `P`: C `void *`, read as an unsigned integer.
    Pointer,
}

/// Every native format, in the order CPython's documentation lists them.
pub(crate) const ALL: [ItemFormat; 18] = [
    ItemFormat::Char,
    ItemFormat::SignedChar,
    ItemFormat::UnsignedChar,
    ItemFormat::Bool,
    ItemFormat::Short,
    ItemFormat::UnsignedShort,
    ItemFormat::Int,
    ItemFormat::UnsignedInt,
    ItemFormat::Long,
    ItemFormat::UnsignedLong,
    ItemFormat::LongLong,
    ItemFormat::UnsignedLongLong,
    ItemFormat::SSize,
    ItemFormat::Size,
    ItemFormat::Half,
    ItemFormat::Float,
    ItemFormat::Double,
    ItemFormat::Pointer,
];

impl ItemFormat {
    /// Every native format, in the order of the `struct` module's table:
    /// `c b B ? h H i I l L q Q n N e f d P`.
    ///
    /// ```
    /// use memview::ItemFormat;
    /// let codes: String = ItemFormat::ALL.iter().map(|f| f.code()).collect();
    /// assert_eq!(codes, "cbB?hHiIlLqQnNefdP");
    /// ```
    pub const ALL: [ItemFormat; 18] = ALL;

    /// The C type an item of this format is, as the `struct` module's
    /// documentation names it.
    ///
    /// ```
    /// use memview::ItemFormat;
    /// assert_eq!(ItemFormat::UnsignedShort.c_type(), "unsigned short");
    /// assert_eq!(ItemFormat::Half.c_type(), "(half float)");
    /// ```
    pub fn c_type(self) -> &'static str {
        match self {
            ItemFormat::Char => "char",
            ItemFormat::SignedChar => "signed char",
            ItemFormat::UnsignedChar => "unsigned char",
            ItemFormat::Bool => "_Bool",
            ItemFormat::Short => "short",
            ItemFormat::UnsignedShort => "unsigned short",
            ItemFormat::Int => "int",
            ItemFormat::UnsignedInt => "unsigned int",
            ItemFormat::Long => "long",
            ItemFormat::UnsignedLong => "unsigned long",
            ItemFormat::LongLong => "long long",
            ItemFormat::UnsignedLongLong => "unsigned long long",
            ItemFormat::SSize => "ssize_t",
            ItemFormat::Size => "size_t",
            ItemFormat::Half => "(half float)",
            ItemFormat::Float => "float",
            ItemFormat::Double => "double",
            ItemFormat::Pointer => "void *",
        }
    }

    /// The format for a struct code character, if it is a native one.
    ///
    /// ```
    /// use memview::ItemFormat;
    /// assert_eq!(ItemFormat::from_code('d'), Some(ItemFormat::Double));
    /// assert_eq!(ItemFormat::from_code('x'), None);
    /// ```
    pub fn from_code(code: char) -> Option<ItemFormat> {
        use ItemFormat as F;
        Some(match code {
            'c' => F::Char,
            'b' => F::SignedChar,
            'B' => F::UnsignedChar,
            '?' => F::Bool,
            'h' => F::Short,
            'H' => F::UnsignedShort,
            'i' => F::Int,
            'I' => F::UnsignedInt,
            'l' => F::Long,
            'L' => F::UnsignedLong,
            'q' => F::LongLong,
            'Q' => F::UnsignedLongLong,
            'n' => F::SSize,
            'N' => F::Size,
            'e' => F::Half,
            'f' => F::Float,
            'd' => F::Double,
            'P' => F::Pointer,
            _ => return None,
        })
    }

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
        let mut chars = format.strip_prefix('@').unwrap_or(format).chars();
        match (chars.next(), chars.next()) {
            (Some(code), None) => ItemFormat::from_code(code),
            _ => None,
        }
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
        ItemFormat::from_code(code).ok_or_else(|| {
            Error::not_implemented(format!("memoryview: format {code} not supported"))
        })
    }

    /// The struct code character.
    ///
    /// ```
    /// assert_eq!(memview::ItemFormat::Pointer.code(), 'P');
    /// ```
    pub fn code(self) -> char {
        match self {
            ItemFormat::Char => 'c',
            ItemFormat::SignedChar => 'b',
            ItemFormat::UnsignedChar => 'B',
            ItemFormat::Bool => '?',
            ItemFormat::Short => 'h',
            ItemFormat::UnsignedShort => 'H',
            ItemFormat::Int => 'i',
            ItemFormat::UnsignedInt => 'I',
            ItemFormat::Long => 'l',
            ItemFormat::UnsignedLong => 'L',
            ItemFormat::LongLong => 'q',
            ItemFormat::UnsignedLongLong => 'Q',
            ItemFormat::SSize => 'n',
            ItemFormat::Size => 'N',
            ItemFormat::Half => 'e',
            ItemFormat::Float => 'f',
            ItemFormat::Double => 'd',
            ItemFormat::Pointer => 'P',
        }
    }

    /// The size of one item in bytes: this machine's C `sizeof`.
    ///
    /// ```
    /// use memview::ItemFormat;
    /// assert_eq!(ItemFormat::Short.size(), 2);
    /// assert_eq!(ItemFormat::Long.size(), std::mem::size_of::<std::ffi::c_long>());
    /// ```
    pub fn size(self) -> usize {
        match self {
            ItemFormat::Char | ItemFormat::SignedChar | ItemFormat::UnsignedChar => 1,
            ItemFormat::Bool => 1,
            ItemFormat::Short | ItemFormat::UnsignedShort | ItemFormat::Half => 2,
            ItemFormat::Int | ItemFormat::UnsignedInt | ItemFormat::Float => 4,
            ItemFormat::Long => size_of::<c_long>(),
            ItemFormat::UnsignedLong => size_of::<c_ulong>(),
            ItemFormat::LongLong | ItemFormat::UnsignedLongLong | ItemFormat::Double => 8,
            ItemFormat::SSize | ItemFormat::Size => size_of::<usize>(),
            ItemFormat::Pointer => size_of::<usize>(),
        }
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

    /// The format string memview uses for this item, as a `&'static str`.
    ///
    /// ```
    /// assert_eq!(memview::ItemFormat::Double.as_str(), "d");
    /// ```
    pub fn as_str(self) -> &'static str {
        NATIVE_STRINGS[self as usize].1
    }

    /// The `@`-prefixed spelling, as `cast("@i")` keeps it.
    pub(crate) fn as_at_str(self) -> &'static str {
        NATIVE_STRINGS[self as usize].0
    }
}

/// `@`-prefixed and bare spellings, indexed like [`ALL`].
const NATIVE_STRINGS: [(&str, &str); 18] = [
    ("@c", "c"),
    ("@b", "b"),
    ("@B", "B"),
    ("@?", "?"),
    ("@h", "h"),
    ("@H", "H"),
    ("@i", "i"),
    ("@I", "I"),
    ("@l", "l"),
    ("@L", "L"),
    ("@q", "q"),
    ("@Q", "Q"),
    ("@n", "n"),
    ("@N", "N"),
    ("@e", "e"),
    ("@f", "f"),
    ("@d", "d"),
    ("@P", "P"),
];

/// CPython's `adjust_fmt`, the first check of every item access: the format
/// must be a single character after an optional `@`, or it is
/// `NotImplementedError: memoryview: unsupported format <i`.
#[inline]
pub(crate) fn item_char(format: &str) -> Result<char> {
    let mut chars = format.strip_prefix('@').unwrap_or(format).chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Error::not_implemented(format!(
            "memoryview: unsupported format {format}"
        ))),
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
/// optional `@`). `cast` needs one on at least one side.
pub(crate) fn is_byte_format(format: &str) -> bool {
    ItemFormat::parse(format).is_some_and(ItemFormat::is_byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_round_trips_through_its_code_and_strings() {
        for (i, f) in ALL.into_iter().enumerate() {
            assert_eq!(f as usize, i);
            assert_eq!(ItemFormat::from_code(f.code()), Some(f));
            assert_eq!(f.as_str(), f.code().to_string());
            assert_eq!(f.as_at_str(), format!("@{}", f.code()));
            assert_eq!(ItemFormat::parse(f.as_at_str()), Some(f));
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
