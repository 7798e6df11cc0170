//! Transposes: copying out a view whose items, in the order they are
//! wanted, are far apart in memory (a column after a column of a C-order
//! matrix, `x.T.tobytes()`, `x.tobytes('F')`).
//!
//! Read item by item, a transpose uses one item of every cache line it
//! fetches. Both kernels here read a whole cache line of close items at a
//! time instead, and keep what they write close together:
//!
//! - bytes whose close items are back to back go in *bands* of output rows
//!   (one cache line tall, the whole width wide, small enough to stay in
//!   the L2 cache), filled column by column from one line each, 8 × 8
//!   bytes at a time as eight `u64`s transposed in registers;
//! - other items go in square tiles, through a small buffer.

use super::rows::{fill_run, room};
use crate::error::Result;
use crate::shape::offset::bytes_at;
use crate::shape::walk::Walk;

/// Items a cache line or more apart make a row worth tiling.
const FAR: usize = 64;

/// Whether the two innermost dimensions of the walk are a transpose: the
/// inner one's items are far apart, the outer one's close together.
pub(super) fn is_transpose(walk: &Walk, itemsize: usize) -> bool {
    match walk.strides() {
        [.., outer, inner] => {
            let (outer, inner) = (outer.unsigned_abs(), inner.unsigned_abs());
            inner >= FAR && outer < FAR && outer >= itemsize
        }
        _ => false,
    }
}

/// Gathers a transpose of items of `N` bytes. The output's rows are the
/// walk's second-innermost dimension (`rows`, close items) and its columns
/// the innermost (`cols`, far items).
pub(super) fn gather_transposed<const N: usize>(
    bytes: &[u8],
    walk: &Walk,
    count: usize,
) -> Result<Vec<u8>> {
    let (shape, strides) = (walk.shape(), walk.strides());
    let d = shape.len() - 2;
    let (rows, cols) = (shape[d], shape[d + 1]);
    let (row_stride, col_stride) = (strides[d], strides[d + 1]);
    // Bands pay when they can move eight bytes at a time; larger items go
    // through tiles, which measured faster for them.
    if N != 1 || row_stride != 1 {
        return gather_tiled::<N>(bytes, walk, count);
    }
    // One cache line of close items per column: 64 rows.
    let height = FAR;
    let mut out: Vec<[u8; N]> = room(count)?;
    for start in walk.blocks(2) {
        for row0 in (0..rows).step_by(height) {
            let band_rows = height.min(rows - row0);
            let first = start as isize + (row0 * N) as isize;
            let done = out.len();
            out.resize(done + band_rows * cols, [0; N]);
            let band = &mut out[done..];
            // Where column `c`'s run of `band_rows` close items starts.
            let column = |c: usize| (first + c as isize * col_stride) as usize;
            let c0 = bytes_by_eight(bytes, band.as_flattened_mut(), band_rows, cols, column);
            for c in c0..cols {
                let run = bytes_at(bytes, column(c), band_rows * N).as_chunks::<N>().0;
                for (slot, item) in band.iter_mut().skip(c).step_by(cols).zip(run) {
                    *slot = *item;
                }
            }
        }
    }
    Ok(out.into_flattened())
}

/// Fills the columns of a band of bytes (`band_rows` × `cols`) eight by
/// eight, where both are whole eights: eight `u64`s read down eight columns,
/// transposed in registers, written along eight rows. Returns the first
/// column left for the item by item loop.
fn bytes_by_eight(
    bytes: &[u8],
    band: &mut [u8],
    band_rows: usize,
    cols: usize,
    column: impl Fn(usize) -> usize,
) -> usize {
    let (whole_rows, whole_cols) = (band_rows / 8 * 8, cols / 8 * 8);
    if whole_rows < band_rows {
        return 0; // a short last band: item by item
    }
    for c0 in (0..whole_cols).step_by(8) {
        for r0 in (0..whole_rows).step_by(8) {
            let down: [u64; 8] = std::array::from_fn(|j| eight(bytes, column(c0 + j) + r0));
            for (k, row) in transpose8(down).into_iter().enumerate() {
                let at = (r0 + k) * cols + c0;
                if let Some(dst) = band.get_mut(at..).and_then(|b| b.first_chunk_mut::<8>()) {
                    *dst = row.to_le_bytes();
                }
            }
        }
    }
    whole_cols
}

