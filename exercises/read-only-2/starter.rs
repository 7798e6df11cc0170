// read-only-2: The caller keeps the bytes
// This file does not compile yet: making it compile is the exercise.
// Check your work with `cargo exercise read-only-2`.

use std::error::Error;
use std::io::Read;

use memview::View;

/// Reads a whole message from `reader` and returns a view of its body:
/// every byte after its 4-byte header (none, if the message is shorter).
///
/// The message is read into `buffer`, which the caller owns and may have
/// used before: afterwards it holds the whole message, header and body, and
/// nothing else.
///
/// Make it compile without copying the message: the view must look at the
/// bytes where they were read.
pub fn body<'a>(
    reader: &mut impl Read,
    buffer: &'a mut Vec<u8>,
) -> Result<View<'a>, Box<dyn Error>> {
    let mut data = Vec::new();
    reader.read_to_end(&mut data)?; // data = f.read()
    Ok(View::new(&data)?.slice(4..)?) // return memoryview(data)[4:]
}

// Which rule did the compiler enforce? Replace '?' with the letter of one:
//
// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `data` is alive, `data` cannot change: it cannot grow,
//     shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = '?';
