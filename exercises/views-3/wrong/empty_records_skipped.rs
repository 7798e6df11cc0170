// Wrong: leaves empty records out of the hexadecimal lines.
// Caught by: in_hexadecimal

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
        found.push(stream.slice(start..start + length as isize)?);
        at += 1 + length;
    }
    Ok(found)
}

pub fn hex_lines(stream: &View) -> Result<String> {
    let mut lines = Vec::new();
    for record in records(stream)? {
        if !record.is_empty() {
            lines.push(record.hex_with(' ', 1)?);
        }
    }
    Ok(lines.join("\n"))
}
