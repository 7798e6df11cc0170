// Wrong: reads every chunk into the start of the view, over the one before.
// Caught by: chunk_by_chunk_until_the_reader_is_empty, until_the_view_is_full

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

pub fn fill(reader: &mut impl Read, mut mv: ViewMut<'_>) -> Result<usize, Box<dyn Error>> {
    let mut pos = 0;
    while pos < mv.len() {
        let mut rest = mv.slice_mut(..)?;
        let n = reader.read(rest.as_contiguous_mut()?)?;
        if n == 0 {
            break;
        }
        pos += n;
    }
    Ok(pos)
}
