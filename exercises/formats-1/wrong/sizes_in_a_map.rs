// Wrong: keeps the sizes in a map: sorted, and each format once.
// Caught by: sizes_on_this_machine

use memview::{ItemFormat, Result, View};

pub fn read_as(data: &[u8], format: &str) -> Result<String> {
    let m = View::new(data)?.cast(format)?;
    Ok(format!(
        "len {}, itemsize {}: {}",
        m.len(),
        m.itemsize(),
        m.to_list()?
    ))
}

pub fn sizes(codes: &str) -> Vec<(char, usize)> {
    let found: std::collections::BTreeMap<char, usize> = codes
        .chars()
        .filter_map(ItemFormat::from_code)
        .map(|format| (format.code(), format.size()))
        .collect();
    found.into_iter().collect()
}
