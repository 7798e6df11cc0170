// buffer-protocol-3: A grayscale image of your own
// Check your work with `cargo exercise buffer-protocol-3`.

use memview::{Exporter, Layout, Result, View, ViewMut};

/// A grayscale image: `height` rows of `width` pixels, one byte per pixel
/// (0 is black, 255 is white), stored row after row.
pub struct Gray {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Exporter for Gray {
    fn bytes(&self) -> &[u8] {
        todo!("lend the pixels")
    }

    // Two more methods to write here:
    // - `layout`: shape [height, width], so that a view reads pixel [row, column];
    // - `bytes_mut`: lend the pixels for writing, too.
}

/// Makes the pixel at `row`, `column` white (255), through a writable view.
/// Negative numbers count from the end, as in Python.
pub fn light_up(image: &mut Gray, row: isize, column: isize) -> Result<()> {
    todo!()
}

/// The pixels as Python's `tolist()` prints them, one list per row:
/// `"[[0, 255, 0], [0, 0, 0]]"`.
pub fn rows(image: &Gray) -> Result<String> {
    todo!()
}
