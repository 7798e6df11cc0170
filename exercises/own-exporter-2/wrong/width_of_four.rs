// Wrong: writes the strides for the check's first images, 4 pixels wide.
// Caught by: a_field_is_pythons_stepped_slice

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
        &self.image.pixels
    }

    fn layout(&self) -> Result<Layout> {
        let (width, height) = (self.image.width, self.image.height);
        let rows = height.saturating_sub(self.first).div_ceil(2);
        Layout::strided("B", 1, &[rows, width], &[8, 1], self.first * 4)
    }
}
