//! Walking a view: visiting every item's byte offset in C or Fortran order.
//!
//! Copying, listing, comparing and drawing a view all need the items in
//! *logical* order, whatever order they lie in memory. This is the one place
//! that turns a layout into that sequence of offsets: an odometer over the
//! index `[i, j, k]`, with the last digit turning fastest (C order) or the
//! first (Fortran order). A `Walk` first simplifies the layout (dropping
//! dimensions of length 1, merging dimensions that step over each other), so
//! that the odometer turns over rows as long as possible, and the code that
//! copies or compares can handle a whole row at once.

use crate::dims::Dims;
use crate::layout::{Layout, MAX_NDIM};

/// The order in which to visit or copy items: Python's `order` argument.
///
/// ```
/// use memview::{Order, View};
/// let grid = View::new(b"abcdef")?.cast_shape("B", &[2, 3])?;
/// assert_eq!(grid.to_bytes_in(Order::C)?, b"abcdef");
/// assert_eq!(grid.to_bytes_in(Order::F)?, b"adbecf"); // column after column
/// assert_eq!("A".parse::<Order>()?, Order::A);
/// # Ok::<(), memview::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// C order, row-major: the last index changes fastest. The default.
    #[default]
    C,
    /// Fortran order, column-major: the first index changes fastest.
    F,
    /// Whatever order the items lie in memory, if they are contiguous;
    /// C order otherwise.
    A,
}

impl std::str::FromStr for Order {
    type Err = crate::Error;

    /// Parses `"C"`, `"F"` or `"A"`, case-sensitively, as `tobytes()` does.
    ///
    /// ```
    /// use memview::Order;
    /// let err = "c".parse::<Order>().unwrap_err();
    /// assert_eq!(format!("{err:#}"), "ValueError: order must be 'C', 'F' or 'A'");
    /// ```
    fn from_str(order: &str) -> crate::Result<Order> {
        match order {
            "C" => Ok(Order::C),
            "F" => Ok(Order::F),
            "A" => Ok(Order::A),
            _ => Err(crate::Error::value_error("order must be 'C', 'F' or 'A'")),
        }
    }
}

/// A layout's dimensions as a walk nests them, simplified without changing
/// which bytes are visited or in what order.
///
/// The walk's outermost dimension comes first: dimension 0 for C order, the
/// last for Fortran order. Dimensions of length 1 are dropped (they never
/// move), and a dimension is merged into the one inside it when it steps
/// exactly over it (`stride[outer] == stride[inner] * shape[inner]`): a
/// C-contiguous 3-D view becomes one long row, and `grid[::2]` of a
/// 4×8-byte grid becomes 2 rows of 8 bytes 16 apart. numpy calls this
/// *coalescing*. Copying and comparing then work on whole rows, and a row
/// whose items are back to back is one `memcpy`.
///
/// There is always at least one dimension (a 0-d view is one row of one
/// item). Everything lives in fixed arrays, so a walk never allocates.
#[derive(Debug, Clone)]
pub(crate) struct Walk {
    ndim: usize,
    shape: [usize; MAX_NDIM],
    strides: [isize; MAX_NDIM],
    offset: usize,
    empty: bool,
}

impl Walk {
    /// The simplified walk over `layout` in C order (`fortran == false`) or
    /// Fortran order.
    pub(crate) fn new(layout: &Layout, fortran: bool) -> Walk {
        let mut walk = Walk {
            ndim: 0,
            shape: [0; MAX_NDIM],
            strides: [0; MAX_NDIM],
            offset: layout.offset(),
            empty: layout.shape().contains(&0),
        };
        if walk.empty {
            // No items: one dimension of length 0, which no loop enters.
            walk.strides[0] = layout.itemsize() as isize;
            walk.ndim = 1;
            return walk;
        }
        let (shape, strides) = (layout.shape(), layout.strides());
        for k in 0..shape.len() {
            let d = if fortran { shape.len() - 1 - k } else { k };
            let (n, stride) = (shape[d], strides[d]);
            if n == 1 {
                continue;
            }
            let outer = walk.ndim.checked_sub(1);
            match outer {
                // The outer dimension steps exactly over this one: merge them.
                Some(o) if stride.checked_mul(n as isize) == Some(walk.strides[o]) => {
                    walk.shape[o] *= n;
                    walk.strides[o] = stride;
                }
                _ => {
                    walk.shape[walk.ndim] = n;
                    walk.strides[walk.ndim] = stride;
                    walk.ndim += 1;
                }
            }
        }
        if walk.ndim == 0 {
            // A single item (0-d, or every dimension of length 1).
            walk.shape[0] = 1;
            walk.strides[0] = layout.itemsize() as isize;
            walk.ndim = 1;
        }
        walk
    }

