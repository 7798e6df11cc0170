// Wrong: gives the view format `H`, this machine's order, not `>H`.
// Caught by: a_view_of_a_wire_has_format_big_endian_h, it_equals_the_same_numbers_stored_natively

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
        Layout::new("H", &[self.bytes.len() / 2])
    }
}

pub fn decode(view: &View) -> Result<Vec<u16>> {
    let bytes = view.to_bytes()?;
    Ok(bytes
        .chunks_exact(2)
        .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
        .collect())
}
