//! Two views walked side by side, row by row, as `==` compares them.
//!
//! Each view's own [`Walk`](super::walk) simplifies its layout as its
//! strides allow, so two views of one shape can have walks of different
//! rows. Comparing them in place needs one walk for both: dimensions merged
//! only where both views' strides allow it.

use super::layout::{Layout, MAX_NDIM};
use super::walk::{Odometer, steps_over};

/// The rows of two layouts of the same shape, side by side in C order, as
/// `==` compares them: `visit((start_a, stride_a), (start_b, stride_b), len)`
/// for each pair of rows, until it returns `false` (then so does this).
/// Dimensions of length 1 are dropped, and a dimension is merged into the
/// one inside it only where it steps exactly over it in both layouts.
pub(crate) fn rows_side_by_side(
    a: &Layout,
    b: &Layout,
    mut visit: impl FnMut((usize, isize), (usize, isize), usize) -> bool,
) -> bool {
    if a.shape().contains(&0) {
        return true; // no items
    }
    let (mut shape, mut sa, mut sb) = ([1; MAX_NDIM], [0; MAX_NDIM], [0; MAX_NDIM]);
    let mut n = 0;
    for (d, &len) in a.shape().iter().enumerate() {
        let (x, y) = (a.strides()[d], b.strides().get(d).copied().unwrap_or(0));
        if len == 1 {
            continue;
        } else if n > 0 && steps_over(sa[n - 1], x, len) && steps_over(sb[n - 1], y, len) {
            shape[n - 1] *= len;
            (sa[n - 1], sb[n - 1]) = (x, y);
        } else {
            (shape[n], sa[n], sb[n]) = (len, x, y);
            n += 1;
        }
    }
    let outer = n.saturating_sub(1);
    let (len, row_a, row_b) = (shape[outer], sa[outer], sb[outer]);
    let (mut rows_a, mut rows_b) = (
        Odometer::new(a.offset(), false),
        Odometer::new(b.offset(), false),
    );
    while let (Some(x), Some(y)) = (
        rows_a.next(&shape[..outer], &sa[..outer]),
        rows_b.next(&shape[..outer], &sb[..outer]),
    ) {
        if !visit((x, row_a), (y, row_b), len) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_merge_only_where_both_layouts_allow() {
        let grid = Layout::new("B", &[2, 3]).unwrap(); // strides (3, 1): one row of 6
        let columns = Layout::strided("B", 1, &[2, 3], &[1, 2], 0).unwrap();
        let rows = |a: &Layout, b: &Layout| {
            let mut rows = Vec::new();
            rows_side_by_side(a, b, |x, y, len| {
                rows.push((x, y, len));
                true
            });
            rows
        };
        assert_eq!(rows(&grid, &grid), [((0, 1), (0, 1), 6)]);
        assert_eq!(
            rows(&grid, &columns),
            [((0, 1), (0, 2), 3), ((3, 1), (1, 2), 3)]
        );
        assert!(!rows_side_by_side(&grid, &columns, |_, _, _| false));
        let empty = Layout::new("B", &[2, 0]).unwrap();
        assert!(rows(&empty, &empty).is_empty());
    }
}
