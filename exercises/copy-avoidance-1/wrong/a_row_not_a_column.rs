// Wrong: sums row `column`, not column `column`.
// Caught by: column_sum_is_right, column_sum_copies_nothing

use memview::{Result, Value, View};

pub fn even_sum(data: &[u8]) -> Result<u64> {
    let evens = View::new(data)?.slice((.., 2))?;
    Ok(evens.try_iter()?.map(number).sum())
}

pub fn ends_with_marker(data: &[u8]) -> Result<bool> {
    let tail = &data[data.len().saturating_sub(4)..];
    Ok(tail == b"\0END")
}

pub fn column_sum(pixels: &[u8], width: usize, column: usize) -> Result<u64> {
    let start = (column * width) as isize;
    let row = View::new(pixels)?.slice(start..start + width as isize)?;
    Ok(row.try_iter()?.map(number).sum())
}

pub fn number(item: Value) -> u64 {
    match item {
        Value::Int(n) => n as u64,
        _ => 0,
    }
}
