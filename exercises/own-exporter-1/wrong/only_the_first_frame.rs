// Wrong: silences the channel in the first frame only.
// Caught by: muting_the_left_channel, muting_the_last_channel

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
        Layout::new("h", &[frames, self.channels])
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        self.samples.bytes_mut()
    }
}

pub fn mute(pcm: &mut Pcm, channel: isize) -> Result<()> {
    let mut frames = ViewMut::new(pcm)?;
    for frame in 0..1 {
        frames.set_at(&[frame, channel], 0)?;
    }
    Ok(())
}
