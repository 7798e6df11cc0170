// Wrong: mutes through a flat view, with one index, frame * channels + channel: a channel past the last is found too late.
// Caught by: a_channel_that_does_not_exist

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
    let channels = pcm.channels as isize;
    let mut flat = ViewMut::new(pcm)?.into_cast("B")?.into_cast("h")?;
    for frame in 0..flat.len() as isize / channels {
        flat.set(frame * channels + channel, 0)?;
    }
    Ok(())
}
