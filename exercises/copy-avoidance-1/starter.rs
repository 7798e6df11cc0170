// copy-avoidance-1: Remove the copies
// Check your work with `cargo exercise copy-avoidance-1`.

use memview::{Result, Value, View};

// Each function below gives the right answer, but copies bytes to get it.
// Make each one copy nothing: the check counts how often your code asks for
// new memory, and expects 0.

/// `sum(data[::2])`: the sum of the bytes at even places (0, 2, 4, ...).
pub fn even_sum(data: &[u8]) -> Result<u64> {
    // bytes(mv[::2]): a copy
    let evens = View::new(data)?.slice((.., 2))?.to_bytes()?;
    Ok(evens.iter().map(|&b| u64::from(b)).sum())
}

/// `data[-4:] == b"\0END"`: whether `data` ends with the marker.
pub fn ends_with_marker(data: &[u8]) -> Result<bool> {
    // data[-4:]: a copy
    let tail = data[data.len().saturating_sub(4)..].to_vec();
    Ok(tail == b"\0END")
}

/// The sum of one column of an image stored row after row, `width` bytes a
/// row: `sum(pixels[column::width])`.
pub fn column_sum(pixels: &[u8], width: usize, column: usize) -> Result<u64> {
    let mut total = 0;
    for row in pixels.chunks(width) {
        let row = row.to_vec(); // a copy of every row
        total += u64::from(row[column]);
    }
    Ok(total)
}

/// What an item of a byte view holds, as a number. (No copy here.)
pub fn number(item: Value) -> u64 {
    match item {
        Value::Int(n) => n as u64,
        _ => 0,
    }
}
