//! `tolist()`: a view's items as Python values, nested as its shape nests
//! them: a list of lists for a 2-D view, a single value for a 0-d one.

use super::gather::room;
use crate::error::Result;
use crate::formats::pack::unpack;
use crate::formats::{ItemFormat, Value};
use crate::shape::Layout;
use crate::shape::offset::bytes_at;
use crate::shape::walk::for_each_offset;

/// The items of `layout` over `bytes`, read as `format`, as nested lists.
///
/// # Errors
/// `MemoryError` if the lists do not fit in memory.
pub(crate) fn list_of(bytes: &[u8], layout: &Layout, format: ItemFormat) -> Result<Value> {
    let size = format.size();
    let item = |at: usize| unpack(format, bytes_at(bytes, at, size));
    let shape = layout.shape();
    if shape.is_empty() {
        return Ok(item(layout.offset()));
    }
    // Every item, in C order...
    let mut level: Vec<Value> = room(layout.item_count())?;
    for_each_offset(layout, false, |at| level.push(item(at)));
    // ...then grouped into lists, from the innermost dimension outwards.
    for d in (1..shape.len()).rev() {
        let groups = shape[..d].iter().fold(1usize, |a, &n| a.saturating_mul(n));
        let mut items = level.into_iter();
        let mut grouped = room(groups)?;
        for _ in 0..groups {
            grouped.push(Value::List(items.by_ref().take(shape[d]).collect()));
        }
        level = grouped;
    }
    Ok(Value::List(level))
}
