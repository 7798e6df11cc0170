// Wrong: hashes the bytes as one run, which a view that walks backwards is not.
// Caught by: a_fingerprint_is_the_hash_of_the_bytes

use memview::{Exporter, Result, ViewMut, hash_bytes};

pub fn wipe<E: Exporter + ?Sized>(target: &mut E) -> Result<usize> {
    let mut mv = ViewMut::new(target)?;
    let bytes = mv.as_contiguous_mut()?;
    bytes.fill(0);
    Ok(bytes.len())
}

pub fn fingerprint(mv: &ViewMut) -> Result<u64> {
    Ok(hash_bytes(mv.as_contiguous()?))
}
