// Wrong: lists the even places with `to_list()` before adding them up.
// Caught by: even_sum_copies_nothing

use memview::{Result, Value, View};

pub fn even_sum(data: &[u8]) -> Result<u64> {
    match View::new(data)?.slice((.., 2))?.to_list()?.to_value() {
        Value::List(items) => Ok(items.into_iter().map(number).sum()),
        _ => Ok(0),
    }
}

pub fn ends_with_marker(data: &[u8]) -> Result<bool> {
    let tail = &data[data.len().saturating_sub(4)..];
    Ok(tail == b"\0END")
}

pub fn column_sum(pixels: &[u8], width: usize, column: usize) -> Result<u64> {
    let step = (column as isize.., width as isize);
    let columns = View::new(pixels)?.slice(step)?;
    Ok(columns.try_iter()?.map(number).sum())
}

pub fn number(item: Value) -> u64 {
    match item {
        Value::Int(n) => n as u64,
        _ => 0,
    }
}
