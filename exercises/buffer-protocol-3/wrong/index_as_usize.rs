// Wrong: indexes the pixels with row and column cast to usize: negative numbers break it.
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
    let width = image.width;
    let pixels = ViewMut::new(image)?.into_cast("B")?;
    let mut pixels = pixels;
    let at = row as usize * width + column as usize;
    pixels.set(at as isize, 255)
}

pub fn rows(image: &Gray) -> Result<String> {
    Ok(View::new(image)?.to_list()?.to_string())
}
