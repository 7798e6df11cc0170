// Wrong: builds the bytes by hand, reading every item as a short.
// Caught by: a_table_of_bytes

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
    let (rows, columns) = (table.shape()[0] as isize, table.shape()[1] as isize);
    let mut bytes = Vec::new();
    for j in 0..columns {
        for i in 0..rows {
            let item = table.get_at(&[i, j])?.as_int().unwrap_or_default() as u16;
            bytes.extend_from_slice(&item.to_ne_bytes());
        }
    }
    Ok(Bytes::from(bytes))
}
