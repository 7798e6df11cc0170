// copy-avoidance-3: readinto, chunk by chunk
// Check your work with `cargo exercise copy-avoidance-3`.

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

/// Fills `mv` from `reader`, one `read` at a time, each straight into the
/// part of `mv` not filled yet (no buffer in between), until `mv` is full or
/// the reader has nothing more (a `read` that returns 0). Returns how many
/// bytes arrived.
///
/// A view whose bytes are not back to back cannot be read into: return the
/// error memview gives for it.
pub fn fill(reader: &mut impl Read, mut mv: ViewMut<'_>) -> Result<usize, Box<dyn Error>> {
    let mut pos = 0;
    while pos < mv.len() {
        let mut rest = mv.slice_mut(pos as isize..)?; // mv[pos:]
        let n = reader.read(rest.as_contiguous_mut()?)?; // n = f.readinto(mv[pos:])
        if n == 0 {
            break; // the reader has nothing more
        }
        pos += n;
    }
    Ok(pos)
}
