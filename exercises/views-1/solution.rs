// views-1: Slices, in Python's words
// Check your work with `cargo exercise views-1`.

use memview::{Result, Slice, View};

// Each function returns part of `view` as a new view of the same bytes, as a
// memoryview slice does: nothing is copied. The `'a` in the signatures says
// so: the result borrows the same bytes `view` borrows, for as long.

/// `mv[-3:]`: the last three items.
pub fn last_three<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(-3..)
}

/// `mv[::-1]`: every item, last first.
pub fn backwards<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((.., -1))
}

/// `mv[1::2]`: every other item, starting with the second.
pub fn odd_places<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((1.., 2))
}

/// `mv[1:-1]`: every item but the first and the last.
pub fn inside<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(Slice::new(1, -1, None))
}
