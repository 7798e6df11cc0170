// Wrong: reverses the first dimension with a slice that stops before row 0.
// Caught by: bottom_up_starts_at_the_last_row, views_of_views

use memview::{Bytes, Order, Result, View};

pub fn row<'a>(table: &View<'a>, i: isize) -> Result<View<'a>> {
    table.sub_view(i)
}

pub fn column<'a>(table: &View<'a>, j: isize) -> Result<View<'a>> {
    table.transpose().sub_view(j)
}

pub fn bottom_up<'a>(table: &View<'a>) -> Result<View<'a>> {
    table.slice((table.shape()[0] as isize - 1..0, -1))
}

pub fn column_major(table: &View) -> Result<Bytes> {
    table.to_bytes_with(Order::F)
}
