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
        &self.pixels
    }

    fn layout(&self) -> Result<Layout> {
        Layout::new("B", &[self.height, self.width])
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        Ok(&mut self.pixels)
    }
}

/// Makes the pixel at `row`, `column` white (255), through a writable view.
/// Negative numbers count from the end, as in Python.
pub fn light_up(image: &mut Gray, row: isize, column: isize) -> Result<()> {
    ViewMut::new(image)?.set_at(&[row, column], 255)
}

/// The pixels as Python's `tolist()` prints them, one list per row:
/// `"[[0, 255, 0], [0, 0, 0]]"`.
pub fn rows(image: &Gray) -> Result<String> {
    Ok(View::new(image)?.to_list()?.to_string())
}
