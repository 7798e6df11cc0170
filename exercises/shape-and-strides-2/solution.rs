// shape-and-strides-2: Rows and columns of a table
// Check your work with `cargo exercise shape-and-strides-2`.

use memview::{Bytes, Order, Result, View};

// `table` is a 2-D view: rows of numbers. Each function returns a view of
// the same bytes (nothing is copied), except `column_major`, whose job is
// to copy. Negative numbers count from the end, as in Python.

/// `table[i]`: row `i`, a 1-D view (one dimension fewer).
pub fn row<'a>(table: &View<'a>, i: isize) -> Result<View<'a>> {
    table.sub_view(i)
}

/// Column `j`, a 1-D view: what Python finds by hand as `flat[j::width]`.
pub fn column<'a>(table: &View<'a>, j: isize) -> Result<View<'a>> {
    table.transpose().sub_view(j) // row j of the transpose
}

/// `table[::-1]`: the rows, last first.
pub fn bottom_up<'a>(table: &View<'a>) -> Result<View<'a>> {
    table.slice((.., -1))
}

/// `table.tobytes('F')`: the items column after column, as bytes.
pub fn column_major(table: &View) -> Result<Bytes> {
    table.to_bytes_with(Order::F)
}
