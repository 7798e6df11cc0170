//! Contiguity: whether a layout's items lie back to back, in C order (last
//! index fastest), Fortran order (first index fastest), or both.
//!
//! A contiguous view's items are one run of bytes, so copying it is one
//! `memcpy` and casting it is allowed. CPython works the flags out once,
//! when a view is made (`init_flags`), and so does memview.

use super::layout::Layout;

impl Layout {
    /// Recomputes the cached contiguity flags, as CPython's `init_flags`.
    pub(super) fn update_flags(&mut self) {
        let (c, f) = match (&self.shape[..], &self.strides[..]) {
            // One dimension: CPython looks at the stride alone, so an empty
            // `mv[4:2:2]` (stride 2) is not contiguous.
            (&[n], &[s]) => {
                let both = n == 1 || s == self.itemsize as isize;
                (both, both)
            }
            // Any other number: no items, or each stride stepping over the
            // dimensions inside it (a 0-d view is both).
            _ => {
                let empty = self.shape.contains(&0);
                let dims = || self.shape.iter().zip(self.strides.iter());
                (
                    empty || walks_contiguously(self.itemsize, dims().rev()),
                    empty || walks_contiguously(self.itemsize, dims()),
                )
            }
        };
        self.c_contiguous = c;
        self.f_contiguous = f;
    }

    /// Whether the items lie back to back in C order (last index fastest).
    ///
    /// ```
    /// assert!(memview::Layout::for_bytes(3).c_contiguous());
    /// ```
    #[inline]
    pub fn c_contiguous(&self) -> bool {
        self.c_contiguous
    }

    /// Whether the items lie back to back in Fortran order (first index
    /// fastest).
    ///
    /// ```
    /// assert!(memview::Layout::for_bytes(3).f_contiguous()); // 1-D: both orders agree
    /// ```
    #[inline]
    pub fn f_contiguous(&self) -> bool {
        self.f_contiguous
    }

    /// Whether the items lie back to back in either order.
    ///
    /// ```
    /// assert!(memview::Layout::for_bytes(3).contiguous());
    /// ```
    pub fn contiguous(&self) -> bool {
        self.c_contiguous || self.f_contiguous
    }
}

/// Whether walking `(shape, stride)` pairs in the given order finds each
/// stride equal to the bytes covered so far (sizes 1 are free to differ):
/// CPython's `_IsCContiguous` / `_IsFortranContiguous`.
fn walks_contiguously<'a>(
    itemsize: usize,
    dims: impl Iterator<Item = (&'a usize, &'a isize)>,
) -> bool {
    let mut expected = itemsize as isize;
    for (&n, &s) in dims {
        if n > 1 && s != expected {
            return false;
        }
        expected = expected.saturating_mul(n as isize);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contiguity_follows_cpython_init_flags() {
        let l = |shape: &[usize], strides: &[isize]| {
            let l = Layout::strided("B", 1, shape, strides, 0).unwrap();
            (l.c_contiguous(), l.f_contiguous())
        };
        assert_eq!(l(&[], &[]), (true, true));
        assert_eq!(l(&[0], &[2]), (false, false)); // memoryview(b'abcdef')[4:2:2]
        assert_eq!(l(&[1], &[7]), (true, true));
        assert_eq!(l(&[2, 3], &[3, 1]), (true, false));
        assert_eq!(l(&[2, 3], &[1, 2]), (false, true));
        assert_eq!(l(&[1, 6], &[6, 1]), (true, true));
        assert_eq!(l(&[6, 1], &[1, 1]), (true, true));
        assert_eq!(l(&[0, 3], &[3, 1]), (true, true));
        assert_eq!(l(&[2, 3], &[-3, 1]), (false, false));
    }
}
