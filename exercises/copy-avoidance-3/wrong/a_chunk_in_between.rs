// Wrong: reads each chunk into an array of its own, then copies it into the view.
// Caught by: chunk_by_chunk_until_the_reader_is_empty, until_the_view_is_full

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

pub fn fill(reader: &mut impl Read, mut mv: ViewMut<'_>) -> Result<usize, Box<dyn Error>> {
    let bytes = mv.as_contiguous_mut()?;
    let mut pos = 0;
    let mut chunk = [0u8; 64];
    while pos < bytes.len() {
        let want = chunk.len().min(bytes.len() - pos);
        let n = reader.read(&mut chunk[..want])?;
        if n == 0 {
            break;
        }
        bytes[pos..pos + n].copy_from_slice(&chunk[..n]);
        pos += n;
    }
    Ok(pos)
}
