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

use super::layout::{Layout, MAX_NDIM};
pub(crate) use super::stepper::Stepper;
use crate::error::{Error, Result};

/// The order in which to visit or copy items: Python's `order` argument.
///
/// ```
/// use memview::{Order, View};
/// let grid = View::new(b"abcdef")?.cast_with("B", &[2, 3])?;
/// assert_eq!(grid.to_bytes_with(Order::C)?, b"abcdef");
/// assert_eq!(grid.to_bytes_with(Order::F)?, b"adbecf"); // column after column
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
    type Err = Error;

    /// Parses `"C"`, `"F"` or `"A"`, case-sensitively, as `tobytes()` does.
    ///
    /// ```
    /// use memview::Order;
    /// let err = "c".parse::<Order>().unwrap_err();
    /// assert_eq!(format!("{err:#}"), "ValueError: order must be 'C', 'F' or 'A'");
    /// ```
    fn from_str(order: &str) -> Result<Order> {
        match order {
            "C" => Ok(Order::C),
            "F" => Ok(Order::F),
            "A" => Ok(Order::A),
            _ => Err(Error::value_error("order must be 'C', 'F' or 'A'")),
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

/// Whether a dimension of stride `outer` steps exactly over an inner one of
/// `len` items `inner` apart: then the two walk as one dimension, `len`
/// times longer, of stride `inner`.
#[inline]
pub(crate) fn steps_over(outer: isize, inner: isize, len: usize) -> bool {
    inner.checked_mul(len as isize) == Some(outer)
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
        let (shape, strides) = (layout.shape(), layout.strides());
        for k in 0..shape.len() {
            let d = if fortran { shape.len() - 1 - k } else { k };
            let (n, stride) = (shape[d], strides[d]);
            if n == 1 || walk.empty {
                continue;
            }
            match walk.ndim.checked_sub(1) {
                Some(o) if steps_over(walk.strides[o], stride, n) => {
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
            // A single item (0-d, or every dimension of length 1), or no
            // items at all: one row that no loop enters.
            walk.shape[0] = usize::from(!walk.empty);
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

    /// The byte offset where each block of the innermost `inner` dimensions
    /// starts, in walk order.
    pub(crate) fn blocks(&self, inner: usize) -> Blocks<'_> {
        let outer = self.ndim.saturating_sub(inner);
        Blocks {
            shape: &self.shape[..outer],
            strides: &self.strides[..outer],
            odometer: Odometer::new(self.offset, self.empty),
        }
    }

    /// Calls `visit(start, len, stride)` for each row of the innermost
    /// dimension, in walk order.
    pub(crate) fn for_each_row(&self, mut visit: impl FnMut(usize, usize, isize)) {
        let (len, stride) = self.innermost();
        if self.ndim == 2 {
            // Rows of a 2-D walk (`grid[::2]`) need no odometer: one step each.
            let (rows, step) = (self.shape[0], self.strides[0]);
            let mut start = self.offset as isize;
            for _ in 0..rows {
                visit(start as usize, len, stride);
                start = start.wrapping_add(step);
            }
            return;
        }
        self.blocks(1).for_each(|start| visit(start, len, stride));
    }

    /// The length and stride of the innermost dimension.
    fn innermost(&self) -> (usize, isize) {
        (self.shape[self.ndim - 1], self.strides[self.ndim - 1])
    }
}

/// The one odometer: an index over some dimensions, the last digit turning
/// fastest, carrying the byte offset of the item it points at.
#[derive(Debug, Clone)]
pub(super) struct Odometer {
    index: [usize; MAX_NDIM],
    at: isize,
    done: bool,
}

impl Odometer {
    pub(super) fn new(offset: usize, done: bool) -> Odometer {
        Odometer {
            index: [0; MAX_NDIM],
            at: offset as isize,
            done,
        }
    }

    /// The offset the odometer shows, then a turn; `None` once it has gone
    /// all the way round.
    pub(super) fn next(&mut self, shape: &[usize], strides: &[isize]) -> Option<usize> {
        if self.done {
            return None;
        }
        let here = self.at as usize;
        self.done = true;
        for d in (0..shape.len()).rev() {
            // Step before the edge, so a negative stride never leaves the
            // buffer; at the edge, wind this digit back and carry.
            if self.index[d] + 1 < shape[d] {
                self.index[d] += 1;
                self.at += strides[d];
                self.done = false;
                break;
            }
            self.at -= (shape[d] - 1) as isize * strides[d];
            self.index[d] = 0;
        }
        Some(here)
    }
}

/// Where the blocks of a [`Walk`] start: made by [`Walk::blocks`].
#[derive(Debug)]
pub(crate) struct Blocks<'w> {
    shape: &'w [usize],
    strides: &'w [isize],
    odometer: Odometer,
}

impl Iterator for Blocks<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        self.odometer.next(self.shape, self.strides)
    }
}

/// The byte offset of every item of a layout in C order, one at a time:
/// for walking two views side by side, as `==` does, without copying either.
/// The rows of the layout's [`Walk`], each stepped through.
#[derive(Debug, Clone)]
pub(crate) struct Offsets {
    walk: Walk,
    rows: Odometer,
    row: Stepper,
}

impl Offsets {
    pub(crate) fn new(layout: &Layout) -> Offsets {
        let walk = Walk::new(layout, false);
        let rows = Odometer::new(walk.offset, walk.empty);
        Offsets {
            walk,
            rows,
            row: Stepper::row(0, 0, 0),
        }
    }
}

impl Iterator for Offsets {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        loop {
            if let Some(at) = self.row.next() {
                return Some(at);
            }
            let outer = self.walk.ndim - 1;
            let start = self
                .rows
                .next(&self.walk.shape[..outer], &self.walk.strides[..outer])?;
            let (len, stride) = self.walk.innermost();
            self.row = Stepper::row(start, len, stride);
        }
    }
}

/// Calls `visit` with the byte offset of every item of `layout`, in C order
/// (`fortran == false`) or Fortran order.
pub(crate) fn for_each_offset(layout: &Layout, fortran: bool, mut visit: impl FnMut(usize)) {
    Walk::new(layout, fortran)
        .for_each_row(|start, len, stride| Stepper::row(start, len, stride).for_each(&mut visit));
}

/// The index of item number `k` in C order (the last index turns fastest).
pub(crate) fn c_index(mut k: usize, shape: &[usize]) -> Vec<usize> {
    let mut index = vec![0; shape.len()];
    for (i, &n) in index.iter_mut().zip(shape).rev() {
        if n > 0 {
            *i = k % n;
            k /= n;
        }
    }
    index
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
            let by_index: Vec<usize> = (0..layout.item_count())
                .map(|k| layout.item_offset(&c_index(k, layout.shape())))
                .collect();
            assert_eq!(one_at_a_time, by_index, "{layout:?}");
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
        let mut stepped: Vec<usize> = Stepper::row(0, 5, 3).collect();
        stepped.extend(Stepper::row(20, 3, -2).rev());
        assert_eq!(stepped, [0, 3, 6, 9, 12, 16, 18, 20]);
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
        assert_eq!(walk(&[0, 1], &[1, 1], 0, false), [(0, 1)]);
    }
}
