// Wrong: fills the whole body with `read_exact`, which fails when the message is shorter than the buffer.
// Caught by: header_then_body, the_bytes_land_in_the_buffer_itself

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

pub fn read_message(reader: &mut impl Read, buffer: &mut [u8]) -> Result<usize, Box<dyn Error>> {
    let mut mv = ViewMut::new(buffer)?;
    let mut header = mv.slice_mut(..4)?;
    reader.read_exact(header.as_contiguous_mut()?)?;
    let mut body = mv.slice_mut(4..)?;
    let body = body.as_contiguous_mut()?;
    reader.read_exact(body)?;
    let n = body.len();
    Ok(n)
}

// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `buffer` is alive, `buffer` cannot change: it cannot
//     grow, shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'c';
