//! Gathering: copying a view's items out, back to back, in logical order.
//!
//! `tobytes()` and `hex()` need a view's items in C (or Fortran) order,
//! wherever they lie in memory. CPython's `PyBuffer_ToContiguous` does it
//! with one `memcpy` for a contiguous view and item by item otherwise. memview
//! does the same work in safe Rust, in four steps, each a known technique
//! (numpy's strided loops, ndarray's `as_standard_layout`):
//!
//! 1. A view already contiguous in the wanted order is one copy (`to_vec`).
//! 2. The [`Walk`] simplifies the layout: it drops dimensions of length 1 and
//!    merges a dimension into the one inside it when it steps exactly over
//!    it, so `grid[::2]` is a list of rows and a reversed 2-D view is one
//!    reversed row.
//! 3. Each row is copied by a loop made for its item size (1, 2, 4, 8 or 16
//!    bytes): items are `[u8; N]` arrays, read through `as_chunks` and
//!    `chunks(stride)` iterators, which compile to plain loads and stores. A
//!    row whose items are back to back is one `extend_from_slice`; every 2nd,
//!    3rd or 4th item has a loop of its own, with the step known when
//!    compiling, so that the compiler can vectorise it.
//! 4. A transpose (a row whose items are a cache line or more apart, inside a
//!    dimension whose items are close) is copied by `transpose`, in bands
//!    that use every cache line fetched whole.

use super::rows::{for_each_item, room, row_span};
use super::transpose::{gather_transposed, is_transpose};
use crate::error::{Error, Result};
use crate::formats::pack::fixed;
use crate::shape::Layout;
use crate::shape::offset::bytes_at;
use crate::shape::walk::{Order, Walk};
use std::borrow::Cow;

/// The items' bytes in the given order (CPython's `PyBuffer_ToContiguous`).
///
/// # Errors
/// `MemoryError` if the copy does not fit in memory.
pub(crate) fn gather(bytes: &[u8], layout: &Layout, order: Order) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    gather_into(bytes, layout, order, &mut out)?;
    Ok(out)
}

/// [`gather`], into `out` (its contents replaced): a caller that keeps one
/// buffer copies contiguous items into it without allocating, unless it
/// must grow. The strided kernels build a buffer of their own.
pub(crate) fn gather_into(
    bytes: &[u8],
    layout: &Layout,
    order: Order,
    out: &mut Vec<u8>,
) -> Result<()> {
    out.clear();
    if let Some(run) = layout.run_bytes(bytes, order) {
        out.try_reserve(run.len())
            .map_err(|_| Error::out_of_memory(run.len()))?;
        out.extend_from_slice(run);
        return Ok(());
    }
    *out = gather_strided(bytes, layout, order)?;
    Ok(())
}

/// The items of a view not contiguous in `order`, by the kernels below.
fn gather_strided(bytes: &[u8], layout: &Layout, order: Order) -> Result<Vec<u8>> {
    let walk = Walk::new(layout, order == Order::F);
    match layout.itemsize() {
        1 => gather_items::<1>(bytes, &walk),
        2 => gather_items::<2>(bytes, &walk),
        4 => gather_items::<4>(bytes, &walk),
        8 => gather_items::<8>(bytes, &walk),
        16 => gather_items::<16>(bytes, &walk),
        size => gather_sized(bytes, &walk, size),
    }
}

/// The items' bytes in C order, borrowed when the view is C-contiguous
/// (nothing to copy) and gathered otherwise: what `hex()`, `==` and `hash()`
/// read.
pub(crate) fn c_order_bytes<'a>(bytes: &'a [u8], layout: &Layout) -> Result<Cow<'a, [u8]>> {
    match layout.run_bytes(bytes, Order::C) {
        Some(run) => Ok(Cow::Borrowed(run)),
        None => Ok(Cow::Owned(gather(bytes, layout, Order::C)?)),
    }
}

/// Gathers items of `N` bytes, as `[u8; N]` arrays.
fn gather_items<const N: usize>(bytes: &[u8], walk: &Walk) -> Result<Vec<u8>> {
    let count: usize = walk.shape().iter().product();
    if is_transpose(walk, N) {
        return gather_transposed::<N>(bytes, walk, count);
    }
    let mut out: Vec<[u8; N]> = room(count)?;
    if walk.strides().last() == Some(&(N as isize)) {
        // Rows whose items are back to back: one block copy each.
        walk.for_each_row(|start, len, _| {
            out.extend_from_slice(bytes_at(bytes, start, len * N).as_chunks::<N>().0);
        });
    } else {
        walk.for_each_row(|start, len, stride| push_row(bytes, start, len, stride, &mut out));
    }
    Ok(out.into_flattened())
}

/// Appends the `len` items of a row to `out`.
fn push_row<const N: usize>(
    bytes: &[u8],
    start: usize,
    len: usize,
    stride: isize,
    out: &mut Vec<[u8; N]>,
) {
    let step = stride.unsigned_abs();
    let forward = stride > 0;
    match row_span(bytes, start, len, stride, N) {
        Some(span) if step == N => {
            let items = span.as_chunks::<N>().0;
            if forward {
                out.extend_from_slice(items);
            } else {
                out.extend(items.iter().rev().copied());
            }
        }
        Some(span) if step == 2 * N => push_every::<N, 2>(span, forward, out),
        Some(span) if step == 3 * N => push_every::<N, 3>(span, forward, out),
        Some(span) if step == 4 * N => push_every::<N, 4>(span, forward, out),
        Some(span) => {
            let items = span.chunks(step).map(fixed::<N>);
            if forward {
                out.extend(items);
            } else {
                out.extend(items.rev());
            }
        }
        None => for_each_item(bytes, start, len, stride, N, |item| out.push(fixed(item))),
    }
}

