// Wrong: zeroes every byte the exporter lends, not the bytes its layout shows.
// Caught by: wipes_what_a_writable_view_shows_and_nothing_else, bytes_that_are_not_one_run_are_refused

use memview::{Exporter, Result, ViewMut, hash_bytes};

pub fn wipe<E: Exporter + ?Sized>(target: &mut E) -> Result<usize> {
    let bytes = target.bytes_mut()?;
    bytes.fill(0);
    Ok(bytes.len())
}

pub fn fingerprint(mv: &ViewMut) -> Result<u64> {
    mv.to_readonly().hash_value()
}
