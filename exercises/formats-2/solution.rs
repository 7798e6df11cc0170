// formats-2: Sixteen-bit sound
// Check your work with `cargo exercise formats-2`.

use memview::{Result, View, ViewMut};

/// The largest sample a C `short` holds: 1.0 is stored as this number.
pub const FULL_SCALE: f64 = 32767.0;

/// Stores `samples` (floats from -1.0 to 1.0) into `buffer` as C shorts
/// (format `h`), one after the other: each is `round(sample * 32767)`.
/// Python:
///
/// ```text
/// pcm = memoryview(buffer).cast('h')
/// for i, sample in enumerate(samples):
///     pcm[i] = round(sample * 32767)
/// ```
///
/// Let memview check every write: a sample out of range, or a `buffer` the
/// samples do not fit, is the error memview gives for it.
pub fn encode(buffer: &mut [u8], samples: &[f64]) -> Result<()> {
    let mut pcm = ViewMut::new(buffer)?.into_cast("h")?; // writable, unlike cast
    for (i, sample) in samples.iter().enumerate() {
        let number = (sample * FULL_SCALE).round_ties_even(); // Python's round()
        pcm.set(i as isize, number as i128)?; // an int: a float would be a TypeError
    }
    Ok(())
}

/// Reads the samples back from `buffer`: each C short divided by 32767.
/// Python: `[item / 32767 for item in memoryview(buffer).cast('h')]`.
pub fn decode(buffer: &[u8]) -> Result<Vec<f64>> {
    let pcm = View::new(buffer)?.cast("h")?;
    let mut samples = Vec::new();
    for item in pcm.try_iter()? {
        samples.push(item.as_float().unwrap_or_default() / FULL_SCALE);
    }
    Ok(samples)
}
