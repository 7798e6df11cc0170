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
    let bytes = stream.as_contiguous()?; // the stream's own bytes, to read the lengths
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let length = usize::from(bytes[at]);
        let left = bytes.len() - at - 1;
        if length > left {
            let message = format!("record at byte {at} needs {length} bytes, {left} are left");
            return Err(Error::new(PyException::ValueError, message));
        }
        let start = at as isize + 1;
        found.push(stream.slice(start..start + length as isize)?); // mv[start:start + length]
        at += 1 + length;
    }
    Ok(found)
}

/// The records in hexadecimal, one per line, bytes separated by spaces:
/// `"68 69\n61 62 63"` for the stream `b"\x02hi\x03abc"`.
pub fn hex_lines(stream: &View) -> Result<String> {
    let mut lines = Vec::new();
    for record in records(stream)? {
        lines.push(record.hex_with(' ', 1)?);
    }
    Ok(lines.join("\n"))
}
