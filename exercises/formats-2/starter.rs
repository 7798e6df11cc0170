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
    todo!("a writable view of `buffer`, cast to `h`, then one `set` per sample")
}

/// Reads the samples back from `buffer`: each C short divided by 32767.
/// Python: `[item / 32767 for item in memoryview(buffer).cast('h')]`.
pub fn decode(buffer: &[u8]) -> Result<Vec<f64>> {
    todo!("a view of `buffer`, cast to `h`, then one float per item")
}
