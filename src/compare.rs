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
//! equality.

use crate::error::{Error, Result};
use crate::export::{Element, Exporter};
use crate::format::{is_byte_format, ItemFormat};
use crate::gather::c_order_bytes;
use crate::item::{half_to_f64, unpack};
use crate::layout::Layout;
use crate::struct_format::{calcsize, unpack_item};
use crate::value::Value;
use crate::view::{Storage, ViewOf};
use crate::walk::Offsets;
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
        match other.layout() {
            Ok(layout) if layout.check_fits(other.bytes().len()).is_ok() => {
                layouts_equal(self.bytes.as_ref(), &self.layout, other.bytes(), &layout)
            }
            // CPython: if the other side will not export, `==` is False.
            _ => false,
        }
    }

    /// `hash(mv)`: the hash of the view's C-order bytes, equal to
    /// [`hash_bytes`] of [`to_bytes`](ViewOf::to_bytes).
    ///
    /// # Errors
    /// `ValueError: cannot hash writable memoryview object` for a
    /// [`ViewMut`](crate::ViewMut); `ValueError: memoryview: hashing is
    /// restricted to formats 'B', 'b' or 'c'`.
    ///
    /// ```
    /// use memview::{hash_bytes, View};
    /// let view = View::new(b"abcdef")?;
    /// assert_eq!(view.slice((.., -2))?.hash_value()?, hash_bytes(b"fdb"));
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

/// CPython's `memory_richcompare` for `==`.
fn layouts_equal(a_bytes: &[u8], a: &Layout, b_bytes: &[u8], b: &Layout) -> bool {
    if !equivalent_shapes(a, b) {
        return false;
    }
    match (ItemFormat::parse(a.format()), ItemFormat::parse(b.format())) {
        // The same native format on both sides: compare the items as C values.
        (Some(x), Some(y)) if x == y => same_format_equal(x, a_bytes, a, b_bytes, b),
        // Otherwise unpack both through `struct` and compare the Python
        // objects. A format `struct` cannot parse is never equal, not even
        // to itself, and not even when there are no items to compare.
        _ if calcsize(a.format()).is_none() || calcsize(b.format()).is_none() => false,
        _ => each_item_equal(a_bytes, a, b_bytes, b, |item, layout| {
            unpack_item(layout.format(), item)
        }),
    }
}

/// `==` for two views of the same native format: their C-order bytes are
/// compared item by item as C values (CPython's `unpack_cmp`). Except for
/// floats, equal values are equal bytes (C compares two `_Bool`s as the
/// bytes they hold, so a `?` byte of 2 is not equal to one of 1), so that is
/// one slice comparison (`memcmp`); floats are compared as floats (NaN is
/// not equal to itself, `-0.0 == 0.0`). Views too large to copy out are
/// compared item by item where they lie.
fn same_format_equal(
    format: ItemFormat,
    a_bytes: &[u8],
    a: &Layout,
    b_bytes: &[u8],
    b: &Layout,
) -> bool {
    use ItemFormat as F;
    let (Ok(x), Ok(y)) = (c_order_bytes(a_bytes, a), c_order_bytes(b_bytes, b)) else {
        return each_item_equal(a_bytes, a, b_bytes, b, |item, _| match format {
            F::Bool => item.first().map(|&byte| Value::from(byte)),
            _ => Some(unpack(format, item)),
        });
    };
    match format {
        F::Double => each_equal(&x, &y, f64::from_ne_bytes),
        F::Float => each_equal(&x, &y, f32::from_ne_bytes),
        F::Half => each_equal(&x, &y, |h: [u8; 2]| half_to_f64(u16::from_ne_bytes(h))),
        _ => x == y,
    }
}

/// Whether the items of `x` and `y`, read as `N`-byte values, are pairwise
/// equal.
fn each_equal<const N: usize, T: PartialEq>(x: &[u8], y: &[u8], read: fn([u8; N]) -> T) -> bool {
    let (x, y) = (x.as_chunks::<N>().0, y.as_chunks::<N>().0);
    x.len() == y.len() && x.iter().zip(y).all(|(p, q)| read(*p) == read(*q))
}

/// Python's `==` on every pair of items, walked side by side in C order
/// without copying; `false` if an item cannot be read.
fn each_item_equal<T: PartialEq>(
    a_bytes: &[u8],
    a: &Layout,
    b_bytes: &[u8],
    b: &Layout,
    read: impl Fn(&[u8], &Layout) -> Option<T>,
) -> bool {
    let item = |bytes: &[u8], layout: &Layout, at: usize| {
        bytes
            .get(at..at + layout.itemsize())
            .and_then(|item| read(item, layout))
    };
    Offsets::new(a).zip(Offsets::new(b)).all(|(i, j)| {
        match (item(a_bytes, a, i), item(b_bytes, b, j)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    })
}

/// Same number of dimensions, and equal sizes up to and including the first 0.
fn equivalent_shapes(a: &Layout, b: &Layout) -> bool {
    if a.ndim() != b.ndim() {
        return false;
    }
    for (x, y) in a.shape().iter().zip(b.shape()) {
        if x != y {
            return false;
        }
        if *x == 0 {
            break;
        }
    }
    true
}
