// Wrong: copies the tail, changes the copy, and writes it back item by item.
// Caught by: nothing_is_copied

use memview::{Result, ViewMut};

pub fn shout_from(mut mv: ViewMut<'_>, start: isize) -> Result<usize> {
    let mut tail = mv.slice_mut(start..)?;
    let mut copy = tail.to_bytes()?.into_vec();
    let mut changed = 0;
    for (i, letter) in copy.iter_mut().enumerate() {
        if letter.is_ascii_lowercase() {
            letter.make_ascii_uppercase();
            tail.set(i as isize, *letter)?;
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
