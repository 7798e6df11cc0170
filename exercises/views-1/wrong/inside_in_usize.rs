// Wrong: works out the end as len - 1 in usize: an empty view breaks it.
// Caught by: short_views_are_clamped_as_in_python

use memview::{Result, Slice, View};

pub fn last_three<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(-3..)
}

pub fn backwards<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((.., -1))
}

pub fn odd_places<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice((1.., 2))
}

pub fn inside<'a>(view: &View<'a>) -> Result<View<'a>> {
    view.slice(1..(view.len() - 1) as isize)
}
