// Wrong: casts the table to bytes to pick a column out: only a table of one run of bytes can be cast.
// Caught by: views_of_views

use memview::{Bytes, Order, Result, View};

pub fn row<'a>(table: &View<'a>, i: isize) -> Result<View<'a>> {
    table.sub_view(i)
}

pub fn column<'a>(table: &View<'a>, j: isize) -> Result<View<'a>> {
    let width = table.shape()[1] as isize;
    let j = if j < 0 { j + width } else { j };
    if j < 0 || j >= width {
        return table.sub_view(table.shape()[0] as isize);
    }
    let flat = table.cast("B")?.cast(table.format())?;
    flat.slice((j.., width))
}

pub fn bottom_up<'a>(table: &View<'a>) -> Result<View<'a>> {
    table.slice((.., -1))
}

pub fn column_major(table: &View) -> Result<Bytes> {
    table.to_bytes_with(Order::F)
}
