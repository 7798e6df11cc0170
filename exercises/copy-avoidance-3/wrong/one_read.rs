// Wrong: reads once, and stops there.
// Caught by: chunk_by_chunk_until_the_reader_is_empty, until_the_view_is_full

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

pub fn fill(reader: &mut impl Read, mut mv: ViewMut<'_>) -> Result<usize, Box<dyn Error>> {
    Ok(reader.read(mv.as_contiguous_mut()?)?)
}
