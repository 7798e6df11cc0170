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
        todo!("step 1: lend the pixels")
    }

    // Two more methods to write here:
    // - `layout`: shape [height, width, 3], so that a view reads
    //   [row, column, channel];
    // - `bytes_mut`: writers are welcome.
}

/// Step 1: the pixel at `row`, `column`, as Python prints a list of its
/// three bytes: `"[255, 128, 0]"`. Negative numbers count from the end.
pub fn pixel(image: &Image, row: isize, column: isize) -> Result<String> {
    todo!("step 1")
}

// Steps 2 to 4 filter a *selection*, as a photo editor does: a view of
// shape [rows, columns, 3] of a rectangle of an image. It may be all of the
// image or part of it, and it may be mirrored or upside down already, so
// go through the view: its bytes are not one run, and may not start at 0.

/// Step 2: the mean of one channel over the selection (which has at least
/// one pixel), without copying the pixels.
pub fn mean(selection: &View, channel: Channel) -> Result<f64> {
    todo!("step 2")
}

/// Step 3: multiplies one channel of the selection by `gain` (0.0 or more),
/// in place: each value becomes `min(255, round(value * gain))`. The other
/// channels, and the pixels outside the selection, are left as they are.
pub fn gain(selection: &mut ViewMut, channel: Channel, gain: f64) -> Result<()> {
    todo!("step 3")
}

/// Step 4: mirrors the selection left to right, in place: the pixel at
/// `[row, column]` moves to `[row, columns - 1 - column]`, its three bytes
/// still in their order. Never use more memory at a time than one row of
/// the selection.
pub fn mirror(selection: &mut ViewMut) -> Result<()> {
    todo!("step 4")
}
