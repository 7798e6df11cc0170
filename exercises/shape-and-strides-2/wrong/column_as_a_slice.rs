// Wrong: slices one column out, `[:, j:j+1]`: the right items, in a 2-D view of shape [3, 1].
// Caught by: a_column_steps_over_a_whole_row, views_of_views, a_table_of_bytes

use memview::{Bytes, Order, Result, View};

pub fn row<'a>(table: &View<'a>, i: isize) -> Result<View<'a>> {
    table.sub_view(i)
}

pub fn column<'a>(table: &View<'a>, j: isize) -> Result<View<'a>> {
    table.slice_dim(1, j..j + 1)
}

pub fn bottom_up<'a>(table: &View<'a>) -> Result<View<'a>> {
    table.slice((.., -1))
}

pub fn column_major(table: &View) -> Result<Bytes> {
    table.to_bytes_with(Order::F)
}
