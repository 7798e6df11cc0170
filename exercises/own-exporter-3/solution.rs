// own-exporter-3: A window onto an image
// Check your work with `cargo exercise own-exporter-3`.

use memview::{Error, Exporter, Layout, PyException, Result, ViewMut};

/// An RGB image: `height` rows of `width` pixels, 3 bytes per pixel.
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

/// A rectangle of an image, lent for reading and writing: `height` rows
/// from row `top`, `width` columns from column `left`. A view of it reads
/// `[row, column, channel]` of the rectangle, as NumPy's
/// `image[top:top + height, left:left + width]` would.
///
/// A window that does not fit in the image is refused, with
/// `BufferError: the window does not fit in the image`. memview catches
/// some such windows by itself, but not all of them: which?
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
        // memview checks that the layout stays inside the bytes. A window
        // too wide stays inside them too, wrapping onto the next row: only
        // the exporter knows where its rows end.
        if self.top + self.height > image.height || self.left + self.width > image.width {
            return Err(Error::new(
                PyException::BufferError,
                "the window does not fit in the image",
            ));
        }
        let row = 3 * image.width; // bytes per row of the image
        Layout::strided(
            "B",
            1,
            &[self.height, self.width, 3],
            &[row as isize, 3, 1],          // the image's strides
            self.top * row + self.left * 3, // where pixel [top, left] starts
        )
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        Ok(&mut self.image.pixels)
    }
}

/// Paints every pixel of the window with `rgb`, through a writable view of
/// the window. A window that does not fit is refused before anything is
/// painted.
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