/// Appends every `K`th item of `span` (whose first and last items are in
/// the row), forwards or backwards. With `K` known when compiling, the loop
/// is as fast as the copy of a contiguous row of the same output size.
fn push_every<const N: usize, const K: usize>(span: &[u8], forward: bool, out: &mut Vec<[u8; N]>) {
    let items = span.as_chunks::<N>().0;
    // `items` holds (len - 1) * K + 1 items: whole groups of K, and one more.
    // Groups from `chunks_exact` have exactly K >= 2 items, so indexing them
    // cannot fail.
    if forward {
        let groups = items.chunks_exact(K);
        let last = groups.remainder().first().copied();
        out.extend(groups.map(|group| group[0]));
        out.extend(last);
    } else {
        let groups = items.rchunks_exact(K);
        let last = groups.remainder().first().copied();
        out.extend(groups.map(|group| group[K - 1]));
        out.extend(last);
    }
}

/// Gathers items of a size with no loop of its own (3 bytes, 24 bytes, ...).
fn gather_sized(bytes: &[u8], walk: &Walk, size: usize) -> Result<Vec<u8>> {
    let count: usize = walk.shape().iter().product();
    let mut out = room(count * size)?;
    walk.for_each_row(
        |start, len, stride| match row_span(bytes, start, len, stride, size) {
            Some(span) if stride == size as isize => out.extend_from_slice(span),
            _ => for_each_item(bytes, start, len, stride, size, |item| {
                out.extend_from_slice(item)
            }),
        },
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The naive gather: each item's offset computed from its index.
    fn naive(bytes: &[u8], layout: &Layout, fortran: bool) -> Vec<u8> {
        let (shape, strides) = (layout.shape(), layout.strides());
        let count: usize = shape.iter().product();
        let mut out = Vec::new();
        for k in 0..count {
            // Index digits, the fastest-turning one last (C) or first (F).
            let (mut rest, mut at) = (k, layout.offset() as isize);
            let dims: Vec<usize> = if fortran {
                (0..shape.len()).collect()
            } else {
                (0..shape.len()).rev().collect()
            };
            for d in dims {
                at += (rest % shape[d]) as isize * strides[d];
                rest /= shape[d];
            }
            let at = at as usize;
            out.extend_from_slice(&bytes[at..at + layout.itemsize()]);
        }
        out
    }

    fn check(bytes: &[u8], layout: Layout) {
        layout.check_fits(bytes.len()).unwrap();
        for (order, fortran) in [(Order::C, false), (Order::F, true)] {
            let want = naive(bytes, &layout, fortran);
            assert_eq!(
                gather(bytes, &layout, order).unwrap(),
                want,
                "{layout:?} {order:?}"
            );
        }
    }

    #[test]
    fn every_kernel_agrees_with_the_naive_gather() {
        let bytes: Vec<u8> = (0..=255).cycle().take(1 << 18).collect();
        for (format, size) in [
            ("B", 1),
            ("H", 2),
            ("3s", 3),
            ("I", 4),
            ("Q", 8),
            ("16s", 16),
            ("24s", 24),
        ] {
            let s = size as isize;
            let n = 40;
            let strided = |shape: &[usize], strides: &[isize], offset| {
                Layout::strided(format, size, shape, strides, offset).unwrap()
            };
            check(&bytes, strided(&[n], &[s], 0)); // contiguous
            check(&bytes, strided(&[n], &[-s], (n - 1) * size)); // reversed
            for k in [2, 3, 4, 5] {
                // Every kth item, forwards and backwards.
                check(&bytes, strided(&[n], &[k * s], 5));
                check(
                    &bytes,
                    strided(&[n], &[-k * s], 5 + (n - 1) * k as usize * size),
                );
            }
            check(&bytes, strided(&[n], &[-2 * s - 1], 2000)); // odd step back
            check(&bytes, strided(&[n], &[0], 9)); // one item repeated
            check(&bytes, strided(&[n], &[1], 0)); // overlapping items
            check(&bytes, strided(&[3, 1, 5], &[-7 * s, 99, 2 * s], 1000));
            check(&bytes, strided(&[4, 5], &[-7 * s, s], 1000)); // rows back to back
            check(&bytes, strided(&[0, 5], &[s, s], 0)); // empty
            check(&bytes, strided(&[], &[], 17)); // 0-d

            // Transposes, tiled: 70 × 130 (not whole tiles), both directions.
            let (r, c) = (70, 130);
            check(&bytes, strided(&[c, r], &[s, c as isize * s], 0));
            let far = (r * c - 1) * size;
            check(&bytes, strided(&[c, r], &[-s, -(c as isize) * s], far));
            // A transpose inside a third dimension.
            check(&bytes, strided(&[2, 9, 70], &[s, 2 * s, 18 * s], 0));
        }
    }
}
