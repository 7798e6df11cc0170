// Wrong: hashes a copy of the bytes: right for bytes, and no error for other formats.
// Caught by: only_bytes_have_a_fingerprint

use memview::{hash_bytes, Exporter, Result, ViewMut};

pub fn wipe<E: Exporter + ?Sized>(target: &mut E) -> Result<usize> {
    let mut mv = ViewMut::new(target)?;
    let bytes = mv.as_contiguous_mut()?;
    bytes.fill(0);
    Ok(bytes.len())
}

pub fn fingerprint(mv: &ViewMut) -> Result<u64> {
    Ok(hash_bytes(&mv.to_bytes()?))
}
