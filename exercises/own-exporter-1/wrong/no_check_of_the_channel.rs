// Wrong: writes the samples itself, and lets a channel past the last spill into the next frame.
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
    let c = if channel < 0 {
        channel + channels
    } else {
        channel
    } as usize;
    let frames = pcm.samples.len() / pcm.channels;
    for frame in 0..frames {
        if let Some(sample) = pcm.samples.get_mut(frame * pcm.channels + c) {
            *sample = 0;
        }
    }
    Ok(())
}
