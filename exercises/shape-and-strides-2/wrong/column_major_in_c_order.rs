// Wrong: copies the items row after row: C order, not Fortran.
// Caught by: a_table_of_bytes, column_major_order

use memview::{Bytes, Order, Result, View};

pub fn row<'a>(table: &View<'a>, i: isize) -> Result<View<'a>> {
    table.sub_view(i)
}

pub fn column<'a>(table: &View<'a>, j: isize) -> Result<View<'a>> {
    table.transpose().sub_view(j)
}

pub fn bottom_up<'a>(table: &View<'a>) -> Result<View<'a>> {
    table.slice((.., -1))
}

pub fn column_major(table: &View) -> Result<Bytes> {
    table.to_bytes()
}
