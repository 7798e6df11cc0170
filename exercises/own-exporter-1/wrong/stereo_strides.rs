// Wrong: writes the strides of stereo, [4, 2], whatever the channels.
// Caught by: surround_has_six_channels

use memview::{Error, Exporter, Layout, PyException, Result, ViewMut};

pub struct Pcm {
    pub channels: usize,
    pub samples: Vec<i16>,
}

impl Exporter for Pcm {
    fn bytes(&self) -> &[u8] {
        self.samples.bytes()
    }

    fn layout(&self) -> Result<Layout> {
        let frames = self.samples.len() / self.channels;
        Layout::strided("h", 2, &[frames, self.channels], &[4, 2], 0)
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        self.samples.bytes_mut()
    }
}

pub fn mute(pcm: &mut Pcm, channel: isize) -> Result<()> {
    let mut frames = ViewMut::new(pcm)?;
    for frame in 0..frames.len() as isize {
        frames.set_at(&[frame, channel], 0)?;
    }
    Ok(())
}
