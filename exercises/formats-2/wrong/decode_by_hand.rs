// Wrong: reads the shorts two bytes at a time, without a view: an odd byte at the end is ignored.
// Caught by: samples_must_fit_the_buffer

use memview::{Result, View, ViewMut};

pub const FULL_SCALE: f64 = 32767.0;

pub fn encode(buffer: &mut [u8], samples: &[f64]) -> Result<()> {
    let mut pcm = ViewMut::new(buffer)?.into_cast("h")?;
    for (i, sample) in samples.iter().enumerate() {
        let number = (sample * FULL_SCALE).round_ties_even();
        pcm.set(i as isize, number as i128)?;
    }
    Ok(())
}

pub fn decode(buffer: &[u8]) -> Result<Vec<f64>> {
    Ok(buffer
        .chunks_exact(2)
        .map(|pair| f64::from(i16::from_ne_bytes([pair[0], pair[1]])) / FULL_SCALE)
        .collect())
}
