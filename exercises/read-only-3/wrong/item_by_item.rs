// Wrong: sets every item to 0, one by one: counts items, and writes into a view with gaps.
// Caught by: wipes_numbers_byte_by_byte, wipes_a_grid, bytes_that_are_not_one_run_are_refused

use memview::{Exporter, Result, ViewMut, hash_bytes};

pub fn wipe<E: Exporter + ?Sized>(target: &mut E) -> Result<usize> {
    let mut mv = ViewMut::new(target)?;
    for i in 0..mv.len() as isize {
        mv.set(i, 0)?;
    }
    Ok(mv.len())
}

pub fn fingerprint(mv: &ViewMut) -> Result<u64> {
    mv.to_readonly().hash_value()
}
