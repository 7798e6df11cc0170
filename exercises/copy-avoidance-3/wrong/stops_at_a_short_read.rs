// Wrong: stops as soon as a read brings less than was asked for.
// Caught by: chunk_by_chunk_until_the_reader_is_empty, until_the_view_is_full

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

pub fn fill(reader: &mut impl Read, mut mv: ViewMut<'_>) -> Result<usize, Box<dyn Error>> {
    let mut pos = 0;
    while pos < mv.len() {
        let mut rest = mv.slice_mut(pos as isize..)?;
        let wanted = rest.len();
        let n = reader.read(rest.as_contiguous_mut()?)?;
        pos += n;
        if n < wanted {
            break;
        }
    }
    Ok(pos)
}
