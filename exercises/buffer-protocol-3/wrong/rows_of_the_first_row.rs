// Wrong: lists only the first row.
// Caught by: rows_print_like_tolist
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
    ViewMut::new(image)?.set_at(&[row, column], 255)
}

pub fn rows(image: &Gray) -> Result<String> {
    Ok(format!("[{}]", View::new(image)?.sub_view(0)?.to_list()?))
}