    /// The simplified shape, outermost dimension first.
    pub(crate) fn shape(&self) -> &[usize] {
        &self.shape[..self.ndim]
    }

    /// The simplified strides, outermost dimension first.
    pub(crate) fn strides(&self) -> &[isize] {
        &self.strides[..self.ndim]
    }

    /// Calls `visit` with the byte offset where each block of the innermost
    /// `inner` dimensions starts, in walk order: an odometer over the outer
    /// dimensions, the last of them turning fastest.
    pub(crate) fn for_each_block(&self, inner: usize, mut visit: impl FnMut(usize)) {
        if self.empty {
            return;
        }
        let outer = self.ndim.saturating_sub(inner);
        let (shape, strides) = (&self.shape[..outer], &self.strides[..outer]);
        let mut index = [0usize; MAX_NDIM];
        let mut at = self.offset as isize;
        loop {
            visit(at as usize);
            let mut d = outer;
            loop {
                if d == 0 {
                    return;
                }
                d -= 1;
                // Check before stepping, so a negative stride never leaves the buffer.
                if index[d] + 1 < shape[d] {
                    index[d] += 1;
                    at += strides[d];
                    break;
                }
                at -= (shape[d] - 1) as isize * strides[d];
                index[d] = 0;
            }
        }
    }

    /// Calls `visit(start, len, stride)` for each row of the innermost
    /// dimension, in walk order.
    pub(crate) fn for_each_row(&self, mut visit: impl FnMut(usize, usize, isize)) {
        let (len, stride) = (self.shape[self.ndim - 1], self.strides[self.ndim - 1]);
        self.for_each_block(1, |start| visit(start, len, stride));
    }
}

/// Calls `visit` with the byte offset of every item of `layout`, in C order
/// (`fortran == false`) or Fortran order.
pub(crate) fn for_each_offset(layout: &Layout, fortran: bool, mut visit: impl FnMut(usize)) {
    Walk::new(layout, fortran).for_each_row(|start, len, stride| {
        let mut at = start as isize;
        for i in 0..len {
            visit(at as usize);
            if i + 1 < len {
                at += stride;
            }
        }
    });
}

/// The byte offsets of a 1-D layout's items, taken from either end: what
/// both item iterators ([`Iter`](crate::Iter) and
/// [`TypedIter`](crate::TypedIter)) walk.
#[derive(Debug, Clone)]
pub(crate) struct Stepper {
    next: isize,
    stride: isize,
    remaining: usize,
}

impl Stepper {
    /// The steps along the first dimension of `layout` (a 1-D one).
    pub(crate) fn new(layout: &Layout) -> Stepper {
        Stepper {
            next: layout.offset() as isize,
            stride: layout.strides().first().copied().unwrap_or(0),
            remaining: layout.shape().first().copied().unwrap_or(0),
        }
    }

    /// The offset of the first item not yet taken from the front.
    #[inline]
    pub(crate) fn front(&mut self) -> Option<usize> {
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

    /// The offset of the last item not yet taken from the back.
    #[inline]
    pub(crate) fn back(&mut self) -> Option<usize> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        Some((self.next + self.remaining as isize * self.stride) as usize)
    }

    /// How many items are left.
    pub(crate) fn remaining(&self) -> usize {
        self.remaining
    }
}

/// The byte offset of every item of a layout, in C order, one at a time:
/// for walking two views side by side, as `==` does, without copying either.
/// The index is an odometer whose last digit turns fastest.
pub(crate) struct Offsets<'a> {
    layout: &'a Layout,
    index: Dims<usize>,
    at: isize,
    remaining: usize,
}

