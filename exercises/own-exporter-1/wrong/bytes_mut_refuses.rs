// Wrong: leaves bytes_mut out, so writers are refused.
// Caught by: the_recording_lends_itself_for_writing, muting_the_left_channel

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
}

pub fn mute(pcm: &mut Pcm, channel: isize) -> Result<()> {
    let mut frames = ViewMut::new(pcm)?;
    for frame in 0..frames.len() as isize {
        frames.set_at(&[frame, channel], 0)?;
    }
    Ok(())
}
