// Wrong: hashes the read-only twin, which CPython (and memview) refuse for a bytearray.
// Caught by: a_fingerprint_is_the_hash_of_the_bytes, the_read_only_twin_is_not_enough

use memview::{Exporter, Result, ViewMut, hash_bytes};

pub fn wipe<E: Exporter + ?Sized>(target: &mut E) -> Result<usize> {
    let mut mv = ViewMut::new(target)?;
    let bytes = mv.as_contiguous_mut()?;
    bytes.fill(0);
    Ok(bytes.len())
}

pub fn fingerprint(mv: &ViewMut) -> Result<u64> {
    mv.to_readonly().hash_value()
}
