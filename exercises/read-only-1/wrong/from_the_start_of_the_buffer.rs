// Wrong: ignores `start`: shouts the whole view.
// Caught by: shouts_from_start_to_the_end, a_negative_start_counts_from_the_end

use memview::{Result, ViewMut};

pub fn shout_from(mut mv: ViewMut<'_>, start: isize) -> Result<usize> {
    let mut tail = mv.slice_mut(..)?;
    let mut changed = 0;
    for i in 0..tail.len() as isize {
        if let Some(letter @ 97..=122) = tail.get(i)?.as_int() {
            tail.set(i, letter - 32)?;
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
