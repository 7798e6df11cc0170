//! Iteration: `for x in mv`, `reversed(mv)` and `x in mv`, one item at a time.
//!
//! CPython iterates only 1-D views; an N-D view must be turned into a list
//! (or, in memview, split with [`sub_view`](crate::ViewOf::sub_view)).
//! Because starting the loop can fail, as `iter(mv)` can raise, the
//! iterator comes from [`ViewOf::try_iter`], which returns a `Result`.
//!
//! `reversed(mv)` is not `iter` backwards in CPython: it asks `len(mv)`
//! first and reads `mv[i]` from the end, so an empty view of any shape gives
//! `[]` where `iter` raises. [`ViewOf::try_reversed`] does the same.

use super::{Storage, ViewOf};
use crate::error::{Error, PyException, Result};
use crate::formats::native::{for_reading, item_char};
use crate::formats::pack::unpack;
use crate::formats::{ItemFormat, Value};
use crate::shape::offset::bytes_at;
use crate::shape::walk::Stepper;

/// An iterator over the items of a 1-D view, as Python values.
///
/// ```
/// use memview::View;
/// let view = View::new(b"abc")?;
/// let items: Vec<String> = view.try_iter()?.map(|v| v.to_string()).collect();
/// assert_eq!(items, ["97", "98", "99"]); // list(memoryview(b'abc'))
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Iter<'a> {
    bytes: &'a [u8],
    format: ItemFormat,
    steps: Stepper,
}

impl<B: Storage> ViewOf<B> {
    /// `iter(mv)`: the items of a 1-D view, in order.
    ///
    /// # Errors
    /// `TypeError: invalid indexing of 0-dim memory`; `NotImplementedError:
    /// multi-dimensional sub-views are not implemented`; `NotImplementedError`
    /// for formats memoryview cannot read.
    ///
    /// ```
    /// use memview::View;
    /// let total: i128 = View::new(&[1u16, 2, 3])?.try_iter()?  // sum(memoryview(array('H', [1, 2, 3])))
    ///     .filter_map(|v| v.as_int())
    ///     .sum();
    /// assert_eq!(total, 6);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn try_iter(&self) -> Result<Iter<'_>> {
        self.layout.require_1d(Error::multi_dim_sub_views)?;
        Ok(Iter {
            bytes: self.bytes.as_ref(),
            format: for_reading(self.format(), self.len())?,
            steps: Stepper::first_dim(&self.layout),
        })
    }

    /// `reversed(mv)`: the items of a 1-D view, last first. CPython reads
    /// `len(mv)` and then `mv[i]` from the end, through the sequence
    /// protocol: an empty view of any shape gives no items, where
    /// [`try_iter`] refuses views that are not 1-D, and the format is
    /// checked before the dimensions.
    ///
    /// # Errors
    /// On a view with items: `NotImplementedError: memoryview: unsupported
    /// format <i` (or `format w not supported`); `TypeError: invalid indexing
    /// of 0-dim memory`; `NotImplementedError: multi-dimensional sub-views
    /// are not implemented`.
    ///
    /// [`try_iter`]: ViewOf::try_iter
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abc")?;
    /// let backwards: Vec<String> = view.try_reversed()?.map(|v| v.to_string()).collect();
    /// assert_eq!(backwards, ["99", "98", "97"]); // list(reversed(memoryview(b'abc')))
    /// let empty_grid = view.cast_with("B", &[1, 3])?.slice(1..)?; // shape (0, 3)
    /// assert_eq!(empty_grid.try_reversed()?.count(), 0);
    /// assert!(empty_grid.try_iter().is_err());
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn try_reversed(&self) -> Result<std::iter::Rev<Iter<'_>>> {
        let bytes = self.bytes.as_ref();
        if self.is_empty() {
            // `len(mv) == 0`: CPython reads nothing, so checks nothing.
            let none = Stepper::row(0, 0, 0);
            let format = ItemFormat::UnsignedChar;
            return Ok(Iter {
                bytes,
                format,
                steps: none,
            }
            .rev());
        }
        // What `memory_item` checks, in its order, before reading an item.
        let code = item_char(self.format())?;
        self.layout.require_1d(Error::multi_dim_sub_views)?;
        let format = ItemFormat::for_char(code)?;
        Ok(Iter {
            bytes,
            format,
            steps: Stepper::first_dim(&self.layout),
        }
        .rev())
    }

    /// `value in mv`: whether any item equals `value`, compared as Python
    /// compares (`98 in mv`, `98.0 in mv`).
    ///
    /// # Errors
    /// The errors of [`try_iter`](ViewOf::try_iter), except that a view that
    /// cannot be iterated for a `TypeError` is `TypeError: argument of type
    /// 'memoryview' is not iterable`, as Python's `in` words it.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abc")?;
    /// assert!(view.contains(98)?);     // 98 in memoryview(b'abc')
    /// assert!(!view.contains(b"b")?);  // b'b' in memoryview(b'abc') is False
    /// let scalar = view.cast_with("B", &[3])?.sub_view(0)?; // a 0-d view
    /// assert_eq!(scalar.contains(97).unwrap_err().to_string(),
    ///            "argument of type 'memoryview' is not iterable");
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn contains(&self, value: impl Into<Value>) -> Result<bool> {
        let value = value.into();
        let mut items = self.try_iter().map_err(|err| match err.exception() {
            PyException::TypeError => {
                Error::type_error("argument of type 'memoryview' is not iterable")
            }
            _ => err,
        })?;
        Ok(items.any(|item| item == value))
    }
}

impl Iter<'_> {
    #[inline]
    fn item_at(&self, at: usize) -> Value {
        unpack(self.format, bytes_at(self.bytes, at, self.format.size()))
    }
}

impl Iterator for Iter<'_> {
    type Item = Value;

    #[inline]
    fn next(&mut self) -> Option<Value> {
        self.steps.next().map(|at| self.item_at(at))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.steps.remaining(), Some(self.steps.remaining()))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Value> {
        self.steps.next_back().map(|at| self.item_at(at))
    }
}

impl ExactSizeIterator for Iter<'_> {}
