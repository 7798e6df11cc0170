// Wrong: asks the view for each item, which it cannot read, as Python cannot.
// Caught by: decoding_reads_the_numbers, decoding_a_slice_with_a_step

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
    let mut numbers = Vec::new();
    for item in view.try_iter()? {
        numbers.push(item.as_int().unwrap_or_default() as u16);
    }
    Ok(numbers)
}
