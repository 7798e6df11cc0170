// Wrong: zeroes what the exporter lends first, and asks for a view of one run after.
// Caught by: wipes_what_a_writable_view_shows_and_nothing_else, bytes_that_are_not_one_run_are_refused

use memview::{Exporter, Result, ViewMut, hash_bytes};

pub fn wipe<E: Exporter + ?Sized>(target: &mut E) -> Result<usize> {
    target.bytes_mut()?.fill(0);
    let mut mv = ViewMut::new(target)?;
    Ok(mv.as_contiguous_mut()?.len())
}

pub fn fingerprint(mv: &ViewMut) -> Result<u64> {
    mv.to_readonly().hash_value()
}
