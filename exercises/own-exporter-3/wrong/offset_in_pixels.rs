// Wrong: starts at pixel top * width + left, counted in pixels, not bytes.
// Caught by: a_rectangle_inside, rectangles_everywhere, filling_paints_the_rectangle_only

use memview::{Error, Exporter, Layout, PyException, Result, ViewMut};

pub struct Image {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Exporter for Image {
    fn layout(&self) -> Result<Layout> {
        Layout::new("B", &[self.height, self.width, 3])
    }
    fn bytes(&self) -> &[u8] {
        &self.pixels
    }
    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        Ok(&mut self.pixels)
    }
}

pub struct Window<'a> {
    pub image: &'a mut Image,
    pub top: usize,
    pub left: usize,
    pub height: usize,
    pub width: usize,
}

impl Exporter for Window<'_> {
    fn bytes(&self) -> &[u8] {
        &self.image.pixels
    }

    fn layout(&self) -> Result<Layout> {
        let image = &self.image;
        if self.top + self.height > image.height || self.left + self.width > image.width {
            return Err(Error::new(
                PyException::BufferError,
                "the window does not fit in the image",
            ));
        }
        let row = 3 * image.width;
        Layout::strided(
            "B",
            1,
            &[self.height, self.width, 3],
            &[row as isize, 3, 1],
            self.top * image.width + self.left,
        )
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        Ok(&mut self.image.pixels)
    }
}

pub fn fill(window: &mut Window, rgb: [u8; 3]) -> Result<()> {
    let mut view = ViewMut::new(window)?;
    let (rows, columns) = (view.shape()[0] as isize, view.shape()[1] as isize);
    for row in 0..rows {
        for column in 0..columns {
            for (channel, value) in (0..).zip(rgb) {
                view.set_at(&[row, column, channel], value)?;
            }
        }
    }
    Ok(())
}
