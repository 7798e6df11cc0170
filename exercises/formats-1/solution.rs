// formats-1: The same bytes, other items
// Check your work with `cargo exercise formats-1`.

use memview::{ItemFormat, Result, View};

/// What `data` holds when it is read as items of `format`, in one line:
/// `"len 3, itemsize 4: [1, -2, 300]"`. Python:
///
/// ```text
/// m = memoryview(data).cast(format)
/// f'len {len(m)}, itemsize {m.itemsize}: {m.tolist()}'
/// ```
///
/// A format `data` cannot be read as is an error: return the one memview
/// gives, as Python raises the one `cast` raises.
pub fn read_as(data: &[u8], format: &str) -> Result<String> {
    let m = View::new(data)?.cast(format)?;
    Ok(format!(
        "len {}, itemsize {}: {}",
        m.len(),
        m.itemsize(),
        m.to_list()?
    ))
}

/// The size of one item of each native format in `codes`, on this machine,
/// as `struct.calcsize` gives it. A character that is not a native format
/// is left out: `sizes("hi?x")` is `[('h', 2), ('i', 4), ('?', 1)]`.
pub fn sizes(codes: &str) -> Vec<(char, usize)> {
    codes
        .chars()
        .filter_map(ItemFormat::from_code)
        .map(|format| (format.code(), format.size()))
        .collect()
}
