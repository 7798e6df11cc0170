// read-only-3: Asked at run time
// Check your work with `cargo exercise read-only-3`.

use memview::{Exporter, Result, ViewMut, hash_bytes};

/// Sets every byte that `target` lends to 0, through a writable view, and
/// returns how many bytes that was. Works for any exporter that lends its
/// bytes for writing, as one run.
///
/// Whether it does is the exporter's decision, made when asked: if it
/// refuses a writable view, or its bytes are not one run, return the error
/// memview gives, having written nothing.
pub fn wipe<E: Exporter + ?Sized>(target: &mut E) -> Result<usize> {
    let mut mv = ViewMut::new(target)?; // the exporter may refuse here
    let bytes = mv.as_contiguous_mut()?; // or here, if they are not one run
    bytes.fill(0);
    Ok(bytes.len())
}

/// `hash(bytes(mv))` for a writable view `mv`: what its bytes hash to, with
/// memview's `hash_bytes`, for a view of any format. Python's `hash(mv)`
/// refuses a writable view, and so does memview's `mv.hash_value()`.
pub fn fingerprint(mv: &ViewMut) -> Result<u64> {
    // mv.toreadonly() is refused too: CPython hashes the exporter as well,
    // and a bytearray (a Vec<u8>) is unhashable. A copy is not.
    Ok(hash_bytes(&mv.to_bytes()?))
}
