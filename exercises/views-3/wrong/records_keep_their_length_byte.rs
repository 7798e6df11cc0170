// Wrong: slices from the length byte, so each record starts with it.
// Caught by: two_records, records_are_windows_onto_the_stream

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
        let start = at as isize;
        found.push(stream.slice(start..start + 1 + length as isize)?);
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
