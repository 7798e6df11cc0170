// Wrong: reads everything into a vector, then copies what fits into the view.
// Caught by: chunk_by_chunk_until_the_reader_is_empty, until_the_view_is_full

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

pub fn fill(reader: &mut impl Read, mut mv: ViewMut<'_>) -> Result<usize, Box<dyn Error>> {
    let bytes = mv.as_contiguous_mut()?;
    let mut all = Vec::new();
    reader.read_to_end(&mut all)?;
    let n = all.len().min(bytes.len());
    bytes[..n].copy_from_slice(&all[..n]);
    Ok(n)
}
