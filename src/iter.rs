//! Iteration: `for x in mv`, one item at a time.
//!
//! CPython iterates only 1-D views; an N-D view must be turned into a list
//! (or, in memview, split with [`sub_view`](crate::ViewOf::sub_view)). Because
//! starting the loop can fail, [`ViewOf::iter`] returns a `Result`.

use crate::error::{Error, Result};
use crate::format::{for_reading, ItemFormat};
use crate::item::unpack;
use crate::layout::Layout;
use crate::value::Value;
use crate::view::{Storage, ViewOf};
use crate::walk::Stepper;

/// An iterator over the items of a 1-D view, as Python values.
///
/// ```
/// use memview::View;
/// let view = View::new(b"abc")?;
/// let items: Vec<String> = view.iter()?.map(|v| v.to_string()).collect();
/// assert_eq!(items, ["97", "98", "99"]); // list(memoryview(b'abc'))
/// assert_eq!(view.iter()?.rev().next().unwrap().to_string(), "99"); // reversed(mv)
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
    /// let total: i128 = View::new(&[1u16, 2, 3])?.iter()?
    ///     .map(|v| match v { memview::Value::Int(i) => i, _ => 0 })
    ///     .sum();
    /// assert_eq!(total, 6);
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn iter(&self) -> Result<Iter<'_>> {
        check_one_dimension(&self.layout)?;
        Ok(Iter {
            bytes: self.bytes.as_ref(),
            format: for_reading(self.format(), self.shape()[0])?,
            steps: Stepper::new(&self.layout),
        })
    }
}

/// CPython iterates 1-D views only: a 0-d view is `TypeError: invalid
/// indexing of 0-dim memory`, an N-D one `NotImplementedError:
/// multi-dimensional sub-views are not implemented`.
pub(crate) fn check_one_dimension(layout: &Layout) -> Result<()> {
    match layout.ndim() {
        0 => Err(Error::type_error("invalid indexing of 0-dim memory")),
        1 => Ok(()),
        _ => Err(Error::not_implemented(
            "multi-dimensional sub-views are not implemented",
        )),
    }
}

impl<B: Storage> ViewOf<B> {
    /// `value in mv`: whether any item equals `value`, compared as Python
    /// compares (`98 in mv`, `98.0 in mv`).
    ///
    /// # Errors
    /// The errors of [`iter`](ViewOf::iter): only 1-D views of readable
    /// formats can be searched.
    ///
    /// ```
    /// use memview::View;
    /// let view = View::new(b"abc")?;
    /// assert!(view.contains(98)?);     // 98 in memoryview(b'abc')
    /// assert!(!view.contains(b"b")?);  // b'b' in memoryview(b'abc') is False
    /// # Ok::<(), memview::Error>(())
    /// ```
    pub fn contains(&self, value: impl Into<Value>) -> Result<bool> {
        let value = value.into();
        Ok(self.iter()?.any(|item| item == value))
    }
}

impl Iter<'_> {
    #[inline]
    fn item_at(&self, at: usize) -> Value {
        let size = self.format.size();
        unpack(
            self.format,
            self.bytes.get(at..at + size).unwrap_or_default(),
        )
    }
}

impl Iterator for Iter<'_> {
    type Item = Value;

    #[inline]
    fn next(&mut self) -> Option<Value> {
        self.steps.front().map(|at| self.item_at(at))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.steps.remaining(), Some(self.steps.remaining()))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Value> {
        self.steps.back().map(|at| self.item_at(at))
    }
}

impl ExactSizeIterator for Iter<'_> {}
