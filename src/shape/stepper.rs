//! Stepping along one row: the offsets of items `stride` bytes apart,
//! from either end, never stepping past the last one.

use super::layout::Layout;

/// The byte offsets of the items of one row, taken from either end: what
/// the item iterators ([`Iter`](crate::Iter), [`TypedIter`](crate::TypedIter))
/// walk, and what every row of a [`Walk`](super::walk) is made of.
#[derive(Debug, Clone)]
pub(crate) struct Stepper {
    next: isize,
    stride: isize,
    remaining: usize,
}

impl Stepper {
    /// The `len` items of a row starting at byte `start`, `stride` apart.
    #[inline]
    pub(crate) fn row(start: usize, len: usize, stride: isize) -> Stepper {
        Stepper {
            next: start as isize,
            stride,
            remaining: len,
        }
    }

    /// The items of the first dimension of `layout` (a 1-D one).
    pub(crate) fn first_dim(layout: &Layout) -> Stepper {
        let (len, stride) = match (layout.shape().first(), layout.strides().first()) {
            (Some(&len), Some(&stride)) => (len, stride),
            _ => (0, 0),
        };
        Stepper::row(layout.offset(), len, stride)
    }

    /// How many items are left.
    pub(crate) fn remaining(&self) -> usize {
        self.remaining
    }
}

impl Iterator for Stepper {
    type Item = usize;

    /// The offset of the first item not yet taken from the front.
    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.remaining == 0 {
            return None;
        }
        let here = self.next;
        self.remaining -= 1;
        // Step only while items remain: the last step could leave the buffer.
        if self.remaining > 0 {
            self.next += self.stride;
        }
        Some(here as usize)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl DoubleEndedIterator for Stepper {
    /// The offset of the last item not yet taken from the back.
    #[inline]
    fn next_back(&mut self) -> Option<usize> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        Some((self.next + self.remaining as isize * self.stride) as usize)
    }
}

impl ExactSizeIterator for Stepper {}
