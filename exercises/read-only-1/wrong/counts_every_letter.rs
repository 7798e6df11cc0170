// Wrong: counts the upper-case letters too, though they do not change.
// Caught by: only_lower_case_letters_change

use memview::{Result, ViewMut};

pub fn shout_from(mut mv: ViewMut<'_>, start: isize) -> Result<usize> {
    let mut tail = mv.slice_mut(start..)?;
    let mut changed = 0;
    for i in 0..tail.len() as isize {
        if let Some(letter @ (65..=90 | 97..=122)) = tail.get(i)?.as_int() {
            tail.set(i, letter & !32)?;
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
