//! Rows: the helpers every copy shares, for one row of items `stride` bytes
//! apart, and the vectors the copies fill.

use crate::error::{Error, Result};
use crate::formats::pack::fixed;
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

/// Fills `run` with the items of a row that starts at byte `start` and
/// steps `stride` bytes, in the row's order: a block copy when the items are
/// back to back, and a loop of its own for every 2nd, 3rd or 4th item (the
/// step known when compiling, so that the compiler can vectorise it).
pub(crate) fn fill_run<const N: usize>(
    bytes: &[u8],
    start: usize,
    stride: isize,
    run: &mut [[u8; N]],
) {
    let len = run.len();
    let span = row_span(bytes, start, len, stride, N);
    let items = span.map(|span| span.as_chunks::<N>().0);
    // How many items apart the row's items are, when a whole number.
    let step = stride.unsigned_abs();
    let apart = if step.is_multiple_of(N) { step / N } else { 0 };
    match (items, apart, stride > 0) {
        (Some(items), 1, true) => fill(run, items.iter()),
        (Some(items), 1, false) => fill(run, items.iter().rev()),
        (Some(items), 2, forward) => fill_every::<N, 2>(run, items, forward),
        (Some(items), 4, forward) => fill_every::<N, 4>(run, items, forward),
        _ => {
            let mut slots = run.iter_mut();
            for_each_item(bytes, start, len, stride, N, |item| {
                if let Some(slot) = slots.next() {
                    *slot = fixed(item);
                }
            });
        }
    }
}

/// Fills `run` with every `K`th item of `items` (whose first and last are
/// the row's), forwards or backwards: groups of exactly K, so that the loop
/// has no bounds to check, and the one item left over.
fn fill_every<const N: usize, const K: usize>(
    run: &mut [[u8; N]],
    items: &[[u8; N]],
    forward: bool,
) {
    let groups = run.len().saturating_sub(1);
    let (head, last) = run.split_at_mut(groups.min(run.len()));
    if forward {
        let (whole, rest) = items.as_chunks::<K>();
        fill(head, whole.iter().map(|group| &group[0]));
        fill(last, rest.iter().chain(whole.get(groups).map(|g| &g[0])));
    } else {
        let (rest, whole) = items.as_rchunks::<K>();
        fill(head, whole.iter().rev().map(|group| &group[K - 1]));
        fill(
            last,
            rest.iter().rev().chain(whole.first().map(|g| &g[K - 1])),
        );
    }
}

fn fill<'a, const N: usize>(run: &mut [[u8; N]], items: impl Iterator<Item = &'a [u8; N]>) {
    run.iter_mut()
        .zip(items)
        .for_each(|(slot, item)| *slot = *item);
}
