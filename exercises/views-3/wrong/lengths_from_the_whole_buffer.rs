// Wrong: reads the lengths from `obj()`, the whole exporter's bytes, not the stream's.
// Caught by: a_stream_that_is_part_of_a_buffer

use memview::{Error, PyException, Result, View};

pub fn records<'a>(stream: &View<'a>) -> Result<Vec<View<'a>>> {
    let bytes = stream.obj();
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
        found.push(stream.slice(start..start + length as isize)?);
        at += 1 + length;
    }
    Ok(found)
}

pub fn hex_lines(stream: &View) -> Result<String> {
    let mut lines = Vec::new();
    for record in records(stream)? {
        lines.push(record.hex_with(' ', 1)?);
    }
    Ok(lines.join("\n"))
}
