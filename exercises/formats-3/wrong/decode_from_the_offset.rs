// Wrong: steps through `obj()` by hand from the offset, two bytes at a time, ignoring the stride.
// Caught by: decoding_a_slice_with_a_step

use memview::{Exporter, Layout, Result, View};

pub struct Wire {
    pub bytes: Vec<u8>,
}

impl Wire {
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
        Layout::new(">H", &[self.bytes.len() / 2])
    }
}

pub fn decode(view: &View) -> Result<Vec<u16>> {
    let start = view.layout().offset();
    let bytes = &view.obj()[start..start + view.nbytes()];
    Ok(bytes
        .chunks_exact(2)
        .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
        .collect())
}
