// Wrong: checks the format by its first character, so `@i` is refused and `2i`, `<i` get the wrong error.
// Caught by: a_native_format_may_start_with_an_at_sign, formats_that_do_not_fit_are_errors

use memview::{Error, ItemFormat, PyException, Result, View};

pub fn read_as(data: &[u8], format: &str) -> Result<String> {
    let code = format.chars().next().and_then(ItemFormat::from_code);
    let Some(code) = code else {
        let message = format!("memoryview: unknown format {format}");
        return Err(Error::new(PyException::ValueError, message));
    };
    let m = View::new(data)?.cast(code.as_str())?;
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
