//! Python's `struct` format strings, beyond the native single characters:
//! byte-order prefixes and sequences of items (`<i`, `>d`, `ii`, `2s`).
//!
//! memoryview cannot index views of these formats, but it can lend them,
//! copy them out and compare them by value, unpacking each item the way
//! `struct.unpack_from` does.

use crate::format::ItemFormat;

/// `struct.calcsize(format)`, or `None` if `struct` would refuse the format.
pub(crate) fn calcsize(format: &str) -> Option<usize> {
    if let Some(native) = ItemFormat::parse(format) {
        return Some(native.size());
    }
    None
}

/// `struct.unpack_from(format, item)`, with a single value unwrapped from
/// its tuple as memoryview does; `None` if `struct` would refuse.
pub(crate) fn unpack_item(format: &str, item: &[u8]) -> Option<crate::value::Value> {
    let native = ItemFormat::parse(format)?;
    (item.len() == native.size()).then(|| crate::item::unpack(native, item))
}
