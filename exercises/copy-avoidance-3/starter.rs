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
    todo!()
}
