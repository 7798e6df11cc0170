// Wrong: reads the header into an array of its own, so the buffer holds only the body.
// Caught by: the_view_looks_at_the_callers_buffer

use std::error::Error;
use std::io::Read;

use memview::View;

pub fn body<'a>(
    reader: &mut impl Read,
    buffer: &'a mut Vec<u8>,
) -> Result<View<'a>, Box<dyn Error>> {
    let mut header = [0u8; 4];
    let n = reader.read(&mut header)?;
    buffer.clear();
    if n == 4 {
        reader.read_to_end(buffer)?;
    }
    Ok(View::new(buffer)?.slice(..)?)
}

// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `data` is alive, `data` cannot change: it cannot grow,
//     shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'd';
