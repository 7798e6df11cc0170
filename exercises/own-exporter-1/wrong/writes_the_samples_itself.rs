// Wrong: no bytes_mut: mute writes the samples itself, with an index check of its own.
// Caught by: the_recording_lends_itself_for_writing

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
    let channels = pcm.channels as isize;
    let c = if channel < 0 {
        channel + channels
    } else {
        channel
    };
    if c < 0 || c >= channels {
        let message = "index out of bounds on dimension 2";
        return Err(Error::new(PyException::IndexError, message));
    }
    for frame in pcm.samples.chunks_mut(pcm.channels) {
        frame[c as usize] = 0;
    }
    Ok(())
}
