// formats-3: Network order
// Check your work with `cargo exercise formats-3`.

use memview::{Exporter, Layout, Result, View};

/// A message as it travels on a network: unsigned 16-bit numbers, each
/// stored most significant byte first ("network order"), which is `struct`'s
/// format `>H`. This machine stores them the other way round.
pub struct Wire {
    pub bytes: Vec<u8>,
}

impl Wire {
    /// The wire form of `numbers`: `struct.pack(f'>{len(numbers)}H', *numbers)`.
    pub fn encode(numbers: &[u16]) -> Wire {
        Wire {
            bytes: numbers.iter().flat_map(|n| n.to_be_bytes()).collect(),
        }
    }
}

impl Exporter for Wire {
    fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    fn layout(&self) -> Result<Layout> {
        Layout::new(">H", &[self.bytes.len() / 2]) // itemsize 2, from the format
    }
}

/// The numbers a view of `>H` items holds, in its order:
/// `struct.unpack(f'>{len(view)}H', view)`. memview cannot read these
/// items for you (as Python's memoryview cannot), so read their bytes.
/// The view may be a slice of a wire, with a step.
pub fn decode(view: &View) -> Result<Vec<u16>> {
    let bytes = view.to_bytes()?; // the items' bytes, in the view's order
    Ok(bytes
        .chunks_exact(2)
        .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
        .collect())
}
