//! Conversions that copy: `tobytes()`, `tolist()` and `hex()`.
//!
//! A view avoids copies until you ask for one. These methods are where you
//! ask: each walks the items in logical order and builds something new (the
//! copying itself is in [`copy`](crate::copy)).

use super::{Storage, ViewOf};
use crate::copy::gather::{c_order_bytes, gather, gather_into};
use crate::copy::hex::hex_grouped;
use crate::copy::list::list_of;
use crate::error::{Error, Result};
use crate::formats::native::for_reading;
use crate::formats::{Bytes, List};
use crate::shape::Order;

impl<B: Storage> ViewOf<B> {
    /// `mv.tobytes()`: a copy of the items' bytes in C order. Works for any
    /// format, even those memoryview cannot index.
    ///
    /// # Errors
    /// `MemoryError` if the copy does not fit in memory (a view with a
    /// stride of 0 can repeat one byte any number of times).
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abcdef")?;
    /// assert_eq!(view.slice((.., -2))?.to_bytes()?.to_string(), "b'fdb'"); // mv[::-2].tobytes()
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_bytes(&self) -> Result<Bytes> {
        self.to_bytes_with(Order::C)
    }

    /// `mv.tobytes(order)`: a copy of the items' bytes in C order, Fortran
    /// order, or (`A`) memory order if the view is contiguous.
    ///
    /// # Errors
    /// `MemoryError` if the copy does not fit in memory.
    ///
    /// ```
    /// use memview::{Order, View};
    /// let grid = View::new(b"abcdef")?.cast_with("B", &[2, 3])?;
    /// assert_eq!(grid.to_bytes_with(Order::F)?, b"adbecf");     // x.tobytes('F')
    /// assert_eq!(grid.slice((.., -1))?.to_bytes_with(Order::A)?, b"defabc"); // not contiguous: C order
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_bytes_with(&self, order: Order) -> Result<Bytes> {
        gather(self.bytes.as_ref(), &self.layout, order).map(Bytes::from)
    }

    /// `out[:] = mv` for a `bytearray` `out`: the C-order bytes written into
    /// a vector the caller keeps, replacing what it held. When the vector
    /// has room already, a contiguous view is one `memcpy` into memory that
    /// exists: no allocation, no fresh pages, whatever the size.
    ///
    /// # Errors
    /// `MemoryError` if the copy does not fit in memory.
    ///
    /// ```
    /// use memview::View;
    /// let mut out = Vec::with_capacity(16);
    /// let view = View::new(b"abcdef")?;
    /// view.to_bytes_into(&mut out)?;                    // out[:] = mv
    /// view.slice((.., -2))?.to_bytes_into(&mut out)?;   // out[:] = mv[::-2]
    /// assert_eq!(out, b"fdb");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_bytes_into(&self, out: &mut Vec<u8>) -> Result<()> {
        gather_into(self.bytes.as_ref(), &self.layout, Order::C, out)
    }

    /// `mv.tolist()`: the items as Python values; nested lists for an N-D
    /// view, a single value for a 0-dimensional one. The [`List`] keeps its
    /// numbers as numbers, and prints as Python prints the list.
    ///
    /// # Errors
    /// `NotImplementedError: memoryview: unsupported format <i` (or `format
    /// w not supported`) for formats memoryview cannot read; `MemoryError`
    /// if the list does not fit in memory.
    ///
    /// ```
    /// use memview::View;
    /// let data: Vec<u8> = (1..=4).collect();
    /// let grid = View::new(&data)?.cast_with("B", &[2, 2])?;
    /// assert_eq!(grid.to_list()?.to_string(), "[[1, 2], [3, 4]]"); // x.tolist()
    /// assert_eq!(View::new(&[1.5, f64::NAN, f64::INFINITY])?.to_list()?.to_string(),
    ///            "[1.5, nan, inf]");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn to_list(&self) -> Result<List> {
        let format = for_reading(self.format(), self.layout.item_count())?;
        list_of(self.bytes.as_ref(), &self.layout, format)
    }

    /// `mv.hex()`: the C-order bytes as lowercase hexadecimal.
    ///
    /// # Errors
    /// `MemoryError` if the text does not fit in memory.
    ///
    /// ```
    /// use memview::View;
    /// assert_eq!(View::new(b"\xb9\x01\xef")?.hex()?, "b901ef"); // mv.hex()
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn hex(&self) -> Result<String> {
        hex_grouped(&c_order_bytes(self.bytes.as_ref(), &self.layout)?, None, 1)
    }

    /// `mv.hex(sep, bytes_per_sep)`: hexadecimal with `sep` between groups
    /// of `bytes_per_sep` bytes, counted from the right if positive and from
    /// the left if negative. Python checks at run time that `sep` is one
    /// character and `bytes_per_sep` a C `int`; here the types say so.
    ///
    /// # Errors
    /// `ValueError: sep must be ASCII.`; `MemoryError` if the text does not
    /// fit in memory.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"\xb9\x01\xef")?;
    /// assert_eq!(view.hex_with(':', 1)?, "b9:01:ef");   // mv.hex(':')
    /// assert_eq!(view.hex_with(':', 2)?, "b9:01ef");    // mv.hex(':', 2)
    /// assert_eq!(view.hex_with(':', -2)?, "b901:ef");   // mv.hex(':', -2)
    /// assert_eq!(view.hex_with('é', 1).unwrap_err().to_string(), "sep must be ASCII.");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn hex_with(&self, sep: char, bytes_per_sep: i32) -> Result<String> {
        let sep = u8::try_from(sep)
            .ok()
            .filter(u8::is_ascii)
            .ok_or_else(|| Error::value_error("sep must be ASCII."))?;
        let bytes = c_order_bytes(self.bytes.as_ref(), &self.layout)?;
        hex_grouped(&bytes, Some(sep), bytes_per_sep)
    }
}