/// The eight bytes from `at` on, as a `u64` (byte 0 lowest); zeros past
/// the end, which a checked layout never reaches.
#[inline(always)]
fn eight(bytes: &[u8], at: usize) -> u64 {
    let chunk = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>());
    chunk.map_or(0, |b| u64::from_le_bytes(*b))
}

/// The transpose of an 8 × 8 matrix of bytes, row `i` being `x[i]` (byte
/// `j` of it is its lowest-but-`j` byte): three rounds of swapping 1-, 2-
/// and 4-byte blocks between rows, each with a shift and a mask.
#[inline(always)]
fn transpose8(mut x: [u64; 8]) -> [u64; 8] {
    // Written out, so that every shift and mask is a constant.
    macro_rules! swap {
        ($shift:literal, $mask:literal: $(($i:literal, $j:literal))*) => {$(
            let swap = ((x[$i] >> $shift) ^ x[$j]) & $mask;
            x[$j] ^= swap;
            x[$i] ^= swap << $shift;
        )*};
    }
    swap!(8, 0x00ff_00ff_00ff_00ff: (0, 1) (2, 3) (4, 5) (6, 7));
    swap!(16, 0x0000_ffff_0000_ffff: (0, 2) (1, 3) (4, 6) (5, 7));
    swap!(32, 0x0000_0000_ffff_ffff: (0, 4) (1, 5) (2, 6) (3, 7));
    x
}

/// Gathers a transpose tile by tile. The output's rows are the walk's
/// second-innermost dimension (`rows`, close items) and its columns the
/// innermost (`cols`, far items). A tile is up to `side × side` items: it is
/// read as one short run down each column (a cache line of close items, one
/// block copy, so that the reads of all its lines overlap), transposed in
/// the small tile buffer, and written out as one short run along each row.
/// Every cache line read or written is then used whole.
fn gather_tiled<const N: usize>(bytes: &[u8], walk: &Walk, count: usize) -> Result<Vec<u8>> {
    let (shape, strides) = (walk.shape(), walk.strides());
    let d = shape.len() - 2;
    let (rows, cols) = (shape[d], shape[d + 1]);
    let (row_stride, col_stride) = (strides[d], strides[d + 1]);
    let side = (FAR / N).max(16);
    let mut out = room(count)?;
    out.resize(count, [0u8; N]);
    // Column-major: column c of the tile is tile[c * side..][..side].
    let mut tile = vec![[0u8; N]; side * side];
    let mut blocks = out.chunks_exact_mut(rows * cols);
    for (start, block) in walk.blocks(2).zip(blocks.by_ref()) {
        for row0 in (0..rows).step_by(side) {
            let tile_rows = side.min(rows - row0);
            for col0 in (0..cols).step_by(side) {
                let tile_cols = side.min(cols - col0);
                for (c, column) in tile.chunks_exact_mut(side).take(tile_cols).enumerate() {
                    let at = start as isize
                        + row0 as isize * row_stride
                        + (col0 + c) as isize * col_stride;
                    fill_run(bytes, at as usize, row_stride, &mut column[..tile_rows]);
                }
                for r in 0..tile_rows {
                    let at = (row0 + r) * cols + col0;
                    let dst = block.iter_mut().skip(at).take(tile_cols);
                    let across = tile.iter().skip(r).step_by(side);
                    for (slot, item) in dst.zip(across) {
                        *slot = *item;
                    }
                }
            }
        }
    }
    Ok(out.into_flattened())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_by_eight_bytes_transpose() {
        let x: [u64; 8] =
            std::array::from_fn(|i| u64::from_le_bytes(std::array::from_fn(|j| (8 * i + j) as u8)));
        let t = transpose8(x);
        for (j, row) in t.iter().enumerate() {
            let want: [u8; 8] = std::array::from_fn(|i| (8 * i + j) as u8);
            assert_eq!(row.to_le_bytes(), want, "row {j}");
        }
    }
}
