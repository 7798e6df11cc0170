// Wrong: slices the view's own bytes from `start`, as if every view began at byte 0 and stepped 1.
// Caught by: through_a_view_that_walks_backwards

use memview::{Result, ViewMut};

pub fn shout_from(mut mv: ViewMut<'_>, start: isize) -> Result<usize> {
    let n = mv.len() as isize;
    let from = if start < 0 {
        (n + start).max(0)
    } else {
        start.min(n)
    };
    let mut changed = 0;
    for i in from..n {
        let at = mv.layout().offset() as isize + i;
        if let Some(letter @ 97..=122) = mv.get(at.min(n - 1))?.as_int() {
            mv.set(at.min(n - 1), letter - 32)?;
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
