// Wrong: leaves bytes_mut out, so writers are refused.
// Caught by: lighting_up_writes_the_right_byte, the_image_lends_itself_for_writing
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
}

pub fn light_up(image: &mut Gray, row: isize, column: isize) -> Result<()> {
    ViewMut::new(image)?.set_at(&[row, column], 255)
}

pub fn rows(image: &Gray) -> Result<String> {
    Ok(View::new(image)?.to_list()?.to_string())
}
