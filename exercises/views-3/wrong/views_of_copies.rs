// Wrong: makes each record a view of a copy of its bytes, leaked so that it may be returned.
// Caught by: records_are_windows_onto_the_stream, a_stream_that_is_part_of_a_buffer

use memview::{Error, PyException, Result, View};

pub fn records<'a>(stream: &View<'a>) -> Result<Vec<View<'a>>> {
    let bytes = stream.as_contiguous()?;
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
        let copy = stream
            .slice(start..start + length as isize)?
            .to_bytes()?
            .into_vec();
        found.push(View::new(Box::leak(copy.into_boxed_slice()))?);
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
