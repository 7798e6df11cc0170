// own-exporter-1: Sound in channels
// Check your work with `cargo exercise own-exporter-1`.

use memview::{Exporter, Layout, Result, ViewMut};

/// Sound with one or more channels (2 for stereo, 6 for 5.1 surround),
/// interleaved: frame 0's samples, one per channel, then frame 1's, ...
/// Each sample is a C short (format `h`).
pub struct Pcm {
    pub channels: usize,
    pub samples: Vec<i16>,
}

impl Exporter for Pcm {
    fn bytes(&self) -> &[u8] {
        self.samples.bytes() // Vec<i16>'s own Exporter::bytes
    }

    fn layout(&self) -> Result<Layout> {
        let frames = self.samples.len() / self.channels;
        Layout::new("h", &[frames, self.channels])
    }

    fn bytes_mut(&mut self) -> Result<&mut [u8]> {
        self.samples.bytes_mut()
    }
}

/// Silences one channel, in place, through a writable view of `pcm`:
/// `frames[f, channel] = 0` for every frame `f`. A negative `channel` counts
/// from the end; a channel that does not exist is memview's `IndexError`.
pub fn mute(pcm: &mut Pcm, channel: isize) -> Result<()> {
    let mut frames = ViewMut::new(pcm)?;
    for frame in 0..frames.len() as isize {
        frames.set_at(&[frame, channel], 0)?;
    }
    Ok(())
}
