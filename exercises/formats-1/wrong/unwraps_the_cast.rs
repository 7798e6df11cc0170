// Wrong: unwraps the cast, so a format that does not fit stops the program.
// Caught by: formats_that_do_not_fit_are_errors

use memview::{ItemFormat, Result, View};

pub fn read_as(data: &[u8], format: &str) -> Result<String> {
    let m = View::new(data)?.cast(format).unwrap();
    Ok(format!(
        "len {}, itemsize {}: {}",
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
