// Wrong: changes a copy of the tail, so the bytes themselves never change.
// Caught by: shouts_from_start_to_the_end, through_a_view_with_a_step

use memview::{Result, ViewMut};

pub fn shout_from(mv: ViewMut<'_>, start: isize) -> Result<usize> {
    let mut copy = mv.slice(start..)?.to_bytes()?.into_vec();
    let mut changed = 0;
    for letter in copy.iter_mut() {
        if letter.is_ascii_lowercase() {
            letter.make_ascii_uppercase();
            changed += 1;
        }
    }
    Ok(changed)
}

// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of a buffer is alive, the buffer cannot change: it cannot
//     grow, shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'a';
