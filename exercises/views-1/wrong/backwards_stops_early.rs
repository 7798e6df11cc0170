// Wrong: walks back from len - 1 to 0, which leaves item 0 out.
// Caught by: backwards_walks_back_through_the_same_bytes, a_view_that_already_walks_backwards

use memview::{Result, Slice, View};

pub fn last_three<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(-3..)
}

pub fn backwards<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((view.len() as isize - 1..0, -1))
}

pub fn odd_places<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((1.., 2))
}

pub fn inside<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(Slice::new(1, -1, None))
}
