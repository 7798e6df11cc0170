//! Python's `bytes`: owned bytes that print the way Python prints them, `b'AZC'`.
//!
//! `tobytes()` copies a view's items out into a new `bytes` object. memview's
//! [`Bytes`] is that copy: a `Vec<u8>` underneath, with Python's `repr` as its
//! `Display`, so a Rust example can print the very line its Python twin prints.

use std::fmt;
use std::ops::Deref;

/// An owned copy of some bytes, displayed as Python's `bytes` repr.
///
/// ```
/// use memview::Bytes;
///
/// let b = Bytes::from(b"AZC".to_vec());
/// assert_eq!(b.to_string(), "b'AZC'");
/// assert_eq!(Bytes::from(vec![0, 10, 39, 200]).to_string(), r#"b"\x00\n'\xc8""#);
/// assert_eq!(&b[..], b"AZC"); // derefs to [u8]
/// ```
///
/// Ordered as Python orders `bytes`: byte by byte, a prefix first.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Bytes(Vec<u8>);

impl Bytes {
    /// The bytes as a vector, without copying.
    ///
    /// ```
    /// let v: Vec<u8> = memview::Bytes::from(vec![1, 2]).into_vec();
    /// assert_eq!(v, [1, 2]);
    /// ```
    pub fn into_vec(self) -> Vec<u8> {
        self.0
    }

    /// The bytes as a slice.
    ///
    /// ```
    /// assert_eq!(memview::Bytes::from(vec![7]).as_slice(), &[7]);
    /// ```
    pub fn as_slice(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(v: Vec<u8>) -> Bytes {
        Bytes(v)
    }
}

impl From<Bytes> for Vec<u8> {
    fn from(b: Bytes) -> Vec<u8> {
        b.0
    }
}

impl Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl PartialEq<[u8]> for Bytes {
    fn eq(&self, other: &[u8]) -> bool {
        self.0 == other
    }
}

impl PartialEq<&[u8]> for Bytes {
    fn eq(&self, other: &&[u8]) -> bool {
        self.0 == *other
    }
}

impl<const N: usize> PartialEq<[u8; N]> for Bytes {
    fn eq(&self, other: &[u8; N]) -> bool {
        self.0 == other
    }
}

impl<const N: usize> PartialEq<&[u8; N]> for Bytes {
    fn eq(&self, other: &&[u8; N]) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Vec<u8>> for Bytes {
    fn eq(&self, other: &Vec<u8>) -> bool {
        &self.0 == other
    }
}

/// Python's `repr(bytes)`.
impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_some() {
            return f.pad(&BytesRepr(&self.0).to_string());
        }
        fmt_bytes_repr(&self.0, f)
    }
}

/// Python's `repr(bytearray)`: `bytearray(b'AZC')`.
///
/// ```
/// let data = vec![b'A', b'Z', b'C'];
/// assert_eq!(memview::bytearray_repr(&data), "bytearray(b'AZC')");
/// ```
pub fn bytearray_repr(bytes: &[u8]) -> String {
    format!("bytearray({})", BytesRepr(bytes))
}

/// Borrowed bytes displayed as Python's `repr(bytes)`.
struct BytesRepr<'a>(&'a [u8]);

impl fmt::Display for BytesRepr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt_bytes_repr(self.0, f)
    }
}

/// Writes `bytes` as Python's `repr` does: single quotes unless the bytes hold
/// a `'` and no `"`; `\t \n \r \\` and the quote escaped; other bytes outside
/// printable ASCII as `\xhh`.
pub(crate) fn fmt_bytes_repr(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    write!(f, "b{quote}")?;
    for &b in bytes {
        match b {
            b'\t' => f.write_str("\\t")?,
            b'\n' => f.write_str("\\n")?,
            b'\r' => f.write_str("\\r")?,
            b'\\' => f.write_str("\\\\")?,
            _ if char::from(b) == quote => write!(f, "\\{quote}")?,
            0x20..=0x7e => write!(f, "{}", char::from(b))?,
            _ => write!(f, "\\x{b:02x}")?,
        }
    }
    write!(f, "{quote}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_match_python() {
        let cases: [(&[u8], &str); 6] = [
            (b"", "b''"),
            (b"it's", r#"b"it's""#),
            (b"'\"", r#"b'\'"'"#),
            (b"a\\b\t\r\n", r"b'a\\b\t\r\n'"),
            (&[0x7f, 0x80, 0xff], r"b'\x7f\x80\xff'"),
            (b"Kol", "b'Kol'"),
        ];
        for (bytes, want) in cases {
            assert_eq!(Bytes::from(bytes.to_vec()).to_string(), want);
        }
    }
}
