// Wrong: gives the size of the Rust type with the same name: long is 8, but a C `_Bool` is 1, and `P` is a pointer.
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
    let mut found = Vec::new();
    for code in codes.chars() {
        let size = match code {
            'c' | 'b' | 'B' | '?' => 1,
            'h' | 'H' | 'e' => 2,
            'i' | 'I' | 'f' => 4,
            'l' | 'L' | 'q' | 'Q' | 'd' => 8,
            'n' | 'N' => std::mem::size_of::<isize>(),
            _ => continue,
        };
        found.push((code, size));
    }
    found
}
