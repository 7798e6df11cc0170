// Wrong: fills the view with `read_exact`, which fails when the reader runs dry first.
// Caught by: chunk_by_chunk_until_the_reader_is_empty, into_part_of_a_buffer

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

pub fn fill(reader: &mut impl Read, mut mv: ViewMut<'_>) -> Result<usize, Box<dyn Error>> {
    let bytes = mv.as_contiguous_mut()?;
    reader.read_exact(bytes)?;
    Ok(bytes.len())
}
