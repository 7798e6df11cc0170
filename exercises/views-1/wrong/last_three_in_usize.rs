// Wrong: works out the start as len - 3 in usize, which cannot go below 0.
// Caught by: short_views_are_clamped_as_in_python

use memview::{Result, Slice, View};

pub fn last_three<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((view.len() - 3) as isize..)
}

pub fn backwards<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((.., -1))
}

pub fn odd_places<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((1.., 2))
}

pub fn inside<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(Slice::new(1, -1, None))
}
