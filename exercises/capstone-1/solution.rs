// capstone-1: A photo filter, in place
// Check your work with `cargo exercise capstone-1`.
//
// Four steps, each with its own tests in the check (`step_1_…`, then
// `step_2_…`, …). Do them in order: the report shows the first failure.

use memview::{Exporter, Layout, Result, View, ViewMut};

/// An RGB image: `height` rows of `width` pixels, 3 bytes per pixel (red,
/// green, blue), stored row after row.
pub struct Image {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

/// The colour channels of a pixel, in the order its bytes hold them:
/// `Channel::Green as isize` is 1.
#[derive(Clone, Copy, Debug)]
pub enum Channel {
    Red,
    Green,
    Blue,
}

// Step 1: lend the pixels, as a view of shape [height, width, 3].

impl Exporter for Image {
    fn bytes(&self) -> &[u8] {
        &self.pixels
    }

    fn layout(&self) -> Result<Layout> {
        Layout::new("B", &[self.height, self.width, 3])
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        Ok(&mut self.pixels)
    }
}

/// Step 1: the pixel at `row`, `column`, as Python prints a list of its
/// three bytes: `"[255, 128, 0]"`. Negative numbers count from the end.
pub fn pixel(image: &Image, row: isize, column: isize) -> Result<String> {
    let view = View::new(image)?;
    Ok(view.sub_view(row)?.sub_view(column)?.to_list()?.to_string())
}

/// Step 2: the mean of one channel over the whole image (which has at least
/// one pixel), without copying the pixels: Python's
/// `sum(flat[channel::3]) / (width * height)`.
pub fn mean(image: &Image, channel: Channel) -> Result<f64> {
    let flat = View::new(image)?.cast("B")?; // [h, w, 3] -> 1-D, no copy
    let values = flat.slice((channel as isize.., 3))?; // flat[channel::3]
    let mut total = 0.0;
    for value in values.iter()? {
        total += value.as_float().unwrap_or_default();
    }
    Ok(total / values.len() as f64)
}

/// Step 3: multiplies one channel by `gain` (0.0 or more), in place: each
/// value becomes `min(255, round(value * gain))`. The other channels are
/// left as they are.
pub fn gain(image: &mut Image, channel: Channel, gain: f64) -> Result<()> {
    let flat = ViewMut::new(image)?.into_cast("B")?; // writable, 1-D
    let mut values = flat.into_slice((channel as isize.., 3))?; // flat[channel::3]
    for i in 0..values.len() as isize {
        let value = values.get(i)?.as_float().unwrap_or_default();
        let scaled = (value * gain).round().min(255.0); // 'B' holds 0 to 255
        values.set(i, scaled as u8)?;
    }
    Ok(())
}

/// Step 4: mirrors the image left to right, in place: the pixel at
/// `[row, column]` moves to `[row, width - 1 - column]`, its three bytes
/// still in their order. Never use more memory at a time than one row of
/// the image.
pub fn mirror(image: &mut Image) -> Result<()> {
    let (height, row_bytes) = (image.height as isize, 3 * image.width as isize);
    let mut flat = ViewMut::new(image)?.into_cast("B")?; // writable, 1-D
    for row in 0..height {
        let start = row * row_bytes;
        let mut pixels = flat.slice_mut(start..start + row_bytes)?; // one row
        for channel in 0..3 {
            // row[channel::3] = row[channel::3][::-1]
            pixels
                .slice_mut((channel.., 3))?
                .copy_within((.., -1), ..)?;
        }
    }
    Ok(())
}
