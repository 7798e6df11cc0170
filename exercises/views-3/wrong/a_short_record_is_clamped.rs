// Wrong: lets `slice` clamp a record that runs past the end, instead of refusing it.
// Caught by: a_record_cut_short_is_a_value_error

use memview::{Error, PyException, Result, View};

pub fn records<'a>(stream: &View<'a>) -> Result<Vec<View<'a>>> {
    let bytes = stream.as_contiguous()?;
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let length = usize::from(bytes[at]);
        let left = bytes.len() - at - 1;
        let _ = left;
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
