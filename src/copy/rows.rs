//! Rows: the helpers every copy shares, for one row of items `stride` bytes
//! apart, and the vectors the copies fill.

use crate::error::{Error, Result};
use crate::shape::offset::bytes_at;
use crate::shape::walk::Stepper;

/// An empty vector with room for `count` items, or CPython's `MemoryError`
/// if the machine cannot give that much: a copy of a huge view (a stride of
/// 0 repeats one byte as often as it likes) must not abort the program.
pub(crate) fn room<T>(count: usize) -> Result<Vec<T>> {
    let mut out = Vec::new();
    out.try_reserve_exact(count)
        .map_err(|_| Error::out_of_memory(count.saturating_mul(std::mem::size_of::<T>())))?;
    Ok(out)
}

/// Calls `visit` with the bytes of each of the `len` items of a row, in
/// order.
pub(super) fn for_each_item<'b>(
    bytes: &'b [u8],
    start: usize,
    len: usize,
    stride: isize,
    size: usize,
    mut visit: impl FnMut(&'b [u8]),
) {
    let step = stride.unsigned_abs();
    let item = |chunk: &'b [u8]| chunk.get(..size).unwrap_or_default();
    match row_span(bytes, start, len, stride, size) {
        Some(span) if stride > 0 => span.chunks(step).map(item).for_each(visit),
        Some(span) => span.chunks(step).rev().map(item).for_each(visit),
        // Items that overlap or repeat (a stride smaller than an item, or 0).
        None => Stepper::row(start, len, stride).for_each(|at| visit(bytes_at(bytes, at, size))),
    }
}

/// The bytes of a row from the start of its lowest item to the end of its
/// highest, if its items neither overlap nor repeat (`|stride| >= size`).
/// Split into `|stride|`-byte chunks, it gives one item per chunk, at the
/// chunk's start.
pub(super) fn row_span(
    bytes: &[u8],
    start: usize,
    len: usize,
    stride: isize,
    size: usize,
) -> Option<&[u8]> {
    let step = stride.unsigned_abs();
    if step < size || len == 0 {
        return None;
    }
    let reach = (len - 1) * step;
    let low = if stride < 0 {
        start.checked_sub(reach)?
    } else {
        start
    };
    bytes.get(low..low + reach + size)
}
