//! A shape or a list of strides, stored without the heap for up to four
//! dimensions.
//!
//! Views are made and sliced all the time, and most have one to four
//! dimensions. Keeping those dimensions inline makes making and slicing a view
//! allocation-free; a view with more dimensions (CPython allows 64) spills to
//! the heap. This is ndarray's `IxDyn` trick, written small.

use std::fmt;
use std::ops::{Deref, DerefMut};

/// How many dimensions fit inline.
const INLINE: usize = 4;

/// A short list of numbers (a shape or strides) that lives inline when it has
/// at most four entries.
#[derive(Clone)]
pub(crate) enum Dims<T: Copy + Default> {
    /// Up to [`INLINE`] entries; `len` of them are in use.
    Inline { len: usize, items: [T; INLINE] },
    /// More entries than fit inline.
    Heap(Box<[T]>),
}

impl<T: Copy + Default> Dims<T> {
    /// A copy of `values`, inline when it is short enough.
    pub(crate) fn from_slice(values: &[T]) -> Dims<T> {
        if values.len() <= INLINE {
            let mut items = [T::default(); INLINE];
            items[..values.len()].copy_from_slice(values);
            Dims::Inline {
                len: values.len(),
                items,
            }
        } else {
            Dims::Heap(values.into())
        }
    }

    /// `n` default values (zeros), inline when `n` is small enough.
    pub(crate) fn zeros(n: usize) -> Dims<T> {
        if n <= INLINE {
            Dims::Inline {
                len: n,
                items: [T::default(); INLINE],
            }
        } else {
            Dims::Heap(vec![T::default(); n].into())
        }
    }
}

impl Dims<usize> {
    /// The one length and stride of a one-dimensional layout, read without
    /// making slices (the hot path of `mv[i]`). A layout's shape and strides
    /// always have the same length, so one of them says how many there are.
    #[inline(always)]
    pub(crate) fn only_pair(shape: &Dims<usize>, strides: &Dims<isize>) -> Option<(usize, isize)> {
        match (shape, strides) {
            (Dims::Inline { len: 1, items: n }, Dims::Inline { items: s, .. }) => {
                Some((n[0], s[0]))
            }
            _ => None,
        }
    }
}

impl<T: Copy + Default> Deref for Dims<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        match self {
            Dims::Inline { len, items } => &items[..*len],
            Dims::Heap(items) => items,
        }
    }
}

impl<T: Copy + Default> DerefMut for Dims<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        match self {
            Dims::Inline { len, items } => &mut items[..*len],
            Dims::Heap(items) => items,
        }
    }
}

impl<T: Copy + Default + PartialEq> PartialEq for Dims<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: Copy + Default + Eq> Eq for Dims<T> {}

impl<T: Copy + Default + fmt::Debug> fmt::Debug for Dims<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_stay_inline_and_long_ones_spill() {
        let short = Dims::from_slice(&[1usize, 2, 3, 4]);
        assert!(matches!(short, Dims::Inline { len: 4, .. }));
        assert_eq!(&*short, &[1, 2, 3, 4]);
        let long = Dims::from_slice(&[1isize, 2, 3, 4, 5]);
        assert!(matches!(long, Dims::Heap(_)));
        assert_eq!(&*long, &[1, 2, 3, 4, 5]);
        assert_eq!(&*Dims::<usize>::from_slice(&[]), &[] as &[usize]);
    }
}
