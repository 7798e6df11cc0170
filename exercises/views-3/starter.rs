// views-3: Records, without copying
// Check your work with `cargo exercise views-3`.

use memview::{Error, PyException, Result, View};

/// Splits a stream of records into views of the records: no copy.
///
/// Each record is a length byte, then that many bytes: the stream
/// `b"\x02hi\x03abc"` holds the records `b"hi"` and `b"abc"`. Return a view
/// of each record's bytes (without its length byte), in order.
///
/// A record that runs past the end of the stream is an error: a
/// `PyException::ValueError` whose message says where and by how much, as in
/// `"record at byte 3 needs 5 bytes, 2 are left"`.
pub fn records<'a>(stream: &View<'a>) -> Result<Vec<View<'a>>> {
    todo!()
}

/// The records in hexadecimal, one per line, bytes separated by spaces:
/// `"68 69\n61 62 63"` for the stream `b"\x02hi\x03abc"`.
pub fn hex_lines(stream: &View) -> Result<String> {
    todo!()
}
