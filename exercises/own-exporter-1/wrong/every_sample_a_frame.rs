// Wrong: counts every sample as a frame, so the layout needs more bytes than there are.
// Caught by: a_view_reads_frames_of_channels, surround_has_six_channels, muting_the_left_channel

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
        let frames = self.samples.len();
        Layout::new("h", &[frames, self.channels])
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
