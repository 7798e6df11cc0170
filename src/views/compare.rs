//! Equality and hashing, by value as CPython defines them.
//!
//! Two views are equal when they have the same shape and their items are
//! equal *as values*, not as bytes: a `B` view of `[1, 2]` equals an `h` view
//! of `[1, 2]`, a `c` view never equals a `B` view (`b'a' != 97`), and a view
//! holding NaN is not even equal to itself. Shapes must match dimension by
//! dimension up to the first 0, so every view with no items equals every
//! other with the same leading shape.
//!
//! Only read-only views of byte formats (`B`, `b`, `c`) can be hashed, and
//! their hash is the hash of their bytes, which keeps it consistent with
//! equality. When items are equal is [`formats::equality`]'s rule.
//!
//! [`formats::equality`]: crate::formats::equality

use super::{Storage, View, ViewOf};
use crate::copy::gather::c_order_bytes;
use crate::copy::rows::fill_run;
use crate::error::{Error, Result};
use crate::formats::ItemFormat;
use crate::formats::equality::native_runs_equal;
use crate::formats::native::is_byte_format;
use crate::formats::unpack::Unpacker;
use crate::protocol::{Element, Exporter};
use crate::shape::Layout;
use crate::shape::offset::{bytes_at, moved};
use crate::shape::side_by_side::rows_side_by_side;
use crate::shape::walk::Offsets;
use std::hash::{DefaultHasher, Hasher};

impl<B: Storage> ViewOf<B> {
    /// `mv == obj` for any exporter `obj`: Python's value equality.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abc")?;
    /// assert!(view.eq_exporter(&[97i16, 98, 99]));  // == array('h', [97, 98, 99])
    /// assert!(!view.cast("c")?.eq_exporter(b"abc")); // b'a' != 97
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn eq_exporter<E: Exporter + ?Sized>(&self, other: &E) -> bool {
        // CPython: if the other side will not export, `==` is False.
        View::new(other).is_ok_and(|other| *self == other)
    }

    /// `hash(mv)`: the hash of the view's C-order bytes, equal to
    /// [`hash_bytes`] of [`to_bytes`](ViewOf::to_bytes).
    ///
    /// # Errors
    /// `ValueError: cannot hash writable memoryview object` for a
    /// [`ViewMut`](crate::ViewMut); `ValueError: memoryview: hashing is
    /// restricted to formats 'B', 'b' or 'c'`; and, as CPython hashes the
    /// exporter too, `TypeError: unhashable type: 'bytearray'` for a
    /// read-only view of an exporter that lent its bytes for writing.
    ///
    /// ```
    /// use memview::{hash_bytes, View, ViewMut};
    /// let view = View::new(b"abcdef")?;
    /// assert_eq!(view.slice((.., -2))?.hash_value()?, hash_bytes(b"fdb")); // hash(mv[::-2]) == hash(b'fdb')
    /// let mut data = b"ab".to_vec();
    /// let err = ViewMut::new(&mut data)?.to_readonly().hash_value().unwrap_err();
    /// assert_eq!(format!("{err:#}"), "TypeError: unhashable type: 'bytearray'");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn hash_value(&self) -> Result<u64> {
        if !self.readonly() {
            return Err(Error::value_error("cannot hash writable memoryview object"));
        }
        if !is_byte_format(self.format()) {
            return Err(Error::value_error(
                "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
            ));
        }
        if let Some(refusal) = self.unhashable {
            return Err(refusal.to_error());
        }
        Ok(hash_bytes(&c_order_bytes(
            self.bytes.as_ref(),
            &self.layout,
        )?))
    }
}

/// The hash memview gives a run of bytes: `hash(b'...')`. Equal bytes have
/// equal hashes within one program run.
///
/// ```
/// assert_eq!(memview::hash_bytes(b"abc"), memview::hash_bytes(&b"xabc"[1..]));
/// ```
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

/// Python's `==` between two views.
impl<B: Storage, C: Storage> PartialEq<ViewOf<C>> for ViewOf<B> {
    fn eq(&self, other: &ViewOf<C>) -> bool {
        layouts_equal(
            self.bytes.as_ref(),
            &self.layout,
            other.bytes.as_ref(),
            &other.layout,
        )
    }
}

/// `mv == b'...'`.
impl<B: Storage> PartialEq<[u8]> for ViewOf<B> {
    fn eq(&self, other: &[u8]) -> bool {
        self.eq_exporter(other)
    }
}

