// Wrong: prints the list with `{:?}`, Rust's way, not Python's.
// Caught by: ints, the_same_bytes_as_other_items

use memview::{ItemFormat, Result, View};

pub fn read_as(data: &[u8], format: &str) -> Result<String> {
    let m = View::new(data)?.cast(format)?;
    Ok(format!(
        "len {}, itemsize {}: {:?}",
        m.len(),
        m.itemsize(),
        m.to_list()?
    ))
}

pub fn sizes(codes: &str) -> Vec<(char, usize)> {
    codes
        .chars()
        .filter_map(ItemFormat::from_code)
        .map(|format| (format.code(), format.size()))
        .collect()
}
