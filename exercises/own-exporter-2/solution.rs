// own-exporter-2: Every other row
// Check your work with `cargo exercise own-exporter-2`.

use memview::{Exporter, Layout, Result};

/// A grayscale image: `height` rows of `width` pixels, one byte each,
/// stored row after row.
pub struct Gray {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Exporter for Gray {
    fn layout(&self) -> Result<Layout> {
        Layout::new("B", &[self.height, self.width])
    }
    fn bytes(&self) -> &[u8] {
        &self.pixels
    }
}

/// One *field* of an interlaced image: every other row, starting at row
/// `first` (0 for the even rows, 1 for the odd ones), lent without copying
/// a pixel. A view of it is a 2-D view, `[row of the field, column]`, the
/// same as Python's `image[first::2]`.
pub struct Field<'a> {
    pub image: &'a Gray,
    pub first: usize,
}

impl Exporter for Field<'_> {
    fn bytes(&self) -> &[u8] {
        &self.image.pixels
    }

    fn layout(&self) -> Result<Layout> {
        let (width, height) = (self.image.width, self.image.height);
        // Rows first, first + 2, ... below height: half of what is left, rounded up.
        let rows = height.saturating_sub(self.first).div_ceil(2);
        Layout::strided(
            "B",
            1,
            &[rows, width],
            &[2 * width as isize, 1], // a step skips a row of the image
            self.first * width,       // where row `first` starts
        )
    }
}