/// `mv == b'...'`.
impl<B: Storage, const N: usize> PartialEq<[u8; N]> for ViewOf<B> {
    fn eq(&self, other: &[u8; N]) -> bool {
        self.eq_exporter(other)
    }
}

/// `mv == b'...'`.
impl<B: Storage, const N: usize> PartialEq<&[u8; N]> for ViewOf<B> {
    fn eq(&self, other: &&[u8; N]) -> bool {
        self.eq_exporter(*other)
    }
}

/// `mv == array(...)`, for a vector of any native element type.
impl<B: Storage, T: Element> PartialEq<Vec<T>> for ViewOf<B> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.eq_exporter(other)
    }
}

/// CPython's `memory_richcompare` for `==`, comparing the items where they
/// lie: neither side is copied.
fn layouts_equal(a_bytes: &[u8], a: &Layout, b_bytes: &[u8], b: &Layout) -> bool {
    if !a.same_shape_as(b) {
        return false;
    }
    match (ItemFormat::parse(a.format()), ItemFormat::parse(b.format())) {
        // The same native format on both sides: compare the items as C values.
        (Some(x), Some(y)) if x == y => same_format_equal(x, a_bytes, a, b_bytes, b),
        // Otherwise unpack both through `struct` and compare the Python
        // objects. A format `struct` cannot parse is never equal, not even
        // to itself, and not even when there are no items to compare.
        _ => match (Unpacker::new(a.format()), Unpacker::new(b.format())) {
            (Some(x), Some(y)) => each_item_equal(
                (a_bytes, a, |item| x.unpack(item)),
                (b_bytes, b, |item| y.unpack(item)),
            ),
            _ => false,
        },
    }
}

/// `==` for two views of the same native format, item by item as C values
/// (CPython's `unpack_cmp`), row by row where they lie: a pair of rows whose
/// items are back to back is compared as two runs; other rows a block at a
/// time, copied into two small buffers on the stack by the copy kernels and
/// compared as runs. Nothing is allocated.
fn same_format_equal(
    format: ItemFormat,
    a_bytes: &[u8],
    a: &Layout,
    b_bytes: &[u8],
    b: &Layout,
) -> bool {
    let size = format.size();
    rows_side_by_side(a, b, |row_a, row_b, len| {
        if row_a.1 == size as isize && row_b.1 == size as isize {
            let x = bytes_at(a_bytes, row_a.0, len * size);
            return native_runs_equal(format, x, bytes_at(b_bytes, row_b.0, len * size));
        }
        let rows = ((a_bytes, row_a), (b_bytes, row_b));
        match size {
            1 => blocks_equal::<1>(format, rows, len),
            2 => blocks_equal::<2>(format, rows, len),
            4 => blocks_equal::<4>(format, rows, len),
            _ => blocks_equal::<8>(format, rows, len),
        }
    })
}

/// A row of a view: its bytes, and where its items start and how far apart.
type Row<'a> = (&'a [u8], (usize, isize));

/// Two rows of `len` items of `N` bytes compared a block at a time.
fn blocks_equal<const N: usize>(
    format: ItemFormat,
    (a, b): (Row<'_>, Row<'_>),
    len: usize,
) -> bool {
    const BLOCK: usize = 1024;
    let (mut x, mut y) = ([[0u8; N]; BLOCK], [[0u8; N]; BLOCK]);
    (0..len).step_by(BLOCK).all(|first| {
        let n = BLOCK.min(len - first);
        let at = |(start, stride): (usize, isize)| moved(start, first as isize, stride);
        fill_run(a.0, at(a.1), a.1.1, &mut x[..n]);
        fill_run(b.0, at(b.1), b.1.1, &mut y[..n]);
        native_runs_equal(format, x[..n].as_flattened(), y[..n].as_flattened())
    })
}

/// Python's `==` on every pair of items of two views, each given as its
/// bytes, its layout and how to read one of its items, walked side by side
/// in C order; `false` if an item cannot be read.
fn each_item_equal<T: PartialEq>(
    (a_bytes, a, read_a): (&[u8], &Layout, impl Fn(&[u8]) -> Option<T>),
    (b_bytes, b, read_b): (&[u8], &Layout, impl Fn(&[u8]) -> Option<T>),
) -> bool {
    Offsets::new(a).zip(Offsets::new(b)).all(|(i, j)| {
        let x = read_a(bytes_at(a_bytes, i, a.itemsize()));
        let y = read_b(bytes_at(b_bytes, j, b.itemsize()));
        matches!((x, y), (Some(x), Some(y)) if x == y)
    })
}
