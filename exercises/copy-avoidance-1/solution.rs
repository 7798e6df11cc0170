// copy-avoidance-1: Remove the copies
// Check your work with `cargo exercise copy-avoidance-1`.

use memview::{Result, Value, View};

// Each function below gives the right answer, but copies bytes to get it.
// Make each one copy nothing: the check counts how often your code asks for
// new memory, and expects 0.

/// `sum(data[::2])`: the sum of the bytes at even places (0, 2, 4, ...).
pub fn even_sum(data: &[u8]) -> Result<u64> {
    // mv[::2]: a view, no copy
    let evens = View::new(data)?.slice((.., 2))?;
    Ok(evens.try_iter()?.map(number).sum())
}

/// `data[-4:] == b"\0END"`: whether `data` ends with the marker.
pub fn ends_with_marker(data: &[u8]) -> Result<bool> {
    // a borrowed slice, no copy
    let tail = &data[data.len().saturating_sub(4)..];
    Ok(tail == b"\0END")
}

/// The sum of one column of an image stored row after row, `width` bytes a
/// row: `sum(pixels[column::width])`.
pub fn column_sum(pixels: &[u8], width: usize, column: usize) -> Result<u64> {
    let step = (column as isize.., width as isize); // [column::width]
    let columns = View::new(pixels)?.slice(step)?;
    Ok(columns.try_iter()?.map(number).sum())
}

/// What an item of a byte view holds, as a number. (No copy here.)
pub fn number(item: Value) -> u64 {
    match item {
        Value::Int(n) => n as u64,
        _ => 0,
    }
}
