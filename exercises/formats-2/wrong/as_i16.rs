// Wrong: converts with `as i16`, which quietly clamps a sample out of range.
// Caught by: a_sample_out_of_range_is_refused

use memview::{Result, View, ViewMut};

pub const FULL_SCALE: f64 = 32767.0;

pub fn encode(buffer: &mut [u8], samples: &[f64]) -> Result<()> {
    let mut pcm = ViewMut::new(buffer)?.into_cast("h")?;
    for (i, sample) in samples.iter().enumerate() {
        let number = (sample * FULL_SCALE).round_ties_even();
        pcm.set(i as isize, number as i16 as i128)?;
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
