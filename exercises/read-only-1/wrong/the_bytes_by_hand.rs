// Wrong: takes the view's bytes as a plain slice and changes them by hand: only a view of one run of bytes has such a slice.
// Caught by: through_a_view_with_a_step, through_a_view_that_walks_backwards

use memview::{Result, ViewMut};

pub fn shout_from(mut mv: ViewMut<'_>, start: isize) -> Result<usize> {
    let text = mv.as_contiguous_mut()?;
    let len = text.len() as isize;
    let from = if start < 0 {
        (len + start).max(0)
    } else {
        start.min(len)
    };
    let mut changed = 0;
    for letter in &mut text[from as usize..] {
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
