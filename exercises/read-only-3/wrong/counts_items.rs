// Wrong: zeroes the bytes, but answers how many items, not how many bytes.
// Caught by: wipes_numbers_byte_by_byte, wipes_a_grid

use memview::{Exporter, Result, ViewMut, hash_bytes};

pub fn wipe<E: Exporter + ?Sized>(target: &mut E) -> Result<usize> {
    let mut mv = ViewMut::new(target)?;
    let items = mv.len();
    mv.as_contiguous_mut()?.fill(0);
    Ok(items)
}

pub fn fingerprint(mv: &ViewMut) -> Result<u64> {
    mv.to_readonly().hash_value()
}
