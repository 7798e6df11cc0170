// Wrong: copies the table in Fortran order and views the copy, leaked so it may be returned.
// Caught by: the_views_share_the_tables_bytes, views_of_views

use memview::{Bytes, Order, Result, View};

pub fn row<'a>(table: &View<'a>, i: isize) -> Result<View<'a>> {
    table.sub_view(i)
}

pub fn column<'a>(table: &View<'a>, j: isize) -> Result<View<'a>> {
    let copy = table.to_bytes_with(Order::F)?.into_vec();
    let rows = table.shape()[0];
    let columns = View::new(Box::leak(copy.into_boxed_slice()))?
        .cast_with(table.format(), &[table.shape()[1], rows])?;
    columns.sub_view(j)
}

pub fn bottom_up<'a>(table: &View<'a>) -> Result<View<'a>> {
    table.slice((.., -1))
}

pub fn column_major(table: &View) -> Result<Bytes> {
    table.to_bytes_with(Order::F)
}
