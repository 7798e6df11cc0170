// Wrong: reads into a vector of its own, then copies it into the buffer.
// Caught by: nothing_is_copied

use std::error::Error;
use std::io::Read;

use memview::View;

pub fn body<'a>(
    reader: &mut impl Read,
    buffer: &'a mut Vec<u8>,
) -> Result<View<'a>, Box<dyn Error>> {
    let mut data = Vec::new();
    reader.read_to_end(&mut data)?;
    buffer.clear();
    buffer.extend_from_slice(&data);
    Ok(View::new(buffer)?.slice(4..)?)
}

// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `data` is alive, `data` cannot change: it cannot grow,
//     shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'd';
