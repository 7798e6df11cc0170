// Wrong: casts the selection to flat bytes to take every third: only a view of one run of bytes can be cast.
// Caught by: step_2_the_mean_of_a_selection

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

// Steps 2 to 4 filter a *selection*, as a photo editor does: a view of
// shape [rows, columns, 3] of a rectangle of an image. It may be all of the
// image or part of it, and it may be mirrored or upside down already, so
// go through the view: its bytes are not one run, and may not start at 0.

/// Step 2: the mean of one channel over the selection (which has at least
/// one pixel), without copying the pixels.
pub fn mean(selection: &View, channel: Channel) -> Result<f64> {
    let flat = selection.cast("B")?;
    let values = flat.slice((channel as isize.., 3))?;
    let mut total = 0.0;
    for value in values.try_iter()? {
        total += value.as_float().unwrap_or_default();
    }
    Ok(total / values.len() as f64)
}

/// Step 3: multiplies one channel of the selection by `gain` (0.0 or more),
/// in place: each value becomes `min(255, round(value * gain))`. The other
/// channels, and the pixels outside the selection, are left as they are.
pub fn gain(selection: &mut ViewMut, channel: Channel, gain: f64) -> Result<()> {
    let (rows, columns) = (selection.shape()[0], selection.shape()[1]);
    for row in 0..rows as isize {
        for column in 0..columns as isize {
            let at = [row, column, channel as isize];
            let value = selection.get_at(&at)?.as_float().unwrap_or_default();
            let scaled = (value * gain).round().min(255.0); // 'B' holds 0 to 255
            selection.set_at(&at, scaled as u8)?;
        }
    }
    Ok(())
}

/// Step 4: mirrors the selection left to right, in place: the pixel at
/// `[row, column]` moves to `[row, columns - 1 - column]`, its three bytes
/// still in their order. Never use more memory at a time than one row of
/// the selection.
pub fn mirror(selection: &mut ViewMut) -> Result<()> {
    for row in 0..selection.shape()[0] as isize {
        for channel in 0..3 {
            // One channel of one row: row `row`, turned to [channel, column],
            // then its row `channel`. A 1-D writable view, 3 bytes a step.
            let pixels = selection.sub_view_mut(row)?.into_transpose();
            let mut values = pixels.into_sub_view(channel)?;
            values.copy_within((.., -1), ..)?; // values[:] = values[::-1]
        }
    }
    Ok(())
}
