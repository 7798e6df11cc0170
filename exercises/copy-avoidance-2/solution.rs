// copy-avoidance-2: Header first, then body
// This file does not compile yet: making it compile is the exercise.
// Check your work with `cargo exercise copy-avoidance-2`.

use std::error::Error;
use std::io::Read;

use memview::ViewMut;

/// Reads a message straight into `buffer`, with no buffer in between: its
/// 4 header bytes into `buffer[0..4]`, then its body into the rest of
/// `buffer`, with one `read`. Returns how many body bytes arrived.
///
/// Make it compile without copying: the bytes must land in `buffer` itself.
pub fn read_message(reader: &mut impl Read, buffer: &mut [u8]) -> Result<usize, Box<dyn Error>> {
    let mut mv = ViewMut::new(buffer)?;
    let mut header = mv.slice_mut(..4)?; // mv[:4]
    reader.read_exact(header.as_contiguous_mut()?)?; // f.readinto(header)
    let mut body = mv.slice_mut(4..)?; // mv[4:]: `header` is finished, so `mv` is free again
    let n = reader.read(body.as_contiguous_mut()?)?; // n = f.readinto(body)
    Ok(n)
}

// Which rule did the compiler enforce? Replace '?' with the letter of one:
//
// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of `buffer` is alive, `buffer` cannot change: it cannot
//     grow, shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'c';
