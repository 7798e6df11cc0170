// Wrong: slices one row out, `[i:i+1]`: a 2-D view of shape [1, 4], not a row.
// Caught by: a_row, views_of_views, a_table_of_bytes

use memview::{Bytes, Order, Result, View};

pub fn row<'a>(table: &View<'a>, i: isize) -> Result<View<'a>> {
    table.slice(i..i + 1)
}

pub fn column<'a>(table: &View<'a>, j: isize) -> Result<View<'a>> {
    table.transpose().sub_view(j)
}

pub fn bottom_up<'a>(table: &View<'a>) -> Result<View<'a>> {
    table.slice((.., -1))
}

pub fn column_major(table: &View) -> Result<Bytes> {
    table.to_bytes_with(Order::F)
}
