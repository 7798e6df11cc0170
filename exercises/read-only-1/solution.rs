// read-only-1: Write through the slice
// This file does not compile yet: making it compile is the exercise.
// Check your work with `cargo exercise read-only-1`.

use memview::{Result, ViewMut};

/// Makes the lower-case letters that `mv` shows upper case, from item
/// `start` to the end, in place, through a slice of `mv`. Returns how many
/// it changed. A negative `start` counts from the end, as in Python; a
/// `start` past the end changes nothing. `mv` is any writable view of
/// bytes: all of a buffer, or a slice of one, with a step, even a negative
/// one.
///
/// Make it compile without copying the bytes (no `.to_vec()`, no
/// `to_bytes()`).
pub fn shout_from(mut mv: ViewMut<'_>, start: isize) -> Result<usize> {
    let mut tail = mv.slice_mut(start..)?; // tail = mv[start:], writable
    let mut changed = 0;
    for i in 0..tail.len() as isize {
        if let Some(letter @ 97..=122) = tail.get(i)?.as_int() {
            tail.set(i, letter - 32)?; // tail[i] = letter - 32: b'a' - 32 is b'A'
            changed += 1;
        }
    }
    Ok(changed)
}

// Which rule did the compiler enforce? Replace '?' with the letter of one:
//
// (a) A read-only view cannot write to the bytes it views.
// (b) While a view of a buffer is alive, the buffer cannot change: it cannot
//     grow, shrink, move or be dropped.
// (c) A writable view is exclusive: while it is alive, nothing else may use
//     its bytes, not even to read them.
// (d) A view cannot live longer than the bytes it views.
pub const RULE: char = 'a';
