// Wrong: reads into a vector of its own and leaks it, so the view may outlive the call.
// Caught by: the_view_looks_at_the_callers_buffer, what_the_buffer_held_before_is_gone

use std::error::Error;
use std::io::Read;

use memview::View;

pub fn body<'a>(
    reader: &mut impl Read,
    _buffer: &'a mut Vec<u8>,
) -> Result<View<'a>, Box<dyn Error>> {
    let mut data = Vec::new();
    reader.read_to_end(&mut data)?;
    Ok(View::new(data.leak())?.slice(4..)?)
}

// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `data` is alive, `data` cannot change: it cannot grow,
//     shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'd';
