//! Walking a view: visiting every item's byte offset in C or Fortran order.
//!
//! Copying, listing, comparing and drawing a view all need the items in
//! *logical* order, whatever order they lie in memory. This is the one place
//! that turns a layout into that sequence of offsets: an odometer over the
//! index `[i, j, k]`, with the last digit turning fastest (C order) or the
//! first (Fortran order).

use crate::layout::Layout;

/// The order in which to visit or copy items: Python's `order` argument.
///
/// ```
/// use memview::{Order, View};
/// let grid = View::new(b"abcdef")?.cast_shape("B", &[2, 3])?;
/// assert_eq!(grid.to_bytes_in(Order::C), b"abcdef");
/// assert_eq!(grid.to_bytes_in(Order::F), b"adbecf"); // column after column
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

/// Calls `visit` with the byte offset of every item of `layout`, in C order
/// (`fortran == false`) or Fortran order.
pub(crate) fn for_each_offset(layout: &Layout, fortran: bool, mut visit: impl FnMut(usize)) {
    let (shape, strides) = (layout.shape(), layout.strides());
    if shape.contains(&0) {
        return;
    }
    let ndim = shape.len();
    // Digit d of the odometer is dimension dims[d]; digit 0 turns fastest.
    let dim_of = |digit: usize| if fortran { digit } else { ndim - 1 - digit };
    let mut index = vec![0usize; ndim];
    let mut at = layout.offset() as isize;
    loop {
        visit(at as usize);
        let mut digit = 0;
        loop {
            if digit == ndim {
                return;
            }
            let d = dim_of(digit);
            // Check before stepping, so a negative stride never leaves the buffer.
            if index[d] + 1 < shape[d] {
                index[d] += 1;
                at += strides[d];
                break;
            }
            at -= (shape[d] - 1) as isize * strides[d];
            index[d] = 0;
            digit += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
