// Wrong: lends the pixels from the field's first row on, at offset 0.
// Caught by: the_odd_rows_start_one_row_in, the_field_lends_the_images_own_pixels

use memview::{Exporter, Layout, Result};

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

pub struct Field<'a> {
    pub image: &'a Gray,
    pub first: usize,
}

impl Exporter for Field<'_> {
    fn bytes(&self) -> &[u8] {
        &self.image.pixels[self.first * self.image.width..]
    }

    fn layout(&self) -> Result<Layout> {
        let (width, height) = (self.image.width, self.image.height);
        let rows = height.saturating_sub(self.first).div_ceil(2);
        Layout::strided("B", 1, &[rows, width], &[2 * width as isize, 1], 0)
    }
}
