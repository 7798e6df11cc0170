// Wrong: answers the length of the view, not how many bytes arrived.
// Caught by: chunk_by_chunk_until_the_reader_is_empty, into_part_of_a_buffer

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

pub fn fill(reader: &mut impl Read, mut mv: ViewMut<'_>) -> Result<usize, Box<dyn Error>> {
    let mut pos = 0;
    while pos < mv.len() {
        let mut rest = mv.slice_mut(pos as isize..)?;
        let n = reader.read(rest.as_contiguous_mut()?)?;
        if n == 0 {
            break;
        }
        pos += n;
    }
    Ok(mv.len())
}
