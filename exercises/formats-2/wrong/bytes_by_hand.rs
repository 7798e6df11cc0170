// Wrong: writes each short's bytes into the buffer by hand, without a view.
// Caught by: a_sample_out_of_range_is_refused, samples_must_fit_the_buffer

use memview::{Result, View, ViewMut};

pub const FULL_SCALE: f64 = 32767.0;

pub fn encode(buffer: &mut [u8], samples: &[f64]) -> Result<()> {
    for (pair, sample) in buffer.chunks_exact_mut(2).zip(samples) {
        let number = (sample * FULL_SCALE).round_ties_even() as i16;
        pair.copy_from_slice(&number.to_ne_bytes());
    }
    Ok(())
}

pub fn decode(buffer: &[u8]) -> Result<Vec<f64>> {
    let pcm = View::new(buffer)?.cast("h")?;
    let mut samples = Vec::new();
    for item in pcm.try_iter()? {
        samples.push(item.as_float().unwrap_or_default() / FULL_SCALE);
    }
    Ok(samples)
}