impl<'a> Offsets<'a> {
    pub(crate) fn new(layout: &'a Layout) -> Offsets<'a> {
        Offsets {
            layout,
            index: Dims::zeros(layout.ndim()),
            at: layout.offset() as isize,
            remaining: layout.item_count(),
        }
    }
}

impl Iterator for Offsets<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.remaining == 0 {
            return None;
        }
        let here = self.at as usize;
        self.remaining -= 1;
        if self.remaining > 0 {
            let dims = self.layout.shape().iter().zip(self.layout.strides());
            for (i, (&n, &stride)) in self.index.iter_mut().zip(dims).rev() {
                // Step before the edge, so a negative stride never leaves the
                // buffer; past the edge, wind this digit back and carry.
                if *i + 1 < n {
                    *i += 1;
                    self.at += stride;
                    break;
                }
                self.at -= (n - 1) as isize * stride;
                *i = 0;
            }
        }
        Some(here)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_one_at_a_time_agree_with_the_walk() {
        let layouts = [
            Layout::new("B", &[2, 3]).unwrap(),
            Layout::strided("B", 1, &[3], &[-2], 4).unwrap(),
            Layout::strided("h", 2, &[2, 2, 3], &[-12, 6, -2], 16).unwrap(),
            Layout::new("i", &[]).unwrap(),
            Layout::new("B", &[2, 0]).unwrap(),
            Layout::strided("B", 1, &[1, 2, 1, 2, 1, 2], &[0, 4, 0, 2, 0, 1], 0).unwrap(),
        ];
        for layout in &layouts {
            let one_at_a_time: Vec<usize> = Offsets::new(layout).collect();
            assert_eq!(one_at_a_time, offsets(layout, false), "{layout:?}");
        }
    }

    fn offsets(layout: &Layout, fortran: bool) -> Vec<usize> {
        let mut out = Vec::new();
        for_each_offset(layout, fortran, |at| out.push(at));
        out
    }

    #[test]
    fn visits_items_in_logical_order() {
        let grid = Layout::new("B", &[2, 3]).unwrap();
        assert_eq!(offsets(&grid, false), [0, 1, 2, 3, 4, 5]);
        assert_eq!(offsets(&grid, true), [0, 3, 1, 4, 2, 5]);
        let reversed = Layout::strided("B", 1, &[3], &[-2], 4).unwrap();
        assert_eq!(offsets(&reversed, false), [4, 2, 0]);
        let scalar = Layout::new("i", &[]).unwrap();
        assert_eq!(offsets(&scalar, false), [0]);
        let empty = Layout::new("B", &[2, 0]).unwrap();
        assert_eq!(offsets(&empty, false), [] as [usize; 0]);
    }

    /// The simplified walk as `(shape, strides)`.
    fn walk(
        shape: &[usize],
        strides: &[isize],
        offset: usize,
        fortran: bool,
    ) -> Vec<(usize, isize)> {
        let layout = Layout::strided("B", 1, shape, strides, offset).unwrap();
        let walk = Walk::new(&layout, fortran);
        let dims = walk
            .shape()
            .iter()
            .copied()
            .zip(walk.strides().iter().copied());
        let simplified = dims.collect();
        // Simplifying never changes which bytes are visited, nor their order.
        let mut visited = Vec::new();
        walk.for_each_row(|start, len, stride| {
            visited.extend((0..len as isize).map(|i| (start as isize + i * stride) as usize))
        });
        assert_eq!(visited, offsets(&layout, fortran), "{shape:?} {strides:?}");
        simplified
    }

    #[test]
    fn walks_merge_dimensions_that_step_over_each_other() {
        assert_eq!(walk(&[2, 3, 4], &[12, 4, 1], 0, false), [(24, 1)]);
        assert_eq!(walk(&[2, 3], &[3, 1], 0, true), [(3, 1), (2, 3)]);
        assert_eq!(walk(&[2, 8], &[16, 1], 0, false), [(2, 16), (8, 1)]); // grid[::2]
        assert_eq!(walk(&[4, 8], &[-8, -1], 31, false), [(32, -1)]); // both reversed
        assert_eq!(walk(&[3, 1, 5], &[5, 99, 1], 0, false), [(15, 1)]); // length 1 dropped
        assert_eq!(walk(&[3, 5], &[4, 1], 0, false), [(3, 4), (5, 1)]); // rows overlap
        assert_eq!(walk(&[3, 5], &[0, 0], 0, false), [(15, 0)]); // one byte, repeated
        assert_eq!(walk(&[1, 1], &[7, 7], 3, false), [(1, 1)]); // a single item
        assert_eq!(walk(&[2, 0], &[1, 1], 0, false), [(0, 1)]); // no items
    }
}
