//! `tolist()`: a view's items as a [`List`], nested as its shape nests them.
//!
//! The items are taken in C order (borrowed when the view is C-contiguous,
//! gathered otherwise) and each is read as the number its format says, in
//! one pass that the compiler can vectorise: the per-item work Python does
//! when it makes an `int` or a `float` object for every item.

use super::gather::c_order_bytes;
use super::rows::room;
use crate::error::Result;
use crate::formats::ItemFormat;
use crate::formats::list::{Items, List};
use crate::formats::native::Kind;
use crate::formats::pack::half_to_f64;
use crate::protocol::Element;
use crate::shape::Layout;

/// The items of `layout` over `bytes`, read as `format`, as nested lists.
///
/// # Errors
/// `MemoryError` if the lists do not fit in memory.
pub(crate) fn list_of(bytes: &[u8], layout: &Layout, format: ItemFormat) -> Result<List> {
    let items = c_order_bytes(bytes, layout)?;
    let items = match (format.kind(), format.size()) {
        (Kind::Signed, 1) => Items::Int(read_all(&items, |x: i8| i64::from(x))?),
        (Kind::Signed, 2) => Items::Int(read_all(&items, |x: i16| i64::from(x))?),
        (Kind::Signed, 4) => Items::Int(read_all(&items, |x: i32| i64::from(x))?),
        (Kind::Signed, _) => Items::Int(read_all(&items, |x: i64| x)?),
        (Kind::Unsigned | Kind::Pointer, 1) => Items::UInt(read_all(&items, |x: u8| u64::from(x))?),
        (Kind::Unsigned | Kind::Pointer, 2) => {
            Items::UInt(read_all(&items, |x: u16| u64::from(x))?)
        }
        (Kind::Unsigned | Kind::Pointer, 4) => {
            Items::UInt(read_all(&items, |x: u32| u64::from(x))?)
        }
        (Kind::Unsigned | Kind::Pointer, _) => Items::UInt(read_all(&items, |x: u64| x)?),
        (Kind::Float, 2) => Items::Float(read_all(&items, half_to_f64)?),
        (Kind::Float, 4) => Items::Float(read_all(&items, |x: f32| f64::from(x))?),
        (Kind::Float, _) => Items::Float(read_all(&items, |x: f64| x)?),
        (Kind::Bool, _) => Items::Bool(read_all(&items, |b: bool| b)?),
        (Kind::Char, _) => Items::Char(read_all(&items, |c: u8| c)?),
    };
    Ok(List::new(layout.shape(), items))
}

/// Every `T` of `items` (back to back, in the machine's order), each turned
/// into a `W`.
fn read_all<T: Element, W>(items: &[u8], widen: impl Fn(T) -> W) -> Result<Vec<W>> {
    let chunks = items.chunks_exact(size_of::<T>());
    let mut out = room(chunks.len())?;
    out.extend(chunks.map(|item| widen(T::read(item))));
    Ok(out)
}
