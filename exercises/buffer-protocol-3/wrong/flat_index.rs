// Wrong: one flat index, row * width + column: wraps past the end of a row, and counts back wrongly.
// Caught by: lighting_up_writes_the_right_byte, outside_the_image_is_an_index_error
use memview::{Exporter, Layout, Result, View, ViewMut};

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

pub fn light_up(image: &mut Gray, row: isize, column: isize) -> Result<()> {
    let width = image.width as isize;
    let mut flat = ViewMut::new(image)?.into_cast("B")?;
    flat.set(row * width + column, 255)
}

pub fn rows(image: &Gray) -> Result<String> {
    Ok(View::new(image)?.to_list()?.to_string())
}
