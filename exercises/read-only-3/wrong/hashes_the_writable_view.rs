// Wrong: asks the writable view for its hash, which it refuses, as Python does.
// Caught by: a_fingerprint_is_the_hash_of_the_bytes, any_format_has_a_fingerprint

use memview::{Exporter, Result, ViewMut, hash_bytes};

pub fn wipe<E: Exporter + ?Sized>(target: &mut E) -> Result<usize> {
    let mut mv = ViewMut::new(target)?;
    let bytes = mv.as_contiguous_mut()?;
    bytes.fill(0);
    Ok(bytes.len())
}

pub fn fingerprint(mv: &ViewMut) -> Result<u64> {
    mv.hash_value()
}
