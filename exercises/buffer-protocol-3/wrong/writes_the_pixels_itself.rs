// Wrong: no bytes_mut, and light_up writes the pixels itself, with an index check of its own.
// Caught by: the_image_lends_itself_for_writing, too_few_pixels_are_refused
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
    let (height, width) = (image.height as isize, image.width as isize);
    let row = if row < 0 { row + height } else { row };
    let column = if column < 0 { column + width } else { column };
    if row < 0 || row >= height {
        let message = "index out of bounds on dimension 1";
        return Err(memview::Error::new(
            memview::PyException::IndexError,
            message,
        ));
    }
    if column < 0 || column >= width {
        let message = "index out of bounds on dimension 2";
        return Err(memview::Error::new(
            memview::PyException::IndexError,
            message,
        ));
    }
    image.pixels[(row * width + column) as usize] = 255;
    Ok(())
}

pub fn rows(image: &Gray) -> Result<String> {
    Ok(View::new(image)?.to_list()?.to_string())
}
